package dev.communique.indexer.format;

import java.util.Set;

/**
 * The HTML elements that start and end a block of text, shared by the HTML and Markdown readers.
 */
final class HtmlBlocks {
  /** Lower-case names of block-level elements; text on either side is a separate paragraph. */
  static final Set<String> NAMES =
      Set.of(
          "address",
          "article",
          "aside",
          "blockquote",
          "body",
          "caption",
          "center",
          "col",
          "colgroup",
          "dd",
          "details",
          "dialog",
          "div",
          "dl",
          "dt",
          "fieldset",
          "figcaption",
          "figure",
          "footer",
          "form",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "head",
          "header",
          "hgroup",
          "hr",
          "html",
          "li",
          "main",
          "nav",
          "ol",
          "p",
          "pre",
          "section",
          "summary",
          "table",
          "tbody",
          "tfoot",
          "thead",
          "title",
          "tr",
          "ul");

  private HtmlBlocks() {}
}
