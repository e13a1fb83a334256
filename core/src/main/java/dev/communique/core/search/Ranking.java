package dev.communique.core.search;

import java.util.List;

/**
 * The result of a {@link RankRequest}: documents best first, ties by ascending id. Immutable and
 * thread-safe; made by the ranking.
 */
public final class Ranking {
  private final RankRequest request;
  private final List<RankedDoc> docs;

  Ranking(RankRequest request, List<RankedDoc> docs) {
    this.request = request;
    this.docs = List.copyOf(docs);
  }

  /** A ranking made by another search engine, in rank order. */
  public static Ranking of(RankRequest request, List<RankedDoc> docs) {
    return new Ranking(request, docs);
  }

  /** The request this answers. */
  public RankRequest request() {
    return request;
  }

  /** The ranked documents, best first, at most the request's depth. */
  public List<RankedDoc> docs() {
    return docs;
  }
}
