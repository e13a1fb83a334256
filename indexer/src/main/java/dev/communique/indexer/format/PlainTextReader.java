package dev.communique.indexer.format;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the plain-text release shape: a title line, an optional issuing-organisation line, then the
 * body in paragraphs, perhaps ending in a republisher's footer, which is removed. Stateless and
 * thread-safe.
 */
public final class PlainTextReader implements FormatReader {

  /** An organisation line is short and is not a sentence. */
  private static final int MAX_ORGANIZATION_LENGTH = 80;

  @Override
  public void read(SourceFile file, ReleaseSink sink) throws IOException, SourceException {
    String text = TextFiles.read(file.path());
    List<String> blocks = paragraphs(text);
    RawRelease.Builder release =
        RawRelease.builder(file.id(), file.display())
            .fileName(file.fileName())
            .path(file.display());
    int next = 0;
    if (blocks.size() > 1 && isHeading(blocks.get(0))) {
      release.title(oneLine(blocks.get(0)));
      next = 1;
      if (blocks.size() > 2 && isOrganizationLine(blocks.get(1))) {
        release.organization(oneLine(blocks.get(1)));
        next = 2;
      }
    }
    String body = RepublisherFooter.strip(String.join("\n\n", blocks.subList(next, blocks.size())));
    if (body.isBlank()) {
      throw new SourceException(file.display(), "no body text after the title");
    }
    sink.accept(release.body(body).build());
  }

  static List<String> paragraphs(String text) {
    List<String> blocks = new ArrayList<>();
    for (String block : text.split("\\n\\s*\\n")) {
      if (!block.isBlank()) {
        blocks.add(block.strip());
      }
    }
    return blocks;
  }

  private static boolean isHeading(String block) {
    return !block.contains("\n") && block.length() <= 300;
  }

  private static boolean isOrganizationLine(String block) {
    String line = block.strip();
    return !line.contains("\n")
        && line.length() <= MAX_ORGANIZATION_LENGTH
        && !line.endsWith(".")
        && !Character.isDigit(line.charAt(0));
  }

  private static String oneLine(String block) {
    return block.replaceAll("\\s+", " ").strip();
  }
}
