package dev.communique.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code communique} command line: {@code index} and {@code search} over the core library and
 * the indexer. It parses options and renders results; the work is done by the library.
 */
@Command(
    name = "communique",
    mixinStandardHelpOptions = true,
    versionProvider = CommuniqueCli.Version.class,
    description = "Index and search communiqués: press releases, statements, readouts, briefings.",
    subcommands = {
      IndexCommand.class,
      SearchCommand.class,
      ValuesCommand.class,
      SimilarCommand.class,
      KwicCommand.class,
      TrendCommand.class,
      ShowCommand.class,
      CommandLine.HelpCommand.class
    })
public final class CommuniqueCli {

  @Option(
      names = "--verbose",
      scope = CommandLine.ScopeType.INHERIT,
      description = "Show stack traces with errors.")
  boolean verbose;

  private final IndexAccess indexes = new IndexAccess(Workspace.current());

  /** The indexes the reading commands search, kept open (warm) for the life of this object. */
  IndexAccess indexes() {
    return indexes;
  }

  /** Runs the command line and exits with its status. */
  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line with the given streams and returns its exit status. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommuniqueCli root = new CommuniqueCli();
    try {
      return root.commandLine(out, err).execute(args);
    } finally {
      try {
        root.indexes.close();
      } catch (java.io.IOException e) {
        err.println("communique: could not close the index: " + e.getMessage());
        err.flush();
      }
    }
  }

  /** The picocli command line over this root, writing to these streams. */
  CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(this);
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(new ErrorReporter());
    cli.setParameterExceptionHandler(new ErrorReporter());
    return cli;
  }

  /** Reads the version from the jar manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = CommuniqueCli.class.getPackage().getImplementationVersion();
      return new String[] {"communique " + (version == null ? "(development build)" : version)};
    }
  }
}
