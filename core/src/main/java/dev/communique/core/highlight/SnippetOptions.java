package dev.communique.core.highlight;

import java.util.Objects;

/**
 * How many snippets a hit gets, how long each is, and how matches are marked. Immutable and
 * thread-safe.
 *
 * @param passages the most snippets per hit; 0 for none
 * @param passageLength the length in characters each snippet aims at, rounded to sentence bounds
 * @param markup how matches are marked and the text escaped
 */
public record SnippetOptions(int passages, int passageLength, SnippetMarkup markup) {

  /** Two passages of about 160 characters in HTML markup. */
  public static final SnippetOptions DEFAULT = new SnippetOptions(2, 160, SnippetMarkup.html());

  /** The shortest {@link #passageLength()} accepted, in characters. */
  public static final int MIN_PASSAGE_LENGTH = 20;

  /** Validates the values. */
  public SnippetOptions {
    if (passages < 0) {
      throw new IllegalArgumentException("passages must be >= 0, got " + passages);
    }
    if (passageLength < MIN_PASSAGE_LENGTH) {
      throw new IllegalArgumentException(
          "passageLength must be >= " + MIN_PASSAGE_LENGTH + ", got " + passageLength);
    }
    Objects.requireNonNull(markup, "markup");
  }

  /** These options with another markup. */
  public SnippetOptions withMarkup(SnippetMarkup other) {
    return new SnippetOptions(passages, passageLength, other);
  }
}
