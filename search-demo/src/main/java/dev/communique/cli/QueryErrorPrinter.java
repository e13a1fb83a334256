package dev.communique.cli;

import dev.communique.core.search.InvalidQueryException;
import java.io.PrintWriter;

/**
 * Prints the lines that follow a bad query's one-line message: the query with a caret under the
 * problem, and the hint, when known. Stateless.
 */
final class QueryErrorPrinter {

  private QueryErrorPrinter() {}

  static void printDetails(InvalidQueryException e, PrintWriter err) {
    String query = e.query() == null ? "" : e.query();
    if (e.position() >= 0 && !query.isEmpty() && query.lines().count() <= 1) {
      err.println("  " + query);
      err.println("  " + " ".repeat(Math.min(e.position(), query.length())) + "^");
    }
    if (!e.hint().isEmpty()) {
      err.println("hint: " + e.hint());
    }
  }
}
