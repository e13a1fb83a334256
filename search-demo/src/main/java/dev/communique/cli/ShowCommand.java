package dev.communique.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.communique.core.Communique;
import dev.communique.core.Turn;
import dev.communique.core.index.CommuniqueBackend;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code communique show ID}: prints one whole communiqué with all its metadata. */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description = {
      "Print one communiqué by id (as search shows it): title, date, organisation, speakers,"
          + " roles, type, topics, source, copies, then the whole text."
    })
final class ShowCommand implements Callable<Integer> {

  private static final ObjectMapper JSON = new ObjectMapper();

  @ParentCommand CommuniqueCli root;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "ID", description = "The communiqué's id, as search prints it.")
  String id;

  @Option(names = "--json", description = "Machine-readable output (a stable contract).")
  boolean json;

  @Option(
      names = "--turns",
      description =
          "Print the text as a script: each turn's speaker on a line, then the turn"
              + " (with --json: a \"turns\" array of speaker, role, index, start, end, text).")
  boolean turns;

  @CommandLine.Mixin IndexOption index = new IndexOption();

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    CommuniqueBackend opened = root.indexes().searchable(index, spec.commandLine().getErr());
    Communique c = opened.get(id).orElseThrow(() -> UnknownId.of(opened, id));
    List<String> copies = opened.copySources(id);
    if (json) {
      writeJson(c, copies, turns, out);
    } else if (turns) {
      printScript(c, copies, out);
    } else {
      print(c, copies, out);
    }
    out.flush();
    return 0;
  }

  /** The header as {@link #print} prints it, then the turns as a script. */
  private static void printScript(Communique c, List<String> copies, PrintWriter out) {
    StringWriter header = new StringWriter();
    print(c.toBuilder().body("").build(), copies, new PrintWriter(header));
    out.print(header.toString().stripTrailing());
    out.println();
    out.println();
    if (c.turns().isEmpty()) {
      out.println("(no turns: nobody is recorded as speaking in this text)");
      return;
    }
    for (Turn turn : c.turns()) {
      out.printf(
          Locale.ROOT,
          "%s%s (turn %d)%n",
          turn.speaker(),
          turn.role().isEmpty() ? "" : ", " + turn.role(),
          turn.index());
      out.println(turn.text(c.body()).strip());
      out.println();
    }
  }

  private static void print(Communique c, List<String> copies, PrintWriter out) {
    out.println(c.title().isBlank() ? "(untitled)" : c.title());
    out.println();
    field(out, "id", c.id());
    field(out, "date", date(c));
    field(out, "organization", c.organization());
    field(out, "speakers", String.join(", ", c.speakers()));
    field(out, "roles", String.join(", ", c.roles()));
    field(out, "type", c.type());
    field(out, "topics", String.join(", ", c.topics()));
    field(out, "source", c.source());
    field(out, "path", c.path());
    if (!copies.isEmpty()) {
      field(out, "copies", Integer.toString(copies.size()));
      copies.forEach(source -> out.println("              " + source));
    }
    out.println();
    out.println(c.body().strip());
  }

  private static String date(Communique c) {
    if (c.date() == null) {
      return "(undated)";
    }
    return c.formattedDate()
        + " ("
        + c.datePrecision().label()
        + " precision, from "
        + c.dateSource().label()
        + ")";
  }

  private static void field(PrintWriter out, String name, String value) {
    if (!value.isBlank()) {
      out.printf(Locale.ROOT, "%-13s %s%n", name + ":", value);
    }
  }

  private static void writeJson(Communique c, List<String> copies, boolean turns, PrintWriter out)
      throws IOException {
    JsonGenerator g = JSON.createGenerator(out);
    g.writeStartObject();
    HitFields.write(g, HitFields.row(c, copies), HitFields.COMMUNIQUE);
    if (turns) {
      g.writeArrayFieldStart("turns");
      for (Turn turn : c.turns()) {
        g.writeStartObject();
        g.writeStringField("speaker", turn.speaker());
        g.writeStringField("role", turn.role());
        g.writeNumberField("index", turn.index());
        g.writeNumberField("start", turn.start());
        g.writeNumberField("end", turn.end());
        g.writeStringField("text", turn.text(c.body()));
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
    g.flush();
    out.println();
  }
}
