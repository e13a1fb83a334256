package dev.communique.indexer;

import dev.communique.core.index.CommuniqueIndex;
import dev.communique.indexer.extract.Vocabulary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Locates the project's folders from tests, which Maven runs inside a module folder. */
public final class SampleCorpus {
  private SampleCorpus() {}

  /** The project root: {@code communique.home} as Maven sets it, else found upwards. */
  public static Path home() {
    String property = System.getProperty("communique.home");
    if (property != null && Files.isDirectory(Path.of(property, "data"))) {
      return Path.of(property);
    }
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve("data").resolve("releases"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("cannot find the project's data/ folder");
    }
    return dir;
  }

  public static Path releases() {
    return home().resolve("data").resolve("releases");
  }

  public static Path vocabulary() {
    return home().resolve("data").resolve("vocabulary");
  }

  /** Indexes the sample releases into {@code index} with the sample vocabulary. */
  static IndexingReport indexInto(CommuniqueIndex index) throws IOException {
    return Indexer.builder(index)
        .vocabulary(Vocabulary.load(vocabulary()))
        .build()
        .index(List.of(releases()));
  }
}
