package dev.communique.cli;

import dev.communique.core.schema.CommuniqueSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.util.List;
import java.util.Properties;
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
      WhoCommand.class,
      ShellCommand.class,
      EvalCommand.class,
      SolrCommand.class,
      ServeCommand.class,
      CommandLine.HelpCommand.class
    })
public final class CommuniqueCli {

  @Option(
      names = "--verbose",
      scope = CommandLine.ScopeType.INHERIT,
      description = "Show stack traces with errors.")
  boolean verbose;

  @Option(
      names = "--color",
      paramLabel = "WHEN",
      scope = CommandLine.ScopeType.INHERIT,
      converter = ColorChoice.ModeConverter.class,
      completionCandidates = ColorChoice.ModeNames.class,
      description =
          "Colour output: auto (on a console, unless NO_COLOR is set or TERM=dumb), always or"
              + " never (default: auto).")
  ColorChoice.Mode color = ColorChoice.Mode.AUTO;

  private final IndexAccess indexes;

  /** A command line over the current workspace, opening indexes as its options name them. */
  public CommuniqueCli() {
    this(new IndexAccess(Workspace.current()));
  }

  /** A command line whose commands read through this access (a server's one open index). */
  CommuniqueCli(IndexAccess indexes) {
    this.indexes = indexes;
  }

  /** Where the shell reads lines from; null for the process's standard input. */
  private Reader input;

  /** The words of the command being parsed, for {@link QueryWords} to find where '--' stands. */
  private List<String> words = List.of();

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
    return run(args, null, out, err);
  }

  /** The picocli command line over this root, writing to these streams. */
  CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(this);
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(new ErrorReporter());
    cli.setParameterExceptionHandler(new ErrorReporter());
    // A query word such as -Taiwan is a word, not an unknown option; options that exist still
    // parse, and "--" ends options. No clustering, so -Venezuela is not -V plus "enezuela".
    cli.setUnmatchedOptionsArePositionalParams(true);
    cli.setPosixClusteredShortOptionsAllowed(false);
    return cli;
  }

  /** Whether output is coloured, after {@code --color}, the environment and the console. */
  boolean colour() {
    return ColorChoice.ofProcess(color).colour();
  }

  /** Where the shell reads its lines: the given reader, or null for standard input. */
  /** Records the words of the command about to be parsed. */
  void parsing(String[] args) {
    words = List.of(args);
  }

  /**
   * Whether the word that leaves {@code remaining} words (itself included) still to parse comes
   * after a '--' that ends the options.
   */
  boolean afterEndOfOptions(int remaining) {
    int position = words.size() - remaining;
    return position > 0 && position <= words.size() && words.subList(0, position).contains("--");
  }

  Reader input() {
    return input;
  }

  /**
   * Runs the command line with the given streams, the shell reading its lines from {@code in}, and
   * returns its exit status.
   */
  static int run(String[] args, Reader in, PrintWriter out, PrintWriter err) {
    CommuniqueCli root = new CommuniqueCli();
    root.input = in;
    try {
      root.parsing(args);
      int status = root.commandLine(out, err).execute(args);
      if (status == 0 && out.checkError()) {
        err.println("communique: could not write the output (a closed pipe or a full disk)");
        err.flush();
        return ErrorReporter.FAILURE;
      }
      return status;
    } finally {
      try {
        root.indexes.close();
      } catch (IOException e) {
        err.println("communique: could not close the index: " + e.getMessage());
        err.flush();
      }
    }
  }

  /**
   * The project version (filtered into {@code version.properties} at build time), the Lucene
   * version and the index schema version.
   */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties build = new Properties();
      try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          build.load(in);
        }
      }
      return new String[] {
        "communique "
            + build.getProperty("version", "(unknown version)")
            + " (Lucene "
            + org.apache.lucene.util.Version.LATEST
            + ", index schema "
            + CommuniqueSchema.VERSION
            + ")"
      };
    }
  }
}
