package dev.communique.core.search;

import java.util.List;
import java.util.Objects;

/**
 * The answer to a {@link ValuesRequest}: the values of one field with their document counts, most
 * frequent first (ties by value), and how many values matched before the limit. Immutable and
 * thread-safe; made by the index, not by callers.
 */
public final class ValueListing {
  private final FacetField field;
  private final List<ValueCount> values;
  private final long matchingValues;

  ValueListing(FacetField field, List<ValueCount> values, long matchingValues) {
    this.field = Objects.requireNonNull(field, "field");
    this.values = List.copyOf(values);
    this.matchingValues = matchingValues;
  }

  /**
   * The listing a request asks for, from every value's count over the communiqués it covers: the
   * values it accepts, most frequent first, cut at its limit. For search engines other than the
   * embedded index.
   */
  public static ValueListing of(ValuesRequest request, java.util.Map<String, Long> counts) {
    List<ValueCount> matching =
        FacetCounter.sorted(counts).stream().filter(v -> request.accepts(v.value())).toList();
    return new ValueListing(
        request.field(),
        matching.subList(0, Math.min(request.limit(), matching.size())),
        matching.size());
  }

  /** The field listed. */
  public FacetField field() {
    return field;
  }

  /** The values listed, most frequent first, ties by value. */
  public List<ValueCount> values() {
    return values;
  }

  /** How many distinct values passed the prefix, listed or not. */
  public long matchingValues() {
    return matchingValues;
  }

  @Override
  public String toString() {
    return field.label() + values;
  }
}
