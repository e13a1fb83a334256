package dev.communique.solr.plugin;

import dev.communique.core.search.CommuniqueSearcher;
import dev.communique.core.search.SearchFilter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.apache.lucene.search.Query;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.request.SolrQueryRequest;
import org.apache.solr.search.SyntaxError;

/**
 * The filter parser {@value #NAME}: builds the filter of a search from request parameters ({@value
 * #PREFIX}{@code speaker}, {@code org}, {@code topic}, {@code type}, each repeatable; {@code from}
 * and {@code to} as ISO days; {@code copies=true} to keep near-duplicate copies) with the embedded
 * index's own code ({@link CommuniqueSearcher#filter(SearchFilter)}), so both engines keep exactly
 * the same communiqués. Used as {@code fq={!communiqueFilter}}.
 *
 * <p>Thread-safe once Solr has informed it of its resource loader.
 */
public final class CommuniqueFilterQParserPlugin extends VocabularyParserPlugin {

  /** The parser's name in {@code solrconfig.xml}. */
  public static final String NAME = "communiqueFilter";

  /** The prefix of the request parameters it reads. */
  public static final String PREFIX = "cf.";

  @Override
  Query parse(String qstr, SolrQueryRequest req) throws SyntaxError {
    SolrParams all = req.getParams();
    SearchFilter.Builder filter = SearchFilter.builder();
    for (String v : values(all, "speaker")) {
      filter.speaker(v);
    }
    for (String v : values(all, "org")) {
      filter.organization(v);
    }
    for (String v : values(all, "topic")) {
      filter.topic(v);
    }
    for (String v : values(all, "type")) {
      filter.type(v);
    }
    try {
      String from = all.get(PREFIX + "from");
      String to = all.get(PREFIX + "to");
      if (from != null) {
        filter.from(LocalDate.parse(from));
      }
      if (to != null) {
        filter.to(LocalDate.parse(to));
      }
      filter.includeCopies(all.getBool(PREFIX + "copies", false));
      return searcher(req).filter(filter.build());
    } catch (DateTimeParseException | IllegalArgumentException e) {
      throw new SyntaxError(e.getMessage(), e);
    }
  }

  private static String[] values(SolrParams params, String name) {
    String[] values = params.getParams(PREFIX + name);
    return values == null ? new String[0] : values;
  }
}
