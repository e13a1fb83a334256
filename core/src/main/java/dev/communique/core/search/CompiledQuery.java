package dev.communique.core.search;

import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;

/**
 * A request's query and filter as Lucene queries: {@code user} scores and is highlighted, {@code
 * filter} only restricts. Every consumer (the hits page, facets, the export cursor, keyword in
 * context, trends, similar) starts from one. Immutable and thread-safe.
 *
 * @param user the parsed query, without filters
 * @param filter the filters as one non-scoring query, or {@code null} when there are none
 */
record CompiledQuery(Query user, Query filter) {

  /** The query that matches and scores what the request asks for: user query and filter. */
  Query combined() {
    if (filter == null) {
      return user;
    }
    return new BooleanQuery.Builder()
        .add(user, BooleanClause.Occur.MUST)
        .add(filter, BooleanClause.Occur.FILTER)
        .build();
  }

  /** The same filter with another user query, such as a "more like this" query. */
  CompiledQuery withUser(Query other) {
    return new CompiledQuery(other, filter);
  }
}
