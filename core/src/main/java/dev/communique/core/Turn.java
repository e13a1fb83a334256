package dev.communique.core;

import java.util.Objects;

/**
 * One turn of a release: a span of its body and the person who speaks it. In a transcript each
 * labelled turn ("MS. JEAN-PIERRE:", "Q") is one; a statement is one turn of its issuer; in an
 * article each quotation attributed to a named person is one. Reporters' questions are turns of the
 * speaker {@link #QUESTION}; a label that names nobody the registry or the text resolves keeps the
 * label as written.
 *
 * <p>Immutable and thread-safe. Made with {@link #of}; the constructor is private so that fields
 * can be added later.
 */
public final class Turn {

  /** The speaker of a reporter's question. */
  public static final String QUESTION = "(question)";

  private final String speaker;
  private final String role;
  private final int index;
  private final int start;
  private final int end;

  private Turn(String speaker, String role, int index, int start, int end) {
    this.speaker = Objects.requireNonNull(speaker, "speaker");
    this.role = role == null ? "" : role;
    if (speaker.isBlank()) {
      throw new IllegalArgumentException("a turn needs a speaker");
    }
    if (index < 0 || start < 0 || end < start) {
      throw new IllegalArgumentException(
          "bad turn " + index + " [" + start + ", " + end + ") of " + speaker);
    }
    this.index = index;
    this.start = start;
    this.end = end;
  }

  /**
   * A turn.
   *
   * @param speaker the canonical name, the label as written, or {@link #QUESTION}
   * @param role the role the speaker speaks in, or empty
   * @param index its position among the release's turns, from 0
   * @param start the offset in the body of its first character
   * @param end the offset in the body just after its last character
   */
  public static Turn of(String speaker, String role, int index, int start, int end) {
    return new Turn(speaker, role, index, start, end);
  }

  /** The same turn at another position among the release's turns. */
  public Turn withIndex(int value) {
    return new Turn(speaker, role, value, start, end);
  }

  /** Who speaks: a canonical name, a label as written, or {@link #QUESTION}. */
  public String speaker() {
    return speaker;
  }

  /** The role the speaker speaks in, or empty. */
  public String role() {
    return role;
  }

  /** Its position among the release's turns, from 0. */
  public int index() {
    return index;
  }

  /** The body offset of its first character. */
  public int start() {
    return start;
  }

  /** The body offset just after its last character. */
  public int end() {
    return end;
  }

  /** Whether it is a reporter's question. */
  public boolean isQuestion() {
    return QUESTION.equals(speaker);
  }

  /** Its text, cut from the release's body. */
  public String text(String body) {
    return body.substring(Math.min(start, body.length()), Math.min(end, body.length()));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Turn t
        && speaker.equals(t.speaker)
        && role.equals(t.role)
        && index == t.index
        && start == t.start
        && end == t.end;
  }

  @Override
  public int hashCode() {
    return Objects.hash(speaker, role, index, start, end);
  }

  @Override
  public String toString() {
    return "Turn[" + index + " " + speaker + " " + start + ".." + end + "]";
  }
}
