package dev.communique.solr.plugin;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/**
 * A query that scores as the query it wraps, with the corrected statistics of {@link
 * ExactStatistics}. It matches, rewrites and is visited (by the highlighter) exactly as the wrapped
 * query. Immutable and thread-safe.
 */
final class ExactStatisticsQuery extends Query {

  private final Query inner;
  private final ExactStatistics statistics;

  ExactStatisticsQuery(Query inner, ExactStatistics statistics) {
    this.inner = Objects.requireNonNull(inner, "inner");
    this.statistics = statistics;
  }

  @Override
  public Query rewrite(IndexSearcher searcher) throws IOException {
    Query rewritten = inner.rewrite(searcher);
    return rewritten == inner ? this : new ExactStatisticsQuery(rewritten, statistics);
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost)
      throws IOException {
    if (!scoreMode.needsScores()) {
      return inner.createWeight(searcher, scoreMode, boost);
    }
    return inner.createWeight(statistics.correcting(searcher), scoreMode, boost);
  }

  @Override
  public void visit(QueryVisitor visitor) {
    inner.visit(visitor);
  }

  @Override
  public String toString(String field) {
    return inner.toString(field);
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other) && inner.equals(((ExactStatisticsQuery) other).inner);
  }

  @Override
  public int hashCode() {
    return classHash() * 31 + inner.hashCode();
  }
}
