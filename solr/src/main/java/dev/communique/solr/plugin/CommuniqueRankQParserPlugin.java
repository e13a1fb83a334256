package dev.communique.solr.plugin;

import dev.communique.core.search.CommuniqueSearcher;
import dev.communique.core.search.RankRequest;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.solr.request.SolrQueryRequest;
import org.apache.solr.search.SyntaxError;

/**
 * The query parser {@value #NAME}: the ranking query of an evaluation topic, built by the embedded
 * index's own code ({@link CommuniqueSearcher#rankingQuery}) from the request parameters {@value
 * #TEXT} (the topic's text, never query syntax) and {@value #PROXIMITY}, and scored with the
 * embedded statistics ({@link ExactStatistics}).
 *
 * <p>Thread-safe.
 */
public final class CommuniqueRankQParserPlugin extends ProjectParserPlugin {

  /** The parser's name in {@code solrconfig.xml} and in {@code defType}. */
  public static final String NAME = "communiqueRank";

  /** The request parameter with the topic's text. */
  public static final String TEXT = "rank.text";

  /** The request parameter that turns the proximity pairs on. */
  public static final String PROXIMITY = "rank.proximity";

  private final CommuniqueSearcher searcher = new CommuniqueSearcher();
  private final ExactStatistics statistics = new ExactStatistics();

  @Override
  Query parse(String qstr, SolrQueryRequest req) throws SyntaxError {
    String text = req.getParams().get(TEXT);
    if (text == null) {
      throw new SyntaxError("missing " + TEXT);
    }
    RankRequest request =
        RankRequest.builder(text).proximity(req.getParams().getBool(PROXIMITY, false)).build();
    Query query = searcher.rankingQuery(request);
    return query == null ? new MatchNoDocsQuery() : new ExactStatisticsQuery(query, statistics);
  }
}
