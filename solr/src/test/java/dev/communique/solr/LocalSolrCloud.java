package dev.communique.solr;

import dev.communique.core.index.CommuniqueBackend;
import dev.communique.core.search.QueryVocabulary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * A real SolrCloud cluster for the tests: nodes on this machine with an embedded ZooKeeper, from
 * Solr's own test framework. Not thread-safe: one per test class.
 */
final class LocalSolrCloud implements AutoCloseable {

  private final MiniSolrCloudCluster cluster;
  private final Path dir;

  private LocalSolrCloud(MiniSolrCloudCluster cluster, Path dir) {
    this.cluster = cluster;
    this.dir = dir;
  }

  static LocalSolrCloud start(int nodes) throws Exception {
    Path dir = Files.createTempDirectory("communique-solrcloud");
    return new LocalSolrCloud(new MiniSolrCloudCluster.Builder(nodes, dir).build(), dir);
  }

  /** The base URLs of the running nodes, comma-separated, as {@code --solr} takes them. */
  String urls() {
    return String.join(
        ",",
        cluster.getJettySolrRunners().stream()
            .filter(JettySolrRunner::isRunning)
            .map(j -> j.getBaseUrl().toString())
            .toList());
  }

  /** The ZooKeeper host string, as {@code --solr} also takes it. */
  String zkHost() {
    return cluster.getZkServer().getZkAddress();
  }

  List<JettySolrRunner> nodes() {
    return cluster.getJettySolrRunners();
  }

  MiniSolrCloudCluster cluster() {
    return cluster;
  }

  /** Sets up a collection and connects to it. */
  CommuniqueBackend collection(String name, int shards, int replicas, QueryVocabulary vocabulary)
      throws Exception {
    SolrProvider provider = new SolrProvider();
    provider.setup(urls(), name, shards, replicas, vocabulary);
    return provider.connect(urls(), name, vocabulary);
  }

  /**
   * Stops the nodes and deletes their folder. A node whose Jetty outlasts its graceful-stop timeout
   * on a busy machine is reported, not failed: the tests have run by then. Any other error fails.
   */
  @Override
  public void close() throws Exception {
    try {
      cluster.shutdown();
    } catch (Exception e) {
      boolean onlySlowStops =
          e.getCause() == null
              && e.getSuppressed().length > 0
              && Arrays.stream(e.getSuppressed()).allMatch(TimeoutException.class::isInstance);
      if (!onlySlowStops) {
        throw e;
      }
      System.err.println("test cluster: a node was slow to stop (" + e.getMessage() + ")");
    } finally {
      MatchingSet.delete(dir);
    }
  }
}
