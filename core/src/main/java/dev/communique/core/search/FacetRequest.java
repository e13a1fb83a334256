package dev.communique.core.search;

import java.util.Objects;

/**
 * Asks for the counts of one {@link FacetField} over every communiqué a request matches: the top
 * {@code limit} values by count. Immutable and thread-safe; make one with {@link #of}.
 */
public final class FacetRequest {
  private final FacetField field;
  private final int limit;

  private FacetRequest(FacetField field, int limit) {
    this.field = Objects.requireNonNull(field, "field");
    if (limit < 1) {
      throw new IllegalArgumentException("facet limit must be >= 1, got " + limit);
    }
    this.limit = limit;
  }

  /** The top {@code limit} values of {@code field}. */
  public static FacetRequest of(FacetField field, int limit) {
    return new FacetRequest(field, limit);
  }

  /** The field counted. */
  public FacetField field() {
    return field;
  }

  /** How many values, most frequent first, are reported. */
  public int limit() {
    return limit;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FacetRequest r && field == r.field && limit == r.limit;
  }

  @Override
  public int hashCode() {
    return Objects.hash(field, limit);
  }

  @Override
  public String toString() {
    return field.label() + "(" + limit + ")";
  }
}
