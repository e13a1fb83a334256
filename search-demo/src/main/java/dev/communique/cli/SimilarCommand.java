package dev.communique.cli;

import dev.communique.core.highlight.SnippetMarkup;
import dev.communique.core.index.CommuniqueBackend;
import dev.communique.core.search.SearchRequest;
import dev.communique.core.search.SearchResults;
import dev.communique.core.search.SimilarRequest;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code communique similar ID}: the releases most like one in the index. */
@Command(
    name = "similar",
    mixinStandardHelpOptions = true,
    description = {
      "List the releases most like the one with this id (by the distinctive words of its title"
          + " and body), best first. The release itself and its near-duplicate copies are never"
          + " listed."
    })
final class SimilarCommand implements Callable<Integer> {

  @ParentCommand CommuniqueCli root;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "ID", description = "The id of a release in the index.")
  String id;

  @CommandLine.Mixin FilterOptions filters = new FilterOptions();

  @Option(names = "--limit", description = "Releases to show (default: ${DEFAULT-VALUE}).")
  int limit = 10;

  @Option(names = "--passages", description = "Snippets per hit (default: ${DEFAULT-VALUE}).")
  int passages = 1;

  @CommandLine.Mixin PassageLengthOption passageLength = new PassageLengthOption();

  @Option(names = "--json", description = "The same JSON as search --json, plus \"similarTo\".")
  boolean json;

  @CommandLine.Mixin MarkupOption markup = new MarkupOption();

  @CommandLine.Mixin IndexOption index = new IndexOption();

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (limit < 0 || limit > SearchRequest.MAX_LIMIT) {
      throw new IllegalArgumentException(
          "--limit must be in 0.." + SearchRequest.MAX_LIMIT + ", got " + limit);
    }
    SimilarRequest request =
        SimilarRequest.builder(id)
            .filter(filters.filter())
            .limit(limit)
            .snippets(passageLength.snippets(passages, markup()))
            .build();
    CommuniqueBackend opened = root.indexes().searchable(index, err);
    SearchResults results = opened.similar(request);
    if (json) {
      JsonOutput.write(results, out, id);
    } else {
      out.printf(
          Locale.ROOT,
          "%d release%s like %s%s%n%n",
          results.totalHits(),
          results.totalHits() == 1 ? "" : "s",
          id,
          results.hits().isEmpty()
              ? ""
              : String.format(Locale.ROOT, " (showing 1-%d)", results.hits().size()));
      new HitPrinter(out).printHits(results);
    }
    out.flush();
    if (results.totalHits() == 0) {
      UnknownValueHints.print(opened, request.filter(), err);
    }
    return 0;
  }

  private SnippetMarkup markup() {
    return markup.markup(json, root.colour());
  }
}
