package dev.communique.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.communique.core.Communique;
import dev.communique.core.search.SearchHit;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields a search hit is exported with, under the names of the {@code --json} hits: which
 * exist, which CSV writes by default, and one hit as a row. The names and default orders are a
 * stable contract: fields are added, never renamed or removed.
 */
final class HitFields {

  /** The fields of a {@code --json} hit, in its order, then {@code body}. */
  static final List<String> ALL =
      List.of(
          "id",
          "score",
          "title",
          "organization",
          "speakers",
          "date",
          "datePrecision",
          "topics",
          "source",
          "snippets",
          "roles",
          "type",
          "dateSource",
          "copies",
          "copySources",
          "path",
          "titleDerived",
          "speakerResolved",
          "body",
          "turns");

  /** The fields of JSON and JSON Lines hits by default: those of {@code --json}. */
  static final List<String> JSON_DEFAULT = ALL.subList(0, ALL.indexOf("body"));

  /**
   * The default fields of a format, and {@code turns} after them for a search restricted to what
   * some people said (as {@code --json} adds them there).
   */
  static List<String> defaults(ExportFormat format, boolean saidBy) {
    List<String> base = format == ExportFormat.CSV ? CSV_DEFAULT : JSON_DEFAULT;
    if (!saidBy) {
      return base;
    }
    List<String> withTurns = new ArrayList<>(base);
    withTurns.add("turns");
    return List.copyOf(withTurns);
  }

  /** The CSV columns by default. */
  static final List<String> CSV_DEFAULT =
      List.of(
          "id",
          "date",
          "datePrecision",
          "organization",
          "speakers",
          "roles",
          "title",
          "type",
          "topics",
          "source",
          "path",
          "score",
          "copies");

  private HitFields() {}

  /** Writes the named fields of a row, in that order, as the fields of the current JSON object. */
  static void write(JsonGenerator g, Map<String, Object> row, List<String> fields)
      throws IOException {
    for (String field : fields) {
      g.writeObjectField(field, row.get(field));
    }
  }

  /**
   * The fields a comma-separated {@code --fields} value names, in its order.
   *
   * @throws IllegalArgumentException naming an unknown field and listing the valid ones
   */
  static List<String> parse(String value) {
    List<String> fields = new ArrayList<>();
    for (String part : value.split(",")) {
      String name = part.strip();
      if (name.isEmpty()) {
        continue;
      }
      String known = ALL.stream().filter(f -> f.equalsIgnoreCase(name)).findFirst().orElse(null);
      if (known == null) {
        throw new IllegalArgumentException(
            "--fields: unknown field '" + name + "' (valid: " + String.join(", ", ALL) + ")");
      }
      if (!fields.contains(known)) {
        fields.add(known);
      }
    }
    if (fields.isEmpty()) {
      throw new IllegalArgumentException(
          "--fields: name at least one field (valid: " + String.join(", ", ALL) + ")");
    }
    return fields;
  }

  /**
   * The fields of a communiqué on its own ({@code show --json}): every field but score and
   * snippets.
   */
  static final List<String> COMMUNIQUE =
      ALL.stream()
          .filter(f -> !f.equals("score") && !f.equals("snippets") && !f.equals("turns"))
          .toList();

  /** One hit as a row holding every field. */
  static Map<String, Object> row(SearchHit hit) {
    Map<String, Object> row = row(hit.communique(), hit.copySources());
    row.put("score", hit.score());
    row.put("snippets", hit.snippets());
    row.put("turns", TurnLines.rows(hit.turns()));
    return row;
  }

  /**
   * A communiqué, with the sources of its copies, as a row of every field but score and snippets.
   */
  static Map<String, Object> row(Communique c, List<String> copySources) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", c.id());
    row.put("title", c.title());
    row.put("organization", c.organization());
    row.put("speakers", c.speakers());
    row.put("date", c.date() == null ? null : c.formattedDate());
    row.put("datePrecision", c.date() == null ? null : c.datePrecision().label());
    row.put("topics", c.topics());
    row.put("source", c.source());
    row.put("roles", c.roles());
    row.put("type", c.type());
    row.put("dateSource", c.dateSource().label());
    row.put("copies", copySources.size());
    row.put("copySources", copySources);
    row.put("path", c.path());
    row.put("titleDerived", c.titleDerived());
    row.put("speakerResolved", c.speakersResolved());
    row.put("body", c.body());
    return row;
  }
}
