package dev.communique.cli;

import picocli.CommandLine.Option;

/**
 * The {@code --solr URL} and {@code --collection NAME} options: a collection on a SolrCloud cluster
 * instead of the embedded index, with {@code COMMUNIQUE_SOLR} and {@code COMMUNIQUE_COLLECTION} as
 * the defaults. A picocli mixin.
 */
final class ClusterOption {

  /** The engine the options name, as {@link dev.communique.core.index.BackendProvider} knows it. */
  static final String ENGINE = "solr";

  /** The collection used when neither the option nor the environment names one. */
  static final String DEFAULT_COLLECTION = "communique";

  @Option(
      names = "--solr",
      paramLabel = "URL",
      description =
          "Use a SolrCloud cluster: Solr base URLs (comma-separated) or a ZooKeeper host string"
              + " (default: $COMMUNIQUE_SOLR; without either, the embedded index).")
  String solr;

  @Option(
      names = "--collection",
      paramLabel = "NAME",
      description =
          "The collection on the cluster (default: $COMMUNIQUE_COLLECTION, else "
              + DEFAULT_COLLECTION
              + ").")
  String collection;

  /**
   * Whether a cluster is meant: {@code --solr} was given, or {@code COMMUNIQUE_SOLR} is set and no
   * index directory was named.
   *
   * @throws IllegalArgumentException if both {@code --solr} and an index directory were given
   */
  boolean active(boolean indexNamed) {
    if (solr != null && indexNamed) {
      throw new IllegalArgumentException("give either --index or --solr, not both");
    }
    if (solr != null) {
      return true;
    }
    if (collection != null && !indexNamed && blank(System.getenv("COMMUNIQUE_SOLR"))) {
      throw new IllegalArgumentException("--collection goes with --solr (or COMMUNIQUE_SOLR)");
    }
    return !indexNamed && !blank(System.getenv("COMMUNIQUE_SOLR"));
  }

  /** The cluster's address. */
  String address() {
    return solr != null ? solr : System.getenv("COMMUNIQUE_SOLR");
  }

  /** The collection's name. */
  String collectionName() {
    if (collection != null) {
      return collection;
    }
    String env = System.getenv("COMMUNIQUE_COLLECTION");
    return blank(env) ? DEFAULT_COLLECTION : env;
  }

  /** How the collection is named in messages. */
  String describe() {
    return "collection " + collectionName() + " at " + address();
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
