package dev.communique.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.communique.core.search.SearchHit;
import dev.communique.core.search.SearchResults;
import java.io.IOException;
import java.io.PrintWriter;

/**
 * Writes search results as the stable JSON contract: {@code {"query", "total", "hits": [{"id",
 * "score", "title", "organization", "speakers", "date", "datePrecision", "topics", "source",
 * "snippets", …, "path"}]}}. Later features add fields; none is removed or renamed.
 */
final class JsonOutput {
  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonOutput() {}

  static void write(SearchResults results, PrintWriter out) throws IOException {
    write(results, out, null);
  }

  /**
   * Writes the results; with {@code similarTo}, they are the communiqués like that id and a {@code
   * "similarTo"} field names it.
   */
  static void write(SearchResults results, PrintWriter out, String similarTo) throws IOException {
    JsonGenerator g = JSON.createGenerator(out);
    g.writeStartObject();
    g.writeStringField("query", results.request().query());
    if (similarTo != null) {
      g.writeStringField("similarTo", similarTo);
    }
    g.writeNumberField("total", results.totalHits());
    g.writeNumberField("offset", results.request().offset());
    g.writeArrayFieldStart("hits");
    for (SearchHit hit : results.hits()) {
      g.writeStartObject();
      HitFields.write(g, HitFields.row(hit), HitFields.JSON_DEFAULT);
      if (results.request().explain()) {
        g.writeStringField("explanation", hit.explanation());
      }
      if (!results.request().saidBy().isEmpty()) {
        TurnLines.writeJson(g, hit.turns());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    FacetJson.write(g, results.facets());
    if (!results.suggestion().isEmpty()) {
      g.writeStringField("suggestion", results.suggestion());
    }
    g.writeEndObject();
    g.flush();
    out.println();
  }
}
