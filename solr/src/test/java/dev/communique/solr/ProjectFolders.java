package dev.communique.solr;

import java.nio.file.Files;
import java.nio.file.Path;

/** The project's data folders, found from a test that Maven runs inside the module folder. */
final class ProjectFolders {
  private ProjectFolders() {}

  static Path home() {
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

  static Path releases() {
    return home().resolve("data").resolve("releases");
  }

  static Path vocabulary() {
    return home().resolve("data").resolve("vocabulary");
  }
}
