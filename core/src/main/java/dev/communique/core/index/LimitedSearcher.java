package dev.communique.core.index;

import dev.communique.core.search.QueryLimitException;
import dev.communique.core.search.QueryLimits;
import java.io.IOException;
import java.util.function.LongSupplier;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * A searcher for one request that enforces its {@link QueryLimits}: a time limit on collecting, and
 * a clause limit checked on every rewritten query (what it expands to, not just what was typed).
 * Lucene's own clause limit is a static setting; this one is per request. Used by one request on
 * one thread, then dropped.
 */
final class LimitedSearcher extends IndexSearcher {
  private final IndexSearcher base;
  private final QueryLimits limits;

  /** Whether a walk over matches stopped because the time was up (set by the timeout's check). */
  private volatile boolean cutShort;

  LimitedSearcher(IndexSearcher base, QueryLimits limits, boolean timed, LongSupplier nanoClock) {
    super(base.getIndexReader());
    this.base = base;
    this.limits = limits;
    setSimilarity(base.getSimilarity());
    setQueryCache(base.getQueryCache());
    setQueryCachingPolicy(base.getQueryCachingPolicy());
    if (timed) {
      long deadline = nanoClock.getAsLong() + limits.timeout().toNanos();
      setTimeout(
          () -> {
            if (nanoClock.getAsLong() - deadline > 0) {
              cutShort = true;
            }
            return cutShort;
          });
    }
  }

  /** The statistics of the searcher this one bounds, which may correct Lucene's own. */
  @Override
  public org.apache.lucene.search.CollectionStatistics collectionStatistics(String field)
      throws IOException {
    return base.collectionStatistics(field);
  }

  @Override
  public Query rewrite(Query original) throws IOException {
    Query rewritten = super.rewrite(original);
    limits.checkClauses(rewritten);
    return rewritten;
  }

  /**
   * Throws if the time limit cut the read short: a Lucene search, or a walk over matches (keyword
   * in context, who) that asked the timeout and stopped. A read that finished whole is never
   * refused, however long it took.
   */
  void checkTime() throws QueryLimitException {
    if (timedOut() || cutShort) {
      throw new QueryLimitException(
          QueryLimitException.Limit.TIME,
          "the query ran longer than "
              + limits.timeout().toMillis()
              + " ms and was stopped; make it more specific (the limit is set by --timeout)");
    }
  }
}
