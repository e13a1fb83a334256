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

  /** Below this many hits, a search looks for a spelling correction of its query. */
  static final int SUGGEST_BELOW = 3;

  private final QueryCompiler compiler;
  private final QueryVocabulary vocabulary;
  private final HitPage hitPage = new HitPage();
  private final FacetCounter facets = new FacetCounter();
  private final SpellingSuggester speller = new SpellingSuggester();

  /** A searcher with the schema's query analysis. */
  public CommuniqueSearcher() {
    this(QueryVocabulary.empty());
  }

  /** A searcher that also applies this vocabulary's synonyms and speaker aliases. */
  public CommuniqueSearcher(QueryVocabulary vocabulary) {
    this.compiler = new QueryCompiler(vocabulary);
    this.vocabulary = vocabulary;
  }

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
    String suggestion =
        page.total() < SUGGEST_BELOW ? suggestion(searcher, request, page.total()) : "";
    return new SearchResults(request, page.total(), page.hits(), counted, suggestion);
  }

  /**
   * The request's query with unknown words corrected, if that query finds more than {@code total}
   * communiqués with the same filter; else empty.
   */
  private String suggestion(IndexSearcher searcher, SearchRequest request, long total)
      throws IOException {
    if (request.query().isBlank()) {
      return "";
    }
    String corrected = speller.suggest(searcher.getIndexReader(), request.query(), vocabulary);
    if (corrected.isEmpty() || corrected.equals(request.query())) {
      return "";
    }
    try {
      CompiledQuery better = compiler.compile(corrected, request.filter());
      return searcher.count(better.combined()) > total ? corrected : "";
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  /**
   * Ids in the index close to a mistyped one, closest first, at most {@code max}: for "did you
   * mean" when an id is not found.
   */
  public List<String> similarIds(IndexSearcher searcher, String id, int max) throws IOException {
    return speller.similarIds(searcher.getIndexReader(), id, max);
  }
}
