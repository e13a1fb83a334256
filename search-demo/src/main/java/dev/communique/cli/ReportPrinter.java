package dev.communique.cli;

import dev.communique.core.index.DuplicateReport;
import dev.communique.indexer.IndexingReport;
import dev.communique.indexer.Skip;
import java.io.PrintWriter;
import java.util.Locale;

/** Prints an indexing run's summary: counts, duplicates, and each skip with its reason. */
final class ReportPrinter {
  private static final int MAX_LISTED = 50;

  private ReportPrinter() {}

  static void print(IndexingReport report, String what, PrintWriter out, boolean verbose) {
    out.printf(
        Locale.ROOT,
        "Indexed %s in %.1f s (%.0f docs/s)%n",
        what,
        report.elapsed().toMillis() / 1000.0,
        report.read() / Math.max(0.001, report.elapsed().toMillis() / 1000.0));
    DuplicateReport dup = report.duplicates();
    out.printf(
        Locale.ROOT,
        "  read %d, indexed %d (added %d, updated %d), duplicates merged %d, skipped %d, ignored %d%n",
        report.read(),
        report.indexed(),
        report.added(),
        report.updated(),
        dup == null ? 0 : dup.newlyMerged(),
        report.skipped().size(),
        report.ignored().size());
    if (dup != null && dup.groups() > 0) {
      out.printf(
          Locale.ROOT,
          "  near-duplicates in the index: %d groups, %d copies; search shows each group once"
              + " (--all-copies shows every copy)%n",
          dup.groups(),
          dup.merged());
    }
    out.printf(
        Locale.ROOT,
        "  committed %d time%s; unchanged sources skipped %d%s%n",
        report.commits(),
        report.commits() == 1 ? "" : "s",
        report.unchanged(),
        report.unchanged() > 0 ? " (--reread reads them again)" : "");
    if (report.resettled() > 0) {
      out.printf(
          Locale.ROOT,
          "  %d unchanged source%s read again: the vocabulary or the indexing options changed since"
              + " %s indexed%n",
          report.resettled(),
          report.resettled() == 1 ? "" : "s",
          report.resettled() == 1 ? "it was" : "they were");
    }
    list(out, "skipped", report.skipped(), verbose);
    list(out, "warnings (indexed anyway)", report.warnings(), verbose);
    if (verbose) {
      list(out, "ignored", report.ignored(), true);
    }
    out.flush();
  }

  private static void list(
      PrintWriter out, String heading, java.util.List<Skip> skips, boolean all) {
    if (skips.isEmpty()) {
      return;
    }
    out.println("  " + heading + ":");
    int shown = 0;
    for (Skip skip : skips) {
      if (!all && shown == MAX_LISTED) {
        out.printf(Locale.ROOT, "    … and %d more (--verbose lists all)%n", skips.size() - shown);
        break;
      }
      out.println("    " + skip);
      shown++;
    }
  }
}
