package dev.communique.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.communique.core.Communique;
import dev.communique.core.index.CommuniqueBackend;
import dev.communique.core.search.QueryVocabulary;
import dev.communique.core.search.SearchRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.embedded.JettySolrRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A SolrCloud cluster losing a node while it is written and searched, and bad configuration. */
@Tag("solr")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SolrFaultsTest {

  private LocalSolrCloud cloud;

  @BeforeAll
  void start() throws Exception {
    cloud = LocalSolrCloud.start(2);
  }

  @AfterAll
  void stop() throws Exception {
    if (cloud != null) {
      cloud.close();
    }
  }

  private static Communique release(int i) {
    return Communique.builder("synthetic/" + i)
        .title("Statement number " + i + " on maritime cooperation")
        .organization(i % 2 == 0 ? "Ministry of Foreign Affairs" : "Ministry of Defence")
        .date(LocalDate.of(2020, 1, 1).plusDays(i % 1500))
        .body(
            "The ministers met today to discuss maritime cooperation, item "
                + i
                + ". They agreed on the text number "
                + Integer.toHexString(i * 7919)
                + " and on a joint exercise in the coming year.")
        .source("synthetic/" + i + ".txt")
        .build();
  }

  @Test
  void aNodeStoppedWhileIndexingLosesNothingAndSearchStillAnswers() throws Exception {
    try (CommuniqueBackend solr = cloud.collection("faults", 2, 2, QueryVocabulary.empty())) {
      int total = 3000;
      JettySolrRunner stopped = null;
      for (int i = 0; i < total; i++) {
        solr.upsert(release(i));
        if (i == total / 3) {
          solr.commit();
          stopped = cloud.cluster().stopJettySolrRunner(1);
          cloud.cluster().waitForJettyToStop(stopped);
          // Search while the node is down: every shard still has a replica on the other node.
          long found = solr.search(SearchRequest.builder("maritime").limit(0).build()).totalHits();
          assertThat(found).isEqualTo(total / 3 + 1);
        }
        if (i == 2 * total / 3) {
          cloud.cluster().startJettySolrRunner(stopped);
          cloud.cluster().waitForNode(stopped, 60);
        }
      }
      solr.commit();
      assertThat(solr.count()).isEqualTo(total);
      assertThat(solr.search(SearchRequest.builder("\"item 2999\"").build()).ids())
          .containsExactly("synthetic/2999");
      assertThat(String.join("\n", solr.writeNotes()))
          .contains("Solr: " + total + " documents sent, " + total + " accepted")
          .contains("0 rejected");
    }
  }

  @Test
  void deletingACanonicalCommuniqueShowsItsCopyAgainAsTheEmbeddedIndexDoes() throws Exception {
    String canonical = "releases/nato-cyber-coalition-exercise-2020-11-20";
    String copy = canonical + "-republished";
    try (CommuniqueBackend solr = cloud.collection("deletes", 2, 1, QueryVocabulary.empty())) {
      dev.communique.indexer.Indexer.builder(solr)
          .vocabulary(dev.communique.indexer.extract.Vocabulary.load(ProjectFolders.vocabulary()))
          .build()
          .index(List.of(ProjectFolders.releases()));
      SearchRequest cyber = SearchRequest.builder("\"cyber coalition\"").build();
      assertThat(solr.search(cyber).ids()).containsExactly(canonical);
      assertThat(solr.delete(canonical)).isTrue();
      assertThat(solr.delete("releases/no-such-release")).isFalse();
      solr.commit();
      assertThat(solr.count()).isEqualTo(47);
      assertThat(solr.search(cyber).ids()).containsExactly(copy);
      assertThat(solr.search(cyber).hits().get(0).copies()).isZero();

      // A file that no longer holds a communiqué loses it on the next run.
      solr.retainOnly(solr.get(copy).orElseThrow().path(), List.of());
      solr.commit();
      assertThat(solr.get(copy)).isEmpty();
      assertThat(solr.count()).isEqualTo(46);
    }
  }

  @Test
  void aCollectionOfAnotherSchemaVersionIsRefusedInOneLine() throws Exception {
    String old = SolrSchema.xml().replace(SolrSchema.name(), SolrSchema.NAME_PREFIX + "0");
    Path zip = Files.createTempFile("old-configset", ".zip");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      out.putNextEntry(new ZipEntry("schema.xml"));
      out.write(old.getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
      out.putNextEntry(new ZipEntry("solrconfig.xml"));
      out.write(SolrProvider.solrconfig());
      out.closeEntry();
    }
    try (CloudSolrClient client = SolrConnection.client(cloud.urls())) {
      ConfigSetAdminRequest.Upload upload = new ConfigSetAdminRequest.Upload();
      upload.setConfigSetName("old-schema");
      upload.setUploadFile(zip.toFile(), "application/zip");
      upload.process(client);
      CollectionAdminRequest.Create create =
          CollectionAdminRequest.createCollection("old", "old-schema", 1, 1);
      create.setWaitForFinalState(true);
      create.process(client);
    } finally {
      Files.deleteIfExists(zip);
    }
    assertThatThrownBy(
            () -> new SolrProvider().connect(cloud.urls(), "old", QueryVocabulary.empty()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("collection 'old' at ")
        .hasMessageContaining("was made with schema 'communique-0', this build needs 'communique-")
        .hasMessageNotContaining("\n");
    assertThatThrownBy(
            () -> new SolrProvider().setup(cloud.urls(), "old", 1, 1, QueryVocabulary.empty()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("choose a new collection name");
  }

  @Test
  void aDocumentSolrRejectsIsALocatedSkip() throws Exception {
    try (CommuniqueBackend solr = cloud.collection("rejects", 1, 1, QueryVocabulary.empty())) {
      solr.upsert(release(1));
      // A term longer than Lucene's limit of 32766 bytes in a keyword field is refused by Solr.
      solr.upsert(
          Communique.builder("synthetic/too-long")
              .title("Too long")
              .body("A body.")
              .source("x".repeat(40_000))
              .path("releases/too-long.txt")
              .build());
      solr.upsert(release(2));
      solr.commit();
      assertThat(solr.count()).isEqualTo(2);
      assertThat(solr.rejectedWrites()).isEqualTo(1);
      List<String> notes = solr.writeNotes();
      assertThat(notes.get(0))
          .startsWith("skipped releases/too-long.txt (synthetic/too-long): Solr rejected it: ")
          .doesNotContain("\n");
      assertThat(notes.get(notes.size() - 1))
          .isEqualTo("Solr: 3 documents sent, 2 accepted, 0 retries, 1 rejected");
    }
  }
}
