package dev.communique.cli;

import dev.communique.core.Communique;
import dev.communique.core.search.SearchHit;
import dev.communique.core.search.SearchResults;
import java.io.PrintWriter;
import java.util.Locale;

/** Prints search hits for people: rank, date, organisation, speakers, title, snippets, id. */
final class HitPrinter {
  private final PrintWriter out;

  HitPrinter(PrintWriter out) {
    this.out = out;
  }

  void print(SearchResults results) {
    int first = results.request().offset() + 1;
    int last = results.request().offset() + results.hits().size();
    String asked = results.request().query().strip();
    String query =
        asked.isEmpty() ? "everything" : asked.startsWith("\"") ? asked : "\"" + asked + "\"";
    if (results.hits().isEmpty()) {
      out.printf(
          Locale.ROOT,
          "%d hits for %s%s%n",
          results.totalHits(),
          query,
          results.totalHits() > 0 ? " (none on this page)" : "");
      printSuggestion(results);
      return;
    }
    out.printf(
        Locale.ROOT,
        "%d hit%s for %s (showing %d-%d)%n%n",
        results.totalHits(),
        results.totalHits() == 1 ? "" : "s",
        query,
        first,
        last);
    printHits(results);
  }

  /** Prints the hits alone, ranked from the request's offset, without a heading. */
  void printHits(SearchResults results) {
    int rank = results.request().offset() + 1;
    for (SearchHit hit : results.hits()) {
      Communique c = hit.communique();
      StringBuilder line = new StringBuilder();
      line.append(String.format(Locale.ROOT, "%3d. ", rank++));
      line.append(c.date() == null ? "(undated)" : c.formattedDate());
      if (!c.organization().isBlank()) {
        line.append("  ").append(c.organization());
      }
      if (!c.speakers().isEmpty()) {
        line.append("  · ").append(String.join(", ", c.speakers()));
      }
      out.println(line);
      out.println("     " + c.title());
      if (hit.turns().isEmpty()) {
        for (String snippet : hit.snippets()) {
          out.println("     … " + snippet + " …");
        }
      }
      TurnLines.print(hit.turns(), out);
      String copies =
          hit.copies() == 0
              ? ""
              : String.format(
                  Locale.ROOT, "  (+%d cop%s)", hit.copies(), hit.copies() == 1 ? "y" : "ies");
      out.printf(Locale.ROOT, "     %s  score %.3f%s%n", c.id(), hit.score(), copies);
      if (!hit.explanation().isEmpty()) {
        hit.explanation().lines().forEach(l -> out.println("       " + l));
      }
      out.println();
    }
    printSuggestion(results);
  }

  private void printSuggestion(SearchResults results) {
    if (!results.suggestion().isEmpty()) {
      String suggestion = results.suggestion();
      out.println(
          "did you mean "
              + (suggestion.startsWith("\"") ? suggestion : "\"" + suggestion + "\"")
              + "?");
    }
  }
}
