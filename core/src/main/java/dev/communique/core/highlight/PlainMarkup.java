package dev.communique.core.highlight;

/** Text markup with fixed marks; control characters in the document are dropped. */
record PlainMarkup(String open, String close) implements SnippetMarkup {

  @Override
  public String escape(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isISOControl(c) || c == '\n' || c == '\t') {
        out.append(c);
      }
    }
    return out.toString();
  }
}
