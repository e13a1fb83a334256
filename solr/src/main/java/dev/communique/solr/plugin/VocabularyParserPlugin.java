package dev.communique.solr.plugin;

import dev.communique.core.search.CommuniqueSearcher;
import dev.communique.core.search.QueryVocabulary;
import java.io.IOException;
import java.io.InputStream;
import org.apache.lucene.util.ResourceLoader;
import org.apache.lucene.util.ResourceLoaderAware;

/**
 * A query parser plugin that parses with the project's own code and the configset's vocabulary
 * ({@link VocabularyFile}), read when Solr informs it of its resource loader; without the file,
 * queries mean what they say. Thread-safe once informed.
 */
abstract class VocabularyParserPlugin extends ProjectParserPlugin implements ResourceLoaderAware {

  private volatile CommuniqueSearcher searcher = new CommuniqueSearcher();

  @Override
  public final void inform(ResourceLoader loader) throws IOException {
    InputStream in;
    try {
      in = loader.openResource(VocabularyFile.NAME);
    } catch (IOException | RuntimeException missing) {
      searcher = new CommuniqueSearcher(QueryVocabulary.empty());
      return;
    }
    try (in) {
      searcher = new CommuniqueSearcher(VocabularyFile.read(in));
    }
  }

  /** The searcher whose parser and filter builder this plugin uses. */
  final CommuniqueSearcher searcher() {
    return searcher;
  }
}
