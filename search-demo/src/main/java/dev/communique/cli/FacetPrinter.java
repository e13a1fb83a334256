package dev.communique.cli;

import dev.communique.core.search.FacetResult;
import dev.communique.core.search.ValueCount;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * Prints facet counts for people: per facet a heading, an aligned value/count table, and a line for
 * the values left out of the top.
 */
final class FacetPrinter {
  private final PrintWriter out;

  FacetPrinter(PrintWriter out) {
    this.out = out;
  }

  void print(List<FacetResult> facets) {
    for (FacetResult facet : facets) {
      out.println(facet.field().label());
      if (facet.values().isEmpty()) {
        out.println("  (no values)");
      }
      int width = 0;
      int digits = 1;
      for (ValueCount v : facet.values()) {
        width = Math.max(width, v.value().length());
        digits = Math.max(digits, Long.toString(v.count()).length());
      }
      for (ValueCount v : facet.values()) {
        out.printf(Locale.ROOT, "  %-" + width + "s  %" + digits + "d%n", v.value(), v.count());
      }
      if (facet.otherValues() > 0) {
        out.printf(
            Locale.ROOT,
            "  … and %d more value%s (%d)%n",
            facet.otherValues(),
            facet.otherValues() == 1 ? "" : "s",
            facet.otherCount());
      }
      out.println();
    }
  }
}
