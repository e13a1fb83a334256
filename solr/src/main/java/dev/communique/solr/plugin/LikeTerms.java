package dev.communique.solr.plugin;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The clauses of a "more like this" query as text, so that the client can send the query it chose
 * and {@link CommuniqueLikeQParserPlugin} rebuild it exactly: one clause per line, {@code
 * field<TAB>word<TAB>boost} (the boost empty when there is none), in the query's order. Free of
 * Solr classes. Stateless.
 */
public final class LikeTerms {

  /** The request parameter that carries the clauses. */
  public static final String PARAM = "like.terms";

  /** One clause: a word in a field, with its boost or {@code null}. */
  public record Clause(String field, String word, Float boost) {}

  private LikeTerms() {}

  /**
   * The clauses of a query made by Lucene's {@code MoreLikeThis}: a disjunction of term queries,
   * each boosted or not.
   *
   * @throws IllegalArgumentException if the query has another shape
   */
  public static String encode(Query query) {
    if (!(query instanceof BooleanQuery bool)) {
      throw new IllegalArgumentException("not a more-like-this query: " + query);
    }
    StringBuilder out = new StringBuilder();
    for (BooleanClause clause : bool.clauses()) {
      Query q = clause.getQuery();
      Float boost = null;
      if (q instanceof BoostQuery boosted) {
        boost = boosted.getBoost();
        q = boosted.getQuery();
      }
      if (!(q instanceof TermQuery term) || clause.getOccur() != BooleanClause.Occur.SHOULD) {
        throw new IllegalArgumentException("not a more-like-this clause: " + clause);
      }
      out.append(term.getTerm().field())
          .append('\t')
          .append(term.getTerm().text())
          .append('\t')
          .append(boost == null ? "" : Float.toString(boost))
          .append('\n');
    }
    return out.toString();
  }

  /**
   * The clauses of an encoded query, in order.
   *
   * @throws IllegalArgumentException if a line is not {@code field<TAB>word<TAB>boost}
   */
  static List<Clause> decode(String encoded) {
    List<Clause> clauses = new ArrayList<>();
    for (String line : encoded.split("\n")) {
      if (line.isEmpty()) {
        continue;
      }
      String[] parts = line.split("\t", -1);
      if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty()) {
        throw new IllegalArgumentException("bad " + PARAM + " line: " + line);
      }
      try {
        clauses.add(
            new Clause(parts[0], parts[1], parts[2].isEmpty() ? null : Float.parseFloat(parts[2])));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("bad boost in " + PARAM + " line: " + line, e);
      }
    }
    return clauses;
  }
}
