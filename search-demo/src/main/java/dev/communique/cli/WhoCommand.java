package dev.communique.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.communique.core.Turn;
import dev.communique.core.index.CommuniqueBackend;
import dev.communique.core.search.SpeakerCount;
import dev.communique.core.search.WhoRequest;
import dev.communique.core.search.WhoResult;
import java.io.PrintWriter;
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

/** {@code communique who}: who talks about a query, by the turns they speak themselves. */
@Command(
    name = "who",
    mixinStandardHelpOptions = true,
    description = {
      "Who talks about this? Ranks people by the number of their own turns (or releases) whose"
          + " words match the query, with counts; reporters' questions are counted apart."
    })
final class WhoCommand implements Callable<Integer> {

  /** The columns of CSV and JSON Lines output, in order (a stable contract). */
  static final List<String> COLUMNS = List.of("speaker", "count", "documents");

  private static final ObjectMapper JSON = new ObjectMapper();

  @ParentCommand CommuniqueCli root;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(
      paramLabel = "QUERY",
      arity = "1..*",
      preprocessor = QueryWords.class,
      description = "The query (several words are joined).")
  List<String> query = new ArrayList<>();

  @CommandLine.Mixin FilterOptions filters = new FilterOptions();

  @Option(
      names = "--by",
      paramLabel = "WHAT",
      description = "Rank by matching turns or documents (default: ${DEFAULT-VALUE}).")
  String by = "turns";

  @Option(names = "--limit", description = "People to list (default: ${DEFAULT-VALUE}).")
  int limit = 20;

  @Option(names = "--json", description = "Machine-readable output (a stable contract).")
  boolean json;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text, json, jsonl or csv.")
  String format;

  @CommandLine.Mixin IndexOption index = new IndexOption();

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    ExportFormat chosen = format == null ? ExportFormat.TEXT : ExportFormat.parse(format);
    if (json) {
      if (format != null && chosen != ExportFormat.JSON) {
        throw new IllegalArgumentException("--json: conflicts with --format " + format);
      }
      chosen = ExportFormat.JSON;
    }
    if (limit < 1 || limit > WhoRequest.MAX_LIMIT) {
      throw new IllegalArgumentException(
          "--limit must be between 1 and " + WhoRequest.MAX_LIMIT + ", not " + limit);
    }
    WhoRequest.By ranking;
    try {
      ranking = WhoRequest.By.parse(by);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--by: " + e.getMessage(), e);
    }
    WhoRequest request =
        WhoRequest.builder(String.join(" ", query))
            .filter(filters.filter())
            .by(ranking)
            .limit(limit)
            .build();
    CommuniqueBackend opened = root.indexes().searchable(index, spec.commandLine().getErr());
    WhoResult result = opened.who(request);
    switch (chosen) {
      case TEXT -> print(result, out);
      case JSON -> writeJson(result, out);
      default -> {
        try (RecordWriter rows = RecordWriter.open(chosen, out, COLUMNS, "people", Map.of())) {
          for (SpeakerCount c : result.people()) {
            rows.write(row(c));
          }
          rows.write(row(result.questions()));
        }
      }
    }
    out.flush();
    return 0;
  }

  private static Map<String, Object> row(SpeakerCount c) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("speaker", c.speaker());
    row.put("count", c.count());
    row.put("documents", c.documents());
    return row;
  }

  private static void print(WhoResult result, PrintWriter out) {
    String asked = result.request().query().strip();
    out.printf(
        Locale.ROOT,
        "%d %s about \"%s\" (ranked by %s)%n%n",
        result.speakers(),
        result.speakers() == 1 ? "person speaks" : "people speak",
        asked,
        result.request().by().label());
    int width = 20;
    for (SpeakerCount c : result.people()) {
      width = Math.max(width, c.speaker().length());
    }
    out.printf(Locale.ROOT, "%-" + width + "s  %7s  %9s%n", "speaker", "turns", "documents");
    for (SpeakerCount c : result.people()) {
      out.printf(
          Locale.ROOT, "%-" + width + "s  %7d  %9d%n", c.speaker(), c.count(), c.documents());
    }
    SpeakerCount q = result.questions();
    out.printf(
        Locale.ROOT,
        "%nreporters' questions %s: %d turns in %d documents%n",
        Turn.QUESTION,
        q.count(),
        q.documents());
  }

  private static void writeJson(WhoResult result, PrintWriter out) throws java.io.IOException {
    JsonGenerator g = JSON.createGenerator(out);
    g.writeStartObject();
    g.writeStringField("query", result.request().query());
    g.writeStringField("by", result.request().by().label());
    g.writeArrayFieldStart("people");
    for (SpeakerCount c : result.people()) {
      g.writeStartObject();
      g.writeStringField("speaker", c.speaker());
      g.writeNumberField("count", c.count());
      g.writeNumberField("documents", c.documents());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeObjectFieldStart("questions");
    g.writeNumberField("count", result.questions().count());
    g.writeNumberField("documents", result.questions().documents());
    g.writeEndObject();
    g.writeEndObject();
    g.flush();
    out.println();
  }
}
