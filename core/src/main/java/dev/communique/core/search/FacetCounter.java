package dev.communique.core.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.search.IndexSearcher;

/** Counts facets over every match of a compiled query. Thread-safe. */
final class FacetCounter {

  List<FacetResult> count(IndexSearcher searcher, CompiledQuery compiled, List<FacetRequest> facets)
      throws IOException {
    if (facets.isEmpty()) {
      return List.of();
    }
    throw new UnsupportedOperationException("facets are not implemented yet");
  }
}
