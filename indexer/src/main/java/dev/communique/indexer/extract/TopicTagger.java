package dev.communique.indexer.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Assigns topics by how much their phrases weigh in a release: each mention counts once, a title
 * mention three times. A topic is kept when it has at least {@link #MIN_WEIGHT} and at least {@link
 * #RELATIVE_FLOOR} of the heaviest topic's weight; at most {@link #MAX_TOPICS} are kept, heaviest
 * first. So a topic mentioned once in passing in a long text is not assigned. Thread-safe.
 */
final class TopicTagger {
  static final int MIN_WEIGHT = 3;
  static final double RELATIVE_FLOOR = 0.25;
  static final int MAX_TOPICS = 3;
  private static final int TITLE_WEIGHT = 3;

  private final TopicVocabulary vocabulary;

  TopicTagger(TopicVocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  private record Weighted(String id, int weight, int order) {}

  List<String> topics(String title, String body) {
    List<Weighted> weights = new ArrayList<>();
    int[] inTitle = vocabulary.counts(title);
    int[] inBody = vocabulary.counts(body);
    List<String> ids = vocabulary.ids();
    for (int topic = 0; topic < ids.size(); topic++) {
      int weight = TITLE_WEIGHT * inTitle[topic] + inBody[topic];
      if (weight > 0) {
        weights.add(new Weighted(ids.get(topic), weight, topic));
      }
    }
    if (weights.isEmpty()) {
      return List.of();
    }
    weights.sort(
        Comparator.comparingInt(Weighted::weight).reversed().thenComparingInt(Weighted::order));
    int top = weights.get(0).weight();
    List<String> chosen = new ArrayList<>();
    for (Weighted w : weights) {
      if (chosen.size() == MAX_TOPICS
          || w.weight() < MIN_WEIGHT
          || w.weight() < RELATIVE_FLOOR * top) {
        break;
      }
      chosen.add(w.id());
    }
    return chosen;
  }
}
