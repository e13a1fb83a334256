package dev.communique.core.search;

import dev.communique.core.highlight.SnippetOptions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What to search for and how to present it: a query in Lucene syntax with the field aliases {@code
 * speaker:}, {@code org:}, {@code topic:}, {@code type:} and {@code date:}, a {@link SearchFilter},
 * sort, paging, snippet options, facets to count and whether to explain scores.
 *
 * <p>Immutable and thread-safe. Build one with {@link #builder(String)}; the constructor is private
 * so that options can be added without breaking callers.
 */
public final class SearchRequest {

  /** The most hits one page may hold; {@code export} streams any number. */
  public static final int MAX_LIMIT = 10_000;

  /** The deepest a page may reach (offset plus limit); {@code export} streams any number. */
  public static final int MAX_DEPTH = 100_000;

  private final String query;
  private final SearchFilter filter;
  private final SortOrder sort;
  private final int offset;
  private final int limit;
  private final SnippetOptions snippets;
  private final List<FacetRequest> facets;
  private final boolean explain;
  private final List<String> saidBy;

  private SearchRequest(Builder b) {
    this.query = b.query == null ? "" : b.query;
    this.filter = b.filter.build();
    this.sort = Objects.requireNonNull(b.sort, "sort");
    this.snippets = Objects.requireNonNull(b.snippets, "snippets");
    this.facets = List.copyOf(b.facets);
    this.explain = b.explain;
    this.saidBy = List.copyOf(b.saidBy);
    if (b.offset < 0) {
      throw new IllegalArgumentException("offset must be >= 0, got " + b.offset);
    }
    if (b.limit < 0 || b.limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be in 0.." + MAX_LIMIT + ", got " + b.limit);
    }
    if ((long) b.offset + b.limit > MAX_DEPTH) {
      throw new IllegalArgumentException(
          "offset + limit must be at most "
              + MAX_DEPTH
              + " (export streams every hit), got "
              + ((long) b.offset + b.limit));
    }
    this.offset = b.offset;
    this.limit = b.limit;
  }

  /** A builder for a request with this query; blank or {@code *} matches everything. */
  public static Builder builder(String query) {
    return new Builder(query);
  }

  /** A builder pre-filled with this request's values. */
  public Builder toBuilder() {
    Builder b = new Builder(query);
    b.filter = filter.toBuilder();
    b.sort = sort;
    b.offset = offset;
    b.limit = limit;
    b.snippets = snippets;
    b.facets.addAll(facets);
    b.explain = explain;
    b.saidBy.addAll(saidBy);
    return b;
  }

  /** The query; blank or {@code *} matches everything. */
  public String query() {
    return query;
  }

  /** Which communiqués may match. */
  public SearchFilter filter() {
    return filter;
  }

  /** The order of hits. */
  public SortOrder sort() {
    return sort;
  }

  /** Hits to skip. */
  public int offset() {
    return offset;
  }

  /** Hits to return; 0 counts (and facets) without returning any. */
  public int limit() {
    return limit;
  }

  /** Snippet options. */
  public SnippetOptions snippets() {
    return snippets;
  }

  /** The facets to count over every match, in the order asked. */
  public List<FacetRequest> facets() {
    return facets;
  }

  /** Whether each hit carries an explanation of its score. */
  public boolean explain() {
    return explain;
  }

  /**
   * The people whose own words the query must match (their turns), or empty for the whole text.
   * {@link dev.communique.core.Turn#QUESTION} stands for reporters' questions.
   */
  public List<String> saidBy() {
    return saidBy;
  }

  @Override
  public String toString() {
    return "SearchRequest[query="
        + query
        + ", "
        + filter
        + ", sort="
        + sort
        + ", offset="
        + offset
        + ", limit="
        + limit
        + ", facets="
        + facets
        + "]";
  }

  /** Collects a request's options. Not thread-safe. */
  public static final class Builder {
    private final String query;
    private SearchFilter.Builder filter = SearchFilter.builder();
    private SortOrder sort = SortOrder.RELEVANCE;
    private int offset;
    private int limit = 10;
    private SnippetOptions snippets = SnippetOptions.DEFAULT;
    private final List<FacetRequest> facets = new ArrayList<>();
    private boolean explain;
    private final List<String> saidBy = new ArrayList<>();

    private Builder(String query) {
      this.query = query;
    }

    /** Replaces the filter with this one. */
    public Builder filter(SearchFilter value) {
      this.filter = value.toBuilder();
      return this;
    }

    /** Keeps hits with this speaker; repeat for any of several. */
    public Builder speaker(String name) {
      filter.speaker(name);
      return this;
    }

    /** Keeps hits from this organisation; repeat for any of several. */
    public Builder organization(String name) {
      filter.organization(name);
      return this;
    }

    /** Keeps hits with this topic; repeat for any of several. */
    public Builder topic(String id) {
      filter.topic(id);
      return this;
    }

    /** Keeps hits of this document type; repeat for any of several. */
    public Builder type(String type) {
      filter.type(type);
      return this;
    }

    /** Keeps hits dated on or after this day. */
    public Builder from(LocalDate day) {
      filter.from(day);
      return this;
    }

    /** Keeps hits dated on or before this day. */
    public Builder to(LocalDate day) {
      filter.to(day);
      return this;
    }

    /** Shows near-duplicate copies as hits of their own. */
    public Builder includeCopies(boolean value) {
      filter.includeCopies(value);
      return this;
    }

    /** Sets the order of hits. */
    public Builder sort(SortOrder order) {
      this.sort = order;
      return this;
    }

    /** Skips this many hits. */
    public Builder offset(int value) {
      this.offset = value;
      return this;
    }

    /** Returns at most this many hits (default 10, at most {@link #MAX_LIMIT}). */
    public Builder limit(int value) {
      this.limit = value;
      return this;
    }

    /** Sets snippet options. */
    public Builder snippets(SnippetOptions options) {
      this.snippets = options;
      return this;
    }

    /** Counts this facet over every match; repeat for several. */
    public Builder facet(FacetRequest facet) {
      facets.add(Objects.requireNonNull(facet, "facet"));
      return this;
    }

    /** Counts the top {@code limit} values of this field over every match. */
    public Builder facet(FacetField field, int limit) {
      return facet(FacetRequest.of(field, limit));
    }

    /** Attaches an explanation of its score to each hit. */
    public Builder explain(boolean value) {
      this.explain = value;
      return this;
    }

    /**
     * Restricts matching to the turns of these people (names or aliases, whole names, any case;
     * {@link dev.communique.core.Turn#QUESTION} for reporters' questions): a release is a hit if
     * one of their turns matches the query, it ranks by its best-matching turn, and each hit lists
     * every matching turn. Adds to the names given before.
     */
    public Builder saidBy(String... names) {
      for (String name : names) {
        saidBy.add(Objects.requireNonNull(name, "name"));
      }
      return this;
    }

    /**
     * Builds the immutable request.
     *
     * @throws IllegalArgumentException if a value is out of range
     */
    public SearchRequest build() {
      return new SearchRequest(this);
    }
  }
}
