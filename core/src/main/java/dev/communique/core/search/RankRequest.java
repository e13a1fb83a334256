package dev.communique.core.search;

import java.util.Objects;

/**
 * A request to rank the whole collection for a piece of text, as an evaluation run does: no
 * snippets, no facets, no copies folded, just ids and scores to a depth. The text is used as text,
 * never as query syntax, so {@code ?}, {@code (} or {@code AND} in it are words or nothing. Ties
 * are broken by ascending id. Immutable and thread-safe; build one with {@link #builder(String)}.
 */
public final class RankRequest {

  /** The depth of a run when none is given, as TREC runs use. */
  public static final int DEFAULT_DEPTH = 1000;

  private final String text;
  private final RankingProfile profile;
  private final int depth;
  private final String excludeId;
  private final boolean proximity;
  private final Feedback feedback;

  private RankRequest(Builder builder) {
    this.feedback = builder.feedback;
    this.text = builder.text;
    this.profile = builder.profile;
    this.depth = builder.depth;
    this.excludeId = builder.excludeId;
    this.proximity = builder.proximity;
  }

  /** A builder for ranking this text. */
  public static Builder builder(String text) {
    return new Builder(text);
  }

  /** The text to rank for. */
  public String text() {
    return text;
  }

  /** The ranking profile. */
  public RankingProfile profile() {
    return profile;
  }

  /** How many hits at most. */
  public int depth() {
    return depth;
  }

  /** An id never to return (the topic's own document in a BEIR run), or empty. */
  public String excludeId() {
    return excludeId;
  }

  /** Whether pairs of neighbouring query words standing close together in a document count. */
  public boolean proximity() {
    return proximity;
  }

  /** The pseudo-relevance feedback the ranking runs with, or {@code null} for none. */
  public Feedback feedback() {
    return feedback;
  }

  /** A builder for other text with this request's settings. */
  public Builder toBuilder(String otherText) {
    return builder(otherText)
        .profile(profile)
        .depth(depth)
        .excludeId(excludeId)
        .proximity(proximity)
        .feedback(feedback);
  }

  /** Builds a {@link RankRequest}. Not thread-safe. */
  public static final class Builder {
    private final String text;
    private RankingProfile profile = RankingProfile.DEFAULT;
    private int depth = DEFAULT_DEPTH;
    private String excludeId = "";
    private boolean proximity;
    private Feedback feedback;

    private Builder(String text) {
      this.text = Objects.requireNonNull(text, "text");
    }

    /** The ranking profile (default {@link RankingProfile#DEFAULT}). */
    public Builder profile(RankingProfile value) {
      this.profile = Objects.requireNonNull(value, "profile");
      return this;
    }

    /** How many hits at most, at least 1 (default {@value RankRequest#DEFAULT_DEPTH}). */
    public Builder depth(int value) {
      if (value < 1) {
        throw new IllegalArgumentException("depth must be >= 1, got " + value);
      }
      this.depth = value;
      return this;
    }

    /** An id never to return, such as the topic's own id; {@code null} or empty for none. */
    public Builder excludeId(String value) {
      this.excludeId = value == null ? "" : value;
      return this;
    }

    /**
     * Whether pairs of neighbouring query words standing close together in a document raise it
     * (default no; the {@code bm25-anserini} profile ignores it).
     */
    public Builder proximity(boolean value) {
      this.proximity = value;
      return this;
    }

    /**
     * Runs the ranking with pseudo-relevance feedback (RM3): once, then again with the strongest
     * words of its best documents added; {@code null} for none (the default).
     */
    public Builder feedback(Feedback value) {
      this.feedback = value;
      return this;
    }

    /** The request. */
    public RankRequest build() {
      return new RankRequest(this);
    }
  }
}
