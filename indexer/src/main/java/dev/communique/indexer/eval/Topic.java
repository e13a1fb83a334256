package dev.communique.indexer.eval;

import java.util.Objects;

/** One topic of a test collection: its id and its text. Immutable and thread-safe. */
public final class Topic {
  private final String id;
  private final String text;

  /** A topic with this id and text. */
  public Topic(String id, String text) {
    this.id = Objects.requireNonNull(id, "id");
    this.text = Objects.requireNonNull(text, "text");
  }

  /** The topic id, as the qrels and the run name it. */
  public String id() {
    return id;
  }

  /** The topic's text, to be searched as text. */
  public String text() {
    return text;
  }

  @Override
  public String toString() {
    return id + "\t" + text;
  }
}
