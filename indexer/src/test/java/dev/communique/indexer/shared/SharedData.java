package dev.communique.indexer.shared;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the shared corpora are ({@code ../shared} beside the checkout, or {@code
 * communique.shared}); tests that need them skip with a message when they are absent.
 */
final class SharedData {
  private SharedData() {}

  static Path root() {
    String property = System.getProperty("communique.shared");
    Path root = property == null ? Path.of("..", "..", "shared") : Path.of(property);
    assumeTrue(
        Files.isDirectory(root.resolve("corpora")),
        "skipped: the shared corpora are not at "
            + root.toAbsolutePath().normalize()
            + " (they sit in ../shared beside the checkout on CI)");
    return root;
  }

  static Path whiteHouse() {
    return root().resolve("corpora").resolve("wh-briefings");
  }

  static Path ungdc() {
    return root().resolve("corpora").resolve("ungdc");
  }

  /** An indexer over {@code index} with the project's vocabulary. */
  static dev.communique.indexer.Indexer indexer(dev.communique.core.index.CommuniqueIndex index)
      throws java.io.IOException {
    return dev.communique.indexer.Indexer.builder(index)
        .vocabulary(
            dev.communique.indexer.extract.Vocabulary.load(
                dev.communique.indexer.SampleCorpus.vocabulary()))
        .build();
  }

  /** The mapping the README documents for the UN General Debate manifest. */
  static final String UNGDC_MAPPING =
      "speaker=\"Name of Person Speaking\", role=Post, organization=Country, date=Year,"
          + " title=\"{Country} at the UN General Debate, {Year}\", type='general-debate'";
}
