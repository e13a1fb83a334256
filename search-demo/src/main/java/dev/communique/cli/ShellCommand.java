package dev.communique.cli;

import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code communique shell}: runs command after command on one warm index, in one process. On a
 * terminal it edits lines with history and completion; from a pipe it reads lines with no prompt.
 */
@Command(
    name = "shell",
    mixinStandardHelpOptions = true,
    description = {
      "Run commands one line at a time on warm indexes: the same commands and options as the"
          + " command line, without 'communique' in front (e.g. search nato --limit 3).",
      "Words split like a shell: quote a phrase as '\"energy security\"'. Tab completes commands,"
          + " options and query fields; history is kept in .communique/history.",
      "exit, quit or Ctrl-D leaves; Ctrl-C cancels the line. From a pipe, lines are read with no"
          + " prompt and the status is that of the last command."
    })
final class ShellCommand implements Callable<Integer> {

  @ParentCommand CommuniqueCli root;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin IndexOption index = new IndexOption();

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    CommandLine commands = root.commandLine(out, err);
    Path shellIndex = index.index;
    if (shellIndex != null) {
      commands.setDefaultValueProvider(new IndexDefault(shellIndex));
    }
    Shell shell = new Shell(commands, out, err);
    Reader in = root.input();
    if (in == null && System.console() != null) {
      Path history = root.indexes().workspace().home().resolve(".communique").resolve("history");
      try (ShellInput lines = TerminalInput.open(new ShellCompleter(commands), history)) {
        out.println(
            "communique shell on "
                + root.indexes().path(index)
                + ": Tab completes; exit, quit or Ctrl-D leaves.");
        out.flush();
        return shell.run(lines);
      }
    }
    try (ShellInput lines =
        new PipedInput(
            in == null ? new InputStreamReader(System.in, StandardCharsets.UTF_8) : in)) {
      return shell.run(lines);
    }
  }

  /** Makes the shell's {@code --index} the default of every {@code --index} typed inside it. */
  private static final class IndexDefault implements CommandLine.IDefaultValueProvider {
    private final Path index;

    IndexDefault(Path index) {
      this.index = index;
    }

    @Override
    public String defaultValue(CommandLine.Model.ArgSpec argSpec) {
      return argSpec instanceof CommandLine.Model.OptionSpec option
              && option.longestName().equals("--index")
          ? index.toString()
          : null;
    }
  }
}
