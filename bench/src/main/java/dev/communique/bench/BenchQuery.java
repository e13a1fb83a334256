package dev.communique.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One line of the benchmark's query set: its kind, the query text, and the options both engines
 * apply (a date range, sorting by date, a facet only ours computes). Immutable.
 */
final class BenchQuery {

  private static final String RESOURCE = "queries.tsv";

  final String kind;
  final String text;
  final LocalDate from;
  final LocalDate to;
  final boolean byDate;
  final String facet;

  private BenchQuery(
      String kind, String text, LocalDate from, LocalDate to, boolean byDate, String facet) {
    this.kind = kind;
    this.text = text;
    this.from = from;
    this.to = to;
    this.byDate = byDate;
    this.facet = facet;
  }

  /** The bundled query set ({@code queries.tsv}: kind, query, then options like from=, sort=). */
  static List<BenchQuery> bundled() throws IOException {
    try (InputStream in = BenchQuery.class.getResourceAsStream(RESOURCE)) {
      Objects.requireNonNull(in, RESOURCE);
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<BenchQuery> queries = new ArrayList<>();
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        queries.add(parse(line, number));
      }
      return queries;
    }
  }

  private static BenchQuery parse(String line, int number) {
    String[] cells = line.split("\t");
    if (cells.length < 2) {
      throw new IllegalArgumentException(RESOURCE + ":" + number + ": expected KIND<TAB>QUERY");
    }
    LocalDate from = null;
    LocalDate to = null;
    boolean byDate = false;
    String facet = null;
    for (int i = 2; i < cells.length; i++) {
      String option = cells[i].trim();
      if (option.startsWith("from=")) {
        from = LocalDate.parse(option.substring(5));
      } else if (option.startsWith("to=")) {
        to = LocalDate.parse(option.substring(3));
      } else if (option.equals("sort=date")) {
        byDate = true;
      } else if (option.startsWith("facet=")) {
        facet = option.substring(6);
      } else {
        throw new IllegalArgumentException(
            RESOURCE + ":" + number + ": unknown option '" + option + "'");
      }
    }
    return new BenchQuery(cells[0].trim(), cells[1].trim(), from, to, byDate, facet);
  }

  @Override
  public String toString() {
    return kind + ": " + text;
  }
}
