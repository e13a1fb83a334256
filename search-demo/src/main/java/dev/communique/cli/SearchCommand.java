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
      "A query word may start with '-' (China -Taiwan); '--' ends the options, so every word"
          + " after it is part of the query.",
      "On first use with no index, the sample corpus in data/releases is indexed first."
    })
final class SearchCommand implements Callable<Integer> {

  @ParentCommand CommuniqueCli root;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(
      paramLabel = "QUERY",
      arity = "0..*",
      preprocessor = QueryWords.class,
      description = "The query (several words are joined).")
  List<String> query = new ArrayList<>();

  @CommandLine.Mixin FilterOptions filters = new FilterOptions();

  @Option(
      names = "--sort",
      paramLabel = "ORDER",
      completionCandidates = SortNames.class,
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
      completionCandidates = MarkupNames.class,
      description =
          "Snippet markup: ansi, brackets, html or none (default: ansi when colouring, see --color;"
              + " brackets otherwise; html with --json).")
  String markup;

  @Option(names = "--json", description = "Machine-readable output (a stable contract).")
  boolean json;

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
    validate();
    return SearchRequest.builder(String.join(" ", query))
        .filter(filters.filter())
        .sort(sortOrder())
        .limit(limit)
        .offset(offset)
        .snippets(new SnippetOptions(passages, passageLength, markup()))
        .build();
  }

  private SortOrder sortOrder() {
    return switch (sort.toLowerCase(Locale.ROOT)) {
      case "relevance" -> SortOrder.RELEVANCE;
      case "date" -> SortOrder.DATE_DESC;
      case "date-asc" -> SortOrder.DATE_ASC;
      default ->
          throw new IllegalArgumentException(
              "--sort must be relevance, date or date-asc, not '" + sort + "'");
    };
  }

  private SnippetMarkup markup() {
    if (markup != null) {
      try {
        return SnippetMarkup.named(markup);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "--markup must be ansi, brackets, html or none, not '" + markup + "'", e);
      }
    }
    if (json) {
      return SnippetMarkup.html();
    }
    return root.colour() ? SnippetMarkup.ansi() : SnippetMarkup.brackets();
  }

  /** Checks the numeric options here, so that each message names its option. */
  private void validate() {
    if (limit < 0 || limit > SearchRequest.MAX_LIMIT) {
      throw new IllegalArgumentException(
          "--limit must be between 0 and " + SearchRequest.MAX_LIMIT + ", not " + limit);
    }
    if (offset < 0) {
      throw new IllegalArgumentException("--offset must be at least 0, not " + offset);
    }
    if (passages < 0) {
      throw new IllegalArgumentException("--passages must be at least 0, not " + passages);
    }
    if (passageLength < SnippetOptions.MIN_PASSAGE_LENGTH) {
      throw new IllegalArgumentException(
          "--passage-length must be at least "
              + SnippetOptions.MIN_PASSAGE_LENGTH
              + ", not "
              + passageLength);
    }
  }

  /** The values {@code --sort} offers for completion. */
  static final class SortNames implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return List.of("relevance", "date", "date-asc").iterator();
    }
  }

  /** The values {@code --markup} offers for completion. */
  static final class MarkupNames implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return List.of("ansi", "brackets", "html", "none").iterator();
    }
  }
}
