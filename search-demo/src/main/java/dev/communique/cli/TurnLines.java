package dev.communique.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.communique.core.search.TurnHit;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * Renders the matching turns of a hit: "Karine Jean-Pierre (turn 14): … snippet …" for people, and
 * the {@code "turns"} array of the JSON contract: {@code [{"speaker", "role", "index", "start",
 * "end", "snippet"}]}.
 */
final class TurnLines {

  private TurnLines() {}

  static void print(List<TurnHit> turns, PrintWriter out) {
    for (TurnHit turn : turns) {
      out.printf(
          Locale.ROOT, "     %s (turn %d): %s%n", turn.speaker(), turn.index(), turn.snippet());
    }
  }

  static void writeJson(JsonGenerator g, List<TurnHit> turns) throws IOException {
    g.writeArrayFieldStart("turns");
    for (TurnHit turn : turns) {
      g.writeStartObject();
      g.writeStringField("speaker", turn.speaker());
      g.writeStringField("role", turn.role());
      g.writeNumberField("index", turn.index());
      g.writeNumberField("start", turn.start());
      g.writeNumberField("end", turn.end());
      g.writeStringField("snippet", turn.snippet());
      g.writeEndObject();
    }
    g.writeEndArray();
  }
}
