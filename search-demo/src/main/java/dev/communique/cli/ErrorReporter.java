package dev.communique.cli;

import dev.communique.core.search.InvalidQueryException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;

/**
 * Turns failures into one clear line on standard error and an exit status: 2 for bad usage, 1 for
 * anything else. Stack traces only with {@code --verbose}.
 */
final class ErrorReporter
    implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {

  static final int USAGE = 2;
  static final int FAILURE = 1;

  @Override
  public int handleExecutionException(
      Exception e, CommandLine cli, CommandLine.ParseResult parseResult) {
    PrintWriter err = cli.getErr();
    err.println("communique: " + message(e));
    if (e instanceof InvalidQueryException invalid) {
      QueryErrorPrinter.printDetails(invalid, err);
    }
    if (verbose(cli)) {
      e.printStackTrace(err);
    }
    err.flush();
    return e instanceof InvalidQueryException
            || e instanceof IllegalArgumentException
            || e instanceof UnsupportedOperationException
        ? USAGE
        : FAILURE;
  }

  @Override
  public int handleParseException(CommandLine.ParameterException e, String[] args) {
    PrintWriter err = e.getCommandLine().getErr();
    String unknown = UnknownCommand.message(e);
    if (unknown != null) {
      err.println("communique: " + unknown);
      err.flush();
      return USAGE;
    }
    err.println("communique: " + e.getMessage());
    err.println(
        "Try 'communique "
            + (e.getCommandLine().getParent() == null
                ? ""
                : e.getCommandLine().getCommandName() + " ")
            + "--help'.");
    err.flush();
    return USAGE;
  }

  private static String message(Exception e) {
    if (e instanceof NoSuchFileException missing) {
      return "no such file or directory: " + missing.getFile();
    }
    String message = e.getMessage();
    if (message == null || message.isBlank()) {
      message = e.getClass().getSimpleName();
    }
    return message.lines().findFirst().orElse(message);
  }

  private static boolean verbose(CommandLine cli) {
    CommandLine root = cli;
    while (root.getParent() != null) {
      root = root.getParent();
    }
    return root.getCommand() instanceof CommuniqueCli c && c.verbose;
  }
}
