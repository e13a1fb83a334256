package dev.communique.core.search;

import java.io.IOException;

/**
 * A query crossed one of its {@link QueryLimits}: it ran too long, expanded to too many clauses, or
 * its text is too long or too deeply nested. The message says which limit and how to get under it,
 * in one line. Checked, so that a service must decide what to tell its caller. Immutable.
 */
public final class QueryLimitException extends IOException {
  private static final long serialVersionUID = 1L;

  /** Which limit a query crossed. */
  public enum Limit {
    /** The time limit. */
    TIME,
    /** The clause limit. */
    CLAUSES,
    /** The longest query text. */
    LENGTH,
    /** The deepest nesting. */
    DEPTH
  }

  private final Limit limit;

  /**
   * @param limit the limit crossed
   * @param message one line: what happened and how to get under the limit
   */
  public QueryLimitException(Limit limit, String message) {
    super(message);
    this.limit = limit;
  }

  /** Which limit the query crossed. */
  public Limit limit() {
    return limit;
  }
}
