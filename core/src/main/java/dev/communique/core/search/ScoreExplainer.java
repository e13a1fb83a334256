package dev.communique.core.search;

import java.io.IOException;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/** Renders Lucene's score explanation of one hit as readable indented lines. Stateless. */
final class ScoreExplainer {

  private ScoreExplainer() {}

  static String explain(IndexSearcher searcher, Query query, int doc) throws IOException {
    Explanation explanation = searcher.explain(query, doc);
    return explanation.toString().stripTrailing();
  }
}
