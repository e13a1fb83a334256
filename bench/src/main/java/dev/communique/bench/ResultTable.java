package dev.communique.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rows a benchmark run measured, each ours beside its baseline from the same run, printed as a
 * Markdown table and as JSON. Not thread-safe.
 */
final class ResultTable {

  /** One measure: ours, the baseline's, and ours divided by the baseline's. */
  static final class Row {
    final String measure;
    final String unit;
    final double ours;
    final double baseline;

    Row(String measure, String unit, double ours, double baseline) {
      this.measure = measure;
      this.unit = unit;
      this.ours = ours;
      this.baseline = baseline;
    }

    double ratio() {
      return baseline > 0 ? ours / baseline : 0;
    }
  }

  private final List<Row> rows = new ArrayList<>();

  void add(String measure, String unit, double ours, double baseline) {
    rows.add(new Row(measure, unit, ours, baseline));
  }

  List<Row> rows() {
    return List.copyOf(rows);
  }

  String markdown() {
    StringBuilder out = new StringBuilder();
    out.append("| measure | unit | ours | baseline | ours / baseline |\n");
    out.append("|---|---|---:|---:|---:|\n");
    for (Row row : rows) {
      out.append(
          String.format(
              Locale.ROOT,
              "| %s | %s | %s | %s | %.2f× |%n",
              row.measure,
              row.unit,
              number(row.ours),
              number(row.baseline),
              row.ratio()));
    }
    return out.toString();
  }

  String json(String date, String command, String jdk, int cores) {
    StringBuilder out = new StringBuilder();
    out.append("{\n");
    out.append("  \"date\": ").append(quote(date)).append(",\n");
    out.append("  \"command\": ").append(quote(command)).append(",\n");
    out.append("  \"jdk\": ").append(quote(jdk)).append(",\n");
    out.append("  \"cores\": ").append(cores).append(",\n");
    out.append("  \"rows\": [\n");
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      out.append(
          String.format(
              Locale.ROOT,
              "    {\"measure\": %s, \"unit\": %s, \"ours\": %s, \"baseline\": %s, \"ratio\": %.4f}%s%n",
              quote(row.measure),
              quote(row.unit),
              number(row.ours),
              number(row.baseline),
              row.ratio(),
              i + 1 < rows.size() ? "," : ""));
    }
    out.append("  ]\n}\n");
    return out.toString();
  }

  private static String number(double value) {
    return value >= 100
        ? String.format(Locale.ROOT, "%.0f", value)
        : String.format(Locale.ROOT, "%.2f", value);
  }

  private static String quote(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
