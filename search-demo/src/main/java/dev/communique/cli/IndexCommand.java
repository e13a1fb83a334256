package dev.communique.cli;

import dev.communique.core.search.RankingProfile;
import dev.communique.indexer.Indexer;
import dev.communique.indexer.IndexingReport;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code communique index}: reads files, folders or a CSV manifest into the index. */
@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    description = {
      "Index release files and folders (default: the sample corpus in data/releases).",
      "Formats: .txt plain-text releases, .md Markdown with YAML front matter, .jsonl JSON Lines,"
          + " .html pages; each also as .gz. With --manifest, a CSV manifest joined to text files.",
      "Re-indexing a release updates it in place."
    })
final class IndexCommand implements Callable<Integer> {

  @ParentCommand CommuniqueCli root;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "PATH", arity = "0..*", description = "Files or folders to index.")
  List<Path> paths = new ArrayList<>();

  @Option(
      names = "--index",
      paramLabel = "DIR",
      description = "Index directory (default: .communique/index in the project).")
  Path index;

  @picocli.CommandLine.Mixin ClusterOption cluster = new ClusterOption();

  @Option(
      names = "--manifest",
      paramLabel = "CSV",
      description = "A CSV manifest: one row per text file, with metadata columns.")
  Path manifest;

  @Option(
      names = "--map",
      paramLabel = "FIELD=COLUMN",
      description = {
        "Map manifest columns to fields, e.g. speaker=\"Name of Person Speaking\", organization=Country,"
            + " date=Year. Repeat or separate with commas. Values: a column, a \"{Column} template\","
            + " or a 'literal'."
      })
  List<String> map = new ArrayList<>();

  @Option(
      names = "--map-file",
      paramLabel = "FILE",
      description = "Read the column mapping from a file (field = value per line).")
  Path mapFile;

  @Option(names = "--threads", description = "Reader threads (default: one per core).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--duplicate-threshold",
      paramLabel = "J",
      description =
          "Similarity (0-1] at which releases count as copies; 0 turns merging off (default: ${DEFAULT-VALUE}).")
  double duplicateThreshold = Indexer.DEFAULT_DUPLICATE_THRESHOLD;

  @Option(
      names = "--commit-every",
      paramLabel = "N",
      description =
          "Commit after every N communiqués written, so a crash loses at most that many (default: ${DEFAULT-VALUE}).")
  int commitEvery = Indexer.DEFAULT_COMMIT_EVERY;

  @Option(
      names = "--commit-interval",
      paramLabel = "SECONDS",
      description =
          "Commit at least every SECONDS while reading, so a crash loses at most that much work (default: ${DEFAULT-VALUE}).")
  int commitInterval = (int) Indexer.DEFAULT_COMMIT_INTERVAL.toSeconds();

  @Option(
      names = "--reread",
      description =
          "Read every source again, even those unchanged since they were indexed (an edited"
              + " vocabulary or changed options are noticed without it).")
  boolean reread;

  @Option(
      names = "--max-body",
      paramLabel = "CHARS",
      description =
          "Cut bodies longer than CHARS characters, with a warning (default: ${DEFAULT-VALUE}).")
  int maxBody = Indexer.DEFAULT_MAX_BODY_CHARS;

  @Option(
      names = "--strict",
      description = "Exit with status 3 if anything was skipped (or rejected by a cluster).")
  boolean strict;

  @Option(names = "--no-progress", description = "Never show a progress bar.")
  boolean noProgress;

  @Option(
      names = "--profile",
      paramLabel = "NAME",
      split = ",",
      description =
          "Ranking profiles a new index serves besides the default one, e.g. bm25-anserini"
              + " (for 'eval --profile'); an existing index keeps its own.")
  List<String> profiles = new ArrayList<>();

  @Option(
      names = "--no-turns",
      description =
          "Do not index who says what (speaker turns): a smaller index in which --said-by and who"
              + " find nothing.")
  boolean noTurns;

  @Override
  public Integer call() throws Exception {
    Workspace workspace = Workspace.current();
    Path indexPath = index == null ? workspace.defaultIndex() : index;
    boolean remote = cluster.active(index != null);
    checkPaths(remote ? null : indexPath);
    IndexJob job =
        new IndexJob(
                workspace,
                indexPath,
                threads,
                duplicateThreshold,
                !noProgress && System.console() != null)
            .profiles(profiles())
            .turns(!noTurns)
            .cluster(remote ? cluster : null);
    if (commitEvery < 1) {
      throw new IllegalArgumentException("--commit-every must be at least 1, got " + commitEvery);
    }
    if (commitInterval < 1) {
      throw new IllegalArgumentException(
          "--commit-interval must be at least 1 second, got " + commitInterval);
    }
    if (maxBody < 1) {
      throw new IllegalArgumentException("--max-body must be at least 1, got " + maxBody);
    }
    job.commits(commitEvery, java.time.Duration.ofSeconds(commitInterval), reread).maxBody(maxBody);
    IndexingReport report;
    String what;
    if (manifest != null) {
      if (!paths.isEmpty()) {
        throw new IllegalArgumentException("give either PATHs or --manifest, not both");
      }
      ManifestOptions options = new ManifestOptions(map, mapFile);
      report = job.run(indexer -> indexer.indexManifest(manifest, options.mapping()));
      what = manifest.toString();
    } else {
      if (!map.isEmpty() || mapFile != null) {
        throw new IllegalArgumentException("--map and --map-file go with --manifest");
      }
      List<Path> targets = paths.isEmpty() ? List.of(workspace.sampleCorpus()) : paths;
      report = job.run(indexer -> indexer.index(targets));
      what = targets.size() == 1 ? targets.get(0).toString() : targets.size() + " paths";
    }
    job.notes().forEach(spec.commandLine().getErr()::println);
    spec.commandLine().getErr().flush();
    ReportPrinter.print(
        report,
        what + " into " + (remote ? "the " + cluster.describe() : indexPath),
        spec.commandLine().getOut(),
        root.verbose);
    return strict && (!report.skipped().isEmpty() || job.rejected() > 0) ? 3 : 0;
  }

  private java.util.Set<RankingProfile> profiles() {
    java.util.Set<RankingProfile> parsed = new java.util.HashSet<>();
    for (String name : profiles) {
      try {
        parsed.add(RankingProfile.parse(name));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("--profile: " + e.getMessage(), e);
      }
    }
    return parsed;
  }

  /**
   * Fails before the index is created or opened: the index path must not be a file, and every input
   * (PATHs, --manifest, --map-file) must exist.
   */
  private void checkPaths(Path indexPath) throws NoSuchFileException {
    if (indexPath != null && Files.isRegularFile(indexPath)) {
      throw new IllegalArgumentException(
          "--index " + indexPath + " is a file; it must name an index directory");
    }
    for (Path input : paths) {
      requireExists(input);
    }
    if (manifest != null) {
      requireExists(manifest);
    }
    if (mapFile != null) {
      requireExists(mapFile);
    }
  }

  private static void requireExists(Path input) throws NoSuchFileException {
    if (!Files.exists(input)) {
      throw new NoSuchFileException(input.toString());
    }
  }
}
