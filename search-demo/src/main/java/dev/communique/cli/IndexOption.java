package dev.communique.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --index DIR} option every command shares. A picocli mixin. */
final class IndexOption {

  @Option(
      names = "--index",
      paramLabel = "DIR",
      description = "Index directory (default: .communique/index in the project).")
  Path index;
}
