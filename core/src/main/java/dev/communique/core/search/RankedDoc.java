package dev.communique.core.search;

import java.util.Objects;

/** One document of a ranking: its id and score. Immutable and thread-safe; made by the ranking. */
public final class RankedDoc {
  private final String id;
  private final float score;

  RankedDoc(String id, float score) {
    this.id = Objects.requireNonNull(id, "id");
    this.score = score;
  }

  /** A ranked document, for rankings made by another search engine. */
  public static RankedDoc of(String id, float score) {
    return new RankedDoc(id, score);
  }

  /** The document's own id, as its source gave it. */
  public String id() {
    return id;
  }

  /** Its score; never higher than the score of a document ranked above it. */
  public float score() {
    return score;
  }

  @Override
  public String toString() {
    return id + "=" + score;
  }
}
