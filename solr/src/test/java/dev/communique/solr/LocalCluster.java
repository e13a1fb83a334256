package dev.communique.solr;

import java.util.concurrent.CountDownLatch;

/**
 * Starts a real SolrCloud on this machine for trying the project: two Solr nodes and an embedded
 * ZooKeeper from Solr's own test framework, with the project's plugin on their class path. Prints
 * the {@code --solr} address and runs until Ctrl-C. Run it with {@code solr/local-cluster}.
 */
public final class LocalCluster {

  private LocalCluster() {}

  /** Starts the cluster: {@code [nodes]}, 2 by default. */
  public static void main(String[] args) throws Exception {
    int nodes = args.length > 0 ? Integer.parseInt(args[0]) : 2;
    LocalSolrCloud cloud = LocalSolrCloud.start(nodes);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    cloud.close();
                  } catch (Exception e) {
                    System.err.println("stopping the cluster: " + e.getMessage());
                  }
                  stopped.countDown();
                }));
    System.out.println();
    System.out.println("SolrCloud is running: " + nodes + " nodes with an embedded ZooKeeper");
    System.out.println("  export COMMUNIQUE_SOLR=" + cloud.urls());
    System.out.println("  (or the ZooKeeper address: " + cloud.zkHost() + ")");
    System.out.println("  ./communique solr setup --collection communique --shards 2 --replicas 2");
    System.out.println("  ./communique index data/releases");
    System.out.println("  ./communique search interoperability");
    System.out.println("Ctrl-C stops it.");
    stopped.await();
  }
}
