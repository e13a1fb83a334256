package dev.communique.core.search;

import java.util.List;
import java.util.Objects;

/**
 * A filter value that matches no communiqué in the index, such as the topic {@code climate}, with
 * the closest indexed values ({@code climate-change}) to suggest instead. Immutable and
 * thread-safe; made by the index, not by callers.
 */
public final class UnknownValue {
  private final FacetField field;
  private final String value;
  private final List<String> suggestions;

  UnknownValue(FacetField field, String value, List<String> suggestions) {
    this.field = Objects.requireNonNull(field, "field");
    this.value = Objects.requireNonNull(value, "value");
    this.suggestions = List.copyOf(suggestions);
  }

  /** The kind of filter: {@link FacetField#SPEAKER}, ORGANIZATION, TOPIC or TYPE. */
  public FacetField field() {
    return field;
  }

  /** The value as the filter gave it. */
  public String value() {
    return value;
  }

  /** Indexed values close to it, closest first; may be empty. */
  public List<String> suggestions() {
    return suggestions;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof UnknownValue u
        && field == u.field
        && value.equals(u.value)
        && suggestions.equals(u.suggestions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(field, value, suggestions);
  }

  @Override
  public String toString() {
    return field.label() + " '" + value + "' -> " + suggestions;
  }
}
