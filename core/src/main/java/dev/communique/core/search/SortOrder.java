package dev.communique.core.search;

/** The order of search hits. */
public enum SortOrder {
  /** Best match first; ties by id. */
  RELEVANCE,
  /** Newest first; undated last; ties by relevance, then id. */
  DATE_DESC,
  /** Oldest first; undated last; ties by relevance, then id. */
  DATE_ASC
}
