package dev.communique.solr.plugin;

import dev.communique.core.search.InvalidQueryException;
import org.apache.lucene.search.Query;
import org.apache.solr.request.SolrQueryRequest;
import org.apache.solr.search.SyntaxError;

/**
 * The query parser {@value #NAME}: parses a query in the project's own syntax (fields such as
 * {@code speaker:}, exact phrases, synonyms and speaker aliases from the configset's vocabulary)
 * into the same Lucene query the embedded index runs, scored with the same statistics ({@link
 * ExactStatistics}). Solr ranks, merges shards and highlights with it as with any other query.
 *
 * <p>Thread-safe once Solr has informed it of its resource loader.
 */
public final class CommuniqueQParserPlugin extends VocabularyParserPlugin {

  /** The parser's name in {@code solrconfig.xml} and in {@code defType}. */
  public static final String NAME = "communique";

  /** The request parameter with the clause limit ({@code --max-clauses}); none without it. */
  public static final String MAX_CLAUSES = "communique.maxClauses";

  private final ExactStatistics statistics = new ExactStatistics();

  @Override
  Query parse(String qstr, SolrQueryRequest req) throws SyntaxError {
    try {
      Query query =
          new ExactStatisticsQuery(searcher(req).parse(qstr == null ? "" : qstr), statistics);
      int maxClauses = req.getParams().getInt(MAX_CLAUSES, 0);
      return maxClauses > 0 ? new ClauseLimitQuery(query, maxClauses) : query;
    } catch (InvalidQueryException e) {
      throw new SyntaxError(e.getMessage(), e);
    }
  }
}
