package dev.communique.core.search;

import dev.communique.core.Communique;
import java.util.List;

/**
 * One search hit. Immutable and thread-safe.
 *
 * @param communique the communiqué found
 * @param score its relevance score for the query (also filled in when sorting by date)
 * @param snippets highlighted passages of its body, formatted in the request's markup
 * @param copySources sources of its near-duplicate copies, which search does not show separately
 */
public record SearchHit(
    Communique communique, float score, List<String> snippets, List<String> copySources) {

  /** Copies the lists. */
  public SearchHit {
    snippets = List.copyOf(snippets);
    copySources = List.copyOf(copySources);
  }

  /** The number of near-duplicate copies this hit stands for. */
  public int copies() {
    return copySources.size();
  }
}
