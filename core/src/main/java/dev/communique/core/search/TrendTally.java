package dev.communique.core.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Turns counts per period and group into a {@link TrendResult}: picks the top groups, spans the
 * periods from the first to the last with matches (or the filter's dates), fills the periods
 * without data with zeros, and pairs each count with its total. The embedded index feeds it from
 * doc values; another engine feeds it from its own facet counts, and both get the same rows.
 *
 * <p>Feed it every match count first, then ask for {@link #groups()} and feed the totals of those
 * groups. Not thread-safe: one per trend.
 */
public final class TrendTally {

  /** The most periods one trend may span, so that a wide open date span fails clearly. */
  static final int MAX_PERIODS = 5_000;

  private final TrendRequest request;
  private final PeriodScale scale;
  private final boolean grouped;
  private final Map<Cell, Long> counts = new HashMap<>();
  private final Map<Cell, Long> totals = new HashMap<>();
  private List<ValueCount> groups;

  private TrendTally(TrendRequest request) {
    this.request = request;
    this.scale = PeriodScale.of(request.by());
    this.grouped = request.groupBy().isPresent();
  }

  /** A tally for this request. */
  public static TrendTally of(TrendRequest request) {
    return new TrendTally(request);
  }

  /**
   * Adds matches (communiqués or occurrences, as the request counts) of one period and group.
   *
   * @param day any day of the period
   * @param yearOnly whether these communiqués are dated to the year only
   * @param group the group's value, or {@code null} in an ungrouped trend
   */
  public TrendTally addMatches(LocalDate day, boolean yearOnly, String group, long count) {
    counts.merge(new Cell(scale.key(day, yearOnly), grouped ? group : null), count, Long::sum);
    return this;
  }

  /**
   * The groups reported, most matches first (ties by value), at most the request's top; empty in an
   * ungrouped trend. Their totals are the ones to add.
   */
  public List<ValueCount> groups() {
    if (groups == null) {
      groups = grouped ? top(counts, request.top()) : List.of();
    }
    return groups;
  }

  /**
   * Adds to the total of one period and group: the communiqués (or occurrences) the filter alone
   * keeps. Groups that are not reported are ignored.
   */
  public TrendTally addTotal(LocalDate day, boolean yearOnly, String group, long count) {
    if (grouped && groups().stream().noneMatch(g -> g.value().equals(group))) {
      return this;
    }
    totals.merge(new Cell(scale.key(day, yearOnly), grouped ? group : null), count, Long::sum);
    return this;
  }

  /**
   * The trend.
   *
   * @throws IllegalArgumentException if it would span more than 5,000 periods
   */
  public TrendResult result() {
    List<ValueCount> reported = groups();
    Set<String> kept = reported.stream().map(ValueCount::value).collect(Collectors.toSet());
    List<String> groupValues =
        grouped
            ? reported.stream().map(ValueCount::value).toList()
            : Collections.singletonList(null);
    // The span runs over the reported groups only: a hidden group never adds rows of zeros.
    Map<Cell, Long> shown =
        grouped
            ? counts.entrySet().stream()
                .filter(e -> kept.contains(e.getKey().group()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue))
            : counts;
    List<TrendRow> rows = new ArrayList<>();
    for (int period : periods(shown)) {
      for (String group : groupValues) {
        Cell cell = new Cell(period, group);
        rows.add(
            new TrendRow(
                scale.label(period),
                scale.start(period),
                scale.yearOnly(period),
                group,
                counts.getOrDefault(cell, 0L),
                totals.getOrDefault(cell, 0L)));
      }
    }
    return new TrendResult(request, reported, rows);
  }

  /** Adds match counts already keyed by period, as the embedded index tallies them. */
  void addMatches(Map<Cell, Long> tallied) {
    tallied.forEach((cell, n) -> counts.merge(cell, n, Long::sum));
  }

  /** Adds totals already keyed by period. */
  void addTotals(Map<Cell, Long> tallied) {
    tallied.forEach((cell, n) -> totals.merge(cell, n, Long::sum));
  }

  /** The groups with the most matches overall, ties by value; groups with none are left out. */
  private static List<ValueCount> top(Map<Cell, Long> counts, int limit) {
    Map<String, Long> byGroup = new HashMap<>();
    counts.forEach((cell, n) -> byGroup.merge(cell.group(), n, Long::sum));
    return byGroup.entrySet().stream()
        .filter(e -> e.getValue() > 0)
        .sorted(
            Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(limit)
        .map(e -> new ValueCount(e.getKey(), e.getValue()))
        .toList();
  }

  /**
   * The period keys to report, in order: every period from the first to the last with matches (the
   * filter's dates replace either end when given). In months, a year-only slot is reported for each
   * year of that span that has communiqués dated to the year only.
   */
  private Collection<Integer> periods(Map<Cell, Long> shown) {
    SearchFilter filter = request.filter();
    Integer first = null;
    Integer last = null;
    Integer firstYear = null;
    Integer lastYear = null;
    for (Map.Entry<Cell, Long> e : shown.entrySet()) {
      if (e.getValue() == 0) {
        continue;
      }
      int key = e.getKey().period();
      int year = scale.year(key);
      firstYear = firstYear == null ? year : Math.min(firstYear, year);
      lastYear = lastYear == null ? year : Math.max(lastYear, year);
      if (!scale.yearOnly(key)) {
        first = first == null ? key : Math.min(first, key);
        last = last == null ? key : Math.max(last, key);
      }
    }
    if (filter.from() != null) {
      first = scale.key(filter.from(), false);
      firstYear = filter.from().getYear();
    }
    if (filter.to() != null) {
      last = scale.key(filter.to(), false);
      lastYear = filter.to().getYear();
    }
    TreeSet<Integer> periods = new TreeSet<>();
    if (first != null && last != null && first <= last) {
      if ((long) last - first + 1 > MAX_PERIODS) {
        throw new IllegalArgumentException(
            "the trend spans too many periods (at most "
                + MAX_PERIODS
                + "); narrow the dates or count by year");
      }
      for (int key = first; key <= last; key++) {
        if (!scale.yearOnly(key)) {
          periods.add(key);
        }
      }
    }
    if (firstYear != null && lastYear != null) {
      for (Map<Cell, Long> tally : List.of(shown, totals)) {
        for (Map.Entry<Cell, Long> e : tally.entrySet()) {
          int key = e.getKey().period();
          int year = scale.year(key);
          if (scale.yearOnly(key) && e.getValue() > 0 && year >= firstYear && year <= lastYear) {
            periods.add(key);
          }
        }
      }
    }
    return periods;
  }

  /** A period key and a group value ({@code null} in an ungrouped trend). */
  record Cell(int period, String group) {}
}
