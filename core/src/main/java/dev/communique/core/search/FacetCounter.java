package dev.communique.core.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * Counts facets over every match of a compiled query, in one pass over the matches for all the
 * fields asked ({@link FacetCollector}), and keeps each field's top values. Thread-safe: it holds
 * no state.
 */
final class FacetCounter {

  /** Most frequent first, then by value. */
  static final Comparator<ValueCount> BY_COUNT =
      Comparator.comparingLong(ValueCount::count).reversed().thenComparing(ValueCount::value);

  List<FacetResult> count(IndexSearcher searcher, CompiledQuery compiled, List<FacetRequest> facets)
      throws IOException {
    if (facets.isEmpty()) {
      return List.of();
    }
    Set<FacetField> fields = new LinkedHashSet<>();
    facets.forEach(f -> fields.add(f.field()));
    Map<FacetField, Map<String, Long>> counted = countAll(searcher, compiled.combined(), fields);
    List<FacetResult> results = new ArrayList<>(facets.size());
    for (FacetRequest facet : facets) {
      results.add(FacetResult.of(facet.field(), counted.get(facet.field()), facet.limit()));
    }
    return results;
  }

  /** Every value of each field over the documents {@code query} matches, with its count. */
  Map<FacetField, Map<String, Long>> countAll(
      IndexSearcher searcher, Query query, Set<FacetField> fields) throws IOException {
    return searcher.search(query, new FacetCollector(fields));
  }

  /** All values sorted by count, then value. */
  static List<ValueCount> sorted(Map<String, Long> counts) {
    List<ValueCount> all = new ArrayList<>(counts.size());
    counts.forEach((value, count) -> all.add(new ValueCount(value, count)));
    all.sort(BY_COUNT);
    return all;
  }
}
