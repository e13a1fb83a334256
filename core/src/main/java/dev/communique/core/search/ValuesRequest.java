package dev.communique.core.search;

import java.util.Locale;
import java.util.Objects;

/**
 * Asks for every indexed value of one field (speaker, organisation, role, topic, type; year and
 * month work too) with the number of communiqués that have it: optionally only values starting with
 * a prefix (any case), at most {@code limit} of them, most frequent first. Near-duplicate copies
 * are left out unless {@link Builder#includeCopies(boolean)} says otherwise.
 *
 * <p>Immutable and thread-safe. Build one with {@link #builder(FacetField)}.
 */
public final class ValuesRequest {

  /** No limit: every value. */
  public static final int ALL = Integer.MAX_VALUE;

  private final FacetField field;
  private final String prefix;
  private final int limit;
  private final boolean includeCopies;

  private ValuesRequest(Builder b) {
    this.field = Objects.requireNonNull(b.field, "field");
    this.prefix = b.prefix == null ? "" : b.prefix;
    if (b.limit < 1) {
      throw new IllegalArgumentException("limit must be >= 1, got " + b.limit);
    }
    this.limit = b.limit;
    this.includeCopies = b.includeCopies;
  }

  /** A builder listing every value of {@code field}. */
  public static Builder builder(FacetField field) {
    return new Builder(field);
  }

  /** The field listed. */
  public FacetField field() {
    return field;
  }

  /** Only values starting with this, compared in lower case; empty for all. */
  public String prefix() {
    return prefix;
  }

  /** The most values listed; {@link #ALL} for no limit. */
  public int limit() {
    return limit;
  }

  /** Whether near-duplicate copies count as communiqués of their own. */
  public boolean includeCopies() {
    return includeCopies;
  }

  /** Whether {@code value} passes the prefix. */
  boolean accepts(String value) {
    return prefix.isEmpty()
        || value.toLowerCase(Locale.ROOT).startsWith(prefix.toLowerCase(Locale.ROOT));
  }

  @Override
  public String toString() {
    return "ValuesRequest[" + field.label() + ", prefix=" + prefix + ", limit=" + limit + "]";
  }

  /** Collects a values request's options. Not thread-safe. */
  public static final class Builder {
    private final FacetField field;
    private String prefix = "";
    private int limit = ALL;
    private boolean includeCopies;

    private Builder(FacetField field) {
      this.field = field;
    }

    /** Lists only values starting with this (any case). */
    public Builder prefix(String value) {
      this.prefix = value;
      return this;
    }

    /** Lists at most this many values (at least 1). */
    public Builder limit(int value) {
      this.limit = value;
      return this;
    }

    /** Counts near-duplicate copies as communiqués of their own. */
    public Builder includeCopies(boolean value) {
      this.includeCopies = value;
      return this;
    }

    /**
     * Builds the immutable request.
     *
     * @throws IllegalArgumentException if the limit is below 1
     */
    public ValuesRequest build() {
      return new ValuesRequest(this);
    }
  }
}
