package dev.communique.core.search;

import java.util.List;

/**
 * A page of search results. Immutable and thread-safe.
 *
 * @param request the request answered
 * @param totalHits the exact number of communiqués that match
 * @param hits the requested page of hits, in order
 */
public record SearchResults(SearchRequest request, long totalHits, List<SearchHit> hits) {

  /** Copies the list. */
  public SearchResults {
    hits = List.copyOf(hits);
  }

  /** The ids of the hits, in order. */
  public List<String> ids() {
    return hits.stream().map(h -> h.communique().id()).toList();
  }
}
