package dev.communique.solr;

import java.nio.file.Path;

/** The project's data folders, from {@code communique.home}, which the build sets for tests. */
final class ProjectFolders {
  private ProjectFolders() {}

  static Path home() {
    return Path.of(System.getProperty("communique.home", "..")).toAbsolutePath().normalize();
  }

  static Path releases() {
    return home().resolve("data").resolve("releases");
  }

  static Path vocabulary() {
    return home().resolve("data").resolve("vocabulary");
  }
}
