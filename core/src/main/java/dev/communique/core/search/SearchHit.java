package dev.communique.core.search;

import dev.communique.core.Communique;
import java.util.List;
import java.util.Objects;

/** One search hit. Immutable and thread-safe; made by the search, not by callers. */
public final class SearchHit {
  private final Communique communique;
  private final float score;
  private final List<String> snippets;
  private final List<String> copySources;
  private final String explanation;
  private final List<TurnHit> turns;

  SearchHit(
      Communique communique,
      float score,
      List<String> snippets,
      List<String> copySources,
      String explanation) {
    this(communique, score, snippets, copySources, explanation, List.of());
  }

  SearchHit(
      Communique communique,
      float score,
      List<String> snippets,
      List<String> copySources,
      String explanation,
      List<TurnHit> turns) {
    this.turns = List.copyOf(turns);
    this.communique = Objects.requireNonNull(communique, "communique");
    this.score = score;
    this.snippets = List.copyOf(snippets);
    this.copySources = List.copyOf(copySources);
    this.explanation = explanation == null ? "" : explanation;
  }

  /** The communiqué found. */
  public Communique communique() {
    return communique;
  }

  /** Its relevance score for the query (also filled in when sorting by date). */
  public float score() {
    return score;
  }

  /** Highlighted passages of its body, formatted in the request's markup. */
  public List<String> snippets() {
    return snippets;
  }

  /** Sources of its near-duplicate copies, which search does not show separately. */
  public List<String> copySources() {
    return copySources;
  }

  /** The number of near-duplicate copies this hit stands for. */
  public int copies() {
    return copySources.size();
  }

  /**
   * Why it scored as it did, as indented readable lines, when the request asked to explain; else
   * empty.
   */
  public String explanation() {
    return explanation;
  }

  /**
   * The turns that matched, in text order, each with its speaker, index and snippet, when the
   * request asked for what some people said ({@link SearchRequest#saidBy()}); else empty.
   */
  public List<TurnHit> turns() {
    return turns;
  }

  /**
   * A builder of a hit, for search engines other than the embedded index that answer with the
   * project's types.
   */
  public static Builder builder(Communique communique) {
    return new Builder(communique);
  }

  /** Builds a {@link SearchHit}. Not thread-safe. */
  public static final class Builder {
    private final Communique communique;
    private float score;
    private List<String> snippets = List.of();
    private List<String> copySources = List.of();

    private Builder(Communique communique) {
      this.communique = Objects.requireNonNull(communique, "communique");
    }

    /** Its relevance score. */
    public Builder score(float value) {
      this.score = value;
      return this;
    }

    /** Highlighted passages, already in the request's markup. */
    public Builder snippets(List<String> value) {
      this.snippets = List.copyOf(value);
      return this;
    }

    /** Sources of its near-duplicate copies. */
    public Builder copySources(List<String> value) {
      this.copySources = List.copyOf(value);
      return this;
    }

    /** The hit. */
    public SearchHit build() {
      return new SearchHit(communique, score, snippets, copySources, "");
    }
  }

  @Override
  public String toString() {
    return "SearchHit[" + communique.id() + ", score=" + score + "]";
  }
}
