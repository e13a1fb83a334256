package dev.communique.core.search;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A trend over time: one row per period (and per reported group), in time order, with no gaps
 * between the first and the last period that has matches (or the filter's dates, when given).
 * Immutable and thread-safe; made by the trend, not by callers.
 */
public final class TrendResult {
  private final TrendRequest request;
  private final List<ValueCount> groups;
  private final List<TrendRow> rows;

  TrendResult(TrendRequest request, List<ValueCount> groups, List<TrendRow> rows) {
    this.request = Objects.requireNonNull(request, "request");
    this.groups = List.copyOf(groups);
    this.rows = List.copyOf(rows);
  }

  /** The request answered. */
  public TrendRequest request() {
    return request;
  }

  /** The query. */
  public String query() {
    return request.query();
  }

  /** The period: {@link FacetField#YEAR} or {@link FacetField#MONTH}. */
  public FacetField by() {
    return request.by();
  }

  /** The field the trend is split by, or empty. */
  public Optional<FacetField> groupBy() {
    return request.groupBy();
  }

  /** What was counted. */
  public TrendCount countOf() {
    return request.count();
  }

  /**
   * Whether the counts are turns rather than documents: a trend of what some people said ({@link
   * TrendRequest#saidBy()}) grouped by speaker.
   */
  public boolean countsTurns() {
    return !request.saidBy().isEmpty()
        && request.groupBy().filter(g -> g == FacetField.SPEAKER).isPresent();
  }

  /**
   * The reported groups, most matches overall first (ties by value), each with its count over all
   * periods; empty in an ungrouped trend.
   */
  public List<ValueCount> groups() {
    return groups;
  }

  /**
   * The rows in time order; within a period, groups in the order of {@link #groups()}. In a monthly
   * trend, a year's {@code (year only)} row follows its December.
   */
  public List<TrendRow> rows() {
    return rows;
  }

  /** The rows of one group ({@code null} in an ungrouped trend), in time order. */
  public List<TrendRow> rows(String group) {
    return rows.stream().filter(r -> Objects.equals(r.group(), group)).toList();
  }

  @Override
  public String toString() {
    return "TrendResult[" + request + ", groups=" + groups + ", rows=" + rows + "]";
  }
}
