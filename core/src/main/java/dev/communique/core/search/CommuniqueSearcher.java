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
  private final KwicCollector kwic = new KwicCollector();
  private final HitExport export = new HitExport(hitPage);

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
   * Finds every occurrence of the request's query in the body of every matching communiqué, as
   * keyword-in-context lines.
   *
   * @throws InvalidQueryException if the query cannot be parsed
   */
  public KwicResults kwic(IndexSearcher searcher, KwicRequest request) throws IOException {
    return kwic.collect(searcher, compiler.compile(request.query(), request.filter()), request);
  }

  /**
   * Streams every hit of the request (its offset and limit are ignored) in its sort order to the
   * sink, and returns how many there were. Snippets are made only if the request asks for some.
   *
   * @throws InvalidQueryException if the query cannot be parsed
   */
  public long export(IndexSearcher searcher, SearchRequest request, ExportSink sink)
      throws IOException {
    return export.export(
        searcher, compiler.compile(request.query(), request.filter()), request, sink);
  }
}
