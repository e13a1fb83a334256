package dev.communique.cli;

import static dev.communique.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.communique.cli.CliRun.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettySolrRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line against a real SolrCloud cluster (2 nodes, a collection of 2 shards with 2
 * replicas): setup, indexing, and the same output as the embedded index.
 */
@Tag("solr")
class SolrCliTest {

  @TempDir static Path dir;
  static MiniSolrCloudCluster cluster;
  static String urls;
  static String embedded;
  static Run setup;
  static Run setupAgain;
  static Run indexed;
  static Run reindexed;

  @BeforeAll
  static void startAndIndex() throws Exception {
    cluster =
        new MiniSolrCloudCluster.Builder(2, Files.createDirectory(dir.resolve("cloud"))).build();
    urls =
        String.join(
            ",",
            cluster.getJettySolrRunners().stream()
                .map(JettySolrRunner::getBaseUrl)
                .map(Object::toString)
                .toList());
    setup =
        run(
            "solr",
            "setup",
            "--solr",
            urls,
            "--collection",
            "releases",
            "--shards",
            "2",
            "--replicas",
            "2");
    setupAgain = run("solr", "setup", "--solr", urls, "--collection", "releases");
    indexed = run("index", "--solr", urls, "--collection", "releases");
    reindexed = run("index", "--solr", urls, "--collection", "releases");
    embedded = CliRun.indexSample(dir).toString();
  }

  @AfterAll
  static void stop() throws Exception {
    if (cluster != null) {
      cluster.shutdown();
    }
  }

  @Test
  void setupCreatesTheCollectionAndIsSafeToRunAgain() {
    assertThat(setup.status()).as(setup.err()).isZero();
    assertThat(setup.out())
        .contains("uploaded configset releases-communique-")
        .contains("created collection releases with 2 shards and 2 replicas each")
        .contains("created collection releases-sources with 1 shard and 2 replicas each");
    assertThat(setupAgain.status()).as(setupAgain.err()).isZero();
    assertThat(setupAgain.out())
        .contains("reloaded collection releases")
        .contains("reloaded collection releases-sources");
  }

  @Test
  void indexingReportsWhatTheClusterAccepted() {
    assertThat(indexed.status()).as(indexed.err()).isZero();
    assertThat(indexed.out()).contains("48").contains("collection releases at");
    // 48 releases, then the 8 whose near-duplicate fields the merge pass changed.
    assertThat(indexed.err())
        .contains("Solr: 56 documents sent, 56 accepted, 0 retries, 0 rejected");
  }

  @Test
  void aRerunSkipsTheUnchangedSources() {
    assertThat(reindexed.status()).as(reindexed.err()).isZero();
    assertThat(reindexed.out()).contains("unchanged sources skipped 48");
    assertThat(reindexed.err())
        .contains("Solr: 0 documents sent, 0 accepted, 0 retries, 0 rejected");
  }

  @Test
  void searchPrintsTheSameJsonAsTheEmbeddedIndex() throws Exception {
    for (List<String> query :
        List.of(
            List.of("interoperability"),
            List.of("\"critical minerals\"", "--facets", "year,month,speaker,org,topic,type"),
            List.of("security", "--sort", "date", "--limit", "5"),
            List.of("cooperation", "--speaker", "Teodor Valdane"))) {
      Run local = run(args(query, "--json", "--index", embedded));
      Run remote = run(args(query, "--json", "--solr", urls, "--collection", "releases"));
      assertThat(remote.status()).as(remote.err()).isZero();
      assertThat(withoutScores(remote.out()))
          .as(query.toString())
          .isEqualTo(withoutScores(local.out()));
    }
  }

  @Test
  void showAndValuesReadTheCluster() {
    Run local = run("show", "releases/nato-foreign-ministers-2023-11-29", "--index", embedded);
    Run remote =
        run(
            "show",
            "releases/nato-foreign-ministers-2023-11-29",
            "--solr",
            urls,
            "--collection",
            "releases");
    assertThat(remote.status()).as(remote.err()).isZero();
    assertThat(remote.out()).isEqualTo(local.out()).contains("NATO");
    Run values = run("values", "speaker", "--solr", urls, "--collection", "releases");
    assertThat(values.out()).isEqualTo(run("values", "speaker", "--index", embedded).out());
    // The same cluster through its ZooKeeper host string instead of the Solr URLs.
    String zk = cluster.getZkServer().getZkAddress();
    assertThat(zk).doesNotStartWith("http");
    Run viaZk = run("values", "speaker", "--solr", zk, "--collection", "releases");
    assertThat(viaZk.status()).as(viaZk.err()).isZero();
    assertThat(viaZk.out()).isEqualTo(values.out()).contains("Teodor Valdane");
  }

  @Test
  void trendKwicAndWhoPrintTheSameOutput() {
    for (List<String> trend :
        List.of(
            List.of("trend", "security"),
            List.of(
                "trend", "cooperation", "--by", "month", "--group", "speaker", "--format", "json"),
            List.of("trend", "", "--group", "topic", "--format", "csv"),
            List.of("trend", "security", "--count", "occurrences", "--format", "json"),
            List.of("kwic", "\"critical minerals\""),
            List.of("kwic", "security", "--sort", "left", "--format", "json"),
            List.of("who", "security"))) {
      Run local = run(with(trend, "--index", embedded));
      Run remote = run(with(trend, "--solr", urls, "--collection", "releases"));
      assertThat(remote.status()).as(remote.err()).isZero();
      assertThat(remote.out()).as(trend.toString()).isEqualTo(local.out()).isNotBlank();
    }
  }

  private static String[] with(List<String> words, String... rest) {
    List<String> all = new java.util.ArrayList<>(words);
    all.addAll(List.of(rest));
    return all.toArray(String[]::new);
  }

  @Test
  void evalScoresTheClusterAsTheEmbeddedIndex() throws Exception {
    Path topics =
        Files.writeString(
            dir.resolve("topics.tsv"),
            "1\tinteroperability of allied forces\n2\tcritical minerals supply chains\n"
                + "3\twhat? (AND\n");
    Path qrels =
        Files.writeString(
            dir.resolve("qrels.txt"),
            "1 0 releases/nato-interoperability-roadmap-2019-10-24 2\n"
                + "1 0 releases/germany-netherlands-interoperability-land-forces-2021-09-14 1\n"
                + "2 0 releases/canada-critical-minerals-partnership-2025-10-30 2\n"
                + "2 0 releases/g7-finance-critical-minerals-2022-05-20 1\n"
                + "3 0 x 0\n");
    String[] base = {"eval", "--topics", topics.toString(), "--qrels", qrels.toString()};
    Run local = run(with(List.of(base), "--index", embedded));
    Run remote = run(with(List.of(base), "--solr", urls, "--collection", "releases"));
    assertThat(remote.status()).as(remote.err()).isZero();
    assertThat(remote.out()).isEqualTo(local.out()).startsWith("ndcg@10 ");
    Run rm3 = run(with(List.of(base), "--rm3", "--solr", urls, "--collection", "releases"));
    assertThat(rm3.status()).isEqualTo(2);
    assertThat(rm3.err()).contains("feedback (--rm3) is not available on a SolrCloud collection");
  }

  @Test
  void similarFindsTheSameClosestRelease() {
    String id = "releases/canada-critical-minerals-partnership-2025-10-30";
    Run local = run("similar", id, "--limit", "1", "--index", embedded);
    Run remote = run("similar", id, "--limit", "1", "--solr", urls, "--collection", "releases");
    assertThat(remote.status()).as(remote.err()).isZero();
    String first = "releases/g7-finance-critical-minerals-2022-05-20";
    assertThat(local.out()).contains(first);
    assertThat(remote.out()).contains(first).contains("releases like " + id);
  }

  @Test
  void anUnknownFilterValueGetsTheSameHintsAsOnTheEmbeddedIndex() {
    Run local = run("search", "cooperation", "--topic", "technolgy", "--index", embedded);
    Run remote =
        run(
            "search",
            "cooperation",
            "--topic",
            "technolgy",
            "--solr",
            urls,
            "--collection",
            "releases");
    assertThat(remote.status()).as(remote.err()).isEqualTo(local.status());
    assertThat(remote.err()).isEqualTo(local.err()).contains("technology");
    assertThat(remote.out()).isEqualTo(local.out());
  }

  @Test
  void badConfigurationIsOneClearLine() {
    Run missing = run("search", "x", "--solr", urls, "--collection", "nothing");
    assertThat(missing.status()).isEqualTo(1);
    assertThat(missing.err().strip())
        .startsWith("communique: Solr at ")
        .contains("has no collection 'nothing'; run 'communique solr setup")
        .doesNotContain("\n")
        .doesNotContain("Exception");
    Run wrong = run("search", "x", "--solr", "http://127.0.0.1:9/solr", "--collection", "releases");
    assertThat(wrong.status()).isEqualTo(1);
    assertThat(wrong.err().strip())
        .startsWith("communique: cannot reach Solr at http://127.0.0.1:9/solr")
        .doesNotContain("\n");
    Run both = run("search", "x", "--solr", urls, "--index", embedded);
    assertThat(both.status()).isEqualTo(2);
    assertThat(both.err()).contains("give either --index or --solr, not both");
    Run saidBy =
        run(
            "search",
            "security",
            "--said-by",
            "Teodor Valdane",
            "--solr",
            urls,
            "--collection",
            "releases");
    assertThat(saidBy.status()).isEqualTo(2);
    assertThat(saidBy.err().strip())
        .isEqualTo(
            "communique: searching what people said (--said-by) is not available on a SolrCloud"
                + " collection yet; use the embedded index");
  }

  @Test
  void uploadingThePluginToNodesThatDoNotLoadPackagesIsOneClearLine() throws Exception {
    Run unsigned = run("solr", "setup", "--solr", urls, "--plugin", "plugin.jar");
    assertThat(unsigned.status()).isEqualTo(2);
    assertThat(unsigned.err().strip())
        .isEqualTo(
            "communique: --plugin needs --plugin-key: Solr loads a package only when it is signed");

    java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    Path key =
        Files.writeString(
            dir.resolve("plugin-key.pem"),
            "-----BEGIN PRIVATE KEY-----\n"
                + java.util.Base64.getMimeEncoder()
                    .encodeToString(generator.generateKeyPair().getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n");
    Run noJar =
        run(
            "solr",
            "setup",
            "--solr",
            urls,
            "--plugin-key",
            key.toString(),
            "--plugin",
            dir.resolve("missing.jar").toString());
    assertThat(noJar.status()).isEqualTo(2);
    assertThat(noJar.err().strip())
        .isEqualTo("communique: no plugin jar at " + dir.resolve("missing.jar"));

    // The build's own plugin jar, found where the build puts it; these nodes run without
    // -Denable.packages=true.
    Run disabled =
        run(
            "solr",
            "setup",
            "--solr",
            urls,
            "--collection",
            "packaged",
            "--plugin-key",
            key.toString());
    assertThat(disabled.status()).as(disabled.err()).isEqualTo(1);
    assertThat(disabled.err().strip())
        .isEqualTo(
            "communique: the Solr nodes at "
                + urls
                + " do not load packages: start them with -Denable.packages=true, or copy the"
                + " plugin jar into each node's lib folder and run 'communique solr setup' without"
                + " --plugin-key");
  }

  private static String[] args(List<String> query, String... rest) {
    String[] args = new String[query.size() + 1 + rest.length];
    args[0] = "search";
    for (int i = 0; i < query.size(); i++) {
      args[i + 1] = query.get(i);
    }
    System.arraycopy(rest, 0, args, query.size() + 1, rest.length);
    return args;
  }

  private static final java.util.regex.Pattern MARK =
      java.util.regex.Pattern.compile("<mark>(.*?)</mark>");

  /**
   * The JSON with every hit's score removed, its snippets reduced to the phrases they highlight,
   * and the hits in id order: the shards' statistics differ in the last digits, so hits whose
   * scores tie to within them may trade places, and Solr joins two passages that touch into one
   * snippet.
   */
  private static JsonNode withoutScores(String json) throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    JsonNode tree = mapper.readTree(json);
    List<JsonNode> hits = new java.util.ArrayList<>();
    for (JsonNode hit : tree.path("hits")) {
      ((ObjectNode) hit).remove("score");
      List<String> marked = new java.util.ArrayList<>();
      for (JsonNode snippet : hit.path("snippets")) {
        java.util.regex.Matcher m = MARK.matcher(snippet.asText());
        while (m.find()) {
          marked.add(m.group(1).toLowerCase(java.util.Locale.ROOT));
        }
      }
      ((ObjectNode) hit).set("snippets", mapper.valueToTree(marked));
      hits.add(hit);
    }
    hits.sort(java.util.Comparator.comparing(h -> h.path("id").asText()));
    if (tree.has("hits")) {
      ((ObjectNode) tree).set("hits", mapper.valueToTree(hits));
    }
    return tree;
  }

  @Test
  void theWebApiOverTheClusterAnswersWhatTheCommandsPrint() throws Exception {
    ObjectMapper json = new ObjectMapper();
    try (dev.communique.core.index.CommuniqueBackend backend =
            dev.communique.core.index.BackendProvider.named(ClusterOption.ENGINE)
                .connect(
                    urls, "releases", dev.communique.indexer.extract.QueryVocabularies.bundled());
        WebServer server =
            WebServer.start(
                Workspace.current(),
                backend,
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0),
                2)) {
      java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
      java.net.http.HttpResponse<String> search =
          http.send(
              java.net.http.HttpRequest.newBuilder(
                      server
                          .address()
                          .resolve("api/search?q=interoperability&facets=year,organization"))
                  .build(),
              java.net.http.HttpResponse.BodyHandlers.ofString());
      assertThat(search.statusCode()).as(search.body()).isEqualTo(200);
      Run cli =
          run(
              "search",
              "interoperability",
              "--facets",
              "year,organization",
              "--json",
              "--solr",
              urls,
              "--collection",
              "releases");
      JsonNode api = json.readTree(search.body());
      assertThat(api).isEqualTo(json.readTree(cli.out()));
      assertThat(api.get("total").asInt()).isEqualTo(9);
      assertThat(api.get("hits").get(0).get("id").asText())
          .isEqualTo("releases/nato-foreign-ministers-2023-11-29");
    }
  }
}
