package dev.communique.indexer.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One evaluation measure as {@code trec_eval} defines it, over a topic's ranked document ids and
 * its judgments: {@code ndcg@K} ({@code ndcg_cut.K}, graded gains, log2 discount), {@code map},
 * {@code recall@K}, {@code p@K} and {@code mrr} ({@code recip_rank}). A grade of 1 or more is
 * relevant; unjudged documents are not. Immutable and thread-safe.
 */
public final class Metric {

  /** The measures printed when none are asked for. */
  public static final String DEFAULTS = "ndcg@10,map,recall@100,recall@1000,p@10,mrr";

  private enum Kind {
    NDCG,
    MAP,
    RECALL,
    PRECISION,
    MRR
  }

  private final Kind kind;
  private final int cutoff;

  private Metric(Kind kind, int cutoff) {
    this.kind = kind;
    this.cutoff = cutoff;
  }

  /**
   * The measure with this name: {@code ndcg@K}, {@code map}, {@code recall@K}, {@code p@K}, {@code
   * mrr}, any case.
   *
   * @throws IllegalArgumentException naming the accepted forms, for any other name
   */
  public static Metric parse(String name) {
    String wanted = name.strip().toLowerCase(Locale.ROOT);
    if (wanted.equals("map")) {
      return new Metric(Kind.MAP, 0);
    }
    if (wanted.equals("mrr")) {
      return new Metric(Kind.MRR, 0);
    }
    int at = wanted.indexOf('@');
    if (at > 0) {
      Kind kind =
          switch (wanted.substring(0, at)) {
            case "ndcg" -> Kind.NDCG;
            case "recall", "r" -> Kind.RECALL;
            case "p", "precision" -> Kind.PRECISION;
            default -> null;
          };
      try {
        int cutoff = Integer.parseInt(wanted.substring(at + 1));
        if (kind != null && cutoff > 0) {
          return new Metric(kind, cutoff);
        }
      } catch (NumberFormatException e) {
        // falls through to the error below
      }
    }
    throw new IllegalArgumentException(
        "unknown metric '" + name + "'; expected ndcg@K, map, recall@K, p@K or mrr");
  }

  /** Parses a comma-separated list of measure names. */
  public static List<Metric> parseList(String names) {
    List<Metric> metrics = new ArrayList<>();
    for (String name : names.split(",")) {
      if (!name.isBlank()) {
        metrics.add(parse(name));
      }
    }
    if (metrics.isEmpty()) {
      throw new IllegalArgumentException("no metric named; expected e.g. " + DEFAULTS);
    }
    return metrics;
  }

  /** The measure's name, e.g. {@code ndcg@10}. */
  public String name() {
    return switch (kind) {
      case NDCG -> "ndcg@" + cutoff;
      case MAP -> "map";
      case RECALL -> "recall@" + cutoff;
      case PRECISION -> "p@" + cutoff;
      case MRR -> "mrr";
    };
  }

  /**
   * The measure for one topic.
   *
   * @param ranked the retrieved document ids, in {@code trec_eval}'s order
   * @param judged the topic's judged documents and their grades
   */
  public double of(List<String> ranked, Map<String, Integer> judged) {
    int relevant = 0;
    for (int grade : judged.values()) {
      if (grade >= 1) {
        relevant++;
      }
    }
    if (relevant == 0) {
      return 0;
    }
    return switch (kind) {
      case NDCG -> ndcg(ranked, judged);
      case MAP -> averagePrecision(ranked, judged, relevant);
      case RECALL -> (double) relevantIn(ranked, judged, cutoff) / relevant;
      case PRECISION -> (double) relevantIn(ranked, judged, cutoff) / cutoff;
      case MRR -> reciprocalRank(ranked, judged);
    };
  }

  private static int grade(Map<String, Integer> judged, String docid) {
    return judged.getOrDefault(docid, 0);
  }

  private static int relevantIn(List<String> ranked, Map<String, Integer> judged, int depth) {
    int found = 0;
    for (int i = 0; i < Math.min(depth, ranked.size()); i++) {
      if (grade(judged, ranked.get(i)) >= 1) {
        found++;
      }
    }
    return found;
  }

  private static double averagePrecision(
      List<String> ranked, Map<String, Integer> judged, int relevant) {
    double sum = 0;
    int found = 0;
    for (int i = 0; i < ranked.size(); i++) {
      if (grade(judged, ranked.get(i)) >= 1) {
        found++;
        sum += (double) found / (i + 1);
      }
    }
    return sum / relevant;
  }

  private static double reciprocalRank(List<String> ranked, Map<String, Integer> judged) {
    for (int i = 0; i < ranked.size(); i++) {
      if (grade(judged, ranked.get(i)) >= 1) {
        return 1.0 / (i + 1);
      }
    }
    return 0;
  }

  private double ndcg(List<String> ranked, Map<String, Integer> judged) {
    double dcg = 0;
    for (int i = 0; i < Math.min(cutoff, ranked.size()); i++) {
      int gain = grade(judged, ranked.get(i));
      if (gain > 0) {
        dcg += gain / log2(i + 2);
      }
    }
    List<Integer> gains = new ArrayList<>();
    for (int grade : judged.values()) {
      if (grade > 0) {
        gains.add(grade);
      }
    }
    gains.sort((a, b) -> Integer.compare(b, a));
    double ideal = 0;
    for (int i = 0; i < Math.min(cutoff, gains.size()); i++) {
      ideal += gains.get(i) / log2(i + 2);
    }
    return ideal == 0 ? 0 : dcg / ideal;
  }

  private static double log2(int x) {
    return Math.log(x) / Math.log(2);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Metric m && m.kind == kind && m.cutoff == cutoff;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, cutoff);
  }

  @Override
  public String toString() {
    return name();
  }
}
