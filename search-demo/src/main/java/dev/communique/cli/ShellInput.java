package dev.communique.cli;

import java.io.Closeable;
import java.io.IOException;

/** Where the shell's lines come from: a terminal with line editing, or a pipe. */
interface ShellInput extends Closeable {

  /**
   * The next line; an empty line when the user cancelled it (Ctrl-C).
   *
   * @return the line, or null at the end of the input (Ctrl-D, end of the pipe)
   */
  String readLine() throws IOException;
}
