package dev.communique.indexer.format;

import java.util.Locale;
import java.util.Optional;

/**
 * Chooses the reader for a file by its extension, with or without a trailing {@code .gz}: {@code
 * .txt} plain-text releases, {@code .md} Markdown with YAML front matter, {@code .jsonl} JSON
 * Lines, {@code .html} pages. Holds one instance of each reader; thread-safe.
 */
public final class Formats {
  private final FormatReader plainText = new PlainTextReader();
  private final FormatReader markdown = new MarkdownReader();
  private final FormatReader jsonLines = new JsonLinesReader();
  private final FormatReader html = new HtmlReader();

  /** The reader for this file name, or empty if it is not a release format. */
  public Optional<FormatReader> forFile(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".gz")) {
      name = name.substring(0, name.length() - 3);
    }
    int dot = name.lastIndexOf('.');
    String extension = dot < 0 ? "" : name.substring(dot + 1);
    return Optional.ofNullable(
        switch (extension) {
          case "txt", "text" -> plainText;
          case "md", "markdown" -> markdown;
          case "jsonl", "ndjson" -> jsonLines;
          case "html", "htm" -> html;
          default -> null;
        });
  }
}
