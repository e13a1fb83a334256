package dev.communique.core.search;

import java.util.Objects;

/**
 * One value of a field and the number of communiqués that have it: a facet entry or a line of a
 * value listing. Immutable and thread-safe.
 */
public final class ValueCount {
  private final String value;
  private final long count;

  ValueCount(String value, long count) {
    this.value = Objects.requireNonNull(value, "value");
    this.count = count;
  }

  /** The value, such as {@code "Joe Biden"} or {@code "2023"}. */
  public String value() {
    return value;
  }

  /** How many communiqués have it. */
  public long count() {
    return count;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ValueCount v && value.equals(v.value) && count == v.count;
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, count);
  }

  @Override
  public String toString() {
    return value + "=" + count;
  }
}
