package dev.communique.core.search;

/**
 * A query that cannot be run: bad syntax, an unknown field, a malformed date. The message names the
 * position (0-based character offset into the query, when known) and the problem, in one line;
 * {@link #hint()} says how to fix it, when the problem is a known one. Immutable.
 */
public final class InvalidQueryException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String query;
  private final int position;
  private final String problem;
  private final String hint;

  /**
   * @param query the query as given
   * @param position the 0-based offset of the problem in the query, or -1 if unknown
   * @param problem what is wrong, without the position
   */
  public InvalidQueryException(String query, int position, String problem) {
    this(query, position, problem, "");
  }

  /**
   * @param query the query as given
   * @param position the 0-based offset of the problem in the query, or -1 if unknown
   * @param problem what is wrong, without the position
   * @param hint how to fix it, or empty
   */
  public InvalidQueryException(String query, int position, String problem, String hint) {
    super(
        position >= 0
            ? "invalid query at position " + position + ": " + problem
            : "invalid query: " + problem);
    this.query = query;
    this.position = position;
    this.problem = problem;
    this.hint = hint == null ? "" : hint;
  }

  /** The query as given. */
  public String query() {
    return query;
  }

  /** The 0-based offset of the problem in {@link #query()}, or -1 if unknown. */
  public int position() {
    return position;
  }

  /** What is wrong, without the position. */
  public String problem() {
    return problem;
  }

  /** How to fix the query, in one line, or empty when there is no advice. */
  public String hint() {
    return hint;
  }
}
