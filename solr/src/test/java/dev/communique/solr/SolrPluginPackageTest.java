package dev.communique.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.communique.core.Communique;
import dev.communique.core.index.BackendSetup;
import dev.communique.core.index.CommuniqueBackend;
import dev.communique.core.search.QueryVocabulary;
import dev.communique.core.search.SearchRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.GenericSolrRequest;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.util.NamedList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code solr setup} with {@code --plugin-key}: the plugin uploaded as a signed package to a
 * cluster whose nodes load packages and trust the operator's key, and collections that name its
 * classes through it. The nodes run in a JVM of their own ({@link PackageNodes}) whose class path
 * lacks the plugin and core, so every search below runs on classes the nodes loaded from the
 * package.
 */
@Tag("solr")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SolrPluginPackageTest {

  private Path dir;
  private Process nodes;
  private String urls;
  private Path jar;
  private Path trustedKey;
  private Path untrustedKey;

  @BeforeAll
  void start() throws Exception {
    dir = Files.createTempDirectory("communique-plugin");
    jar = PluginJars.plugin(dir);
    KeyPair trusted = PluginJars.keyPair();
    trustedKey = PluginJars.privatePem(trusted, dir.resolve("trusted.pem"));
    untrustedKey = PluginJars.privatePem(PluginJars.keyPair(), dir.resolve("untrusted.pem"));
    Path publicKey = Files.write(dir.resolve("trusted.der"), PluginJars.publicDer(trusted));

    Path log = dir.resolve("nodes.log");
    nodes =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                PluginJars.classPathWithoutPlugin(),
                PackageNodes.class.getName(),
                Files.createDirectory(dir.resolve("nodes")).toString(),
                publicKey.toString())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (urls == null) {
      if (!nodes.isAlive() || System.nanoTime() > deadline) {
        throw new AssertionError("the nodes did not start:\n" + Files.readString(log));
      }
      Thread.sleep(200);
      for (String line : Files.readAllLines(log)) {
        if (line.startsWith("urls: ")) {
          urls = line.substring("urls: ".length());
        }
      }
    }
    assertThat(Files.readAllLines(log)).contains("plugin on class path: false");
  }

  @AfterAll
  void stop() throws Exception {
    try {
      if (nodes != null) {
        nodes.getOutputStream().close();
        if (!nodes.waitFor(60, TimeUnit.SECONDS)) {
          nodes.destroyForcibly().waitFor();
        }
      }
    } finally {
      MatchingSet.delete(dir);
    }
  }

  private BackendSetup setup(String collection, Path key) {
    return BackendSetup.builder(urls, collection)
        .layout(2, 2)
        .vocabulary(QueryVocabulary.empty())
        .plugin(jar, key)
        .build();
  }

  @Test
  void setupUploadsThePluginAndTheCollectionLoadsItsClassesFromThePackage() throws Exception {
    SolrProvider provider = new SolrProvider();
    String version = PluginPackage.read(jar, trustedKey).version();

    // A key the nodes do not trust is refused before anything is stored.
    assertThatThrownBy(() -> provider.setup(setup("refused", untrustedKey)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "the Solr nodes at "
                + urls
                + " do not trust the plugin key: add its public half to every node with"
                + " 'bin/solr package add-key KEY.der' (see the README), then run setup again");
    try (CloudSolrClient client = SolrConnection.client(urls)) {
      assertThat(PluginPackage.installedVersions(client)).isEmpty();
    }

    List<String> done = provider.setup(setup("packaged", trustedKey));
    assertThat(done.subList(0, 3))
        .containsExactly(
            "uploaded the plugin jar to the file store as /communique/"
                + version
                + "/communique-solr-plugin.jar",
            "registered plugin package communique " + version,
            "uploaded configset packaged-"
                + SolrSchema.name()
                + " (schema "
                + SolrSchema.name()
                + ")");
    assertThat(done).contains("created collection packaged with 2 shards and 2 replicas each");

    try (CloudSolrClient client = SolrConnection.client(urls)) {
      assertThat(PluginPackage.installedVersions(client)).containsExactly(version);
      // Solr reports the query parser as loaded from the package, at the pinned version.
      ModifiableSolrParams params = new ModifiableSolrParams();
      params.set("componentName", "communique");
      params.set("meta", "true");
      NamedList<Object> config =
          client.request(
              new GenericSolrRequest(SolrRequest.METHOD.GET, "/config/queryParser", params),
              "packaged");
      Object info = path(config.get("config"), "queryParser", "communique", "_packageinfo_");
      assertThat(path(info, "package")).isEqualTo("communique");
      assertThat(path(info, "version")).isEqualTo(version);
      assertThat(String.valueOf(path(info, "files")))
          .contains("/communique/" + version + "/communique-solr-plugin.jar");
    }

    // The collection analyses, parses and filters with the package's classes.
    try (CommuniqueBackend solr =
        new SolrProvider().connect(urls, "packaged", QueryVocabulary.empty())) {
      for (int i = 0; i < 20; i++) {
        solr.upsert(
            Communique.builder("synthetic/" + i)
                .title("Statement " + i + (i % 4 == 0 ? " on interoperability" : " on fisheries"))
                .organization("Ministry of Defence")
                .date(LocalDate.of(2021, 1, 1).plusDays(i))
                .body("The ministers agreed on item " + i + " of the joint plan.")
                .source("synthetic/" + i + ".txt")
                .build());
      }
      solr.commit();
      assertThat(
              solr.search(
                      SearchRequest.builder("interoperability")
                          .sort(dev.communique.core.search.SortOrder.DATE_DESC)
                          .build())
                  .ids())
          .containsExactly(
              "synthetic/16", "synthetic/12", "synthetic/8", "synthetic/4", "synthetic/0");
    }

    // Running it again installs nothing new and keeps the collection.
    List<String> again = provider.setup(setup("packaged", trustedKey));
    assertThat(again.get(0))
        .isEqualTo("plugin package communique " + version + " is installed already");
    assertThat(again)
        .contains(
            "reloaded collection packaged with the new configset (its shards and replicas are"
                + " unchanged)");
  }

  private static Object path(Object from, String... keys) {
    Object at = from;
    for (String key : keys) {
      if (at instanceof NamedList<?> list) {
        at = list.get(key);
      } else if (at instanceof Map<?, ?> map) {
        at = map.get(key);
      } else {
        throw new AssertionError("no '" + key + "' in " + at);
      }
    }
    return at;
  }
}
