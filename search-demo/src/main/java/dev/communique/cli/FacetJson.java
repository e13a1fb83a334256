package dev.communique.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.communique.core.search.FacetResult;
import dev.communique.core.search.ValueCount;
import java.io.IOException;
import java.util.List;

/**
 * Writes facet counts into a search's JSON object, when any were asked for: {@code "facets":
 * {"speaker": [{"value": "…", "count": 12}, …], …}} and {@code "facetsOther": {"speaker":
 * {"values": K, "count": M}, …}} (the distinct values left out of the top, and the sum of their
 * counts). Part of the stable JSON contract.
 */
final class FacetJson {
  private FacetJson() {}

  static void write(JsonGenerator g, List<FacetResult> facets) throws IOException {
    if (facets.isEmpty()) {
      return;
    }
    g.writeObjectFieldStart("facets");
    for (FacetResult facet : facets) {
      g.writeArrayFieldStart(facet.field().label());
      for (ValueCount v : facet.values()) {
        g.writeStartObject();
        g.writeStringField("value", v.value());
        g.writeNumberField("count", v.count());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
    g.writeObjectFieldStart("facetsOther");
    for (FacetResult facet : facets) {
      g.writeObjectFieldStart(facet.field().label());
      g.writeNumberField("values", facet.otherValues());
      g.writeNumberField("count", facet.otherCount());
      g.writeEndObject();
    }
    g.writeEndObject();
  }
}
