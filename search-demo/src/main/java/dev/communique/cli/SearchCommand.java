package dev.communique.cli;

import dev.communique.core.highlight.SnippetMarkup;
import dev.communique.core.highlight.SnippetOptions;
import dev.communique.core.index.CommuniqueIndex;
import dev.communique.core.search.DatePeriod;
import dev.communique.core.search.SearchRequest;
import dev.communique.core.search.SearchResults;
import dev.communique.core.search.SortOrder;
import dev.communique.indexer.Indexer;
import dev.communique.indexer.IndexingReport;
import java.io.PrintWriter;
import java.nio.file.Path;
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

  @Option(
      names = "--speaker",
      paramLabel = "NAME",
      description =
          "Only releases with this speaker (whole or part of the name); repeat for any of several.")
  List<String> speakers = new ArrayList<>();

  @Option(
      names = {"--org", "--organization"},
      paramLabel = "NAME",
      description = "Only releases from this organisation; repeatable.")
  List<String> organizations = new ArrayList<>();

  @Option(
      names = "--topic",
      paramLabel = "ID",
      description = "Only releases with this topic (e.g. ukraine, energy-security); repeatable.")
  List<String> topics = new ArrayList<>();

  @Option(
      names = "--type",
      paramLabel = "TYPE",
      description = "Only documents of this type (e.g. press-briefings); repeatable.")
  List<String> types = new ArrayList<>();

  @Option(
      names = "--from",
      paramLabel = "DATE",
      description = "Dated on or after this day (YYYY, YYYY-MM or YYYY-MM-DD).")
  String from;

  @Option(
      names = "--to",
      paramLabel = "DATE",
      description = "Dated on or before this day (YYYY, YYYY-MM or YYYY-MM-DD).")
  String to;

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

  @Option(names = "--all-copies", description = "Show near-duplicate copies as hits of their own.")
  boolean allCopies;

  @Option(names = "--json", description = "Machine-readable output (a stable contract).")
  boolean json;

  @Option(
      names = "--index",
      paramLabel = "DIR",
      description = "Index directory (default: .communique/index in the project).")
  Path index;

  @Override
  public Integer call() throws Exception {
    Workspace workspace = Workspace.current();
    Path indexPath = index == null ? workspace.defaultIndex() : index;
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!CommuniqueIndex.exists(indexPath)) {
      if (index != null) {
        throw new IllegalStateException(
            "no index at "
                + indexPath
                + "; run 'communique index --index "
                + indexPath
                + " PATH' first");
      }
      err.println(
          "communique: no index yet; indexing the sample corpus "
              + workspace.sampleCorpus()
              + " first");
      IndexingReport report =
          new IndexJob(
                  workspace,
                  indexPath,
                  Runtime.getRuntime().availableProcessors(),
                  Indexer.DEFAULT_DUPLICATE_THRESHOLD,
                  false)
              .run(indexer -> indexer.index(List.of(workspace.sampleCorpus())));
      err.printf(
          Locale.ROOT, "communique: indexed %d releases into %s%n", report.indexed(), indexPath);
      err.flush();
    }
    SearchRequest request = request();
    try (CommuniqueIndex opened = CommuniqueIndex.openReadOnly(indexPath)) {
      SearchResults results = opened.search(request);
      if (json) {
        JsonOutput.write(results, out);
      } else {
        new HitPrinter(out).print(results);
      }
    }
    out.flush();
    return 0;
  }

  private SearchRequest request() {
    SearchRequest.Builder builder =
        SearchRequest.builder(String.join(" ", query))
            .sort(sortOrder())
            .limit(limit)
            .offset(offset)
            .includeCopies(allCopies)
            .snippets(new SnippetOptions(passages, passageLength, markup()));
    speakers.forEach(builder::speaker);
    organizations.forEach(builder::organization);
    topics.forEach(builder::topic);
    types.forEach(builder::type);
    if (from != null) {
      builder.from(period("--from", from).start());
    }
    if (to != null) {
      builder.to(period("--to", to).end());
    }
    return builder.build();
  }

  private static DatePeriod period(String option, String value) {
    try {
      return DatePeriod.parse(value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(option + ": " + e.getMessage(), e);
    }
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
