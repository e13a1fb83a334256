package dev.communique.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;

/** Shell lines read from a pipe or file: no prompt, no line editing. Not thread-safe. */
final class PipedInput implements ShellInput {
  private final BufferedReader lines;

  PipedInput(Reader in) {
    this.lines = in instanceof BufferedReader buffered ? buffered : new BufferedReader(in);
  }

  @Override
  public String readLine() throws IOException {
    return lines.readLine();
  }

  @Override
  public void close() {
    // The caller owns the reader (often standard input); nothing to release here.
  }
}
