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

  /**
   * A builder of results, for search engines other than the embedded index that answer with the
   * project's types.
   */
  public static Builder builder(SearchRequest request) {
    return new Builder(request);
  }

  /** Builds {@link SearchResults}. Not thread-safe. */
  public static final class Builder {
    private final SearchRequest request;
    private long totalHits;
    private List<SearchHit> hits = List.of();
    private List<FacetResult> facets = List.of();
    private String suggestion = "";

    private Builder(SearchRequest request) {
      this.request = Objects.requireNonNull(request, "request");
    }

    /** The exact number of matches. */
    public Builder totalHits(long value) {
      this.totalHits = value;
      return this;
    }

    /** The page of hits, in order. */
    public Builder hits(List<SearchHit> value) {
      this.hits = List.copyOf(value);
      return this;
    }

    /** The facets, in the order asked. */
    public Builder facets(List<FacetResult> value) {
      this.facets = List.copyOf(value);
      return this;
    }

    /** A corrected query that finds more, or empty. */
    public Builder suggestion(String value) {
      this.suggestion = value == null ? "" : value;
      return this;
    }

    /** The results. */
    public SearchResults build() {
      return new SearchResults(request, totalHits, hits, facets, suggestion);
    }
  }

  @Override
  public String toString() {
    return "SearchResults[total=" + totalHits + ", ids=" + ids() + ", facets=" + facets + "]";
  }
}
