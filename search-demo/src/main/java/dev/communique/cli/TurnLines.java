package dev.communique.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.communique.core.search.TurnHit;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;

/**
 * Renders the matching turns of a hit: "Karine Jean-Pierre (turn 14): … snippet …" for people (and
 * CSV cells), and the {@code "turns"} array of the JSON contract: {@code [{"speaker", "role",
 * "index", "start", "end", "snippet"}]}, the same in {@code --json} and in exports.
 */
final class TurnLines {

  private TurnLines() {}

  /**
   * One matching turn in the JSON contract's shape (Jackson writes the components in this order);
   * its text form is the line people read.
   */
  record Row(String speaker, String role, int index, int start, int end, String snippet) {
    @Override
    public String toString() {
      return speaker + " (turn " + index + "): " + snippet;
    }
  }

  /** The turns as rows. */
  static List<Row> rows(List<TurnHit> turns) {
    return turns.stream()
        .map(t -> new Row(t.speaker(), t.role(), t.index(), t.start(), t.end(), t.snippet()))
        .toList();
  }

  static void print(List<TurnHit> turns, PrintWriter out) {
    for (Row row : rows(turns)) {
      out.println("     " + row);
    }
  }

  /** Writes the {@code "turns"} field; the generator must come from an {@code ObjectMapper}. */
  static void writeJson(JsonGenerator g, List<TurnHit> turns) throws IOException {
    g.writeObjectField("turns", rows(turns));
  }
}
