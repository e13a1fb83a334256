package dev.communique.core.search;

import java.util.List;
import java.util.Objects;

/**
 * The answer to a {@link KwicRequest}: how many occurrences there are in how many communiqués, and
 * the lines asked for, in order. Immutable and thread-safe; made by the search, not by callers.
 */
public final class KwicResults {
  private final KwicRequest request;
  private final long total;
  private final int documents;
  private final List<KwicLine> lines;

  KwicResults(KwicRequest request, long total, int documents, List<KwicLine> lines) {
    this.request = Objects.requireNonNull(request, "request");
    this.total = total;
    this.documents = documents;
    this.lines = List.copyOf(lines);
  }

  /** The request answered. */
  public KwicRequest request() {
    return request;
  }

  /** The number of occurrences in every matching communiqué, whatever the limit. */
  public long total() {
    return total;
  }

  /** The number of communiqués with at least one occurrence in the body. */
  public int documents() {
    return documents;
  }

  /** The lines, in the order asked, at most the limit. */
  public List<KwicLine> lines() {
    return lines;
  }

  @Override
  public String toString() {
    return "KwicResults[total="
        + total
        + ", documents="
        + documents
        + ", lines="
        + lines.size()
        + "]";
  }
}
