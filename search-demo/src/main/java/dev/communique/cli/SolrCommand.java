package dev.communique.cli;

import dev.communique.core.index.BackendProvider;
import dev.communique.core.index.BackendSetup;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
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
        "The plugin jar (solr/target/communique-solr-*-plugin.jar) must be in each node's lib"
            + " folder, or, with --plugin-key, setup uploads it as a signed Solr package; see the"
            + " README."
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

    @Option(
        names = "--plugin-key",
        paramLabel = "PEM",
        description =
            "Upload the plugin as a Solr package signed with this RSA private key (PKCS#8 PEM),"
                + " whose public half the nodes trust; the nodes run with -Denable.packages=true.")
    Path pluginKey;

    @Option(
        names = "--plugin",
        paramLabel = "JAR",
        description =
            "The plugin jar to upload with --plugin-key (default: the one the build made,"
                + " solr/target/communique-solr-*-plugin.jar).")
    Path plugin;

    @Override
    public Integer call() throws Exception {
      if (!cluster.active(false)) {
        throw new IllegalArgumentException("give --solr URL (or set COMMUNIQUE_SOLR)");
      }
      if (plugin != null && pluginKey == null) {
        throw new IllegalArgumentException(
            "--plugin needs --plugin-key: Solr loads a package only when it is signed");
      }
      Workspace workspace = Workspace.current();
      try (IndexAccess access = new IndexAccess(workspace)) {
        BackendSetup.Builder setup =
            BackendSetup.builder(cluster.address(), cluster.collectionName())
                .layout(shards, replicas)
                .vocabulary(access.queryVocabulary());
        if (pluginKey != null) {
          setup.plugin(plugin != null ? plugin : builtPlugin(workspace), pluginKey);
        }
        List<String> done = BackendProvider.named(ClusterOption.ENGINE).setup(setup.build());
        PrintWriter out = spec.commandLine().getOut();
        done.forEach(out::println);
        out.flush();
      }
      return 0;
    }

    /** The plugin jar the build made in the workspace. */
    private static Path builtPlugin(Workspace workspace) throws IOException {
      Path target = workspace.home().resolve("solr").resolve("target");
      if (Files.isDirectory(target)) {
        List<Path> jars;
        try (Stream<Path> files = Files.list(target)) {
          jars =
              files
                  .filter(
                      f -> f.getFileName().toString().matches("communique-solr-.*-plugin\\.jar"))
                  .sorted()
                  .toList();
        }
        if (jars.size() == 1) {
          return jars.get(0);
        }
        if (jars.size() > 1) {
          throw new IllegalArgumentException(
              "more than one plugin jar in "
                  + target
                  + " ("
                  + String.join(", ", jars.stream().map(j -> j.getFileName().toString()).toList())
                  + "); give the one to upload with --plugin JAR");
        }
      }
      throw new IllegalArgumentException(
          "no plugin jar in "
              + target
              + "; build it with 'mvn -B -ntp -q -pl solr -am package -DskipTests' or give --plugin"
              + " JAR");
    }
  }
}
