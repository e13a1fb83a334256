package dev.communique.core.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * Runs requests against a Lucene {@link IndexSearcher} over the communiqué schema. Each request is
 * first compiled into a query and a filter ({@link QueryCompiler}); consumers then read that: the
 * page of hits, facet counts, and so on. {@link dev.communique.core.index.CommuniqueIndex} uses it;
 * use it directly only to search a reader you manage yourself.
 *
 * <p>Thread-safe: one instance may serve many threads at once.
 */
public final class CommuniqueSearcher {

  private final QueryCompiler compiler = new QueryCompiler();
  private final HitPage hitPage = new HitPage();
  private final FacetCounter facets = new FacetCounter();
  private final TrendCounter trends = new TrendCounter();

  /** A searcher with the schema's query analysis. */
  public CommuniqueSearcher() {}

  /**
   * Parses a query string as {@link SearchRequest#query()} describes, without running it.
   *
   * @throws InvalidQueryException if it cannot be parsed
   */
  public Query parse(String query) {
    return compiler.parse(query);
  }

  /**
   * Runs the request: the page of hits, the exact total, and the facets asked for.
   *
   * @throws InvalidQueryException if the query cannot be parsed
   */
  public SearchResults search(IndexSearcher searcher, SearchRequest request) throws IOException {
    CompiledQuery compiled = compiler.compile(request.query(), request.filter());
    HitPage.Page page = hitPage.collect(searcher, compiled, request);
    List<FacetResult> counted = facets.count(searcher, compiled, request.facets());
    return new SearchResults(request, page.total(), page.hits(), counted);
  }

  /**
   * Counts a query's matches over time, with the totals they are a share of.
   *
   * @throws InvalidQueryException if the query cannot be parsed
   * @throws IllegalArgumentException if a filter value has no searchable words, or the trend spans
   *     too many periods
   */
  public TrendResult trend(IndexSearcher searcher, TrendRequest request) throws IOException {
    return trends.trend(searcher, compiler.compile(request.query(), request.filter()), request);
  }
}
