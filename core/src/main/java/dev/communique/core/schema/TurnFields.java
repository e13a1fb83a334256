package dev.communique.core.schema;

/**
 * The fields of a turn's child document, which precedes its release in the release's block. A turn
 * carries only these: its text indexed (never stored: a snippet is cut from the release's stored
 * body by the turn's offsets), its speaker, its index among the release's turns and the id of its
 * release. Only constants; thread-safe.
 *
 * <table>
 *   <caption>Turn fields</caption>
 *   <tr><th>field</th><th>indexed as</th><th>used for</th></tr>
 *   <tr><td>{@value #TEXT}</td><td>English text as the body (exact copies and stems), with
 *       positions, no offsets, not stored</td><td>matching within one person's words</td></tr>
 *   <tr><td>{@value #SPEAKER}</td><td>lower-cased keyword; sorted doc values with the name as
 *       written</td><td>restricting to people, counting turns per person</td></tr>
 *   <tr><td>{@value #INDEX}</td><td>numeric doc values</td><td>the turn's entry in the release's
 *       stored {@link CommuniqueSchema#TURNS}</td></tr>
 *   <tr><td>{@value #RELEASE}</td><td>keyword</td><td>deleting a release's turns with it</td></tr>
 *   <tr><td>{@link CommuniqueSchema#DATE}, {@link CommuniqueSchema#DATE_PRECISION}</td><td>the
 *       release's, as doc values only (never indexed, stored or scored)</td><td>counting turns per
 *       period</td></tr>
 * </table>
 */
public final class TurnFields {

  /** Field: the turn's words. */
  public static final String TEXT = "turn_text";

  /** Field: the speaker, lower-cased keyword; its doc values keep the name as written. */
  public static final String SPEAKER = "turn_speaker";

  /** Field: the turn's index among its release's turns. */
  public static final String INDEX = "turn_index";

  /** Field: the id of the release the turn belongs to. */
  public static final String RELEASE = "turn_release";

  private TurnFields() {}

  /** The indexed form of a speaker's name. */
  public static String speakerKey(String name) {
    return name.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
  }
}
