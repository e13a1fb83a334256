package dev.communique.core.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the indexed values closest to one that matched nothing: values it is a prefix of, values
 * that contain it (or that it contains), then values within a few edits of it, word by word, so
 * that {@code climate} finds {@code climate-change} and {@code Stoltenbrg} finds {@code Jens
 * Stoltenberg}. Ties go to the more frequent value. Thread-safe: it holds no state.
 */
final class ValueSuggester {

  private static final int PREFIX = 0;
  private static final int CONTAINS = 1;
  private static final int EDITS = 2;

  private final int max;

  /** A suggester of at most {@code max} values. */
  ValueSuggester(int max) {
    this.max = max;
  }

  /** The closest of {@code candidates} (value to document count) to {@code input}, best first. */
  List<String> suggest(String input, Map<String, Long> candidates) {
    String wanted = normalise(input);
    if (wanted.isEmpty()) {
      return List.of();
    }
    List<Match> matches = new ArrayList<>();
    for (Map.Entry<String, Long> candidate : candidates.entrySet()) {
      Match m = match(wanted, candidate.getKey(), candidate.getValue());
      if (m != null) {
        matches.add(m);
      }
    }
    matches.sort(
        Comparator.comparingInt(Match::kind)
            .thenComparingInt(Match::distance)
            .thenComparing(Comparator.comparingLong(Match::count).reversed())
            .thenComparing(Match::value));
    return matches.stream().limit(max).map(Match::value).toList();
  }

  private static Match match(String wanted, String value, long count) {
    String have = normalise(value);
    if (have.isEmpty()) {
      return null;
    }
    if (have.startsWith(wanted)) {
      return new Match(value, count, PREFIX, have.length() - wanted.length());
    }
    if (wanted.length() >= 3 && (have.contains(wanted) || wanted.contains(have))) {
      return new Match(value, count, CONTAINS, Math.abs(have.length() - wanted.length()));
    }
    int allowed = allowedEdits(wanted.length());
    int whole = EditDistance.between(wanted, have);
    int words = wordDistance(wanted, have);
    int best = Math.min(whole, words);
    return best <= allowed ? new Match(value, count, EDITS, best) : null;
  }

  /** One edit for short words, two from five letters, three from nine. */
  private static int allowedEdits(int length) {
    return length < 5 ? 1 : length < 9 ? 2 : 3;
  }

  /** For each word asked, the fewest edits to some word of the value, summed. */
  private static int wordDistance(String wanted, String have) {
    String[] haveWords = have.split(" ");
    int total = 0;
    for (String word : wanted.split(" ")) {
      int best = Integer.MAX_VALUE;
      for (String other : haveWords) {
        best = Math.min(best, EditDistance.between(word, other));
      }
      total += best;
    }
    return total;
  }

  /** Lower case, letters and digits only, words separated by one space. */
  static String normalise(String value) {
    return value.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  private record Match(String value, long count, int kind, int distance) {}
}
