package dev.communique.solr;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * A two-node SolrCloud cluster as an operator would run one for the plugin package: nodes started
 * with {@code -Denable.packages=true}, trusting one public key, and without the project's classes.
 * {@link SolrPluginPackageTest} starts it in a JVM of its own whose class path lacks the plugin, so
 * the nodes can only have the plugin from the package that {@code solr setup} uploads. It prints
 * {@code plugin on class path: false} and {@code urls: …}, and stops when its standard input
 * closes. Names no class of the plugin or of core.
 */
final class PackageNodes {

  private PackageNodes() {}

  /**
   * Starts the nodes.
   *
   * @param args the folder for the nodes, and the trusted public key (DER)
   */
  public static void main(String[] args) throws Exception {
    System.setProperty("enable.packages", "true");
    Path dir = Path.of(args[0]);
    byte[] publicKey = Files.readAllBytes(Path.of(args[1]));
    MiniSolrCloudCluster cluster = new MiniSolrCloudCluster.Builder(2, dir).build();
    try {
      List<String> urls = new ArrayList<>();
      for (JettySolrRunner node : cluster.getJettySolrRunners()) {
        // What 'bin/solr package add-key' does on each node: the key in the trusted folder.
        Path keys =
            Path.of(node.getCoreContainer().getSolrHome())
                .resolve("filestore")
                .resolve("_trusted_")
                .resolve("keys");
        Files.createDirectories(keys);
        Files.write(keys.resolve("operator.der"), publicKey);
        urls.add(node.getBaseUrl().toString());
      }
      System.out.println("plugin on class path: " + onClassPath(SolrSchema.ANALYZER));
      System.out.println("urls: " + String.join(",", urls));
      System.out.flush();
      while (System.in.read() >= 0) {
        // Runs until the test closes the pipe.
      }
    } finally {
      cluster.shutdown();
    }
  }

  private static boolean onClassPath(String className) {
    try {
      Class.forName(className, false, PackageNodes.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }
}
