package dev.communique.core.search;

import dev.communique.core.schema.CommuniqueSchema;
import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;

/**
 * RM3 query expansion: a relevance model estimated from the first run's best documents, each
 * document's word distribution weighted by its share of their scores, its strongest words mixed
 * with the original query's. Words are the analysed terms of the document's title and body, as the
 * query analyser makes them; numbers, one-letter terms and terms over 20 letters are left out, as
 * Anserini leaves them out. Stateless and thread-safe.
 */
final class RelevanceModel {

  private static final Set<String> READ = Set.of(CommuniqueSchema.TITLE, CommuniqueSchema.BODY);

  private RelevanceModel() {}

  /**
   * The expanded query as weighted terms: the original counts scaled by the original weight, plus
   * the model's terms sharing the rest, all on the scale of the original counts.
   *
   * @param top the first run's hits, best first
   */
  static Map<String, Float> expand(
      IndexSearcher searcher,
      List<ScoreDoc> top,
      Map<String, Integer> original,
      Feedback feedback,
      Analyzer analyzer)
      throws IOException {
    double total = original.values().stream().mapToInt(Integer::intValue).sum();
    Map<String, Float> weights = new LinkedHashMap<>();
    original.forEach(
        (term, count) -> weights.put(term, (float) (feedback.originalWeight() * count)));
    List<ScoreDoc> used = top.subList(0, Math.min(feedback.docs(), top.size()));
    double scores = used.stream().mapToDouble(d -> d.score).sum();
    if (used.isEmpty() || !(scores > 0) || total == 0) {
      return weights;
    }
    Map<String, Double> model = new HashMap<>();
    StoredFields stored = searcher.storedFields();
    for (ScoreDoc doc : used) {
      Document fields = stored.document(doc.doc, READ);
      String text =
          nullToEmpty(fields.get(CommuniqueSchema.TITLE))
              + "\n"
              + nullToEmpty(fields.get(CommuniqueSchema.BODY));
      Map<String, Integer> counts = Ranker.termCounts(analyzer, CommuniqueSchema.BODY, text);
      int length = counts.values().stream().mapToInt(Integer::intValue).sum();
      if (length == 0) {
        continue;
      }
      double share = doc.score / scores;
      counts.forEach((term, tf) -> model.merge(term, share * tf / length, Double::sum));
    }
    List<Map.Entry<String, Double>> best =
        model.entrySet().stream()
            .filter(e -> useful(e.getKey()))
            .sorted(
                Map.Entry.<String, Double>comparingByValue()
                    .reversed()
                    .thenComparing(Map.Entry.comparingByKey()))
            .limit(feedback.terms())
            .toList();
    double mass = best.stream().mapToDouble(Map.Entry::getValue).sum();
    if (!(mass > 0)) {
      return weights;
    }
    double rest = (1 - feedback.originalWeight()) * total;
    for (Map.Entry<String, Double> e : best) {
      weights.merge(e.getKey(), (float) (rest * e.getValue() / mass), Float::sum);
    }
    return weights;
  }

  /** Whether a term may join a query: 2 to 20 letters or digits, not a number. */
  private static boolean useful(String term) {
    if (term.length() < 2 || term.length() > 20) {
      return false;
    }
    boolean letter = false;
    for (int i = 0; i < term.length(); i++) {
      char c = term.charAt(i);
      if (c >= 'a' && c <= 'z') {
        letter = true;
      } else if (c < '0' || c > '9') {
        return false;
      }
    }
    return letter;
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
