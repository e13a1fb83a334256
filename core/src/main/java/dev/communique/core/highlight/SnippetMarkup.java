package dev.communique.core.highlight;

/**
 * How a snippet marks its matches and escapes the document text around them. Pluggable: use one of
 * the factories or implement it for another medium. Implementations must be immutable and
 * thread-safe.
 */
public interface SnippetMarkup {

  /** Written before each match. */
  String open();

  /** Written after each match. */
  String close();

  /** Escapes document text for the target medium; must never let markup through unescaped. */
  String escape(CharSequence text);

  /**
   * HTML: matches in {@code <mark>}, document text HTML-escaped, so that a {@code <script>} in a
   * body can never reach a page.
   */
  static SnippetMarkup html() {
    return HtmlMarkup.INSTANCE;
  }

  /** ANSI terminal colour: matches in bold yellow. Control characters in the text are dropped. */
  static SnippetMarkup ansi() {
    return new PlainMarkup("\u001b[1;33m", "\u001b[0m");
  }

  /** Plain text with matches in square brackets: {@code [interoperability]}. */
  static SnippetMarkup brackets() {
    return new PlainMarkup("[", "]");
  }

  /** Plain text with no marks at all. */
  static SnippetMarkup none() {
    return new PlainMarkup("", "");
  }

  /** The markup named {@code html}, {@code ansi}, {@code brackets} or {@code none}. */
  static SnippetMarkup named(String name) {
    return switch (name.trim().toLowerCase(java.util.Locale.ROOT)) {
      case "html" -> html();
      case "ansi" -> ansi();
      case "brackets" -> brackets();
      case "none", "plain" -> none();
      default ->
          throw new IllegalArgumentException(
              "unknown markup '" + name + "' (expected html, ansi, brackets or none)");
    };
  }
}
