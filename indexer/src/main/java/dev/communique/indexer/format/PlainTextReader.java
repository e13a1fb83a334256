package dev.communique.indexer.format;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads plain-text releases in the shapes press offices use: an optional header of boilerplate
 * ("FOR IMMEDIATE RELEASE", "Embargoed until …"), reference numbers, contact blocks, an issuing
 * unit, a headline, an organisation line and a dateline ({@link ReleaseHeader}); then the body,
 * which ends at an end marker or a closing contact block ({@link ReleaseEnd}), with hard-wrapped
 * lines joined back into sentences ({@link ParagraphUnwrapper}) and a republisher's footer removed
 * ({@link RepublisherFooter}). A release without a headline gets no title here; the metadata
 * extractor derives one from its first sentence. A dateline alone on its line is kept at the head
 * of the body, where the extractor reads the date from it. Only a file with no text at all is
 * refused. The word lists are in {@code plain-text.yaml} ({@link PlainTextRules}). Thread-safe.
 */
public final class PlainTextReader implements FormatReader {
  private final PlainTextRules rules;

  /** A reader with the bundled layout rules. */
  public PlainTextReader() {
    this(PlainTextRules.bundled());
  }

  PlainTextReader(PlainTextRules rules) {
    this.rules = rules;
  }

  @Override
  public void read(SourceFile file, ReleaseSink sink) throws IOException, SourceException {
    List<List<String>> blocks = blocks(TextFiles.read(file.path()));
    ReleaseHeader header = ReleaseHeader.parse(blocks, rules);
    List<List<String>> bodyBlocks =
        new ArrayList<>(blocks.subList(header.bodyStart(), blocks.size()));
    int end = ReleaseEnd.bodyBlocks(bodyBlocks, rules);
    List<String> paragraphs = new ArrayList<>();
    if (header.dateline() != null) {
      paragraphs.add(header.dateline());
    } else if (header.boilerplateDate() != null && !opensWithDate(bodyBlocks)) {
      paragraphs.add(header.boilerplateDate()); // the embargo's date, for a body without one
    }
    if (header.kicker() != null) {
      paragraphs.add(header.kicker()); // "STATEMENT BY SPOKESPERSON …": the body keeps it
    }
    for (List<String> block : bodyBlocks.subList(0, end)) {
      paragraphs.addAll(ParagraphUnwrapper.paragraphs(block));
    }
    String body = RepublisherFooter.strip(String.join("\n\n", paragraphs));
    if (body.isBlank() && header.title() == null) {
      throw new SourceException(file.display(), "no text: only header boilerplate");
    }
    sink.accept(
        RawRelease.builder(file.id(), file.display())
            .fileName(file.fileName())
            .path(file.indexedPath())
            .title(header.title())
            .organization(header.organization())
            .body(body)
            .build());
  }

  /** The text's blocks, split at blank lines, each a list of its stripped lines. */
  static List<List<String>> blocks(String text) {
    List<List<String>> blocks = new ArrayList<>();
    List<String> current = new ArrayList<>();
    for (String line : text.split("\n")) {
      String stripped = line.strip();
      if (stripped.isEmpty()) {
        if (!current.isEmpty()) {
          blocks.add(current);
          current = new ArrayList<>();
        }
      } else {
        current.add(stripped);
      }
    }
    if (!current.isEmpty()) {
      blocks.add(current);
    }
    return blocks;
  }

  /** Whether the body's first lines hold a date (a dateline run into the first sentence). */
  private static boolean opensWithDate(List<List<String>> bodyBlocks) {
    if (bodyBlocks.isEmpty()) {
      return false;
    }
    String first = String.join(" ", bodyBlocks.get(0));
    return DatelineLine.containsDate(first.substring(0, Math.min(first.length(), 60)));
  }
}
