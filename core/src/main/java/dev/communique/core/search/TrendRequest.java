package dev.communique.core.search;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Asks how often a query matches over time: per year or month, optionally split by the top groups
 * of a metadata field (speakers, organisations, roles, topics or types), counting matching
 * communiqués or matches in their bodies, under a {@link SearchFilter}. Each period's count comes
 * with the number of all communiqués of that period (and group) under the same filter, so shares
 * can be compared across periods.
 *
 * <p>Immutable and thread-safe. Build one with {@link #builder(String)}.
 */
public final class TrendRequest {

  /** How many groups a grouped trend reports unless told otherwise. */
  public static final int DEFAULT_TOP = 5;

  private static final Set<FacetField> PERIODS = EnumSet.of(FacetField.YEAR, FacetField.MONTH);
  private static final Set<FacetField> GROUPS =
      EnumSet.of(
          FacetField.SPEAKER,
          FacetField.ORGANIZATION,
          FacetField.ROLE,
          FacetField.TOPIC,
          FacetField.TYPE);

  private final List<String> saidBy;
  private final String query;
  private final SearchFilter filter;
  private final FacetField by;
  private final FacetField groupBy;
  private final int top;
  private final TrendCount count;
  private final boolean normalize;

  private TrendRequest(Builder b) {
    this.query = b.query == null ? "" : b.query;
    this.filter = Objects.requireNonNull(b.filter, "filter");
    this.saidBy = List.copyOf(b.saidBy);
    this.by = Objects.requireNonNull(b.by, "by");
    this.count = Objects.requireNonNull(b.count, "count");
    if (!PERIODS.contains(by)) {
      throw new IllegalArgumentException("a trend is by year or month, not by " + by.label());
    }
    if (b.groupBy != null && !GROUPS.contains(b.groupBy)) {
      throw new IllegalArgumentException(
          "a trend groups by speaker, organization, role, topic or type, not by "
              + b.groupBy.label());
    }
    if (b.top < 1) {
      throw new IllegalArgumentException("top must be >= 1, got " + b.top);
    }
    this.groupBy = b.groupBy;
    this.top = b.top;
    this.normalize = b.normalize;
  }

  /**
   * The people whose own words (turns) the query is counted in, or empty for the whole text; {@link
   * dev.communique.core.Turn#QUESTION} stands for reporters' questions.
   */
  public List<String> saidBy() {
    return saidBy;
  }

  /** A builder for a yearly, ungrouped trend of documents matching this query. */
  public static Builder builder(String query) {
    return new Builder(query);
  }

  /** The query; blank or {@code *} matches everything. */
  public String query() {
    return query;
  }

  /** Which communiqués count, in the matches and in the totals. */
  public SearchFilter filter() {
    return filter;
  }

  /** The period: {@link FacetField#YEAR} or {@link FacetField#MONTH}. */
  public FacetField by() {
    return by;
  }

  /** The field whose top values split the trend into groups, or empty for one line. */
  public Optional<FacetField> groupBy() {
    return Optional.ofNullable(groupBy);
  }

  /** How many groups, those with the most matches overall, are reported. */
  public int top() {
    return top;
  }

  /** What is counted. */
  public TrendCount count() {
    return count;
  }

  /** Whether the share (count / total) rather than the count is what to show and plot. */
  public boolean normalize() {
    return normalize;
  }

  @Override
  public String toString() {
    return "TrendRequest[query="
        + query
        + ", "
        + filter
        + ", by="
        + by.label()
        + ", groupBy="
        + (groupBy == null ? "none" : groupBy.label())
        + ", top="
        + top
        + ", count="
        + count.label()
        + ", normalize="
        + normalize
        + "]";
  }

  /** Collects a trend request's options. Not thread-safe. */
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
    private FacetField by = FacetField.YEAR;
    private FacetField groupBy;
    private int top = DEFAULT_TOP;
    private TrendCount count = TrendCount.DOCUMENTS;
    private boolean normalize;

    private Builder(String query) {
      this.query = query;
    }

    /** Restricts matches and totals to this filter (default: {@link SearchFilter#NONE}). */
    public Builder filter(SearchFilter value) {
      this.filter = Objects.requireNonNull(value, "filter");
      return this;
    }

    /** Counts per {@link FacetField#YEAR} (default) or {@link FacetField#MONTH}. */
    public Builder by(FacetField period) {
      this.by = period;
      return this;
    }

    /** Splits the trend by the top values of this field; {@code null} for one line (default). */
    public Builder groupBy(FacetField field) {
      this.groupBy = field;
      return this;
    }

    /** Reports this many groups, those with the most matches overall (default 5). */
    public Builder top(int value) {
      this.top = value;
      return this;
    }

    /** Counts documents (default) or occurrences. */
    public Builder count(TrendCount value) {
      this.count = value;
      return this;
    }

    /** Marks the trend as one of shares rather than counts. */
    public Builder normalize(boolean value) {
      this.normalize = value;
      return this;
    }

    /**
     * Builds the immutable request.
     *
     * @throws IllegalArgumentException if the period or group field is not one a trend takes, or
     *     top is below 1
     */
    public TrendRequest build() {
      return new TrendRequest(this);
    }
  }
}
