package dev.communique.core.search;

import dev.communique.core.Turn;
import java.util.Objects;

/**
 * One turn of a hit that matched a search restricted to what some people said: the turn (speaker,
 * role, index, offsets in the body), how well it matched, and a snippet of it with the matches
 * marked in the request's markup. Immutable and thread-safe; made by the search.
 */
public final class TurnHit {
  private final Turn turn;
  private final float score;
  private final String snippet;

  TurnHit(Turn turn, float score, String snippet) {
    this.turn = Objects.requireNonNull(turn, "turn");
    this.score = score;
    this.snippet = snippet == null ? "" : snippet;
  }

  /** The turn. */
  public Turn turn() {
    return turn;
  }

  /** Who speaks it. */
  public String speaker() {
    return turn.speaker();
  }

  /** The role its speaker speaks in, or empty. */
  public String role() {
    return turn.role();
  }

  /** Its position among the release's turns, from 0. */
  public int index() {
    return turn.index();
  }

  /** The body offset of its first character. */
  public int start() {
    return turn.start();
  }

  /** The body offset just after its last character. */
  public int end() {
    return turn.end();
  }

  /** Its relevance score for the query's words. */
  public float score() {
    return score;
  }

  /** A passage of it around its first matches, the matches marked; its opening when none. */
  public String snippet() {
    return snippet;
  }

  @Override
  public String toString() {
    return "TurnHit[" + turn + ", score=" + score + "]";
  }
}
