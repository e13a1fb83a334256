package dev.communique.core.search;

/**
 * How often one speaker's turns match a {@link WhoRequest}: the matching turns and the releases
 * they are in. Immutable and thread-safe; made by the search.
 */
public final class SpeakerCount {
  private final String speaker;
  private final long count;
  private final long documents;

  SpeakerCount(String speaker, long count, long documents) {
    this.speaker = speaker;
    this.count = count;
    this.documents = documents;
  }

  /** The speaker, as turns name them. */
  public String speaker() {
    return speaker;
  }

  /** The number of their turns that match. */
  public long count() {
    return count;
  }

  /** The number of releases in which one of their turns matches. */
  public long documents() {
    return documents;
  }

  @Override
  public String toString() {
    return speaker + " " + count + "/" + documents;
  }
}
