package dev.communique.cli;

import dev.communique.core.highlight.SnippetMarkup;
import dev.communique.core.index.CommuniqueBackend;
import dev.communique.core.search.KwicLine;
import dev.communique.core.search.KwicRequest;
import dev.communique.core.search.KwicResults;
import dev.communique.core.search.KwicSort;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code communique kwic}: every occurrence of a query in context, one line each. */
@Command(
    name = "kwic",
    mixinStandardHelpOptions = true,
    description = {
      "Keyword in context: every occurrence of the query (a word in all its forms, a \"phrase\","
          + " a wildcard) in the body of every matching release, one line each, with words of"
          + " context on both sides.",
      "A query word may start with '-' (China -Taiwan); '--' ends the options, so every word"
          + " after it is part of the query."
    })
final class KwicCommand implements Callable<Integer> {

  /** The columns of JSON, JSON Lines and CSV output, in order (a stable contract). */
  static final List<String> COLUMNS =
      List.of("id", "date", "speakers", "title", "left", "keyword", "right", "start", "end");

  @ParentCommand CommuniqueCli root;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(
      paramLabel = "QUERY",
      arity = "1..*",
      preprocessor = QueryWords.class,
      description = "The query (several words are joined).")
  List<String> query = new ArrayList<>();

  @Option(
      names = "--window",
      paramLabel = "N",
      description = "Words of context on each side (default: ${DEFAULT-VALUE}).")
  int window = KwicRequest.DEFAULT_WINDOW;

  @Option(
      names = "--sort",
      paramLabel = "ORDER",
      description =
          "date (default: oldest first), left (by the words before, nearest first), right (by the"
              + " words after) or doc (by id).")
  String sort = "date";

  @CommandLine.Mixin FilterOptions filters = new FilterOptions();

  @Option(
      names = "--limit",
      paramLabel = "N",
      description = "Lines to show; 0 for all (default: ${DEFAULT-VALUE}).")
  int limit = 0;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "text (default), json, jsonl or csv.")
  String format = "text";

  @CommandLine.Mixin MarkupOption markup = new MarkupOption();

  @Option(
      names = "--said-by",
      paramLabel = "NAME",
      description =
          "Only the words these people said themselves (their turns; repeatable;"
              + " \"(question)\" for reporters' questions).")
  List<String> saidBy = new ArrayList<>();

  @CommandLine.Mixin IndexOption index = new IndexOption();

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ExportFormat chosen = ExportFormat.parse(format);
    KwicRequest request = request();
    SnippetMarkup marks = markup();
    CommuniqueBackend opened = root.indexes().searchable(index, err);
    KwicResults results = opened.kwic(request);
    if (chosen == ExportFormat.TEXT) {
      new KwicPrinter(out, marks).print(results);
    } else {
      write(results, chosen, out);
    }
    out.flush();
    return 0;
  }

  private KwicRequest request() {
    if (window < 0 || window > KwicRequest.MAX_WINDOW) {
      throw new IllegalArgumentException(
          "--window: must be 0.." + KwicRequest.MAX_WINDOW + " words, got " + window);
    }
    if (limit < 0) {
      throw new IllegalArgumentException("--limit: must be 0 (all) or more, got " + limit);
    }
    KwicSort order;
    try {
      order = KwicSort.parse(sort);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--sort: " + e.getMessage(), e);
    }
    return KwicRequest.builder(String.join(" ", query))
        .filter(filters.filter())
        .window(window)
        .sort(order)
        .limit(limit)
        .saidBy(saidBy.toArray(String[]::new))
        .build();
  }

  private SnippetMarkup markup() {
    return markup.markup(false, root.colour());
  }

  static void write(KwicResults results, ExportFormat format, PrintWriter out) throws Exception {
    Map<String, Object> header = new LinkedHashMap<>();
    header.put("query", results.request().query());
    header.put("total", results.total());
    header.put("documents", results.documents());
    try (RecordWriter writer = RecordWriter.open(format, out, COLUMNS, "lines", header)) {
      for (KwicLine line : results.lines()) {
        writer.write(row(line));
      }
    }
  }

  static Map<String, Object> row(KwicLine line) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", line.id());
    row.put("date", line.date().isEmpty() ? null : line.date());
    row.put("speakers", line.speakers());
    row.put("title", line.title());
    row.put("left", line.left());
    row.put("keyword", line.keyword());
    row.put("right", line.right());
    row.put("start", line.start());
    row.put("end", line.end());
    return row;
  }
}
