package dev.communique.core.search;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A named way of ranking: which index-time analysis a search reads, the similarity that scores it,
 * and how query text becomes a query. An index records the profiles it can serve; {@link #DEFAULT}
 * needs nothing extra, others add fields at index time. Immutable and thread-safe.
 */
public enum RankingProfile {
  /**
   * What users get for communiqués: title and body with stems and exact copies, title boosted,
   * phrases and names matched exactly.
   */
  DEFAULT("default"),

  /**
   * The published Anserini BM25 baseline: one field of title and text, Lucene's English analysis,
   * BM25 with k1 = 0.9 and b = 0.4, a bag of words weighted by each term's count in the query.
   */
  BM25_ANSERINI("bm25-anserini");

  private final String label;

  RankingProfile(String label) {
    this.label = label;
  }

  /** The profile's name, as options and the index's commit data spell it. */
  public String label() {
    return label;
  }

  /**
   * The profile with this name, any case.
   *
   * @throws IllegalArgumentException naming the profiles there are, if none has this name
   */
  public static RankingProfile parse(String name) {
    String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    for (RankingProfile profile : values()) {
      if (profile.label.equals(wanted)) {
        return profile;
      }
    }
    throw new IllegalArgumentException(
        "unknown ranking profile '" + name + "'; expected one of " + labels());
  }

  /** Every profile's name, comma-separated, in declaration order. */
  public static String labels() {
    return Arrays.stream(values()).map(RankingProfile::label).collect(Collectors.joining(", "));
  }
}
