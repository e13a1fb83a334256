package dev.communique.core.search;

import java.util.List;
import java.util.Objects;

/**
 * One occurrence of a keyword-in-context query: the communiqué it is in, the matched text as the
 * document has it, whole words of context on each side (white space normalised to single spaces),
 * and its character offsets in the body. Immutable and thread-safe; made by the search, not by
 * callers.
 */
public final class KwicLine {
  private final String id;
  private final String date;
  private final List<String> speakers;
  private final String title;
  private final String left;
  private final String keyword;
  private final String right;
  private final int start;
  private final int end;

  KwicLine(
      String id,
      String date,
      List<String> speakers,
      String title,
      String left,
      String keyword,
      String right,
      int start,
      int end) {
    this.id = Objects.requireNonNull(id, "id");
    this.date = date == null ? "" : date;
    this.speakers = List.copyOf(speakers);
    this.title = title == null ? "" : title;
    this.left = left;
    this.keyword = keyword;
    this.right = right;
    this.start = start;
    this.end = end;
  }

  /** The communiqué's id. */
  public String id() {
    return id;
  }

  /**
   * Its date written to its precision ({@code 2023-11-29}, {@code 2023-11}, {@code 2023}), or
   * empty.
   */
  public String date() {
    return date;
  }

  /** Its speakers' canonical names. */
  public List<String> speakers() {
    return speakers;
  }

  /** Its title. */
  public String title() {
    return title;
  }

  /** The words before the keyword, nearest last; empty at the start of the text. */
  public String left() {
    return left;
  }

  /** The matched text as it is in the document (a phrase spans all its words). */
  public String keyword() {
    return keyword;
  }

  /** The words after the keyword; empty at the end of the text. */
  public String right() {
    return right;
  }

  /** The offset in the body of the keyword's first character. */
  public int start() {
    return start;
  }

  /** The offset in the body just after the keyword's last character. */
  public int end() {
    return end;
  }

  @Override
  public String toString() {
    return "KwicLine[" + id + "@" + start + ": " + left + " |" + keyword + "| " + right + "]";
  }
}
