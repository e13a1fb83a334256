package dev.communique.core.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Which communiqués a request may match, whatever its query: speakers, organisations, topics,
 * types, a date span and whether near-duplicate copies count. Every kind of request (search,
 * facets, keyword in context, trends, similar, export) takes one, so a filter means the same
 * everywhere. Several values of one kind mean any of them; different kinds must all hold.
 *
 * <p>Immutable and thread-safe. Build one with {@link #builder()}; {@link #NONE} keeps everything
 * but copies.
 */
public final class SearchFilter {

  /** No filter: every canonical communiqué (copies are folded into their original). */
  public static final SearchFilter NONE = builder().build();

  private final List<String> speakers;
  private final List<String> organizations;
  private final List<String> topics;
  private final List<String> types;
  private final LocalDate from;
  private final LocalDate to;
  private final boolean includeCopies;

  private SearchFilter(Builder b) {
    this.speakers = List.copyOf(b.speakers);
    this.organizations = List.copyOf(b.organizations);
    this.topics = List.copyOf(b.topics);
    this.types = List.copyOf(b.types);
    this.from = b.from;
    this.to = b.to;
    this.includeCopies = b.includeCopies;
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("from " + from + " is after to " + to);
    }
  }

  /** A builder for a filter that keeps everything. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder pre-filled with this filter's values. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.speakers.addAll(speakers);
    b.organizations.addAll(organizations);
    b.topics.addAll(topics);
    b.types.addAll(types);
    b.from = from;
    b.to = to;
    b.includeCopies = includeCopies;
    return b;
  }

  /** Keep communiqués with any of these speakers (whole or partial names, any case, aliases). */
  public List<String> speakers() {
    return speakers;
  }

  /** Keep communiqués from any of these organisations (whole or partial names). */
  public List<String> organizations() {
    return organizations;
  }

  /** Keep communiqués with any of these topic ids. */
  public List<String> topics() {
    return topics;
  }

  /** Keep communiqués of any of these document types. */
  public List<String> types() {
    return types;
  }

  /**
   * Keep communiqués dated on or after this day (a year-precision date counts if its year
   * overlaps), or {@code null}.
   */
  public LocalDate from() {
    return from;
  }

  /** Keep communiqués dated on or before this day, or {@code null}. */
  public LocalDate to() {
    return to;
  }

  /** Whether near-duplicate copies count as communiqués of their own. */
  public boolean includeCopies() {
    return includeCopies;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SearchFilter f
        && speakers.equals(f.speakers)
        && organizations.equals(f.organizations)
        && topics.equals(f.topics)
        && types.equals(f.types)
        && Objects.equals(from, f.from)
        && Objects.equals(to, f.to)
        && includeCopies == f.includeCopies;
  }

  @Override
  public int hashCode() {
    return Objects.hash(speakers, organizations, topics, types, from, to, includeCopies);
  }

  @Override
  public String toString() {
    return "SearchFilter[speakers="
        + speakers
        + ", organizations="
        + organizations
        + ", topics="
        + topics
        + ", types="
        + types
        + ", from="
        + from
        + ", to="
        + to
        + ", includeCopies="
        + includeCopies
        + "]";
  }

  /** Collects a filter's values. Not thread-safe. */
  public static final class Builder {
    private final List<String> speakers = new ArrayList<>();
    private final List<String> organizations = new ArrayList<>();
    private final List<String> topics = new ArrayList<>();
    private final List<String> types = new ArrayList<>();
    private LocalDate from;
    private LocalDate to;
    private boolean includeCopies;

    private Builder() {}

    /** Keeps communiqués with this speaker; repeat for any of several. */
    public Builder speaker(String name) {
      speakers.add(Objects.requireNonNull(name, "name"));
      return this;
    }

    /** Keeps communiqués from this organisation; repeat for any of several. */
    public Builder organization(String name) {
      organizations.add(Objects.requireNonNull(name, "name"));
      return this;
    }

    /** Keeps communiqués with this topic id; repeat for any of several. */
    public Builder topic(String id) {
      topics.add(Objects.requireNonNull(id, "id"));
      return this;
    }

    /** Keeps communiqués of this document type; repeat for any of several. */
    public Builder type(String type) {
      types.add(Objects.requireNonNull(type, "type"));
      return this;
    }

    /** Keeps communiqués dated on or after this day; {@code null} leaves it open. */
    public Builder from(LocalDate day) {
      this.from = day;
      return this;
    }

    /** Keeps communiqués dated on or before this day; {@code null} leaves it open. */
    public Builder to(LocalDate day) {
      this.to = day;
      return this;
    }

    /** Counts near-duplicate copies as communiqués of their own. */
    public Builder includeCopies(boolean value) {
      this.includeCopies = value;
      return this;
    }

    /**
     * Builds the immutable filter.
     *
     * @throws IllegalArgumentException if {@code from} is after {@code to}
     */
    public SearchFilter build() {
      return new SearchFilter(this);
    }
  }
}
