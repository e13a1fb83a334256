package dev.communique.cli;

import dev.communique.core.highlight.SnippetMarkup;
import java.util.Iterator;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The {@code --markup} option of the commands that mark matches (search, similar, kwic), and the
 * one rule for its default: HTML for machine-readable output, ANSI colour when the colour choice
 * says so, brackets otherwise. A picocli mixin.
 */
final class MarkupOption {

  @Option(
      names = "--markup",
      paramLabel = "STYLE",
      completionCandidates = Names.class,
      description =
          "How matches are marked: ansi, brackets, html or none (default: ansi when colouring, see"
              + " --color; brackets otherwise; html in JSON).")
  String markup;

  /**
   * The markup to use.
   *
   * @param machineReadable whether the output is JSON, JSON Lines or CSV
   * @param colour whether the colour choice allows ANSI colour
   * @throws IllegalArgumentException naming the option, if the value is unknown
   */
  SnippetMarkup markup(boolean machineReadable, boolean colour) {
    if (markup != null) {
      try {
        return SnippetMarkup.named(markup);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "--markup must be ansi, brackets, html or none, not '" + markup + "'", e);
      }
    }
    if (machineReadable) {
      return SnippetMarkup.html();
    }
    return colour ? SnippetMarkup.ansi() : SnippetMarkup.brackets();
  }

  /** The values {@code --markup} offers for completion. */
  static final class Names implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return List.of("ansi", "brackets", "html", "none").iterator();
    }
  }
}
