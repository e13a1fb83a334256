package dev.communique.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the CLI finds things when no option says: the project home (set by the launcher as {@code
 * communique.home}, else the working directory), the sample corpus in {@code data/releases}, the
 * vocabulary in {@code data/vocabulary}, and the default index in {@code .communique/index} under
 * the home ({@code COMMUNIQUE_INDEX} overrides it). Immutable.
 *
 * @param home the project home
 */
record Workspace(Path home) {

  /** The workspace of this process. */
  static Workspace current() {
    String home = System.getProperty("communique.home");
    if (home == null || home.isBlank()) {
      home = System.getenv("COMMUNIQUE_HOME");
    }
    return new Workspace(
        Path.of(home == null || home.isBlank() ? "." : home).toAbsolutePath().normalize());
  }

  /** The default index directory. */
  Path defaultIndex() {
    String override = System.getenv("COMMUNIQUE_INDEX");
    return override == null || override.isBlank()
        ? home.resolve(".communique").resolve("index")
        : Path.of(override);
  }

  /** The sample corpus shipped in the repository. */
  Path sampleCorpus() {
    return home.resolve("data").resolve("releases");
  }

  /** The editable vocabulary folder, if the home has one. */
  Path vocabulary() {
    return home.resolve("data").resolve("vocabulary");
  }

  boolean hasVocabulary() {
    return Files.isDirectory(vocabulary());
  }
}
