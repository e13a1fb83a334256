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

  /** Validates the values. */
  public SnippetOptions {
    if (passages < 0) {
      throw new IllegalArgumentException("passages must be >= 0, got " + passages);
    }
    if (passageLength < 20) {
      throw new IllegalArgumentException("passageLength must be >= 20, got " + passageLength);
    }
    Objects.requireNonNull(markup, "markup");
  }

  /** These options with another markup. */
  public SnippetOptions withMarkup(SnippetMarkup other) {
    return new SnippetOptions(passages, passageLength, other);
  }
}
