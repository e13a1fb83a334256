package dev.communique.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.communique.core.Communique;
import dev.communique.core.search.SearchHit;
import dev.communique.core.search.SearchResults;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;

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
      Communique c = hit.communique();
      g.writeStartObject();
      g.writeStringField("id", c.id());
      g.writeNumberField("score", hit.score());
      g.writeStringField("title", c.title());
      g.writeStringField("organization", c.organization());
      strings(g, "speakers", c.speakers());
      if (c.date() == null) {
        g.writeNullField("date");
        g.writeNullField("datePrecision");
      } else {
        g.writeStringField("date", c.formattedDate());
        g.writeStringField(
            "datePrecision", c.datePrecision().name().toLowerCase(java.util.Locale.ROOT));
      }
      strings(g, "topics", c.topics());
      g.writeStringField("source", c.source());
      strings(g, "snippets", hit.snippets());
      strings(g, "roles", c.roles());
      g.writeStringField("type", c.type());
      g.writeStringField("dateSource", c.dateSource().label());
      g.writeNumberField("copies", hit.copies());
      strings(g, "copySources", hit.copySources());
      g.writeStringField("path", c.path());
      if (results.request().explain()) {
        g.writeStringField("explanation", hit.explanation());
      }
      g.writeBooleanField("titleDerived", c.titleDerived());
      g.writeBooleanField("speakerResolved", c.speakersResolved());
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

  private static void strings(JsonGenerator g, String name, List<String> values)
      throws IOException {
    g.writeArrayFieldStart(name);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }
}
