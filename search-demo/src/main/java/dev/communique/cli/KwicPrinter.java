package dev.communique.cli;

import dev.communique.core.highlight.SnippetMarkup;
import dev.communique.core.search.KwicLine;
import dev.communique.core.search.KwicResults;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * Prints keyword-in-context lines for people, aligned on the keyword: date, first speaker's
 * surname, a short title, the left context right-aligned, the marked keyword, the right context.
 */
final class KwicPrinter {

  static final int SPEAKER_WIDTH = 14;
  static final int TITLE_WIDTH = 30;
  static final int LEFT_WIDTH = 60;
  static final int RIGHT_WIDTH = 60;

  private final PrintWriter out;
  private final SnippetMarkup markup;

  KwicPrinter(PrintWriter out, SnippetMarkup markup) {
    this.out = out;
    this.markup = markup;
  }

  void print(KwicResults results) {
    String asked = results.request().query().strip();
    String query = asked.startsWith("\"") ? asked : "\"" + asked + "\"";
    out.printf(
        Locale.ROOT,
        "%d occurrence%s of %s in %d release%s%s%n",
        results.total(),
        results.total() == 1 ? "" : "s",
        query,
        results.documents(),
        results.documents() == 1 ? "" : "s",
        results.lines().size() < results.total()
            ? String.format(Locale.ROOT, " (showing %d)", results.lines().size())
            : "");
    if (results.lines().isEmpty()) {
      return;
    }
    out.println();
    for (KwicLine line : results.lines()) {
      out.printf(
          Locale.ROOT,
          "%-10s  %-"
              + SPEAKER_WIDTH
              + "s  %-"
              + TITLE_WIDTH
              + "s  %"
              + (LEFT_WIDTH + 1)
              + "s%s%s%s%s%s%n",
          line.date().isEmpty() ? "(undated)" : line.date(),
          speaker(line.speakers()),
          cutRight(line.title(), TITLE_WIDTH),
          markup.escape(cutLeft(line.left(), LEFT_WIDTH)) + (glued(line.left()) ? "" : " "),
          markup.open(),
          markup.escape(line.keyword()),
          markup.close(),
          gluedToKeyword(line.right()) ? "" : " ",
          markup.escape(cutRight(line.right(), RIGHT_WIDTH)));
    }
  }

  /** Whether the right context starts with punctuation that closes on the keyword. */
  static boolean gluedToKeyword(String right) {
    return !right.isEmpty() && ",.;:!?)]}’”'\"%-/".indexOf(right.charAt(0)) >= 0;
  }

  /** Whether the left context ends with punctuation that opens on the keyword ("“", "(", "-"). */
  static boolean glued(String left) {
    return !left.isEmpty() && "(“‘\"'[$-/".indexOf(left.charAt(left.length() - 1)) >= 0;
  }

  /** The first speaker's last name, shortened, with "+N" for more speakers; "-" for none. */
  static String speaker(List<String> speakers) {
    if (speakers.isEmpty()) {
      return "-";
    }
    String name = speakers.get(0).strip();
    String last = name.substring(name.lastIndexOf(' ') + 1);
    String more = speakers.size() > 1 ? " +" + (speakers.size() - 1) : "";
    return cutRight(last, SPEAKER_WIDTH - more.length()) + more;
  }

  /** Keeps the start of a text, ending in "…" when cut. */
  static String cutRight(String text, int width) {
    return text.length() <= width ? text : text.substring(0, width - 1) + "…";
  }

  /** Keeps the end of a text, starting with "…" when cut. */
  static String cutLeft(String text, int width) {
    return text.length() <= width ? text : "…" + text.substring(text.length() - width + 1);
  }
}
