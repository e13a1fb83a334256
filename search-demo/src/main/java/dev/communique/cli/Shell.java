package dev.communique.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import org.jline.reader.Parser;
import org.jline.reader.SyntaxError;
import org.jline.reader.impl.DefaultParser;
import picocli.CommandLine;

/**
 * The read-eval loop of {@code communique shell}: splits each line like a shell and runs it through
 * one picocli command line, whose root (and so its open indexes) lives as long as the loop. A
 * failing command prints its one-line error and the loop goes on. Not thread-safe.
 */
final class Shell {

  private final CommandLine commands;
  private final PrintWriter out;
  private final PrintWriter err;
  private final DefaultParser parser = new DefaultParser();

  Shell(CommandLine commands, PrintWriter out, PrintWriter err) {
    this.commands = commands;
    this.out = out;
    this.err = err;
  }

  /**
   * Runs lines until {@code exit}, {@code quit} or the end of the input.
   *
   * @return the exit status of the last command run, 0 if none ran
   */
  int run(ShellInput input) throws IOException {
    int status = 0;
    for (String line = input.readLine(); line != null; line = input.readLine()) {
      List<String> words;
      try {
        words = words(line);
      } catch (SyntaxError e) {
        err.println("communique: cannot split the line: " + e.getMessage());
        err.flush();
        status = ErrorReporter.USAGE;
        continue;
      }
      if (words.isEmpty() || words.get(0).startsWith("#")) {
        continue;
      }
      String first = words.get(0);
      if (first.equals("exit") || first.equals("quit")) {
        break;
      }
      CommandLine command = commands.getSubcommands().get(first);
      if (command != null && command.getCommand() instanceof ShellCommand) {
        err.println("communique: already in the shell");
        err.flush();
        status = ErrorReporter.USAGE;
        continue;
      }
      String[] args = words.toArray(String[]::new);
      if (commands.getCommand() instanceof CommuniqueCli root) {
        root.parsing(args);
      }
      status = commands.execute(args);
      out.flush();
      err.flush();
    }
    return status;
  }

  /** The words of a line, split like a shell: quotes group words and are removed. */
  List<String> words(String line) {
    return parser.parse(line, line.length(), Parser.ParseContext.ACCEPT_LINE).words().stream()
        .filter(word -> !word.isEmpty())
        .toList();
  }
}
