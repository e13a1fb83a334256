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

  SearchResults(
      SearchRequest request, long totalHits, List<SearchHit> hits, List<FacetResult> facets) {
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

  @Override
  public String toString() {
    return "SearchResults[total=" + totalHits + ", ids=" + ids() + ", facets=" + facets + "]";
  }
}
