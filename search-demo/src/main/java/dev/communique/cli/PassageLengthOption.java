package dev.communique.cli;

import dev.communique.core.highlight.SnippetMarkup;
import dev.communique.core.highlight.SnippetOptions;
import picocli.CommandLine.Option;

/**
 * The {@code --passage-length} option of the commands that show snippets (search, similar), and the
 * one place their snippet options are checked and built. A picocli mixin.
 */
final class PassageLengthOption {

  @Option(
      names = "--passage-length",
      paramLabel = "CHARS",
      description = "Target snippet length (default: ${DEFAULT-VALUE}).")
  int passageLength = 160;

  /**
   * The snippet options for this many passages per hit in this markup.
   *
   * @throws IllegalArgumentException naming the option, if {@code --passages} or {@code
   *     --passage-length} is out of range
   */
  SnippetOptions snippets(int passages, SnippetMarkup markup) {
    if (passages < 0) {
      throw new IllegalArgumentException("--passages must be at least 0, not " + passages);
    }
    if (passageLength < SnippetOptions.MIN_PASSAGE_LENGTH) {
      throw new IllegalArgumentException(
          "--passage-length must be at least "
              + SnippetOptions.MIN_PASSAGE_LENGTH
              + ", not "
              + passageLength);
    }
    return new SnippetOptions(passages, passageLength, markup);
  }
}
