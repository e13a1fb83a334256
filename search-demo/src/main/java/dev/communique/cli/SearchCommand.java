package dev.communique.cli;

import dev.communique.core.highlight.SnippetMarkup;
import dev.communique.core.highlight.SnippetOptions;
import dev.communique.core.index.CommuniqueIndex;
import dev.communique.core.search.SearchRequest;
import dev.communique.core.search.SearchResults;
import dev.communique.core.search.SortOrder;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code communique search}: runs a query and prints ranked, highlighted hits. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Search the index with Lucene query syntax: words, \"exact phrases\", AND/OR/NOT, wildcards,"
          + " and fields title:, body:, speaker:, org:, role:, topic:, type:, date:2023-11 or"
          + " date:[2023-01-01 TO 2023-06-30].",
      "On first use with no index, the sample corpus in data/releases is indexed first."
    })
final class SearchCommand implements Callable<Integer> {

  @ParentCommand CommuniqueCli root;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(
      paramLabel = "QUERY",
      arity = "0..*",
      description = "The query (several words are joined).")
  List<String> query = new ArrayList<>();

  @CommandLine.Mixin FilterOptions filters = new FilterOptions();

  @Option(
      names = "--sort",
      paramLabel = "ORDER",
      description = "relevance (default), date (newest first) or date-asc.")
  String sort = "relevance";

  @Option(names = "--limit", description = "Hits to show (default: ${DEFAULT-VALUE}).")
  int limit = 10;

  @Option(names = "--offset", description = "Hits to skip (default: ${DEFAULT-VALUE}).")
  int offset = 0;

  @Option(names = "--passages", description = "Snippets per hit (default: ${DEFAULT-VALUE}).")
  int passages = 2;

  @Option(
      names = "--passage-length",
      paramLabel = "CHARS",
      description = "Target snippet length (default: ${DEFAULT-VALUE}).")
  int passageLength = 160;

  @Option(
      names = "--markup",
      paramLabel = "STYLE",
      description =
          "Snippet markup: ansi, brackets, html or none (default: ansi on a terminal, brackets otherwise, html with --json).")
  String markup;

  @Option(names = "--json", description = "Machine-readable output (a stable contract).")
  boolean json;

  @Option(
      names = "--explain",
      description = "Show why each hit scored as it did: terms, fields, boosts and BM25 factors.")
  boolean explain;

  @CommandLine.Mixin IndexOption index = new IndexOption();

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    SearchRequest request = request();
    CommuniqueIndex opened = root.indexes().searchable(index, err);
    SearchResults results = opened.search(request);
    if (json) {
      JsonOutput.write(results, out);
    } else {
      new HitPrinter(out).print(results);
    }
    out.flush();
    return 0;
  }

  private SearchRequest request() {
    return SearchRequest.builder(String.join(" ", query))
        .filter(filters.filter())
        .sort(sortOrder())
        .limit(limit)
        .offset(offset)
        .snippets(new SnippetOptions(passages, passageLength, markup()))
        .explain(explain)
        .build();
  }

  private SortOrder sortOrder() {
    return switch (sort.toLowerCase(Locale.ROOT)) {
      case "relevance", "score" -> SortOrder.RELEVANCE;
      case "date", "date-desc", "newest" -> SortOrder.DATE_DESC;
      case "date-asc", "oldest" -> SortOrder.DATE_ASC;
      default ->
          throw new IllegalArgumentException(
              "--sort: unknown order '" + sort + "' (expected relevance, date or date-asc)");
    };
  }

  private SnippetMarkup markup() {
    if (markup != null) {
      return SnippetMarkup.named(markup);
    }
    if (json) {
      return SnippetMarkup.html();
    }
    return System.console() != null ? SnippetMarkup.ansi() : SnippetMarkup.brackets();
  }
}
