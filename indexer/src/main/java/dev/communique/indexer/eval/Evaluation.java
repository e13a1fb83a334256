package dev.communique.indexer.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The measures of one run against one set of judgments: each measure per topic and its mean over
 * the evaluated topics, as {@code trec_eval -c -M1000} reports them. Immutable and thread-safe;
 * made by {@link Evaluator}.
 */
public final class Evaluation {
  private final List<Metric> metrics;
  private final Map<String, double[]> perTopic;

  Evaluation(List<Metric> metrics, Map<String, double[]> perTopic) {
    this.metrics = List.copyOf(metrics);
    this.perTopic = Collections.unmodifiableMap(new LinkedHashMap<>(perTopic));
  }

  /** The measures, in the order asked for. */
  public List<Metric> metrics() {
    return metrics;
  }

  /** The topics averaged over: those with at least one relevant judgment, in qrels order. */
  public List<String> topics() {
    return new ArrayList<>(perTopic.keySet());
  }

  /** A measure's mean over {@link #topics()}; 0 when there are none. */
  public double mean(Metric metric) {
    int index = index(metric);
    if (perTopic.isEmpty()) {
      return 0;
    }
    double sum = 0;
    for (double[] values : perTopic.values()) {
      sum += values[index];
    }
    return sum / perTopic.size();
  }

  /** A measure for one topic. */
  public double value(String topic, Metric metric) {
    double[] values = perTopic.get(topic);
    if (values == null) {
      throw new IllegalArgumentException("topic " + topic + " was not evaluated");
    }
    return values[index(metric)];
  }

  private int index(Metric metric) {
    int index = metrics.indexOf(metric);
    if (index < 0) {
      throw new IllegalArgumentException("metric " + metric + " was not computed");
    }
    return index;
  }
}
