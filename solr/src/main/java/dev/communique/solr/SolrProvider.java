package dev.communique.solr;

import dev.communique.core.index.BackendProvider;
import dev.communique.core.index.BackendSetup;
import dev.communique.core.index.CommuniqueBackend;
import dev.communique.core.search.QueryVocabulary;
import dev.communique.solr.plugin.VocabularyFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.client.solrj.request.schema.SchemaRequest;

/**
 * The SolrCloud engine, found by the command line through {@link BackendProvider}: connects to a
 * collection, checking that it was made for this build's schema, and sets one up from the generated
 * configset. Stateless and thread-safe.
 */
public final class SolrProvider implements BackendProvider {

  /** The engine's name. */
  public static final String ENGINE = "solr";

  /** Public for {@link java.util.ServiceLoader}. */
  public SolrProvider() {}

  @Override
  public String engine() {
    return ENGINE;
  }

  @Override
  public CommuniqueBackend connect(String address, String collection, QueryVocabulary vocabulary)
      throws IOException {
    CloudSolrClient client = SolrConnection.client(address);
    String where = SolrConnection.describe(address);
    try {
      List<String> collections = listCollections(client, where);
      if (!collections.contains(collection)) {
        throw new IllegalStateException(
            "Solr at "
                + where
                + " has no collection '"
                + collection
                + "'; run 'communique solr setup --solr "
                + where
                + " --collection "
                + collection
                + "' first");
      }
      requireThisSchema(
          client,
          collection,
          where,
          "run 'communique solr setup' on a new collection and index it again");
      if (!collections.contains(collection + SolrSchema.SOURCES_SUFFIX)) {
        throw new IllegalStateException(
            "Solr at "
                + where
                + " has no collection '"
                + collection
                + SolrSchema.SOURCES_SUFFIX
                + "' for the source checksums; run 'communique solr setup --solr "
                + where
                + " --collection "
                + collection
                + "' again");
      }
      return new SolrBackend(client, where, collection, vocabulary, BatchFeeder.Settings.DEFAULT);
    } catch (RuntimeException e) {
      client.close();
      throw e;
    }
  }

  @Override
  public List<String> setup(BackendSetup setup) throws IOException {
    String collection = setup.collection();
    String where = SolrConnection.describe(setup.address());
    Optional<PluginPackage> plugin = Optional.empty();
    if (setup.plugin().isPresent() && setup.pluginKey().isPresent()) {
      plugin = Optional.of(PluginPackage.read(setup.plugin().get(), setup.pluginKey().get()));
    }
    List<String> done = new ArrayList<>();
    try (CloudSolrClient client = SolrConnection.client(setup.address())) {
      String configName = collection + "-" + SolrSchema.name();
      List<String> collections = listCollections(client, where);
      if (collections.contains(collection)) {
        requireThisSchema(client, collection, where, "choose a new collection name");
      }
      if (plugin.isPresent()) {
        done.addAll(plugin.get().install(client, where));
      }
      done.addAll(
          install(
              client,
              collection,
              configName,
              configset(SolrSchema.xml(), setup.vocabulary(), plugin),
              collections.contains(collection),
              setup.shards(),
              setup.replicas()));
      String sources = collection + SolrSchema.SOURCES_SUFFIX;
      done.addAll(
          install(
              client,
              sources,
              sources + "-" + SolrSchema.name(),
              configset(SolrSchema.sourcesXml(), setup.vocabulary(), plugin),
              collections.contains(sources),
              1,
              setup.replicas()));
      return done;
    } catch (SolrServerException e) {
      throw new IllegalStateException(
          "cannot set up '" + collection + "' at " + where + ": " + BatchFeeder.firstLine(e), e);
    } catch (org.apache.solr.common.SolrException e) {
      throw new IllegalStateException(
          "cannot set up '" + collection + "' at " + where + ": " + BatchFeeder.firstLine(e), e);
    }
  }

  /**
   * Uploads a configset (replacing one of the same name) and creates the collection with it, or
   * reloads the collection if it exists.
   */
  private static List<String> install(
      CloudSolrClient client,
      String collection,
      String configName,
      Path zip,
      boolean exists,
      int shards,
      int replicas)
      throws SolrServerException, IOException {
    List<String> done = new ArrayList<>();
    try {
      ConfigSetAdminRequest.Upload upload = new ConfigSetAdminRequest.Upload();
      upload.setConfigSetName(configName);
      upload.setUploadFile(zip.toFile(), "application/zip");
      upload.setOverwrite(true);
      upload.setCleanup(true);
      upload.process(client);
      done.add("uploaded configset " + configName + " (schema " + SolrSchema.name() + ")");
    } finally {
      Files.deleteIfExists(zip);
    }
    if (exists) {
      CollectionAdminRequest.reloadCollection(collection).process(client);
      done.add(
          "reloaded collection "
              + collection
              + " with the new configset (its shards and replicas are unchanged)");
    } else {
      CollectionAdminRequest.Create create =
          CollectionAdminRequest.createCollection(collection, configName, shards, replicas);
      create.setWaitForFinalState(true);
      create.process(client);
      done.add(
          "created collection "
              + collection
              + " with "
              + shards
              + (shards == 1 ? " shard and " : " shards and ")
              + replicas
              + (replicas == 1 ? " replica each" : " replicas each"));
    }
    return done;
  }

  /**
   * A configset as a zip: the given schema, the config and the vocabulary; with a plugin package,
   * the project's classes are named through it and the configset pins its version.
   */
  static Path configset(String schema, QueryVocabulary vocabulary, Optional<PluginPackage> plugin)
      throws IOException {
    String config = new String(solrconfig(), StandardCharsets.UTF_8);
    Path zip = Files.createTempFile("communique-configset", ".zip");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      entry(out, "schema.xml", plugin.map(p -> p.qualify(schema)).orElse(schema));
      entry(out, "solrconfig.xml", plugin.map(p -> p.qualify(config)).orElse(config));
      if (plugin.isPresent()) {
        entry(out, "params.json", plugin.get().params());
      }
      entry(out, VocabularyFile.NAME, VocabularyFile.write(vocabulary));
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(zip);
      throw e;
    }
    return zip;
  }

  /** The bundled {@code solrconfig.xml}. */
  static byte[] solrconfig() throws IOException {
    try (InputStream in = SolrProvider.class.getResourceAsStream("solrconfig.xml")) {
      if (in == null) {
        throw new IOException("solrconfig.xml is missing from the build");
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      in.transferTo(bytes);
      return bytes.toByteArray();
    }
  }

  private static void entry(ZipOutputStream out, String name, String text) throws IOException {
    out.putNextEntry(new ZipEntry(name));
    out.write(text.getBytes(StandardCharsets.UTF_8));
    out.closeEntry();
  }

  private static List<String> listCollections(CloudSolrClient client, String where) {
    try {
      return CollectionAdminRequest.listCollections(client);
    } catch (SolrServerException | IOException | RuntimeException e) {
      throw new IllegalStateException(
          "cannot reach Solr at " + where + ": " + BatchFeeder.firstLine(rootCause(e)), e);
    }
  }

  /** Fails in one line, with the advice given, if the collection has another schema version. */
  private static void requireThisSchema(
      CloudSolrClient client, String collection, String where, String advice) {
    String schema = schemaName(client, collection, where);
    if (!SolrSchema.name().equals(schema)) {
      throw new IllegalStateException(
          "collection '"
              + collection
              + "' at "
              + where
              + " was made with schema '"
              + schema
              + "', this build needs '"
              + SolrSchema.name()
              + "'; "
              + advice);
    }
  }

  private static String schemaName(CloudSolrClient client, String collection, String where) {
    try {
      return new SchemaRequest.SchemaName().process(client, collection).getSchemaName();
    } catch (SolrServerException | IOException | RuntimeException e) {
      throw new IllegalStateException(
          "cannot read the schema of '"
              + collection
              + "' at "
              + where
              + ": "
              + BatchFeeder.firstLine(rootCause(e)),
          e);
    }
  }

  private static Throwable rootCause(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause;
  }
}
