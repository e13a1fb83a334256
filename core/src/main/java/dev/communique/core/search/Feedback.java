package dev.communique.core.search;

import java.util.Locale;

/**
 * The settings of RM3 pseudo-relevance feedback: the query is run once, the words of its best
 * documents that stand out most (a relevance model of them) are added to it with a share of the
 * weight, and it is run again. It finds relevant documents that use other words than the query; by
 * default the first 100 documents of the expanded run are then put back in the original query's
 * order, because feedback that helps recall tends to hurt the very top. Immutable and thread-safe;
 * get one from {@link #rm3()} or {@link #rm3(int, int, double)}.
 */
public final class Feedback {

  /** Feedback documents by default. */
  public static final int DEFAULT_DOCS = 10;

  /** Expansion terms by default. */
  public static final int DEFAULT_TERMS = 40;

  /** The original query's share of the weight by default. */
  public static final double DEFAULT_ORIGINAL_WEIGHT = 0.5;

  /** The most words feedback may add: each is a clause per field, within Lucene's 1024. */
  public static final int MAX_TERMS = 200;

  /** The documents put back in the original query's order by default. */
  public static final int DEFAULT_RERANK_DEPTH = 100;

  private static final Feedback DEFAULT =
      new Feedback(DEFAULT_DOCS, DEFAULT_TERMS, DEFAULT_ORIGINAL_WEIGHT, DEFAULT_RERANK_DEPTH);

  private final int docs;
  private final int terms;
  private final double originalWeight;
  private final int rerankDepth;

  private Feedback(int docs, int terms, double originalWeight, int rerankDepth) {
    this.docs = docs;
    this.terms = terms;
    this.originalWeight = originalWeight;
    this.rerankDepth = rerankDepth;
  }

  /** RM3 with the default settings, chosen on SciFact's training claims. */
  public static Feedback rm3() {
    return DEFAULT;
  }

  /**
   * RM3 with these settings.
   *
   * @param docs how many of the first run's best documents feed the model, 1 to 1000
   * @param terms how many of the model's words join the query, 1 to {@value #MAX_TERMS} (each is a
   *     clause per field, and a query may have at most 1024)
   * @param originalWeight the original query's share of the weight, in [0, 1]
   */
  public static Feedback rm3(int docs, int terms, double originalWeight) {
    return rm3(docs, terms, originalWeight, DEFAULT_RERANK_DEPTH);
  }

  /**
   * RM3 with these settings, the first {@code rerankDepth} documents of the expanded run put in the
   * order the original query gives them (0: plain RM3, the expanded run's order throughout).
   *
   * @param rerankDepth 0 to 10,000
   */
  public static Feedback rm3(int docs, int terms, double originalWeight, int rerankDepth) {
    if (rerankDepth < 0 || rerankDepth > 10_000) {
      throw new IllegalArgumentException("the rerank depth must be 0 to 10000, got " + rerankDepth);
    }
    if (docs < 1 || docs > 1000) {
      throw new IllegalArgumentException("feedback documents must be 1 to 1000, got " + docs);
    }
    if (terms < 1 || terms > MAX_TERMS) {
      throw new IllegalArgumentException(
          "feedback terms must be 1 to " + MAX_TERMS + ", got " + terms);
    }
    if (!(originalWeight >= 0 && originalWeight <= 1)) {
      throw new IllegalArgumentException(
          "the original query's weight must be in [0, 1], got " + originalWeight);
    }
    return new Feedback(docs, terms, originalWeight, rerankDepth);
  }

  /** How many of the first run's best documents feed the model. */
  public int docs() {
    return docs;
  }

  /** How many of the model's words join the query. */
  public int terms() {
    return terms;
  }

  /** The original query's share of the weight. */
  public double originalWeight() {
    return originalWeight;
  }

  /**
   * How many of the expanded run's first documents are put back in the original query's order:
   * feedback then widens what is found without reordering the best. 0 for plain RM3.
   */
  public int rerankDepth() {
    return rerankDepth;
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "rm3(docs=%d, terms=%d, original=%.2f, rerank=%d)",
        docs,
        terms,
        originalWeight,
        rerankDepth);
  }
}
