package dev.communique.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;

/** Runs the command line in-process for tests, and indexes the sample corpus for them. */
final class CliRun {
  private CliRun() {}

  /** One run's exit status and output. */
  record Run(int status, String out, String err) {}

  /** Runs the command line with {@code args}. */
  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = CommuniqueCli.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(status, out.toString(), err.toString());
  }

  /** Runs the command line with {@code args}, reading {@code input}. */
  static Run shell(String input, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status =
        CommuniqueCli.run(
            args, new StringReader(input), new PrintWriter(out), new PrintWriter(err));
    return new Run(status, out.toString(), err.toString());
  }

  /** Indexes the sample corpus into {@code dir/index}, which it returns, and checks it worked. */
  static Path indexSample(Path dir) {
    Path index = dir.resolve("index");
    assertThat(run("index", "--index", index.toString()).status()).isZero();
    return index;
  }
}
