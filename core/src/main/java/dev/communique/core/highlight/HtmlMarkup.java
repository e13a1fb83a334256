package dev.communique.core.highlight;

/** HTML markup: {@code <mark>} around matches and every special character escaped. */
final class HtmlMarkup implements SnippetMarkup {
  static final HtmlMarkup INSTANCE = new HtmlMarkup();

  private HtmlMarkup() {}

  @Override
  public String open() {
    return "<mark>";
  }

  @Override
  public String close() {
    return "</mark>";
  }

  @Override
  public String escape(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        case '/' -> out.append("&#x2F;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
