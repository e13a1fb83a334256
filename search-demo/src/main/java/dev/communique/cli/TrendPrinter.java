package dev.communique.cli;

import dev.communique.core.search.FacetField;
import dev.communique.core.search.SearchFilter;
import dev.communique.core.search.TrendCount;
import dev.communique.core.search.TrendResult;
import dev.communique.core.search.TrendRow;
import dev.communique.core.search.ValueCount;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Prints a trend for people: a heading, a table (period, group, count, total, share) with a bar per
 * row, and a sparkline per group. Bars and sparklines show counts, or shares with {@code
 * --normalize}, on one scale for all groups. Not thread-safe.
 */
final class TrendPrinter {

  private static final String SPARKS = "▁▂▃▄▅▆▇█";
  private static final String EIGHTHS = " ▏▎▍▌▋▊▉█";
  private static final int BAR_WIDTH = 24;
  private static final int MAX_GROUP_WIDTH = 32;

  private final PrintWriter out;

  TrendPrinter(PrintWriter out) {
    this.out = out;
  }

  void print(TrendResult result) {
    out.println(heading(result));
    if (result.rows().isEmpty()) {
      out.println("no matches");
      out.flush();
      return;
    }
    boolean normalized = result.request().normalize();
    double max = 0;
    for (TrendRow row : result.rows()) {
      max = Math.max(max, value(row, normalized));
    }
    int periodWidth = Math.max("period".length(), periodWidth(result.rows()));
    boolean grouped = result.groupBy().isPresent();
    String groupTitle = result.groupBy().map(FacetField::label).orElse("");
    int groupWidth =
        grouped ? Math.min(MAX_GROUP_WIDTH, Math.max(groupTitle.length(), width(result))) : 0;
    int countWidth = Math.max(5, digits(result.rows(), true));
    int totalWidth = Math.max(5, digits(result.rows(), false));
    out.println();
    StringBuilder head = new StringBuilder(pad("period", periodWidth));
    if (grouped) {
      head.append("  ").append(pad(groupTitle, groupWidth));
    }
    head.append(String.format(Locale.ROOT, "  %" + countWidth + "s", "count"));
    head.append(String.format(Locale.ROOT, "  %" + totalWidth + "s", "total"));
    head.append(String.format(Locale.ROOT, "  %7s", "share"));
    out.println(head.toString().stripTrailing());
    for (TrendRow row : result.rows()) {
      StringBuilder line = new StringBuilder(pad(row.period(), periodWidth));
      if (grouped) {
        line.append("  ").append(pad(cut(row.group(), groupWidth), groupWidth));
      }
      line.append(String.format(Locale.ROOT, "  %" + countWidth + "d", row.count()));
      line.append(String.format(Locale.ROOT, "  %" + totalWidth + "d", row.total()));
      line.append(String.format(Locale.ROOT, "  %7s", share(result, row.share())));
      line.append("  ").append(bar(value(row, normalized), max));
      out.println(line.toString().stripTrailing());
    }
    out.println();
    List<String> groups = new ArrayList<>();
    if (grouped) {
      result.groups().forEach(g -> groups.add(g.value()));
    } else {
      groups.add(null);
    }
    int labelWidth =
        grouped ? groupWidth : Math.min(MAX_GROUP_WIDTH, Math.max(5, quoted(result).length()));
    for (String group : groups) {
      List<TrendRow> rows = result.rows(group);
      String label = group == null ? quoted(result) : group;
      out.println(
          pad(cut(label, labelWidth), labelWidth)
              + "  "
              + sparkline(rows, normalized, max)
              + "  "
              + summary(rows, normalized));
    }
    out.flush();
  }

  private static String heading(TrendResult result) {
    StringBuilder h = new StringBuilder();
    h.append(quoted(result)).append(" by ").append(result.by().label());
    h.append(" · ")
        .append(result.countsTurns() ? "turns" : result.countOf().label())
        .append(
            !result.request().normalize()
                ? ""
                : perRelease(result) ? " per release" : " as a share of all releases");
    result
        .groupBy()
        .ifPresent(
            g ->
                h.append(" · top ")
                    .append(result.groups().size())
                    .append(' ')
                    .append(plural(g.label(), result.groups().size())));
    String filters = describe(result.request().filter());
    if (!filters.isEmpty()) {
      h.append(" · ").append(filters);
    }
    return h.toString();
  }

  /** The query in quotes, or {@code all releases} for an empty one. */
  static String quoted(TrendResult result) {
    String q = result.query().strip();
    if (q.isEmpty() || q.equals("*")) {
      return "all releases";
    }
    return q.startsWith("\"") && q.endsWith("\"") && q.length() > 1 ? q : "\"" + q + "\"";
  }

  /** The filter in a few words, such as {@code speaker Biden · from 2023-01-01}; or empty. */
  static String describe(SearchFilter filter) {
    List<String> parts = new ArrayList<>();
    add(parts, "speaker", filter.speakers());
    add(parts, "org", filter.organizations());
    add(parts, "topic", filter.topics());
    add(parts, "type", filter.types());
    if (filter.from() != null) {
      parts.add("from " + filter.from());
    }
    if (filter.to() != null) {
      parts.add("to " + filter.to());
    }
    if (filter.includeCopies()) {
      parts.add("all copies");
    }
    return String.join(" · ", parts);
  }

  private static void add(List<String> parts, String name, List<String> values) {
    if (!values.isEmpty()) {
      parts.add(name + " " + String.join(" or ", values));
    }
  }

  private static String plural(String word, int n) {
    if (n == 1) {
      return word;
    }
    return word.endsWith("y") ? word.substring(0, word.length() - 1) + "ies" : word + "s";
  }

  private static double value(TrendRow row, boolean normalized) {
    return normalized ? row.share() : row.count();
  }

  /** A bar of up to {@link #BAR_WIDTH} cells, in eighths of a cell. */
  static String bar(double value, double max) {
    if (max <= 0 || value <= 0) {
      return "";
    }
    int eighths = (int) Math.round(value / max * BAR_WIDTH * 8);
    eighths = Math.max(1, eighths);
    return "█".repeat(eighths / 8) + (eighths % 8 == 0 ? "" : EIGHTHS.charAt(eighths % 8));
  }

  /** One character per period: ▁ for none, then ▂ to █ by value. */
  static String sparkline(List<TrendRow> rows, boolean normalized, double max) {
    StringBuilder s = new StringBuilder(rows.size());
    for (TrendRow row : rows) {
      double v = value(row, normalized);
      int level =
          v <= 0 || max <= 0
              ? 0
              : Math.max(1, (int) Math.ceil(v / max * (SPARKS.length() - 1) - 1e-9));
      s.append(SPARKS.charAt(Math.min(level, SPARKS.length() - 1)));
    }
    return s.toString();
  }

  private static String summary(List<TrendRow> rows, boolean normalized) {
    long sum = 0;
    TrendRow peak = null;
    for (TrendRow row : rows) {
      sum += row.count();
      if (peak == null || value(row, normalized) > value(peak, normalized)) {
        peak = row;
      }
    }
    String first = rows.get(0).period();
    String last = rows.get(rows.size() - 1).period();
    String peakText = normalized ? percent(peak.share()) : Long.toString(peak.count());
    return String.format(
        Locale.ROOT, "%s–%s  sum %d, peak %s (%s)", first, last, sum, peak.period(), peakText);
  }

  /** With occurrences counted, a share is matches per release: a ratio, not a percentage. */
  private static boolean perRelease(TrendResult result) {
    return result.request().count() == TrendCount.OCCURRENCES;
  }

  private static String share(TrendResult result, double share) {
    return perRelease(result) ? String.format(Locale.ROOT, "%.2f", share) : percent(share);
  }

  static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", share * 100);
  }

  private static int periodWidth(List<TrendRow> rows) {
    int w = 0;
    for (TrendRow row : rows) {
      w = Math.max(w, row.period().length());
    }
    return w;
  }

  private static int width(TrendResult result) {
    int w = 0;
    for (ValueCount g : result.groups()) {
      w = Math.max(w, g.value().length());
    }
    return w;
  }

  private static int digits(List<TrendRow> rows, boolean count) {
    long max = 0;
    for (TrendRow row : rows) {
      max = Math.max(max, count ? row.count() : row.total());
    }
    return Long.toString(max).length();
  }

  private static String cut(String s, int width) {
    return s.length() <= width ? s : s.substring(0, width - 1) + "…";
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s : s + " ".repeat(width - s.length());
  }
}
