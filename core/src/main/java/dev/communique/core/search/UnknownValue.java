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

  /**
   * A value that matched nothing, with up to three of the indexed values closest to it, as the
   * embedded index suggests them. For search engines other than the embedded index.
   *
   * @param indexed every indexed value of the field, with its count
   */
  public static UnknownValue of(
      FacetField field, String value, java.util.Map<String, Long> indexed) {
    return new UnknownValue(field, value, new ValueSuggester(SUGGESTIONS).suggest(value, indexed));
  }

  /** The most suggestions given for an unknown value. */
  static final int SUGGESTIONS = 3;

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
