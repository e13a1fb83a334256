package dev.communique.core.search;

import dev.communique.core.Communique;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Everything a reader of a communiqué collection can ask, in the project's own value types and
 * independent of the engine behind it: ranked search with facets, a streamed export of every hit,
 * keyword in context, trends, similar communiqués, value listings, and lookups by id. The embedded
 * {@link dev.communique.core.index.CommuniqueIndex} implements it; a server-backed implementation
 * answers the same requests with the same results, so the CLI and the web page render either.
 *
 * <p>Implementations are thread-safe.
 */
public interface CommuniqueSearch {

  /**
   * A page of ranked, highlighted hits, the exact total, and the facets asked for.
   *
   * @throws InvalidQueryException if the query cannot be parsed
   */
  SearchResults search(SearchRequest request) throws IOException;

  /**
   * Streams every hit of a search, not just a page, to the sink in constant memory.
   *
   * @return the number of hits exported
   * @throws InvalidQueryException if the query cannot be parsed
   */
  long export(SearchRequest request, ExportSink sink) throws IOException;

  /**
   * Every occurrence of a query in the body of every matching communiqué, as keyword-in-context
   * lines.
   *
   * @throws InvalidQueryException if the query cannot be parsed
   */
  KwicResults kwic(KwicRequest request) throws IOException;

  /**
   * Matches per year or month, optionally per group, with the totals they are a share of.
   *
   * @throws InvalidQueryException if the query cannot be parsed
   */
  TrendResult trend(TrendRequest request) throws IOException;

  /**
   * The communiqués most like one in the collection, never itself or its near-duplicate copies.
   *
   * @throws IllegalArgumentException if no communiqué has the request's id
   */
  SearchResults similar(SimilarRequest request) throws IOException;

  /** The indexed values of a field with their document counts, most frequent first. */
  ValueListing values(ValuesRequest request) throws IOException;

  /** The filter values that match nothing, each with close indexed values to suggest. */
  List<UnknownValue> unknownValues(SearchFilter filter) throws IOException;

  /** The communiqué with this id, if the collection has it. */
  Optional<Communique> get(String id) throws IOException;

  /** The sources of the near-duplicate copies folded into the communiqué with this id. */
  List<String> copySources(String id) throws IOException;

  /** Ids close to a mistyped one, closest first, at most {@code max}. */
  List<String> similarIds(String id, int max) throws IOException;

  /** The number of communiqués in the collection, copies included. */
  int count() throws IOException;

  /**
   * Ranks every document for a text with a ranking profile, ids and scores only, without snippets:
   * what an evaluation run needs.
   *
   * @throws IllegalArgumentException if the collection cannot serve the request's profile
   */
  Ranking rank(RankRequest request) throws IOException;

  /**
   * Who talks about a query: the people whose own turns match it, ranked by matching turns or
   * releases, with reporters' questions counted apart.
   *
   * @throws InvalidQueryException if the query cannot be parsed
   */
  WhoResult who(WhoRequest request) throws IOException;
}
