/**
 * Snippets: {@link dev.communique.core.highlight.SnippetHighlighter} runs Lucene's
 * UnifiedHighlighter over offsets stored in the postings, and {@link
 * dev.communique.core.highlight.SnippetMarkup} decides how matches are marked and text escaped
 * (HTML, ANSI colour, brackets).
 */
package dev.communique.core.highlight;
