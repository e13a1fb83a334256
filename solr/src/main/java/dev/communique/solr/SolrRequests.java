package dev.communique.solr;

import dev.communique.core.highlight.SnippetOptions;
import dev.communique.core.schema.CommuniqueSchema;
import dev.communique.core.search.FacetField;
import dev.communique.core.search.FacetRequest;
import dev.communique.core.search.SortOrder;
import java.util.List;
import org.apache.solr.common.params.ModifiableSolrParams;

/**
 * The Solr parameters that make Solr answer as the embedded index does: its sort orders, its facets
 * as JSON facets, its highlighter's settings, and quoting for Solr's own syntax. Stateless.
 */
final class SolrRequests {

  /** The characters Solr marks matches with, replaced by the request's markup on the way out. */
  static final String OPEN = "\uE000";

  static final String CLOSE = "\uE001";

  private SolrRequests() {}

  /**
   * Asks Solr's unified highlighter for the body's passages, set up as the embedded highlighter:
   * sentences of the root locale, passages closest to the length asked, phrases matched strictly,
   * wildcards highlighted, leading sentences for a hit that matched elsewhere.
   *
   * @return whether passages were asked for
   */
  static boolean highlight(ModifiableSolrParams params, SnippetOptions snippets) {
    if (snippets.passages() == 0) {
      return false;
    }
    params.set("hl", true);
    params.set("hl.fl", CommuniqueSchema.BODY);
    params.set("hl.snippets", snippets.passages());
    params.set("hl.fragsize", snippets.passageLength());
    params.set("hl.bs.type", "SENTENCE");
    params.set("hl.bs.language", "");
    params.set("hl.bs.country", "");
    params.set("hl.fragsizeIsMinimum", false);
    params.set("hl.fragAlignRatio", "0.3");
    params.set("hl.usePhraseHighlighter", true);
    params.set("hl.highlightMultiTerm", true);
    params.set("hl.maxAnalyzedChars", 1_000_000);
    params.set("hl.defaultSummary", true);
    params.set("hl.tag.pre", OPEN);
    params.set("hl.tag.post", CLOSE);
    return true;
  }

  /** The Solr sort of an order, as the embedded index sorts: the key, then score, then id. */
  static String sort(SortOrder order) {
    String tail = "score desc," + CommuniqueSchema.ID + " asc";
    return switch (order) {
      case RELEVANCE -> tail;
      case DATE_DESC -> CommuniqueSchema.DATE + " desc," + tail;
      case DATE_ASC -> CommuniqueSchema.DATE + " asc," + tail;
    };
  }

  /** The JSON facet request: every value of each field, so the top is cut as locally. */
  static String facetJson(List<FacetRequest> facets) {
    StringBuilder json = new StringBuilder("{");
    for (int i = 0; i < facets.size(); i++) {
      if (i > 0) {
        json.append(',');
      }
      json.append("\"f")
          .append(i)
          .append("\":{\"type\":\"terms\",\"field\":\"")
          .append(facetField(facets.get(i).field()))
          .append("\",\"limit\":-1,\"mincount\":1}");
    }
    return json.append('}').toString();
  }

  /** The Solr field a facet counts. */
  static String facetField(FacetField field) {
    return switch (field) {
      case YEAR -> SolrSchema.FACET_YEAR;
      case MONTH -> SolrSchema.FACET_MONTH;
      case ORGANIZATION -> CommuniqueSchema.ORGANIZATION;
      case SPEAKER -> CommuniqueSchema.SPEAKER;
      case ROLE -> CommuniqueSchema.ROLE;
      case TOPIC -> CommuniqueSchema.TOPIC;
      case TYPE -> CommuniqueSchema.TYPE;
    };
  }

  /** A value as a quoted term of Solr's standard query syntax. */
  static String quoted(String value) {
    return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
