package dev.communique.core.search;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One period (and group) of a trend: how often the query matched, out of how many communiqués.
 * Immutable and thread-safe; made by the trend, not by callers.
 */
public final class TrendRow {
  private final String period;
  private final LocalDate start;
  private final boolean yearOnly;
  private final String group;
  private final long count;
  private final long total;

  TrendRow(String period, LocalDate start, boolean yearOnly, String group, long count, long total) {
    this.period = Objects.requireNonNull(period, "period");
    this.start = Objects.requireNonNull(start, "start");
    this.yearOnly = yearOnly;
    this.group = group;
    this.count = count;
    this.total = total;
  }

  /**
   * The period's label: {@code 2023}, {@code 2023-04}, or, in a monthly trend, {@code 2023 (year
   * only)} for the communiqués of 2023 whose date is known to the year only.
   */
  public String period() {
    return period;
  }

  /** The first day of the period. */
  public LocalDate start() {
    return start;
  }

  /** Whether this is a monthly trend's bucket of communiqués dated to the year only. */
  public boolean yearOnly() {
    return yearOnly;
  }

  /** The group's value, such as {@code "Joe Biden"}, or {@code null} in an ungrouped trend. */
  public String group() {
    return group;
  }

  /** Matching communiqués, or matches in their bodies, in this period and group. */
  public long count() {
    return count;
  }

  /**
   * All communiqués of this period and group under the request's filter, whatever the query: the
   * denominator of {@link #share()}.
   */
  public long total() {
    return total;
  }

  /** {@link #count()} / {@link #total()}, or 0 when the total is 0. */
  public double share() {
    return total == 0 ? 0 : (double) count / total;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TrendRow r
        && period.equals(r.period)
        && start.equals(r.start)
        && yearOnly == r.yearOnly
        && Objects.equals(group, r.group)
        && count == r.count
        && total == r.total;
  }

  @Override
  public int hashCode() {
    return Objects.hash(period, start, yearOnly, group, count, total);
  }

  @Override
  public String toString() {
    return period + (group == null ? "" : " " + group) + ": " + count + "/" + total;
  }
}
