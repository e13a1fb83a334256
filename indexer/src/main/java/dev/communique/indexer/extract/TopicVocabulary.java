package dev.communique.indexer.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The editable topic vocabulary ({@code data/vocabulary/topics.yaml}): topics with the phrases
 * that signal them. Immutable and thread-safe.
 */
public final class TopicVocabulary {

  /**
   * One topic: its id and one pattern matching any of its phrases as whole words.
   *
   * @param id the topic id, such as {@code energy-security}
   * @param pattern matches any phrase of the topic
   */
  record Topic(String id, Pattern pattern) {}

  private final List<Topic> topics;

  private TopicVocabulary(List<Topic> topics) {
    this.topics = List.copyOf(topics);
  }

  /** Builds the vocabulary from the parsed YAML tree ({@code topics: [{id, phrases}]}). */
  static TopicVocabulary fromTree(JsonNode root) {
    List<Topic> topics = new ArrayList<>();
    for (JsonNode node : root.path("topics")) {
      String id = node.path("id").asText("").strip().toLowerCase(Locale.ROOT);
      if (id.isEmpty()) {
        throw new IllegalArgumentException("a topic has no id");
      }
      List<String> alternatives = new ArrayList<>();
      for (JsonNode phrase : node.path("phrases")) {
        String text = phrase.asText("").strip();
        if (text.isEmpty()) {
          continue;
        }
        boolean prefix = text.endsWith("*");
        String quoted =
            Pattern.quote(prefix ? text.substring(0, text.length() - 1) : text)
                .replace(" ", "\\E\\s+\\Q");
        alternatives.add(quoted + (prefix ? "[\\p{L}\\p{N}]*" : ""));
      }
      if (alternatives.isEmpty()) {
        throw new IllegalArgumentException("topic '" + id + "' has no phrases");
      }
      String regex =
          "(?<![\\p{L}\\p{N}])(?:" + String.join("|", alternatives) + ")(?![\\p{L}\\p{N}])";
      topics.add(new Topic(id, Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
    }
    return new TopicVocabulary(topics);
  }

  /** An empty vocabulary: no topics are assigned. */
  public static TopicVocabulary empty() {
    return new TopicVocabulary(List.of());
  }

  List<Topic> topics() {
    return topics;
  }

  /** The topic ids, in file order. */
  public List<String> ids() {
    return topics.stream().map(Topic::id).toList();
  }
}
