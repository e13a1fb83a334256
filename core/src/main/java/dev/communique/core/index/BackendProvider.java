package dev.communique.core.index;

import dev.communique.core.search.QueryVocabulary;
import java.io.IOException;
import java.util.List;
import java.util.ServiceLoader;

/**
 * A search engine other than the embedded index that can hold a communiqué collection, found on the
 * class path with {@link ServiceLoader}: the command line reaches a cluster through this without
 * knowing which engine it is. Implementations are stateless and thread-safe.
 */
public interface BackendProvider {

  /** The engine's name as options spell it, such as {@code solr}. */
  String engine();

  /**
   * Connects to an existing collection.
   *
   * @param address where the engine is (for example base URLs or a ZooKeeper host string)
   * @param collection the collection's name
   * @param vocabulary the synonyms and speaker aliases queries apply
   * @throws IllegalStateException with a one-line reason when the engine cannot be reached, the
   *     collection does not exist, or it was made for another schema version
   */
  CommuniqueBackend connect(String address, String collection, QueryVocabulary vocabulary)
      throws IOException;

  /**
   * Creates the collection with the project's schema, or brings an existing one up to date, and
   * installs the plugin if the setup names one; safe to run again.
   *
   * @return what was done, one line each
   * @throws IllegalStateException with a one-line reason when the engine cannot be reached or
   *     refuses the plugin
   * @throws IllegalArgumentException with a one-line reason naming the file when the plugin or its
   *     key cannot be read
   */
  List<String> setup(BackendSetup setup) throws IOException;

  /**
   * Creates the collection with the project's schema, expecting the plugin on the engine already;
   * the same as {@link #setup(BackendSetup)} without a plugin.
   */
  default List<String> setup(
      String address, String collection, int shards, int replicas, QueryVocabulary vocabulary)
      throws IOException {
    return setup(
        BackendSetup.builder(address, collection)
            .layout(shards, replicas)
            .vocabulary(vocabulary)
            .build());
  }

  /**
   * The provider of the engine with this name.
   *
   * @throws IllegalStateException if no such engine is on the class path
   */
  static BackendProvider named(String engine) {
    for (BackendProvider provider : ServiceLoader.load(BackendProvider.class)) {
      if (provider.engine().equalsIgnoreCase(engine)) {
        return provider;
      }
    }
    throw new IllegalStateException(
        "no search engine named '" + engine + "' is on the class path of this build");
  }
}
