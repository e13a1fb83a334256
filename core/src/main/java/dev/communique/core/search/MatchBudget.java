package dev.communique.core.search;

import org.apache.lucene.index.QueryTimeout;
import org.apache.lucene.search.IndexSearcher;

/**
 * The time limit, for reads that walk matches themselves instead of collecting through Lucene: it
 * asks the searcher's timeout (if it has one) at each segment and every 256 matches, so that a walk
 * stops once the limit is up and the caller's limit check reports it. Used by one walk on one
 * thread.
 */
final class MatchBudget {
  private final QueryTimeout timeout;
  private int matches;

  MatchBudget(IndexSearcher searcher) {
    this.timeout = searcher.getTimeout();
  }

  /** Whether the time is up, asked before a segment. */
  boolean upBeforeSegment() {
    return timeout != null && timeout.shouldExit();
  }

  /** Whether the time is up, counted once per match and asked every 256. */
  boolean upAfterMatch() {
    return timeout != null && (++matches & 0xFF) == 0 && timeout.shouldExit();
  }
}
