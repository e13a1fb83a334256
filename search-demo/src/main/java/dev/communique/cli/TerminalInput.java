package dev.communique.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jline.reader.Completer;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * Shell lines read from the terminal with JLine: a prompt, line editing, completion, and history
 * saved to a file. Not thread-safe.
 */
final class TerminalInput implements ShellInput {

  static final String PROMPT = "communique> ";

  private final Terminal terminal;
  private final LineReader reader;

  private TerminalInput(Terminal terminal, LineReader reader) {
    this.terminal = terminal;
    this.reader = reader;
  }

  /** Opens the system terminal, completing with {@code completer}, history in {@code history}. */
  static TerminalInput open(Completer completer, Path history) throws IOException {
    Files.createDirectories(history.toAbsolutePath().getParent());
    Terminal terminal = TerminalBuilder.builder().system(true).build();
    LineReader reader =
        LineReaderBuilder.builder()
            .appName("communique")
            .terminal(terminal)
            .completer(completer)
            .parser(new DefaultParser())
            .variable(LineReader.HISTORY_FILE, history)
            .build();
    return new TerminalInput(terminal, reader);
  }

  @Override
  public String readLine() {
    try {
      return reader.readLine(PROMPT);
    } catch (UserInterruptException e) {
      return "";
    } catch (EndOfFileException e) {
      return null;
    }
  }

  @Override
  public void close() throws IOException {
    try {
      reader.getHistory().save();
    } finally {
      terminal.close();
    }
  }
}
