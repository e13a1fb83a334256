package dev.communique.solr.plugin;

import dev.communique.core.search.CommuniqueSearcher;
import dev.communique.core.search.QueryVocabulary;
import java.io.IOException;
import java.io.InputStream;
import org.apache.lucene.util.ResourceLoader;

/** Loads the configset's vocabulary into a searcher for the query parsers. Stateless. */
final class PluginSearcher {

  private PluginSearcher() {}

  /** A searcher with the configset's vocabulary, or with none when the configset has no file. */
  static CommuniqueSearcher load(ResourceLoader loader) throws IOException {
    InputStream in;
    try {
      in = loader.openResource(VocabularyFile.NAME);
    } catch (IOException | RuntimeException missing) {
      return new CommuniqueSearcher(QueryVocabulary.empty());
    }
    try (in) {
      return new CommuniqueSearcher(VocabularyFile.read(in));
    }
  }
}
