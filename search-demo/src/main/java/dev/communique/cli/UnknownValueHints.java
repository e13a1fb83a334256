package dev.communique.cli;

import dev.communique.core.index.CommuniqueBackend;
import dev.communique.core.search.SearchFilter;
import dev.communique.core.search.UnknownValue;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;

/**
 * After a search with no hits, tells on standard error which filter values match nothing in the
 * index and what the closest indexed values are: {@code communique: no topic 'climate'; did you
 * mean climate-change?}.
 */
final class UnknownValueHints {
  private UnknownValueHints() {}

  /** Prints one line per filter value that matches no communiqué. */
  static void print(CommuniqueBackend index, SearchFilter filter, PrintWriter err)
      throws IOException {
    for (UnknownValue unknown : index.unknownValues(filter)) {
      err.println(line(unknown));
    }
    err.flush();
  }

  static String line(UnknownValue unknown) {
    String start = "communique: no " + noun(unknown) + " '" + unknown.value() + "'";
    List<String> close = unknown.suggestions();
    if (close.isEmpty()) {
      return start + " in the index";
    }
    String choices =
        close.size() == 1
            ? close.get(0)
            : String.join(", ", close.subList(0, close.size() - 1))
                + " or "
                + close.get(close.size() - 1);
    return start + "; did you mean " + choices + "?";
  }

  private static String noun(UnknownValue unknown) {
    return switch (unknown.field()) {
      case ORGANIZATION -> "organization";
      default -> unknown.field().label();
    };
  }
}
