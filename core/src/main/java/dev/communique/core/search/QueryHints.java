package dev.communique.core.search;

import dev.communique.core.schema.CommuniqueSchema;
import java.util.Locale;

/** How to fix a known query problem, in one line each. Stateless. */
final class QueryHints {

  static final String DATE_FORMS =
      "write dates as YYYY, YYYY-MM or YYYY-MM-DD, as in date:2023-11 or date:[2023-01 TO 2023-06]";

  private QueryHints() {}

  /** For an unknown field: the nearest field name, or how to search a word with a colon. */
  static String unknownField(String field) {
    String wanted = field.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String name : CommuniqueSchema.QUERY_FIELDS.keySet()) {
      int d = EditDistance.between(wanted, name);
      if (d < bestDistance || (d == bestDistance && name.compareTo(best) < 0)) {
        best = name;
        bestDistance = d;
      }
    }
    if (best != null && bestDistance <= Math.max(1, wanted.length() / 3)) {
      return "did you mean '" + best + ":'? (to search the word itself, write " + field + "\\:)";
    }
    return "to search the word itself, escape the colon: " + field + "\\:";
  }

  /** For a query that ends too early. */
  static String atEnd(String query, String problem) {
    if (problem.startsWith("a '(' is not closed")) {
      return "add a ')' to close the '(' at position " + lastUnclosedParenthesis(query);
    }
    if (problem.startsWith("a range is not closed")) {
      return "close the range with ']' (or '}'), as in date:[2023-01 TO 2023-06]";
    }
    String[] words = query.strip().split("\\s+");
    String last = words.length == 0 ? "" : words[words.length - 1];
    if (last.equals("AND") || last.equals("OR") || last.equals("NOT")) {
      return "add a term after " + last + ", or remove it";
    }
    if (last.endsWith(":")) {
      return "add a value after " + last + ", as in " + last + "nato";
    }
    return "add a term after the last operator, or remove the operator";
  }

  /** For a token the grammar did not expect there. */
  static String unexpected(String image) {
    return switch (image) {
      case ")" -> "remove the ')' or open it with a '(' before";
      case "AND", "OR" -> "put a term on both sides of " + image;
      case "NOT" -> "put a term after NOT";
      default -> "quote the text or escape special characters with \\";
    };
  }

  private static int lastUnclosedParenthesis(String query) {
    java.util.ArrayDeque<Integer> open = new java.util.ArrayDeque<>();
    boolean quoted = false;
    for (int i = 0; i < query.length(); i++) {
      char c = query.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == '(') {
        open.push(i);
      } else if (!quoted && c == ')' && !open.isEmpty()) {
        open.pop();
      }
    }
    return open.isEmpty() ? 0 : open.peek();
  }
}
