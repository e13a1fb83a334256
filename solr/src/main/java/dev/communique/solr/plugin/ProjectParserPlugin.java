package dev.communique.solr.plugin;

import org.apache.lucene.search.Query;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.request.SolrQueryRequest;
import org.apache.solr.search.QParser;
import org.apache.solr.search.QParserPlugin;
import org.apache.solr.search.SyntaxError;

/**
 * A query parser plugin whose query comes from the project's own code: subclasses say how to turn
 * the query string and the request into a Lucene query. Thread-safe if the subclass is.
 */
abstract class ProjectParserPlugin extends QParserPlugin {

  /** The query for this string and request. */
  abstract Query parse(String qstr, SolrQueryRequest req) throws SyntaxError;

  @Override
  public final QParser createParser(
      String qstr, SolrParams localParams, SolrParams params, SolrQueryRequest req) {
    return new QParser(qstr, localParams, params, req) {
      @Override
      public Query parse() throws SyntaxError {
        return ProjectParserPlugin.this.parse(qstr, req);
      }
    };
  }
}
