package dev.communique.indexer.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores a run against judgments as {@code trec_eval -c -M1000} does: each topic's documents are
 * re-sorted by their written score, high to low, equal scores by descending id; only the first 1000
 * count; a judged topic missing from the run scores 0; topics without a relevant judgment are left
 * out of the means; run topics that were not judged are ignored. Thread-safe.
 */
public final class Evaluator {

  /** How many documents per topic count, as {@code trec_eval -M1000}. */
  public static final int DEPTH = 1000;

  private static final Comparator<TrecRun.Entry> TREC_EVAL_ORDER =
      Comparator.comparing(TrecRun.Entry::score, Comparator.reverseOrder())
          .thenComparing(TrecRun.Entry::docid, Comparator.reverseOrder());

  /** Evaluates the run with these measures. */
  public Evaluation evaluate(TrecRun run, Qrels qrels, List<Metric> metrics) {
    Map<String, double[]> perTopic = new LinkedHashMap<>();
    for (String topic : qrels.topics()) {
      Map<String, Integer> judged = qrels.judged(topic);
      if (judged.values().stream().noneMatch(grade -> grade >= 1)) {
        continue;
      }
      List<String> ranked = ranked(run.entries(topic));
      double[] values = new double[metrics.size()];
      for (int i = 0; i < values.length; i++) {
        values[i] = metrics.get(i).of(ranked, judged);
      }
      perTopic.put(topic, values);
    }
    return new Evaluation(metrics, perTopic);
  }

  /** The document ids in {@code trec_eval}'s order, at most {@link #DEPTH}. */
  static List<String> ranked(List<TrecRun.Entry> entries) {
    List<TrecRun.Entry> sorted = new ArrayList<>(entries);
    sorted.sort(TREC_EVAL_ORDER);
    List<String> ids = new ArrayList<>(Math.min(DEPTH, sorted.size()));
    for (int i = 0; i < Math.min(DEPTH, sorted.size()); i++) {
      ids.add(sorted.get(i).docid());
    }
    return ids;
  }
}
