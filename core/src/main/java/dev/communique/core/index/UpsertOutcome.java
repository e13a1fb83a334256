package dev.communique.core.index;

/** What an upsert did to the index. */
public enum UpsertOutcome {
  /** No communiqué with that id was in the index; it was added. */
  ADDED,
  /** A communiqué with that id was replaced. */
  UPDATED
}
