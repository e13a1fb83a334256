package dev.communique.core.schema;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.Query;

/**
 * The index schema: every field name, how each field is indexed, and the analysis behind it. It is
 * the one place that knows these; {@link DocumentMapper} builds documents from it, and the search
 * API queries through it.
 *
 * <table>
 *   <caption>Fields</caption>
 *   <tr><th>field</th><th>indexed as</th><th>used for</th></tr>
 *   <tr><td>{@value #ID}</td><td>keyword, stored, sorted doc values</td><td>upsert, lookup, ties</td></tr>
 *   <tr><td>{@value #TITLE}, {@value #BODY}</td><td>English text with offsets in the postings, stored;
 *       each token indexed twice at one position: an exact copy marked with {@value #EXACT_MARK}
 *       (stop words kept) and its Porter stem (stop words dropped)</td>
 *       <td>ranked search, phrases, highlighting</td></tr>
 *   <tr><td>{@value #SPEAKER}, {@value #ORGANIZATION}, {@value #ROLE}</td>
 *       <td>keyword with sorted-set doc values, stored; plus a lower-cased text twin
 *       ({@value #SPEAKER_TEXT}, {@value #ORGANIZATION_TEXT}, {@value #ROLE_TEXT})</td>
 *       <td>filters by whole or partial name, facets</td></tr>
 *   <tr><td>{@value #TOPIC}, {@value #TYPE}</td><td>lower-case keyword with sorted-set doc values,
 *       stored</td><td>filters, facets</td></tr>
 *   <tr><td>{@value #DATE}, {@value #DATE_RANGE}</td><td>numeric doc values and stored value
 *       (first day of its period, as epoch days), stored with {@value #DATE_PRECISION} and
 *       {@value #DATE_SOURCE}; a long range from the first to the last day of the period</td><td>date ranges, sort by date</td></tr>
 *   <tr><td>{@value #UNRESOLVED_SPEAKER}</td><td>stored</td><td>speakers kept as a bare
 *       surname, read back into {@code Communique.unresolvedSpeakers()}</td></tr>
 *   <tr><td>{@value #SOURCE}, {@value #PATH}</td><td>keyword, stored</td><td>provenance: URL or
 *       file, and the local file indexed</td></tr>
 *   <tr><td>{@value #TURNS}</td><td>stored</td><td>the turns of the body (speaker, role,
 *       offsets), read back into {@code Communique.turns()}</td></tr>
 *   <tr><td>{@value #DUPLICATE_GROUP}, {@value #CANONICAL}, {@value #COPY_SOURCES},
 *       {@value #SIGNATURE}</td><td>keyword / stored</td><td>near-duplicate merging</td></tr>
 *   <tr><td>{@value #LSH_BAND}</td><td>binary keyword, not stored: one term per band of the
 *       signature</td><td>near-duplicate candidates, found in the terms dictionary</td></tr>
 * </table>
 *
 * <p>Each release is indexed as a block: one child document per turn (see {@link TurnFields}), then
 * the release itself. Children carry only their own fields, so the release fields' statistics are
 * those of the releases alone; {@link #isRelease()} keeps every other search to releases.
 *
 * <p>Only static constants and factories; analyzers it returns are new instances and thread-safe.
 */
public final class CommuniqueSchema {

  /** The version of this schema, recorded in every commit's user data. */
  public static final String VERSION = "5";

  /** The commit user-data key under which {@link #VERSION} is recorded. */
  public static final String VERSION_KEY = "communique.schema.version";

  /** Prefix of the exact (unstemmed) copy of each title and body token. */
  public static final char EXACT_MARK = '=';

  /** Field: the communiqué's stable id. */
  public static final String ID = "id";

  /** Field: the title, English text. */
  public static final String TITLE = "title";

  /** Field: the body, English text. */
  public static final String BODY = "body";

  /** Field: issuing organisation, exact keyword. */
  public static final String ORGANIZATION = "organization";

  /** Field: issuing organisation, lower-cased words. */
  public static final String ORGANIZATION_TEXT = "organization_text";

  /** Field: speakers' canonical names, exact keywords. */
  public static final String SPEAKER = "speaker";

  /** Field: speakers' names, lower-cased words. */
  public static final String SPEAKER_TEXT = "speaker_text";

  /** Field: speakers' roles, exact keywords. */
  public static final String ROLE = "role";

  /** Field: speakers' roles, lower-cased words. */
  public static final String ROLE_TEXT = "role_text";

  /** Field: topic ids, lower-case keywords. */
  public static final String TOPIC = "topic";

  /** Field: document type, lower-case keyword. */
  public static final String TYPE = "type";

  /** Field: the date, as epoch days. */
  public static final String DATE = "date";

  /** Field: the date as a range of epoch days, first to last day of its period. */
  public static final String DATE_RANGE = "date_range";

  /**
   * Stored field and sorted doc values: the date's precision label ({@code day}, {@code month},
   * {@code year}).
   */
  public static final String DATE_PRECISION = "date_precision";

  /** Stored field: where the date came from. */
  public static final String DATE_SOURCE = "date_source";

  /** Field: the source path or URL. */
  public static final String SOURCE = "source";

  /** Field: the local file that was indexed, keyword, stored. */
  public static final String PATH = "path";

  /** Stored field: {@code "true"} when the title was derived from the text, absent otherwise. */
  public static final String TITLE_DERIVED = "title_derived";

  /** Field: the speakers whose names are unresolved surnames, stored only. */
  public static final String UNRESOLVED_SPEAKER = "unresolved_speaker";

  /** Stored field on a release: its turns, one value each (see {@link DocumentMapper}). */
  public static final String TURNS = "turns";

  /** Field: the id of the canonical communiqué of this one's near-duplicate group. */
  public static final String DUPLICATE_GROUP = "duplicate_group";

  /** Field: {@code "true"} on the communiqué search shows for its group, else {@code "false"}. */
  public static final String CANONICAL = "canonical";

  /**
   * Keyword field, stored, on canonical communiqués only: the sources of the other copies. Indexed
   * so that the merge pass finds the groups it made before without reading every communiqué.
   */
  public static final String COPY_SOURCES = "copy_sources";

  /** Stored field: the MinHash signature of the body, for near-duplicate detection. */
  public static final String SIGNATURE = "signature";

  /**
   * Field: one term per locality-sensitive-hashing band of the {@link #SIGNATURE} (the band number
   * and the band's hash), indexed only. Communiqués that share a term are near-duplicate
   * candidates, so the merge pass reads the terms dictionary instead of every signature.
   */
  public static final String LSH_BAND = "lsh_band";

  /** The value of {@link #CANONICAL} on the communiqué search shows for its group. */
  public static final String CANONICAL_YES = "true";

  /** The value of {@link #CANONICAL} on a copy that search folds into its canonical one. */
  public static final String CANONICAL_NO = "false";

  /**
   * The field names a query may use ({@code speaker:}, {@code org:}, …), lower case, mapped to the
   * schema fields they search.
   */
  public static final Map<String, String> QUERY_FIELDS =
      Map.ofEntries(
          Map.entry("title", TITLE),
          Map.entry("body", BODY),
          Map.entry("text", BODY),
          Map.entry("speaker", SPEAKER_TEXT),
          Map.entry("speakers", SPEAKER_TEXT),
          Map.entry("org", ORGANIZATION_TEXT),
          Map.entry("organization", ORGANIZATION_TEXT),
          Map.entry("organisation", ORGANIZATION_TEXT),
          Map.entry("role", ROLE_TEXT),
          Map.entry("topic", TOPIC),
          Map.entry("topics", TOPIC),
          Map.entry("type", TYPE),
          Map.entry("date", DATE),
          Map.entry("id", ID),
          Map.entry("source", SOURCE),
          Map.entry("path", PATH));

  /** The query field names to show users, in the order to show them. */
  public static final List<String> QUERY_FIELD_NAMES =
      List.of(
          "title", "body", "speaker", "org", "role", "topic", "type", "date", "id", "source",
          "path");

  /**
   * For {@code field:*} queries: the field whose presence a searched field's existence is read
   * from, where they differ (the word twins of the name keywords).
   */
  public static final Map<String, String> EXISTENCE_FIELDS =
      Map.of(
          SPEAKER_TEXT, SPEAKER,
          ORGANIZATION_TEXT, ORGANIZATION,
          ROLE_TEXT, ROLE);

  /**
   * The fields searched when a query names none, with their weights. A title word is already in the
   * body of most communiqués, so the title adds a third of a body match on top, not more: chosen on
   * SciFact's training claims (nDCG@10 0.6766 at 1.0 against 0.6988 at 0.3) and confirmed on the
   * communiqué test collection.
   */
  public static final Map<String, Float> DEFAULT_FIELDS = Map.of(TITLE, 0.3f, BODY, 1.0f);

  /**
   * Field, indexed only when the index serves the {@code bm25-anserini} profile: title and body as
   * one text, with the plain English analysis of the published baselines; not stored.
   */
  public static final String CONTENTS = "contents";

  /**
   * The commit user-data key under which the index records the ranking profiles it serves, as
   * comma-separated names; an index without it serves the default profile only.
   */
  public static final String PROFILES_KEY = "communique.profiles";

  /** The English text fields, which take the stemmed and exact analysis. */
  public static final Set<String> TEXT_FIELDS = Set.of(TITLE, BODY, TurnFields.TEXT);

  private CommuniqueSchema() {}

  /** The analyzer the index writer uses: English text fields and lower-cased name fields. */
  public static Analyzer indexAnalyzer() {
    return perField(new TextAnalyzer(TextAnalyzer.Mode.INDEX));
  }

  /** The analyzer for unquoted query text: stems, no stop words. */
  public static Analyzer queryAnalyzer() {
    return perField(new TextAnalyzer(TextAnalyzer.Mode.STEMMED));
  }

  /** The analyzer for quoted phrases: exact copies, stop words kept. */
  public static Analyzer phraseAnalyzer() {
    return perField(new TextAnalyzer(TextAnalyzer.Mode.EXACT));
  }

  /** The analyzer of {@link #CONTENTS}, for index and query text alike. */
  public static Analyzer contentsAnalyzer() {
    return new BaselineAnalyzer();
  }

  /**
   * Normalises a keyword value of {@link #TOPIC} or {@link #TYPE}: lower case, hyphens for spaces.
   */
  public static String keyword(String value) {
    return value.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-");
  }

  /** The exact-copy form of an already lower-cased token, as it is indexed in the text fields. */
  public static String exactTerm(String token) {
    return EXACT_MARK + token;
  }

  /** The term that keeps only the communiqué search shows for each near-duplicate group. */
  public static Term canonicalTerm() {
    return new Term(CANONICAL, CANONICAL_YES);
  }

  /**
   * Matches every release and no turn: the documents with an id. Search, counts, exports, facets
   * and all other release queries are restricted by it (or by the canonical filter, which only
   * releases carry); the block join reads the parents from it.
   */
  public static Query isRelease() {
    return new FieldExistsQuery(ID);
  }

  private static Analyzer perField(Analyzer text) {
    Analyzer names = new TextAnalyzer(TextAnalyzer.Mode.NAME);
    Map<String, Analyzer> byField = new HashMap<>();
    byField.put(SPEAKER_TEXT, names);
    byField.put(ORGANIZATION_TEXT, names);
    byField.put(ROLE_TEXT, names);
    byField.put(CONTENTS, new BaselineAnalyzer());
    return new PerFieldAnalyzerWrapper(text, byField);
  }
}
