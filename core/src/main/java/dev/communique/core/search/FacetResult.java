package dev.communique.core.search;

import java.util.List;
import java.util.Objects;

/**
 * The counts of one facet: its top values, most frequent first (ties by value), and what was left
 * out of the top. Immutable and thread-safe.
 */
public final class FacetResult {
  private final FacetField field;
  private final List<ValueCount> values;
  private final long otherValues;
  private final long otherCount;

  FacetResult(FacetField field, List<ValueCount> values, long otherValues, long otherCount) {
    this.field = Objects.requireNonNull(field, "field");
    this.values = List.copyOf(values);
    this.otherValues = otherValues;
    this.otherCount = otherCount;
  }

  /**
   * The facet of a field from every value's count: the {@code limit} most frequent (ties by value),
   * and what the rest add up to. For search engines other than the embedded index.
   */
  public static FacetResult of(FacetField field, java.util.Map<String, Long> counts, int limit) {
    List<ValueCount> all = FacetCounter.sorted(counts);
    List<ValueCount> top = all.subList(0, Math.min(limit, all.size()));
    long otherCount = 0;
    for (ValueCount rest : all.subList(top.size(), all.size())) {
      otherCount += rest.count();
    }
    return new FacetResult(field, top, all.size() - top.size(), otherCount);
  }

  /** The field counted. */
  public FacetField field() {
    return field;
  }

  /** The top values with their counts, most frequent first, ties by value. */
  public List<ValueCount> values() {
    return values;
  }

  /** How many distinct values were left out of the top. */
  public long otherValues() {
    return otherValues;
  }

  /**
   * The sum of the left-out values' counts: how many (communiqué, value) pairs the top does not
   * show. For single-valued fields (year, month, organisation, type) it is a number of communiqués.
   */
  public long otherCount() {
    return otherCount;
  }

  @Override
  public String toString() {
    return field.label() + values + (otherValues > 0 ? " +" + otherValues + " more" : "");
  }
}
