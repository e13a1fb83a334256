package dev.communique.solr.plugin;

import dev.communique.core.search.QueryLimitException;
import dev.communique.core.search.QueryLimits;
import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.solr.common.SolrException;

/**
 * A query that refuses to run once rewritten to more clauses than the request's limit ({@code
 * --max-clauses}), counted as the embedded index counts them, on the shard's own expansion of its
 * wildcards and fuzzy terms. Immutable.
 */
final class ClauseLimitQuery extends Query {

  private final Query inner;
  private final int maxClauses;

  ClauseLimitQuery(Query inner, int maxClauses) {
    this.inner = Objects.requireNonNull(inner);
    this.maxClauses = maxClauses;
  }

  @Override
  public Query rewrite(IndexSearcher searcher) throws IOException {
    Query rewritten = searcher.rewrite(inner);
    try {
      QueryLimits.builder().maxClauses(maxClauses).build().checkClauses(rewritten);
    } catch (QueryLimitException e) {
      // A bad request, not a failing server: the client must not retry it on another replica.
      throw new SolrException(SolrException.ErrorCode.BAD_REQUEST, e.getMessage(), e);
    }
    return rewritten;
  }

  @Override
  public void visit(QueryVisitor visitor) {
    inner.visit(visitor.getSubVisitor(BooleanClause.Occur.MUST, this));
  }

  @Override
  public String toString(String field) {
    return inner.toString(field);
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other)
        && inner.equals(((ClauseLimitQuery) other).inner)
        && maxClauses == ((ClauseLimitQuery) other).maxClauses;
  }

  @Override
  public int hashCode() {
    return 31 * (31 * classHash() + inner.hashCode()) + maxClauses;
  }
}
