package dev.communique.solr;

import dev.communique.core.index.CommuniqueBackend;
import dev.communique.core.index.CommuniqueIndex;
import dev.communique.core.search.QueryVocabulary;
import dev.communique.indexer.Indexer;
import dev.communique.indexer.extract.QueryVocabularies;
import dev.communique.indexer.extract.Vocabulary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The same releases indexed by the same indexer into the embedded index and into a SolrCloud
 * collection of 2 shards with 2 replicas each on 2 nodes, with the project's vocabulary: what the
 * parity tests compare. Not thread-safe: one per test class.
 */
final class TwinIndexes implements AutoCloseable {

  final LocalSolrCloud cloud;
  final CommuniqueBackend solr;
  final CommuniqueIndex embedded;
  private final Path dir;

  private TwinIndexes(
      LocalSolrCloud cloud, CommuniqueBackend solr, CommuniqueIndex embedded, Path dir) {
    this.cloud = cloud;
    this.solr = solr;
    this.embedded = embedded;
    this.dir = dir;
  }

  static TwinIndexes of(Path releases, String collection) throws Exception {
    QueryVocabulary queries = QueryVocabularies.load(ProjectFolders.vocabulary());
    Vocabulary vocabulary = Vocabulary.load(ProjectFolders.vocabulary());
    LocalSolrCloud cloud = LocalSolrCloud.start(2);
    CommuniqueBackend solr = null;
    Path dir = Files.createTempDirectory("communique-embedded");
    try {
      solr = cloud.collection(collection, 2, 2, queries);
      Indexer.builder(solr).vocabulary(vocabulary).threads(2).build().index(List.of(releases));
      try (CommuniqueIndex writer = CommuniqueIndex.open(dir)) {
        Indexer.builder(writer).vocabulary(vocabulary).threads(2).build().index(List.of(releases));
      }
      return new TwinIndexes(cloud, solr, CommuniqueIndex.openReadOnly(dir, queries), dir);
    } catch (Exception e) {
      try (LocalSolrCloud stopping = cloud) {
        if (solr != null) {
          solr.close();
        }
      } finally {
        MatchingSet.delete(dir);
      }
      throw e;
    }
  }

  @Override
  public void close() throws Exception {
    try (LocalSolrCloud stopping = cloud;
        CommuniqueIndex closing = embedded) {
      solr.close();
    } finally {
      MatchingSet.delete(dir);
    }
  }
}
