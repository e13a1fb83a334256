package dev.communique.core.search;

import dev.communique.core.highlight.SnippetOptions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What to search for and how to present it: a query in Lucene syntax with the field aliases {@code
 * speaker:}, {@code org:}, {@code topic:}, {@code type:} and {@code date:}, filters, sort, paging
 * and snippet options. Build one with {@link #builder(String)}. Immutable and thread-safe.
 *
 * @param query the query; blank or {@code *} matches everything
 * @param speakers keep hits with any of these speakers (whole or partial names, any case)
 * @param organizations keep hits from any of these organisations (whole or partial names)
 * @param topics keep hits with any of these topic ids
 * @param types keep hits of any of these document types
 * @param from keep hits dated on or after this day (a year-precision date counts if its year
 *     overlaps), or {@code null}
 * @param to keep hits dated on or before this day, or {@code null}
 * @param sort the order of hits
 * @param offset hits to skip
 * @param limit hits to return; 0 counts without returning any
 * @param snippets snippet options
 * @param includeCopies whether near-duplicate copies are shown as hits of their own
 */
public record SearchRequest(
    String query,
    List<String> speakers,
    List<String> organizations,
    List<String> topics,
    List<String> types,
    LocalDate from,
    LocalDate to,
    SortOrder sort,
    int offset,
    int limit,
    SnippetOptions snippets,
    boolean includeCopies) {

  /** Validates and copies. */
  public SearchRequest {
    query = query == null ? "" : query;
    speakers = List.copyOf(speakers);
    organizations = List.copyOf(organizations);
    topics = List.copyOf(topics);
    types = List.copyOf(types);
    Objects.requireNonNull(sort, "sort");
    Objects.requireNonNull(snippets, "snippets");
    if (offset < 0) {
      throw new IllegalArgumentException("offset must be >= 0, got " + offset);
    }
    if (limit < 0 || limit > 10_000) {
      throw new IllegalArgumentException("limit must be in 0..10000, got " + limit);
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("from " + from + " is after to " + to);
    }
  }

  /** A builder for a request with this query. */
  public static Builder builder(String query) {
    return new Builder(query);
  }

  /** Collects a request's options. Not thread-safe. */
  public static final class Builder {
    private final String query;
    private final List<String> speakers = new ArrayList<>();
    private final List<String> organizations = new ArrayList<>();
    private final List<String> topics = new ArrayList<>();
    private final List<String> types = new ArrayList<>();
    private LocalDate from;
    private LocalDate to;
    private SortOrder sort = SortOrder.RELEVANCE;
    private int offset;
    private int limit = 10;
    private SnippetOptions snippets = SnippetOptions.DEFAULT;
    private boolean includeCopies;

    private Builder(String query) {
      this.query = query;
    }

    /** Keeps hits with this speaker; repeat for any of several. */
    public Builder speaker(String name) {
      speakers.add(name);
      return this;
    }

    /** Keeps hits from this organisation; repeat for any of several. */
    public Builder organization(String name) {
      organizations.add(name);
      return this;
    }

    /** Keeps hits with this topic; repeat for any of several. */
    public Builder topic(String id) {
      topics.add(id);
      return this;
    }

    /** Keeps hits of this document type; repeat for any of several. */
    public Builder type(String type) {
      types.add(type);
      return this;
    }

    /** Keeps hits dated on or after this day. */
    public Builder from(LocalDate day) {
      this.from = day;
      return this;
    }

    /** Keeps hits dated on or before this day. */
    public Builder to(LocalDate day) {
      this.to = day;
      return this;
    }

    /** Sets the order of hits. */
    public Builder sort(SortOrder order) {
      this.sort = order;
      return this;
    }

    /** Skips this many hits. */
    public Builder offset(int value) {
      this.offset = value;
      return this;
    }

    /** Returns at most this many hits (default 10). */
    public Builder limit(int value) {
      this.limit = value;
      return this;
    }

    /** Sets snippet options. */
    public Builder snippets(SnippetOptions options) {
      this.snippets = options;
      return this;
    }

    /** Shows near-duplicate copies as hits of their own. */
    public Builder includeCopies(boolean value) {
      this.includeCopies = value;
      return this;
    }

    /** Builds the immutable request. */
    public SearchRequest build() {
      return new SearchRequest(
          query,
          speakers,
          organizations,
          topics,
          types,
          from,
          to,
          sort,
          offset,
          limit,
          snippets,
          includeCopies);
    }
  }
}
