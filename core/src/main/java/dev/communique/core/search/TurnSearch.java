package dev.communique.core.search;

import dev.communique.core.Turn;
import dev.communique.core.highlight.SnippetMarkup;
import dev.communique.core.highlight.SnippetOptions;
import dev.communique.core.schema.CommuniqueSchema;
import dev.communique.core.schema.DocumentMapper;
import dev.communique.core.schema.TurnFields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.search.join.QueryBitSetProducer;
import org.apache.lucene.search.join.ToParentBlockJoinQuery;
import org.apache.lucene.util.BitSet;
import org.apache.lucene.util.Bits;

/**
 * Searches what some people said: the request's words are matched in the turns of those people
 * (child documents), joined to their releases with Lucene's block join, the release scoring as its
 * best-matching turn, under the request's filter. Each hit then lists every matching turn of its
 * block, with a snippet cut from the release's stored body at the turn's offsets, the matches found
 * through the body's postings offsets. Thread-safe.
 */
final class TurnSearch {

  /** Parents of the block join: the releases. Caches one bit set per segment. */
  private final BitSetProducer releases = new QueryBitSetProducer(CommuniqueSchema.isRelease());

  /** The releases a turn query joins to. */
  BitSetProducer releases() {
    return releases;
  }

  /** The request as releases joined from matching turns, under the request's filter. */
  CompiledQuery compile(QueryCompiler compiler, SearchRequest request) {
    Query turns = compiler.turns(request.query(), request.saidBy());
    return new CompiledQuery(
        new ToParentBlockJoinQuery(turns, releases, org.apache.lucene.search.join.ScoreMode.Max),
        compiler.filter(request.filter()));
  }

  /** A release filter further restricted to releases with a turn the turn query matches. */
  Query withTurns(Query filter, Query turns) {
    Query join =
        new ToParentBlockJoinQuery(turns, releases, org.apache.lucene.search.join.ScoreMode.None);
    if (filter == null) {
      return join;
    }
    return new org.apache.lucene.search.BooleanQuery.Builder()
        .add(filter, org.apache.lucene.search.BooleanClause.Occur.FILTER)
        .add(join, org.apache.lucene.search.BooleanClause.Occur.FILTER)
        .build();
  }

  /** A turn query restricted to the turns of releases the filter keeps. */
  Query underReleases(Query turns, Query filter) {
    if (filter == null) {
      return turns;
    }
    return new org.apache.lucene.search.BooleanQuery.Builder()
        .add(turns, org.apache.lucene.search.BooleanClause.Occur.MUST)
        .add(
            new org.apache.lucene.search.join.ToChildBlockJoinQuery(filter, releases),
            org.apache.lucene.search.BooleanClause.Occur.FILTER)
        .build();
  }

  /** The page of hits, each with its matching turns. */
  HitPage.Page collect(IndexSearcher searcher, QueryCompiler compiler, SearchRequest request)
      throws IOException {
    CompiledQuery compiled = compile(compiler, request);
    Query query = compiled.combined();
    if (request.limit() == 0) {
      return new HitPage.Page(searcher.count(query), List.of());
    }
    int wanted = request.offset() + request.limit();
    TopFieldDocs top =
        searcher.search(
            query,
            new TopFieldCollectorManager(
                HitPage.sort(request.sort()), wanted, null, Integer.MAX_VALUE));
    ScoreDoc[] page =
        top.scoreDocs.length <= request.offset()
            ? new ScoreDoc[0]
            : Arrays.copyOfRange(top.scoreDocs, request.offset(), top.scoreDocs.length);
    TopFieldCollector.populateScores(page, searcher, query);
    List<SearchHit> hits = hits(searcher, compiler, request, page);
    return new HitPage.Page(top.totalHits.value, hits);
  }

  /**
   * The hits for these releases (scores already set), each with every matching turn: for a page, or
   * for one chunk of an export.
   */
  List<SearchHit> hits(
      IndexSearcher searcher, QueryCompiler compiler, SearchRequest request, ScoreDoc[] releases)
      throws IOException {
    Weight turns =
        searcher.createWeight(
            searcher.rewrite(compiler.turns(request.query(), request.saidBy())),
            ScoreMode.COMPLETE,
            1f);
    Weight words =
        searcher.createWeight(
            searcher.rewrite(compiler.parse(request.query())), ScoreMode.COMPLETE_NO_SCORES, 1f);
    List<SearchHit> hits = new ArrayList<>(releases.length);
    for (ScoreDoc hit : releases) {
      Document doc = searcher.storedFields().document(hit.doc);
      var communique = DocumentMapper.fromDocument(doc);
      List<TurnHit> matched = matchingTurns(searcher, turns, words, hit.doc, communique, request);
      hits.add(
          new SearchHit(
              communique,
              hit.score,
              matched.stream().limit(request.snippets().passages()).map(TurnHit::snippet).toList(),
              DocumentMapper.values(doc, CommuniqueSchema.COPY_SOURCES),
              "",
              matched));
    }
    return hits;
  }

  /** Every turn of the release's block that the turn query matches, in text order. */
  private List<TurnHit> matchingTurns(
      IndexSearcher searcher,
      Weight turns,
      Weight words,
      int release,
      dev.communique.core.Communique communique,
      SearchRequest request)
      throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(release, leaves));
    int parent = release - leaf.docBase;
    BitSet parents = releases.getBitSet(leaf);
    int first = parent == 0 || parents == null ? 0 : parents.prevSetBit(parent - 1) + 1;
    List<TurnHit> found = new ArrayList<>();
    Scorer scorer = turns.scorer(leaf);
    if (scorer == null || first >= parent) {
      return found;
    }
    List<Turn> all = communique.turns();
    List<MatchOffsets.Span> spans = MatchOffsets.spans(words, leaf, parent, CommuniqueSchema.BODY);
    NumericDocValues index = DocValues.getNumeric(leaf.reader(), TurnFields.INDEX);
    Bits live = leaf.reader().getLiveDocs();
    DocIdSetIterator it = scorer.iterator();
    for (int child = it.advance(first); child < parent; child = it.nextDoc()) {
      if (live != null && !live.get(child) || !index.advanceExact(child)) {
        continue;
      }
      int i = (int) index.longValue();
      if (i < 0 || i >= all.size()) {
        continue;
      }
      Turn turn = all.get(i);
      found.add(
          new TurnHit(
              turn, scorer.score(), snippet(communique.body(), turn, spans, request.snippets())));
    }
    return found;
  }

  /**
   * A passage of a turn around its first match, every match in it marked; the turn's opening when
   * the body's offsets show no match in it (a query of names only, say).
   */
  static String snippet(
      String body, Turn turn, List<MatchOffsets.Span> spans, SnippetOptions options) {
    int start = Math.min(turn.start(), body.length());
    int end = Math.min(turn.end(), body.length());
    List<MatchOffsets.Span> inside = new ArrayList<>();
    for (MatchOffsets.Span span : spans) {
      if (span.start() >= start && span.end() <= end) {
        inside.add(span);
      }
    }
    int length = options.passageLength();
    int from = start;
    if (!inside.isEmpty()) {
      from = Math.max(start, inside.get(0).start() - length / 3);
      from = Math.min(wordStart(body, from, start), inside.get(0).start());
    }
    int to = Math.min(end, Math.max(from + length, inside.isEmpty() ? 0 : inside.get(0).end()));
    to = Math.max(wordEnd(body, to, end), inside.isEmpty() ? from : inside.get(0).end());
    SnippetMarkup markup = options.markup();
    StringBuilder out = new StringBuilder();
    if (from > start) {
      out.append('…');
    }
    int at = from;
    for (MatchOffsets.Span span : inside) {
      if (span.start() < at || span.end() > to) {
        continue;
      }
      out.append(markup.escape(body.substring(at, span.start())));
      out.append(markup.open()).append(markup.escape(body.substring(span.start(), span.end())));
      out.append(markup.close());
      at = span.end();
    }
    out.append(markup.escape(body.substring(at, to)));
    if (to < end) {
      out.append('…');
    }
    return out.toString().replaceAll("\\s+", " ").strip();
  }

  /** The start of the word at or after {@code at}, not before {@code floor}. */
  private static int wordStart(String text, int at, int floor) {
    if (at <= floor) {
      return floor;
    }
    int i = at;
    while (i < text.length() && !Character.isWhitespace(text.charAt(i - 1))) {
      i++;
    }
    return i;
  }

  /** The end of the word at or before {@code at}, not after {@code ceiling}. */
  private static int wordEnd(String text, int at, int ceiling) {
    if (at >= ceiling) {
      return ceiling;
    }
    int i = at;
    while (i > 0 && !Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    return i;
  }
}
