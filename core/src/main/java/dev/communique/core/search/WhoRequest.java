package dev.communique.core.search;

import java.util.Locale;
import java.util.Objects;

/**
 * "Who talks about this?": a query whose words are matched in every turn, under a {@link
 * SearchFilter} on the releases, counted per speaker. Immutable and thread-safe; build one with
 * {@link #builder(String)}.
 */
public final class WhoRequest {

  /** What people are ranked by. */
  public enum By {
    /** The number of their turns that match. */
    TURNS,
    /** The number of releases in which one of their turns matches. */
    DOCUMENTS;

    /** The lower-case name, as the command line and JSON write it. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** The ranking named {@code turns} or {@code documents}. */
    public static By parse(String value) {
      return switch (value.strip().toLowerCase(Locale.ROOT)) {
        case "turns" -> TURNS;
        case "documents", "releases" -> DOCUMENTS;
        default ->
            throw new IllegalArgumentException(
                "unknown ranking '" + value + "' (expected turns or documents)");
      };
    }
  }

  /** The most people one request may list. */
  public static final int MAX_LIMIT = 10_000;

  private final String query;
  private final SearchFilter filter;
  private final By by;
  private final int limit;

  private WhoRequest(Builder b) {
    this.query = b.query == null ? "" : b.query;
    this.filter = Objects.requireNonNull(b.filter, "filter");
    this.by = Objects.requireNonNull(b.by, "by");
    if (b.limit < 1 || b.limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be in 1.." + MAX_LIMIT + ", got " + b.limit);
    }
    this.limit = b.limit;
  }

  /** A builder for this query; blank or {@code *} counts every turn. */
  public static Builder builder(String query) {
    return new Builder(query);
  }

  /** The query, matched in the text of turns. */
  public String query() {
    return query;
  }

  /** The filter on the releases whose turns count. */
  public SearchFilter filter() {
    return filter;
  }

  /** What people are ranked by. */
  public By by() {
    return by;
  }

  /** The most people listed. */
  public int limit() {
    return limit;
  }

  /** Collects a request's options. Not thread-safe. */
  public static final class Builder {
    private final String query;
    private SearchFilter filter = SearchFilter.NONE;
    private By by = By.TURNS;
    private int limit = 20;

    private Builder(String query) {
      this.query = query;
    }

    /** Sets the filter on releases. */
    public Builder filter(SearchFilter value) {
      this.filter = value;
      return this;
    }

    /** Sets what people are ranked by (default: turns). */
    public Builder by(By value) {
      this.by = value;
      return this;
    }

    /** Sets the most people listed (default 20). */
    public Builder limit(int value) {
      this.limit = value;
      return this;
    }

    /**
     * Builds the request.
     *
     * @throws IllegalArgumentException if the limit is out of range
     */
    public WhoRequest build() {
      return new WhoRequest(this);
    }
  }
}
