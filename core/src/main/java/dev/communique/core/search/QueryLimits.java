package dev.communique.core.search;

import java.time.Duration;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * The bounds on one query, so that no query from a stranger can hang a service or exhaust its
 * memory: the longest it may run, the most clauses it may expand to (words, synonyms, fuzzy and
 * wildcard expansions counted after rewriting), the longest query text, and the deepest nesting of
 * parentheses. A query that crosses one fails with a {@link QueryLimitException} naming the limit.
 * Immutable and thread-safe; build one with {@link #builder()}.
 */
public final class QueryLimits {

  /** The default time limit per query. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

  /** The default clause limit per query (Lucene's own limit is the most that can be set). */
  public static final int DEFAULT_MAX_CLAUSES = 1024;

  /** The default longest query text, in characters. */
  public static final int DEFAULT_MAX_LENGTH = 10_000;

  /** The default deepest nesting of parentheses. */
  public static final int DEFAULT_MAX_DEPTH = 32;

  /** How the message of {@link #clauseLimitExceeded()} begins, for engines that pass it on. */
  public static final String CLAUSE_LIMIT_MESSAGE = "the query expands to more than ";

  private static final QueryLimits DEFAULTS = builder().build();

  private final Duration timeout;
  private final int maxClauses;
  private final int maxLength;
  private final int maxDepth;

  private QueryLimits(Builder builder) {
    this.timeout = builder.timeout;
    this.maxClauses = builder.maxClauses;
    this.maxLength = builder.maxLength;
    this.maxDepth = builder.maxDepth;
  }

  /** The default limits. */
  public static QueryLimits defaults() {
    return DEFAULTS;
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** The longest a query may run. */
  public Duration timeout() {
    return timeout;
  }

  /** The most clauses a query may expand to. */
  public int maxClauses() {
    return maxClauses;
  }

  /** The longest query text, in characters. */
  public int maxLength() {
    return maxLength;
  }

  /** The deepest nesting of parentheses. */
  public int maxDepth() {
    return maxDepth;
  }

  /**
   * Checks the query text before it is parsed.
   *
   * @throws QueryLimitException if it is too long or nests too deeply
   */
  public void checkText(String query) throws QueryLimitException {
    if (query == null) {
      return;
    }
    if (query.length() > maxLength) {
      throw new QueryLimitException(
          QueryLimitException.Limit.LENGTH,
          "the query is "
              + query.length()
              + " characters long; the limit is "
              + maxLength
              + " (set by --max-query-length)");
    }
    int depth = 0;
    int deepest = 0;
    boolean quoted = false;
    for (int i = 0; i < query.length(); i++) {
      char c = query.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == '(') {
        deepest = Math.max(deepest, ++depth);
      } else if (!quoted && c == ')') {
        depth = Math.max(0, depth - 1);
      }
    }
    if (deepest > maxDepth) {
      throw new QueryLimitException(
          QueryLimitException.Limit.DEPTH,
          "the query nests parentheses "
              + deepest
              + " deep; the limit is "
              + maxDepth
              + " (set by --max-nesting)");
    }
  }

  /**
   * Checks a rewritten query (what it expands to, not what was typed) against the clause limit:
   * every leaf clause and every term counts.
   *
   * @throws QueryLimitException if it has more clauses than the limit
   */
  public void checkClauses(Query rewritten) throws QueryLimitException {
    ClauseCounter counter = new ClauseCounter(maxClauses);
    rewritten.visit(counter);
    if (counter.exceeded()) {
      throw clauseLimitExceeded();
    }
  }

  /** The error of a query with more clauses than the limit, in one line. */
  public QueryLimitException clauseLimitExceeded() {
    return new QueryLimitException(
        QueryLimitException.Limit.CLAUSES,
        CLAUSE_LIMIT_MESSAGE
            + maxClauses
            + " clauses; use fewer words or alternatives, and more letters before '*' or '~'"
            + " (the limit is set by --max-clauses)");
  }

  /** Counts leaf clauses and terms. */
  private static final class ClauseCounter extends QueryVisitor {
    private final int max;
    private long count;

    ClauseCounter(int max) {
      this.max = max;
    }

    boolean exceeded() {
      return count > max;
    }

    @Override
    public void consumeTerms(Query query, Term... terms) {
      count += terms.length;
    }

    @Override
    public void visitLeaf(Query query) {
      count++;
    }

    @Override
    public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
      return this;
    }
  }

  @Override
  public String toString() {
    return "QueryLimits[timeout="
        + timeout
        + ", maxClauses="
        + maxClauses
        + ", maxLength="
        + maxLength
        + ", maxDepth="
        + maxDepth
        + "]";
  }

  /** Collects limits. Not thread-safe. */
  public static final class Builder {
    private Duration timeout = DEFAULT_TIMEOUT;
    private int maxClauses = DEFAULT_MAX_CLAUSES;
    private int maxLength = DEFAULT_MAX_LENGTH;
    private int maxDepth = DEFAULT_MAX_DEPTH;

    private Builder() {}

    /** The longest a query may run, positive (default 10 seconds). */
    public Builder timeout(Duration value) {
      if (value == null || value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException("the query timeout must be positive, got " + value);
      }
      this.timeout = value;
      return this;
    }

    /** The most clauses a query may expand to, 1 to {@value #LUCENE_MAX} (default 1024). */
    public Builder maxClauses(int value) {
      if (value < 1 || value > LUCENE_MAX) {
        throw new IllegalArgumentException(
            "the clause limit must be between 1 and " + LUCENE_MAX + ", got " + value);
      }
      this.maxClauses = value;
      return this;
    }

    /** The longest query text in characters, at least 1 (default 10,000). */
    public Builder maxLength(int value) {
      if (value < 1) {
        throw new IllegalArgumentException("the query length limit must be >= 1, got " + value);
      }
      this.maxLength = value;
      return this;
    }

    /** The deepest nesting of parentheses, at least 1 (default 32). */
    public Builder maxDepth(int value) {
      if (value < 1) {
        throw new IllegalArgumentException("the nesting limit must be >= 1, got " + value);
      }
      this.maxDepth = value;
      return this;
    }

    /** Builds the limits. */
    public QueryLimits build() {
      return new QueryLimits(this);
    }

    private static final int LUCENE_MAX = 1024;
  }
}
