package dev.communique.core.search;

import java.util.List;
import java.util.Objects;

/**
 * A page of search results, with the exact number of matches and the facets asked for. Immutable
 * and thread-safe; made by the search, not by callers.
 */
public final class SearchResults {
  private final SearchRequest request;
  private final long totalHits;
  private final List<SearchHit> hits;
  private final List<FacetResult> facets;
  private final String suggestion;

  SearchResults(
      SearchRequest request, long totalHits, List<SearchHit> hits, List<FacetResult> facets) {
    this(request, totalHits, hits, facets, "");
  }

  SearchResults(
      SearchRequest request,
      long totalHits,
      List<SearchHit> hits,
      List<FacetResult> facets,
      String suggestion) {
    this.suggestion = suggestion == null ? "" : suggestion;
    this.request = Objects.requireNonNull(request, "request");
    this.totalHits = totalHits;
    this.hits = List.copyOf(hits);
    this.facets = List.copyOf(facets);
  }

  /** The request answered. */
  public SearchRequest request() {
    return request;
  }

  /** The exact number of communiqués that match. */
  public long totalHits() {
    return totalHits;
  }

  /** The requested page of hits, in order. */
  public List<SearchHit> hits() {
    return hits;
  }

  /** The facets asked for, in the order asked. */
  public List<FacetResult> facets() {
    return facets;
  }

  /** The ids of the hits, in order. */
  public List<String> ids() {
    return hits.stream().map(h -> h.communique().id()).toList();
  }

  /**
   * For a query with few or no hits: the query with its unknown words corrected from the index's
   * own words ("interoprability" to "interoperability"), when that finds more; else empty.
   */
  public String suggestion() {
    return suggestion;
  }

  @Override
  public String toString() {
    return "SearchResults[total=" + totalHits + ", ids=" + ids() + ", facets=" + facets + "]";
  }
}
