package dev.communique.solr.plugin;

import dev.communique.core.search.CommuniqueSearcher;
import dev.communique.core.search.QueryVocabulary;
import java.io.IOException;
import java.io.InputStream;
import org.apache.solr.common.SolrException;
import org.apache.solr.request.SolrQueryRequest;

/**
 * A query parser plugin that parses with the project's own code and the configset's vocabulary
 * ({@link VocabularyFile}), read from the core's configset on the first query; without the file,
 * queries mean what they say. Solr makes one instance per core and a new one when the core reloads,
 * so the vocabulary is read once per core (a failed read is tried again on the next query). It is
 * read through the request's core rather than the loader Solr informs plugins of, because a plugin
 * loaded from a Solr package is informed of the package's loader, which cannot see the configset.
 * Thread-safe.
 */
abstract class VocabularyParserPlugin extends ProjectParserPlugin {

  private final Object reading = new Object();
  private volatile CommuniqueSearcher searcher;

  /** The searcher whose parser and filter builder this plugin uses, for this request's core. */
  final CommuniqueSearcher searcher(SolrQueryRequest req) {
    CommuniqueSearcher read = searcher;
    if (read == null) {
      synchronized (reading) {
        read = searcher;
        if (read == null) {
          read = new CommuniqueSearcher(vocabulary(req));
          searcher = read;
        }
      }
    }
    return read;
  }

  private static QueryVocabulary vocabulary(SolrQueryRequest req) {
    InputStream in;
    try {
      in = req.getCore().getResourceLoader().openResource(VocabularyFile.NAME);
    } catch (IOException | RuntimeException missing) {
      return QueryVocabulary.empty();
    }
    if (in == null) {
      return QueryVocabulary.empty();
    }
    try (in) {
      return VocabularyFile.read(in);
    } catch (IOException | RuntimeException e) {
      // the configset's fault, not the query's: a server error, in one line
      throw new SolrException(
          SolrException.ErrorCode.SERVER_ERROR,
          "cannot read " + VocabularyFile.NAME + " from the configset: " + e.getMessage(),
          e);
    }
  }
}
