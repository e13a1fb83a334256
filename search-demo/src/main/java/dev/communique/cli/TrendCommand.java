package dev.communique.cli;

import dev.communique.core.index.CommuniqueBackend;
import dev.communique.core.search.FacetField;
import dev.communique.core.search.TrendCount;
import dev.communique.core.search.TrendRequest;
import dev.communique.core.search.TrendResult;
import dev.communique.core.search.TrendRow;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code communique trend}: how often a query matches per year or month, optionally per speaker,
 * organisation, topic or type, as a table with sparklines, as JSON, JSON Lines or CSV, and as an
 * SVG or PNG chart.
 */
@Command(
    name = "trend",
    mixinStandardHelpOptions = true,
    description = {
      "Count a query's matches per year or month (optionally per speaker, organisation, topic or"
          + " type), with the number of all releases of each period under the same filters, and"
          + " draw the trend.",
      "Periods without matches between the first and the last (or --from and --to) are zeros.",
      "A query word may start with '-' (China -Taiwan); '--' ends the options, so every word"
          + " after it is part of the query."
    })
final class TrendCommand implements Callable<Integer> {

  /** The columns of every output format, in order. */
  static final List<String> COLUMNS = List.of("period", "group", "count", "total", "share");

  @ParentCommand CommuniqueCli root;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(
      paramLabel = "QUERY",
      arity = "0..*",
      preprocessor = QueryWords.class,
      description = "The query, in search syntax (several words are joined).")
  List<String> query = new ArrayList<>();

  @Option(names = "--by", paramLabel = "PERIOD", description = "year (default) or month.")
  String by = "year";

  @Option(
      names = "--group",
      paramLabel = "FIELD",
      description = "One line per speaker, organization, role, topic or type (default: none).")
  String group = "none";

  @Option(
      names = "--top",
      paramLabel = "K",
      description = "With --group, the K groups with the most matches (default: ${DEFAULT-VALUE}).")
  int top = TrendRequest.DEFAULT_TOP;

  @Option(
      names = "--count",
      paramLabel = "WHAT",
      description =
          "documents (matching releases, default) or occurrences (matches in their bodies).")
  String count = "documents";

  @Option(
      names = "--normalize",
      description = "Show and plot the share of all releases of each period (count / total).")
  boolean normalize;

  @CommandLine.Mixin FilterOptions filters = new FilterOptions();

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description =
          "text (default), json, jsonl, csv, or svg (the chart itself, instead of the rows).")
  String format = "text";

  @Option(names = "--svg", paramLabel = "FILE", description = "Also draw the chart as SVG.")
  Path svg;

  @Option(names = "--png", paramLabel = "FILE", description = "Also draw the chart as PNG.")
  Path png;

  @Option(
      names = "--width",
      paramLabel = "PIXELS",
      description = "Chart width (default: ${DEFAULT-VALUE}).")
  int width = TrendChart.DEFAULT_WIDTH;

  @Option(
      names = "--height",
      paramLabel = "PIXELS",
      description = "Chart height (default: ${DEFAULT-VALUE}).")
  int height = TrendChart.DEFAULT_HEIGHT;

  @Option(
      names = "--said-by",
      paramLabel = "NAME",
      description =
          "Count only what these people said themselves (their turns; repeatable; \"(question)\""
              + " for reporters' questions); with --group speaker, count their turns.")
  List<String> saidBy = new ArrayList<>();

  @CommandLine.Mixin IndexOption index = new IndexOption();

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    TrendRequest request = request();
    boolean svgOut = format.strip().equalsIgnoreCase("svg");
    ExportFormat output = svgOut ? null : ExportFormat.parse(format);
    TrendChart chart = new TrendChart(width, height);
    CommuniqueBackend opened = root.indexes().searchable(index, err);
    TrendResult result = opened.trend(request);
    if (svgOut) {
      out.print(chart.svg(result));
    } else if (output == ExportFormat.TEXT) {
      new TrendPrinter(out).print(result);
    } else {
      write(result, output, out);
    }
    if (svg != null) {
      chart.writeSvg(result, svg);
    }
    if (png != null) {
      chart.writePng(result, png);
    }
    out.flush();
    return 0;
  }

  private TrendRequest request() {
    if (top < 1) {
      throw new IllegalArgumentException("--top must be at least 1, got " + top);
    }
    String words = String.join(" ", query).strip();
    if (countOf() == TrendCount.OCCURRENCES && (words.isEmpty() || words.equals("*"))) {
      throw new IllegalArgumentException(
          "--count occurrences: needs a query with words to count (or use --count documents)");
    }
    if (topGiven() && groupField() == null) {
      throw new IllegalArgumentException("--top: needs --group (it keeps the K biggest groups)");
    }
    return TrendRequest.builder(String.join(" ", query))
        .filter(filters.filter())
        .by(period())
        .groupBy(groupField())
        .top(top)
        .count(countOf())
        .normalize(normalize)
        .saidBy(saidBy.toArray(String[]::new))
        .build();
  }

  private FacetField period() {
    return switch (by.trim().toLowerCase(Locale.ROOT)) {
      case "year", "years" -> FacetField.YEAR;
      case "month", "months" -> FacetField.MONTH;
      default ->
          throw new IllegalArgumentException(
              "--by: unknown period '" + by + "' (expected year or month)");
    };
  }

  private boolean topGiven() {
    CommandLine.ParseResult parsed = spec.commandLine().getParseResult();
    return parsed != null && parsed.hasMatchedOption("--top");
  }

  private FacetField groupField() {
    String name = group.trim().toLowerCase(Locale.ROOT);
    if (name.equals("none")) {
      return null;
    }
    FacetField field;
    try {
      field = FacetField.parse(name);
    } catch (IllegalArgumentException e) {
      field = null;
    }
    if (field == null || field == FacetField.YEAR || field == FacetField.MONTH) {
      throw new IllegalArgumentException(
          "--group: unknown field '"
              + group
              + "' (expected none, speaker, organization, role, topic or type)");
    }
    return field;
  }

  private TrendCount countOf() {
    try {
      return TrendCount.parse(count);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--count: " + e.getMessage(), e);
    }
  }

  /** Writes the rows through the shared record writer, with the trend's settings as a header. */
  static void write(TrendResult result, ExportFormat output, PrintWriter out)
      throws java.io.IOException {
    Map<String, Object> header = new LinkedHashMap<>();
    header.put("query", result.query());
    header.put("by", result.by().label());
    header.put("groupBy", result.groupBy().map(FacetField::label).orElse(null));
    header.put("countOf", result.countsTurns() ? "turns" : result.countOf().label());
    if (!result.request().saidBy().isEmpty()) {
      header.put("saidBy", result.request().saidBy());
    }
    header.put("normalized", result.request().normalize());
    try (RecordWriter writer = RecordWriter.open(output, out, COLUMNS, "rows", header)) {
      for (TrendRow row : result.rows()) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("period", row.period());
        record.put("group", row.group());
        record.put("count", row.count());
        record.put("total", row.total());
        record.put("share", row.share());
        writer.write(record);
      }
    }
  }
}
