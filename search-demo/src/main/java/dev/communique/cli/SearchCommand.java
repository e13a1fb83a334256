package dev.communique.cli;

import dev.communique.core.highlight.SnippetMarkup;
import dev.communique.core.index.CommuniqueBackend;
import dev.communique.core.search.FacetField;
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

  @CommandLine.Mixin PassageLengthOption passageLength = new PassageLengthOption();

  @Option(names = "--json", description = "Machine-readable output (a stable contract).")
  boolean json;

  @Option(
      names = "--facets",
      paramLabel = "FIELD",
      split = ",",
      description =
          "Count matches by these fields, listed after the hits: year, month, organization,"
              + " speaker, role, topic, type (e.g. speaker,year,topic).")
  List<String> facets = new ArrayList<>();

  @Option(
      names = "--facet-limit",
      paramLabel = "N",
      description = "Values shown per facet, most frequent first (default: ${DEFAULT-VALUE}).")
  int facetLimit = 10;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "text (default), json (the same as --json), jsonl or csv.")
  String format;

  @Option(
      names = "--all",
      description =
          "Write every hit, not one page, streamed in constant memory (needs --format json, jsonl"
              + " or csv; snippets only if --fields names them).")
  boolean all;

  @Option(
      names = "--fields",
      paramLabel = "F1,F2,…",
      description =
          "Fields of json, jsonl and csv hits, in order (default for csv: "
              + "id,date,datePrecision,organization,speakers,roles,title,type,topics,source,path,"
              + "score,copies; for json and jsonl: those of --json; with --said-by, then turns). Also"
              + " body, snippets and turns.")
  String fields;

  @Option(
      names = "--explain",
      description = "Show why each hit scored as it did: terms, fields, boosts and BM25 factors.")
  boolean explain;

  @CommandLine.Mixin MarkupOption markup = new MarkupOption();

  @Option(
      names = "--said-by",
      paramLabel = "NAME",
      description =
          "Match only the words these people said themselves (their turns; repeatable;"
              + " \"(question)\" for reporters' questions). Each hit lists its matching turns.")
  List<String> saidBy = new java.util.ArrayList<>();

  @CommandLine.Mixin IndexOption index = new IndexOption();

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ExportFormat chosen = format();
    List<String> columns = columns(chosen);
    SearchRequest request = request();
    CommuniqueBackend opened = root.indexes().searchable(index, err);
    if (all) {
      HitExportWriter.export(opened, request, chosen, columns, out);
      return 0;
    }
    SearchResults results = opened.search(request);
    if (chosen == ExportFormat.TEXT) {
      new HitPrinter(out).print(results);
      if (!results.facets().isEmpty()) {
        if (results.hits().isEmpty()) {
          out.println();
        }
        new FacetPrinter(out).print(results.facets());
      }
    } else if (chosen == ExportFormat.JSON && fields == null) {
      JsonOutput.write(results, out);
    } else {
      HitExportWriter.write(results, chosen, columns, out);
    }
    out.flush();
    if (results.totalHits() == 0) {
      UnknownValueHints.print(opened, request.filter(), err);
    }
    return 0;
  }

  private ExportFormat format() {
    ExportFormat chosen = format == null ? ExportFormat.TEXT : ExportFormat.parse(format);
    if (json) {
      if (format != null && chosen != ExportFormat.JSON) {
        throw new IllegalArgumentException("--json: conflicts with --format " + format);
      }
      chosen = ExportFormat.JSON;
    }
    if (all && chosen == ExportFormat.TEXT) {
      throw new IllegalArgumentException("--all: needs --format json, jsonl or csv");
    }
    if (fields != null && chosen == ExportFormat.TEXT) {
      throw new IllegalArgumentException("--fields: needs --format json, jsonl or csv");
    }
    boolean pageOutput =
        !all && (chosen == ExportFormat.TEXT || chosen == ExportFormat.JSON && fields == null);
    if (!pageOutput && facets.stream().anyMatch(f -> !f.isBlank())) {
      throw new IllegalArgumentException(
          "--facets: shown with text output or --json, not with --all, --fields, jsonl or csv");
    }
    if (!pageOutput && explain) {
      throw new IllegalArgumentException(
          "--explain: shown with text output or --json, not with --all, --fields, jsonl or csv");
    }
    return chosen;
  }

  private List<String> columns(ExportFormat chosen) {
    if (fields != null) {
      return HitFields.parse(fields);
    }
    return HitFields.defaults(chosen, !saidBy.isEmpty());
  }

  private boolean wantsSnippets() {
    return !all || (fields != null && HitFields.parse(fields).contains("snippets"));
  }

  private SearchRequest request() {
    validate();
    SearchRequest.Builder builder =
        SearchRequest.builder(String.join(" ", query))
            .filter(filters.filter())
            .sort(sortOrder())
            .limit(limit)
            .offset(offset)
            .snippets(passageLength.snippets(wantsSnippets() ? passages : 0, markup()))
            .explain(explain);
    addFacets(builder);
    saidBy.forEach(builder::saidBy);
    return builder.build();
  }

  private void addFacets(SearchRequest.Builder builder) {
    if (facetLimit < 1) {
      throw new IllegalArgumentException("--facet-limit must be >= 1, got " + facetLimit);
    }
    for (String name : facets) {
      if (name.isBlank()) {
        continue;
      }
      try {
        builder.facet(FacetField.parse(name), facetLimit);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("--facets: " + e.getMessage(), e);
      }
    }
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
    return markup.markup(
        json || (format != null && ExportFormat.parse(format) != ExportFormat.TEXT), root.colour());
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
    if ((long) offset + limit > SearchRequest.MAX_DEPTH) {
      throw new IllegalArgumentException(
          "--offset plus --limit must be at most "
              + SearchRequest.MAX_DEPTH
              + " (use --all to export every hit), not "
              + ((long) offset + limit));
    }
  }

  /** The values {@code --sort} offers for completion. */
  static final class SortNames implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return List.of("relevance", "date", "date-asc").iterator();
    }
  }
}
