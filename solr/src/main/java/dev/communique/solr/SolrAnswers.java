package dev.communique.solr;

import dev.communique.core.Communique;
import dev.communique.core.highlight.SnippetMarkup;
import dev.communique.core.highlight.SnippetOptions;
import dev.communique.core.schema.CommuniqueSchema;
import dev.communique.core.schema.DocumentMapper;
import dev.communique.core.search.FacetRequest;
import dev.communique.core.search.FacetResult;
import dev.communique.core.search.SearchHit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.util.NamedList;

/**
 * Reads Solr's answers into the project's types: hits with their passages in the request's markup,
 * facet counts, and the period buckets of a trend. Stateless.
 */
final class SolrAnswers {

  private SolrAnswers() {}

  /** The hits of a response, with their passages in the request's markup. */
  static List<SearchHit> hits(
      QueryResponse response, boolean highlighted, SnippetOptions snippets) {
    Map<String, Map<String, List<String>>> highlighting =
        highlighted ? response.getHighlighting() : null;
    List<SearchHit> hits = new ArrayList<>();
    for (SolrDocument doc : response.getResults()) {
      Communique communique = SolrDocuments.fromSolr(doc);
      List<String> passages = List.of();
      if (highlighting != null && highlighting.containsKey(communique.id())) {
        passages = highlighting.get(communique.id()).getOrDefault(CommuniqueSchema.BODY, List.of());
      }
      hits.add(
          SearchHit.builder(communique)
              .score(((Number) doc.getFieldValue("score")).floatValue())
              .snippets(passages.stream().map(p -> marked(p, snippets.markup())).toList())
              .copySources(
                  DocumentMapper.values(SolrDocuments.toLucene(doc), CommuniqueSchema.COPY_SOURCES))
              .build());
    }
    return hits;
  }

  /** Where a period's counts go: a match count or a total. */
  interface PeriodSink {
    void add(java.time.LocalDate day, boolean yearOnly, String group, long count);
  }

  /** Hands each period bucket of a trend's JSON facet (and each group in it) to the sink. */
  @SuppressWarnings("unchecked")
  static void tallyPeriods(QueryResponse response, boolean grouped, PeriodSink sink) {
    NamedList<Object> facets = (NamedList<Object>) response.getResponse().get("facets");
    NamedList<Object> periods = facets == null ? null : (NamedList<Object>) facets.get("p");
    if (periods == null) {
      return;
    }
    for (NamedList<Object> bucket : (List<NamedList<Object>>) periods.get("buckets")) {
      String label = String.valueOf(bucket.get("val"));
      boolean yearOnly = label.endsWith(SolrSchema.YEAR_ONLY);
      java.time.LocalDate day =
          yearOnly || label.length() == 4
              ? java.time.LocalDate.of(Integer.parseInt(label.substring(0, 4)), 1, 1)
              : java.time.YearMonth.parse(label).atDay(1);
      if (!grouped) {
        sink.add(day, yearOnly, null, ((Number) bucket.get("count")).longValue());
        continue;
      }
      NamedList<Object> groups = (NamedList<Object>) bucket.get("g");
      if (groups == null) {
        continue;
      }
      for (NamedList<Object> g : (List<NamedList<Object>>) groups.get("buckets")) {
        sink.add(
            day, yearOnly, String.valueOf(g.get("val")), ((Number) g.get("count")).longValue());
      }
    }
  }

  /** The facet counts of a response, cut to each request's top as the embedded index cuts. */
  static List<FacetResult> facets(QueryResponse response, List<FacetRequest> asked) {
    List<FacetResult> results = new ArrayList<>(asked.size());
    for (int i = 0; i < asked.size(); i++) {
      results.add(FacetResult.of(asked.get(i).field(), counts(response, i), asked.get(i).limit()));
    }
    return results;
  }

  /** Every value and count of the response's JSON facet number {@code index}. */
  @SuppressWarnings("unchecked")
  static Map<String, Long> counts(QueryResponse response, int index) {
    Map<String, Long> counts = new LinkedHashMap<>();
    NamedList<Object> facets = (NamedList<Object>) response.getResponse().get("facets");
    if (facets == null) {
      return counts;
    }
    NamedList<Object> facet = (NamedList<Object>) facets.get("f" + index);
    if (facet == null) {
      return counts;
    }
    List<NamedList<Object>> buckets = (List<NamedList<Object>>) facet.get("buckets");
    for (NamedList<Object> bucket : buckets) {
      counts.put(String.valueOf(bucket.get("val")), ((Number) bucket.get("count")).longValue());
    }
    return counts;
  }

  /** A Solr passage with its marks in the request's markup and its text escaped for it. */
  static String marked(String passage, SnippetMarkup markup) {
    StringBuilder out = new StringBuilder();
    int at = 0;
    while (at < passage.length()) {
      int open = passage.indexOf(SolrRequests.OPEN, at);
      if (open < 0) {
        out.append(markup.escape(passage.substring(at)));
        break;
      }
      int close = passage.indexOf(SolrRequests.CLOSE, open);
      if (close < 0) {
        close = passage.length();
      }
      out.append(markup.escape(passage.substring(at, open)))
          .append(markup.open())
          .append(markup.escape(passage.substring(open + 1, close)))
          .append(markup.close());
      at = Math.min(passage.length(), close + 1);
    }
    return out.toString().strip();
  }
}
