package dev.communique.core.search;

import java.util.List;
import java.util.Objects;

/**
 * A keyword-in-context (concordance) request: the query whose every occurrence in the body of every
 * matching communiqué becomes one line, a {@link SearchFilter}, how many words of context to show
 * on each side, the order of lines and how many to return.
 *
 * <p>Immutable and thread-safe. Build one with {@link #builder(String)}; the constructor is private
 * so that options can be added without breaking callers.
 */
public final class KwicRequest {

  /** The default number of context words on each side of the keyword. */
  public static final int DEFAULT_WINDOW = 8;

  /** The most context words a side may have. */
  public static final int MAX_WINDOW = 100;

  private final List<String> saidBy;
  private final String query;
  private final SearchFilter filter;
  private final int window;
  private final KwicSort sort;
  private final int limit;

  private KwicRequest(Builder b) {
    this.query = b.query == null ? "" : b.query;
    if (query.isBlank() || query.strip().equals("*") || query.strip().equals("*:*")) {
      throw new IllegalArgumentException("keyword in context needs a query naming words to find");
    }
    this.filter = Objects.requireNonNull(b.filter, "filter");
    this.saidBy = List.copyOf(b.saidBy);
    this.sort = Objects.requireNonNull(b.sort, "sort");
    if (b.window < 0 || b.window > MAX_WINDOW) {
      throw new IllegalArgumentException(
          "window must be in 0.." + MAX_WINDOW + " words, got " + b.window);
    }
    if (b.limit < 0) {
      throw new IllegalArgumentException("limit must be >= 0 (0 for all), got " + b.limit);
    }
    this.window = b.window;
    this.limit = b.limit;
  }

  /** A builder for a request with this query (words, phrases, wildcards; Lucene syntax). */
  public static Builder builder(String query) {
    return new Builder(query);
  }

  /**
   * The people whose own words (turns) the query is counted in, or empty for the whole text; {@link
   * dev.communique.core.Turn#QUESTION} stands for reporters' questions.
   */
  public List<String> saidBy() {
    return saidBy;
  }

  /** The query. */
  public String query() {
    return query;
  }

  /** Which communiqués may match. */
  public SearchFilter filter() {
    return filter;
  }

  /** Whole words of context on each side of the keyword. */
  public int window() {
    return window;
  }

  /** The order of lines. */
  public KwicSort sort() {
    return sort;
  }

  /** The most lines to return; 0 for all. Totals always count every occurrence. */
  public int limit() {
    return limit;
  }

  @Override
  public String toString() {
    return "KwicRequest[query="
        + query
        + ", "
        + filter
        + ", window="
        + window
        + ", sort="
        + sort
        + ", limit="
        + limit
        + "]";
  }

  /** Collects a request's options. Not thread-safe. */
  public static final class Builder {
    private final List<String> saidBy = new java.util.ArrayList<>();

    /**
     * Counts only the words these people said themselves (their turns): names or aliases, whole
     * names, any case. Adds to the names given before.
     */
    public Builder saidBy(String... names) {
      for (String name : names) {
        saidBy.add(Objects.requireNonNull(name, "name"));
      }
      return this;
    }

    private final String query;
    private SearchFilter filter = SearchFilter.NONE;
    private int window = DEFAULT_WINDOW;
    private KwicSort sort = KwicSort.DATE;
    private int limit;

    private Builder(String query) {
      this.query = query;
    }

    /** Sets the filter. */
    public Builder filter(SearchFilter value) {
      this.filter = value;
      return this;
    }

    /** Sets the words of context on each side (default {@value #DEFAULT_WINDOW}). */
    public Builder window(int words) {
      this.window = words;
      return this;
    }

    /** Sets the order of lines (default {@link KwicSort#DATE}). */
    public Builder sort(KwicSort order) {
      this.sort = order;
      return this;
    }

    /** Returns at most this many lines; 0 (the default) returns all. */
    public Builder limit(int value) {
      this.limit = value;
      return this;
    }

    /**
     * Builds the immutable request.
     *
     * @throws IllegalArgumentException if the query is blank or a value is out of range
     */
    public KwicRequest build() {
      return new KwicRequest(this);
    }
  }
}
