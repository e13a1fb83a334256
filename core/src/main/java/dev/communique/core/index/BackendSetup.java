package dev.communique.core.index;

import dev.communique.core.search.QueryVocabulary;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link BackendProvider#setup(BackendSetup)} makes: where the engine is, the collection's
 * name and layout, the query vocabulary its configuration carries, and optionally the project's
 * plugin to install on the engine with the key that signs it. Immutable and thread-safe; build one
 * with {@link #builder(String, String)}.
 */
public final class BackendSetup {

  private final String address;
  private final String collection;
  private final int shards;
  private final int replicas;
  private final QueryVocabulary vocabulary;
  private final Path plugin;
  private final Path pluginKey;

  private BackendSetup(Builder builder) {
    this.address = builder.address;
    this.collection = builder.collection;
    this.shards = builder.shards;
    this.replicas = builder.replicas;
    this.vocabulary = builder.vocabulary;
    this.plugin = builder.plugin;
    this.pluginKey = builder.pluginKey;
  }

  /**
   * A builder for a collection at an engine.
   *
   * @param address where the engine is (for example base URLs or a ZooKeeper host string)
   * @param collection the collection's name
   */
  public static Builder builder(String address, String collection) {
    return new Builder(address, collection);
  }

  /** Where the engine is. */
  public String address() {
    return address;
  }

  /** The collection's name. */
  public String collection() {
    return collection;
  }

  /** How many shards a new collection has. */
  public int shards() {
    return shards;
  }

  /** How many replicas each shard of a new collection has. */
  public int replicas() {
    return replicas;
  }

  /** The synonyms and speaker aliases the collection's configuration carries. */
  public QueryVocabulary vocabulary() {
    return vocabulary;
  }

  /** The plugin jar to install on the engine, if it is to be installed. */
  public Optional<Path> plugin() {
    return Optional.ofNullable(plugin);
  }

  /** The private key that signs the plugin for an engine that loads only signed code. */
  public Optional<Path> pluginKey() {
    return Optional.ofNullable(pluginKey);
  }

  /** Builds a {@link BackendSetup}. Not thread-safe. */
  public static final class Builder {
    private final String address;
    private final String collection;
    private int shards = 1;
    private int replicas = 1;
    private QueryVocabulary vocabulary = QueryVocabulary.empty();
    private Path plugin;
    private Path pluginKey;

    private Builder(String address, String collection) {
      this.address = Objects.requireNonNull(address, "address");
      this.collection = Objects.requireNonNull(collection, "collection");
    }

    /** Shards and replicas of each shard, for a new collection (default 1 and 1). */
    public Builder layout(int shards, int replicas) {
      if (shards < 1 || replicas < 1) {
        throw new IllegalArgumentException("--shards and --replicas must be at least 1");
      }
      this.shards = shards;
      this.replicas = replicas;
      return this;
    }

    /** The query vocabulary (default: none). */
    public Builder vocabulary(QueryVocabulary vocabulary) {
      this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary");
      return this;
    }

    /**
     * Installs this plugin jar on the engine, signed with this private key (PKCS#8 PEM), instead of
     * expecting the plugin on every node already.
     */
    public Builder plugin(Path jar, Path privateKey) {
      this.plugin = Objects.requireNonNull(jar, "jar");
      this.pluginKey = Objects.requireNonNull(privateKey, "privateKey");
      return this;
    }

    /** The setup. */
    public BackendSetup build() {
      return new BackendSetup(this);
    }
  }
}
