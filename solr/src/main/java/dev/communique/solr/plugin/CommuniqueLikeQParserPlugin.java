package dev.communique.solr.plugin;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.solr.request.SolrQueryRequest;
import org.apache.solr.search.SyntaxError;

/**
 * The query parser {@value #NAME}: rebuilds a "more like this" query that the client chose with the
 * collection's document frequencies ({@link LikeTerms}), clause for clause, and scores it with the
 * embedded index's statistics ({@link ExactStatistics}). Used as {@code defType} with the request
 * parameter {@value LikeTerms#PARAM}.
 *
 * <p>Thread-safe.
 */
public final class CommuniqueLikeQParserPlugin extends ProjectParserPlugin {

  /** The parser's name in {@code solrconfig.xml} and in {@code defType}. */
  public static final String NAME = "communiqueLike";

  private final ExactStatistics statistics = new ExactStatistics();

  @Override
  Query parse(String qstr, SolrQueryRequest req) throws SyntaxError {
    String encoded = req.getParams().get(LikeTerms.PARAM);
    if (encoded == null) {
      throw new SyntaxError("missing " + LikeTerms.PARAM);
    }
    BooleanQuery.Builder like = new BooleanQuery.Builder();
    try {
      for (LikeTerms.Clause clause : LikeTerms.decode(encoded)) {
        Query term = new TermQuery(new Term(clause.field(), clause.word()));
        like.add(
            clause.boost() == null ? term : new BoostQuery(term, clause.boost()),
            BooleanClause.Occur.SHOULD);
      }
    } catch (IllegalArgumentException e) {
      throw new SyntaxError(e.getMessage(), e);
    }
    return new ExactStatisticsQuery(like.build(), statistics);
  }
}
