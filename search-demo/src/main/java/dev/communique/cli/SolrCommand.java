package dev.communique.cli;

import dev.communique.core.index.BackendProvider;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code communique solr}: commands for a collection on a SolrCloud cluster. */
@Command(
    name = "solr",
    description = "Work with a SolrCloud cluster: 'communique solr setup' creates a collection.",
    subcommands = {SolrCommand.Setup.class})
final class SolrCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return 0;
  }

  /**
   * {@code communique solr setup}: uploads the configset generated from the schema and creates the
   * collection, or updates an existing one. Safe to run again.
   */
  @Command(
      name = "setup",
      description = {
        "Upload the project's configset (schema, config, vocabulary) and create the collection, or"
            + " update and reload it if it exists. Safe to run again.",
        "The Solr nodes must have the plugin jar (solr/target/communique-solr-*-plugin.jar) in"
            + " their lib folder; see the README."
      })
  static final class Setup implements Callable<Integer> {

    @CommandLine.ParentCommand SolrCommand parent;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Mixin ClusterOption cluster;

    @Option(names = "--shards", paramLabel = "N", description = "Shards (default: 1).")
    int shards = 1;

    @Option(
        names = "--replicas",
        paramLabel = "M",
        description = "Replicas of each shard (default: 1).")
    int replicas = 1;

    @Override
    public Integer call() throws Exception {
      if (!cluster.active(false)) {
        throw new IllegalArgumentException("give --solr URL (or set COMMUNIQUE_SOLR)");
      }
      Workspace workspace = Workspace.current();
      try (IndexAccess access = new IndexAccess(workspace)) {
        List<String> done =
            BackendProvider.named(ClusterOption.ENGINE)
                .setup(
                    cluster.address(),
                    cluster.collectionName(),
                    shards,
                    replicas,
                    access.queryVocabulary());
        PrintWriter out = spec.commandLine().getOut();
        done.forEach(out::println);
        out.flush();
      }
      return 0;
    }
  }
}
