package dev.communique.cli;

import dev.communique.core.search.QueryLimits;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Option;

/**
 * The {@code --index DIR} option every command shares (or {@code --solr URL --collection NAME} for
 * a cluster), with the limits its queries run under. A picocli mixin.
 */
final class IndexOption {

  @Option(
      names = "--index",
      paramLabel = "DIR",
      description = "Index directory (default: .communique/index in the project).")
  Path index;

  @picocli.CommandLine.Mixin ClusterOption cluster = new ClusterOption();

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      description = "Stop a query that runs longer than this (default: 10).")
  double timeout = QueryLimits.DEFAULT_TIMEOUT.toMillis() / 1000.0;

  @Option(
      names = "--max-clauses",
      paramLabel = "N",
      description =
          "Refuse a query that expands to more than N clauses (words, synonyms, wildcard and fuzzy"
              + " expansions), 1-1024 (default: 1024).")
  int maxClauses = QueryLimits.DEFAULT_MAX_CLAUSES;

  @Option(
      names = "--max-query-length",
      paramLabel = "CHARS",
      description = "Refuse a query text longer than this (default: 10000).")
  int maxLength = QueryLimits.DEFAULT_MAX_LENGTH;

  @Option(
      names = "--max-nesting",
      paramLabel = "N",
      description = "Refuse a query that nests parentheses deeper than this (default: 32).")
  int maxDepth = QueryLimits.DEFAULT_MAX_DEPTH;

  /** The query limits these options give. */
  QueryLimits limits() {
    if (!(timeout > 0) || timeout > 86_400) {
      throw new IllegalArgumentException(
          "--timeout must be a number of seconds above 0, at most 86400; got " + timeout);
    }
    if (maxClauses < 1 || maxClauses > QueryLimits.DEFAULT_MAX_CLAUSES) {
      throw new IllegalArgumentException(
          "--max-clauses must be between 1 and "
              + QueryLimits.DEFAULT_MAX_CLAUSES
              + "; got "
              + maxClauses);
    }
    if (maxLength < 1) {
      throw new IllegalArgumentException("--max-query-length must be at least 1; got " + maxLength);
    }
    if (maxDepth < 1) {
      throw new IllegalArgumentException("--max-nesting must be at least 1; got " + maxDepth);
    }
    return QueryLimits.builder()
        .timeout(Duration.ofMillis(Math.max(1, Math.round(timeout * 1000))))
        .maxClauses(maxClauses)
        .maxLength(maxLength)
        .maxDepth(maxDepth)
        .build();
  }
}
