package dev.communique.indexer.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The editable topic vocabulary ({@code data/vocabulary/topics.yaml}): topics with the phrases that
 * signal them. Phrases are matched as sequences of lower-cased words, ignoring punctuation
 * ("COVID-19" is the words {@code covid 19}); a final {@code *} matches any word starting so.
 * Immutable and thread-safe.
 */
public final class TopicVocabulary {

  /**
   * One phrase of one topic.
   *
   * @param topic index of the topic in {@link #ids()}
   * @param words the phrase's lower-cased words
   * @param prefix whether the last word matches as a prefix
   */
  record Phrase(int topic, String[] words, boolean prefix) {}

  private final List<String> ids;
  private final Map<String, List<Phrase>> byFirstWord;
  private final PrefixNode prefixFirst;

  private TopicVocabulary(
      List<String> ids, Map<String, List<Phrase>> byFirstWord, List<Phrase> prefixFirst) {
    this.ids = List.copyOf(ids);
    this.byFirstWord = Map.copyOf(byFirstWord);
    this.prefixFirst = PrefixNode.of(prefixFirst);
  }

  /**
   * A character trie of the one-word prefix phrases ({@code tariff*}), so that a word is checked
   * against all of them in one walk of its letters. Immutable once built.
   */
  private static final class PrefixNode {
    private final Map<Character, PrefixNode> next = new HashMap<>();
    private final List<Phrase> ending = new ArrayList<>();

    static PrefixNode of(List<Phrase> phrases) {
      PrefixNode root = new PrefixNode();
      for (Phrase phrase : phrases) {
        PrefixNode node = root;
        for (char c : phrase.words()[0].toCharArray()) {
          node = node.next.computeIfAbsent(c, k -> new PrefixNode());
        }
        node.ending.add(phrase);
      }
      return root;
    }

    /** Counts every prefix phrase that {@code word} starts with. */
    void count(String word, int[] counts) {
      PrefixNode node = this;
      for (int i = 0; ; i++) {
        for (Phrase phrase : node.ending) {
          counts[phrase.topic()]++;
        }
        if (i == word.length() || node.next.isEmpty()) {
          return;
        }
        node = node.next.get(word.charAt(i));
        if (node == null) {
          return;
        }
      }
    }
  }

  /** Builds the vocabulary from the parsed YAML tree ({@code topics: [{id, phrases}]}). */
  static TopicVocabulary fromTree(JsonNode root) {
    List<String> ids = new ArrayList<>();
    Map<String, List<Phrase>> byFirstWord = new HashMap<>();
    List<Phrase> prefixFirst = new ArrayList<>();
    for (JsonNode node : root.path("topics")) {
      String id = node.path("id").asText("").strip().toLowerCase(Locale.ROOT);
      if (id.isEmpty()) {
        throw new IllegalArgumentException("a topic has no id");
      }
      int topic = ids.size();
      ids.add(id);
      int phrases = 0;
      for (JsonNode value : node.path("phrases")) {
        String text = value.asText("").strip();
        boolean prefix = text.endsWith("*");
        String[] words = words(prefix ? text.substring(0, text.length() - 1) : text);
        if (words.length == 0) {
          continue;
        }
        Phrase phrase = new Phrase(topic, words, prefix);
        if (prefix && words.length == 1) {
          prefixFirst.add(phrase);
        } else {
          byFirstWord.computeIfAbsent(words[0], w -> new ArrayList<>()).add(phrase);
        }
        phrases++;
      }
      if (phrases == 0) {
        throw new IllegalArgumentException("topic '" + id + "' has no phrases");
      }
    }
    return new TopicVocabulary(ids, byFirstWord, prefixFirst);
  }

  /** An empty vocabulary: no topics are assigned. */
  public static TopicVocabulary empty() {
    return new TopicVocabulary(List.of(), Map.of(), List.of());
  }

  /** The topic ids, in file order. */
  public List<String> ids() {
    return ids;
  }

  /** How often each topic's phrases occur in {@code text}, indexed like {@link #ids()}. */
  int[] counts(String text) {
    int[] counts = new int[ids.size()];
    if (text == null || text.isEmpty() || ids.isEmpty()) {
      return counts;
    }
    String[] words = words(text);
    for (int i = 0; i < words.length; i++) {
      List<Phrase> candidates = byFirstWord.get(words[i]);
      if (candidates != null) {
        for (Phrase phrase : candidates) {
          if (matchesAt(phrase, words, i)) {
            counts[phrase.topic()]++;
          }
        }
      }
      prefixFirst.count(words[i], counts);
    }
    return counts;
  }

  private static boolean matchesAt(Phrase phrase, String[] words, int start) {
    String[] expected = phrase.words();
    if (start + expected.length > words.length) {
      return false;
    }
    for (int k = 1; k < expected.length; k++) {
      boolean last = k == expected.length - 1;
      String word = words[start + k];
      if (!(last && phrase.prefix() ? word.startsWith(expected[k]) : word.equals(expected[k]))) {
        return false;
      }
    }
    return true;
  }

  /** Lower-cased runs of letters and digits. */
  static String[] words(String text) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        word.append(Character.toLowerCase(c));
      } else if (c == '\'' || c == '’') {
        continue; // "girls' education", "Women’s" read as one word
      } else if (word.length() > 0) {
        words.add(word.toString());
        word.setLength(0);
      }
    }
    if (word.length() > 0) {
      words.add(word.toString());
    }
    return words.toArray(String[]::new);
  }
}
