package dev.communique.cli;

import dev.communique.core.index.CommuniqueBackend;
import dev.communique.core.search.FacetField;
import dev.communique.core.search.ValueCount;
import dev.communique.core.search.ValueListing;
import dev.communique.core.search.ValuesRequest;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code communique values FIELD}: every indexed value of a field with its document count. */
@Command(
    name = "values",
    mixinStandardHelpOptions = true,
    description = {
      "List every indexed value of a field (speaker, organization, topic, type or role; year and"
          + " month too) with the number of releases that have it, most frequent first.",
      "Near-duplicate copies are not counted unless --all-copies is given."
    })
final class ValuesCommand implements Callable<Integer> {

  @ParentCommand CommuniqueCli root;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "FIELD",
      description = "speaker, organization (or org), topic, type or role.")
  String field;

  @Option(
      names = "--prefix",
      paramLabel = "P",
      description = "Only values starting with this (any case).")
  String prefix = "";

  @Option(names = "--limit", paramLabel = "N", description = "At most this many values.")
  Integer limit;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "text (default), json, jsonl or csv.")
  String format = "text";

  @Option(
      names = "--all-copies",
      description = "Count near-duplicate copies as releases of their own.")
  boolean allCopies;

  @CommandLine.Mixin IndexOption index = new IndexOption();

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ExportFormat as = ExportFormat.parse(format);
    ValuesRequest request = request();
    CommuniqueBackend opened = root.indexes().searchable(index, err);
    ValueListing listing = opened.values(request);
    if (as == ExportFormat.TEXT) {
      printText(listing, out);
    } else {
      try (RecordWriter writer =
          RecordWriter.open(
              as,
              out,
              List.of("value", "count"),
              "values",
              Map.of("field", listing.field().label()))) {
        for (ValueCount v : listing.values()) {
          writer.write(Map.of("value", v.value(), "count", v.count()));
        }
      }
    }
    out.flush();
    return 0;
  }

  private ValuesRequest request() {
    FacetField parsed;
    try {
      parsed = FacetField.parse(field);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("FIELD: " + e.getMessage(), e);
    }
    ValuesRequest.Builder builder =
        ValuesRequest.builder(parsed).prefix(prefix).includeCopies(allCopies);
    if (limit != null) {
      if (limit < 1) {
        throw new IllegalArgumentException("--limit must be >= 1, got " + limit);
      }
      builder.limit(limit);
    }
    return builder.build();
  }

  private static void printText(ValueListing listing, PrintWriter out) {
    int width = 0;
    int digits = 1;
    for (ValueCount v : listing.values()) {
      width = Math.max(width, v.value().length());
      digits = Math.max(digits, Long.toString(v.count()).length());
    }
    for (ValueCount v : listing.values()) {
      out.printf(Locale.ROOT, "%-" + width + "s  %" + digits + "d%n", v.value(), v.count());
    }
    long more = listing.matchingValues() - listing.values().size();
    out.printf(
        Locale.ROOT,
        "%d %s value%s%s%n",
        listing.matchingValues(),
        listing.field().label(),
        listing.matchingValues() == 1 ? "" : "s",
        more > 0 ? String.format(Locale.ROOT, " (%d not shown)", more) : "");
  }
}
