package dev.communique.core.search;

import dev.communique.core.highlight.SnippetOptions;
import java.util.Objects;

/**
 * Asks for the communiqués most like one in the index (by the distinctive stemmed words of its
 * title and body), within a {@link SearchFilter}, with snippets. The communiqué itself and its
 * near-duplicate copies are never among the answers.
 *
 * <p>Immutable and thread-safe. Build one with {@link #builder(String)}.
 */
public final class SimilarRequest {
  private final String id;
  private final SearchFilter filter;
  private final int limit;
  private final SnippetOptions snippets;

  private SimilarRequest(Builder b) {
    this.id = Objects.requireNonNull(b.id, "id");
    this.filter = Objects.requireNonNull(b.filter, "filter");
    this.snippets = Objects.requireNonNull(b.snippets, "snippets");
    if (b.limit < 0 || b.limit > SearchRequest.MAX_LIMIT) {
      throw new IllegalArgumentException(
          "limit must be in 0.." + SearchRequest.MAX_LIMIT + ", got " + b.limit);
    }
    this.limit = b.limit;
  }

  /** A builder for the communiqués like the one with this id. */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /** The id of the communiqué to find others like. */
  public String id() {
    return id;
  }

  /** Which communiqués may be answers. */
  public SearchFilter filter() {
    return filter;
  }

  /** How many answers to return. */
  public int limit() {
    return limit;
  }

  /** Snippet options for the answers. */
  public SnippetOptions snippets() {
    return snippets;
  }

  /**
   * The search request that similar results answer: an empty query with this request's filter,
   * limit and snippet options.
   */
  public SearchRequest asSearch() {
    return SearchRequest.builder("").filter(filter()).limit(limit()).snippets(snippets()).build();
  }

  @Override
  public String toString() {
    return "SimilarRequest[id=" + id + ", " + filter + ", limit=" + limit + "]";
  }

  /** Collects a similar request's options. Not thread-safe. */
  public static final class Builder {
    private final String id;
    private SearchFilter filter = SearchFilter.NONE;
    private int limit = 10;
    private SnippetOptions snippets = SnippetOptions.DEFAULT;

    private Builder(String id) {
      this.id = id;
    }

    /** Only answers this filter keeps (default: every canonical communiqué). */
    public Builder filter(SearchFilter value) {
      this.filter = value;
      return this;
    }

    /** Returns at most this many answers (default 10). */
    public Builder limit(int value) {
      this.limit = value;
      return this;
    }

    /** Sets snippet options. */
    public Builder snippets(SnippetOptions value) {
      this.snippets = value;
      return this;
    }

    /**
     * Builds the immutable request.
     *
     * @throws IllegalArgumentException if the limit is out of range
     */
    public SimilarRequest build() {
      return new SimilarRequest(this);
    }
  }
}
