package dev.communique.core.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopFieldDocs;

/**
 * The export consumer of a {@link CompiledQuery}: streams every hit in the search's own order
 * ({@link HitPage#sort}, which ends in the unique id, so pages never overlap or skip) by paging
 * with a {@code searchAfter} cursor. It holds one batch of Lucene hits and a few loaded documents
 * at a time. Thread-safe.
 */
final class HitExport {

  /** Lucene hits fetched per cursor step. */
  static final int BATCH = 1_000;

  /** Documents loaded (and highlighted) at once. */
  private static final int CHUNK = 64;

  private final HitPage hitPage;

  HitExport(HitPage hitPage) {
    this.hitPage = hitPage;
  }

  /** Makes the hits of one chunk of Lucene hits, scores set, in their order. */
  @FunctionalInterface
  interface HitMaker {
    List<SearchHit> hits(IndexSearcher searcher, ScoreDoc[] chunk) throws IOException;
  }

  /** Hands every hit to the sink and returns how many it handed. */
  long export(
      IndexSearcher searcher, CompiledQuery compiled, SearchRequest request, ExportSink sink)
      throws IOException {
    return export(
        searcher,
        compiled,
        request,
        sink,
        (s, chunk) -> hitPage.hits(s, compiled, chunk, request.snippets(), false));
  }

  /** Hands every hit, as {@code maker} makes them, to the sink and returns how many it handed. */
  long export(
      IndexSearcher searcher,
      CompiledQuery compiled,
      SearchRequest request,
      ExportSink sink,
      HitMaker maker)
      throws IOException {
    Query query = compiled.combined();
    sink.begin(searcher.count(query));
    Sort sort = HitPage.sort(request.sort());
    FieldDoc after = null;
    long sent = 0;
    while (true) {
      TopFieldDocs top =
          after == null
              ? searcher.search(query, BATCH, sort, true)
              : searcher.searchAfter(after, query, BATCH, sort, true);
      ScoreDoc[] batch = top.scoreDocs;
      for (int from = 0; from < batch.length; from += CHUNK) {
        ScoreDoc[] chunk = Arrays.copyOfRange(batch, from, Math.min(batch.length, from + CHUNK));
        for (SearchHit hit : maker.hits(searcher, chunk)) {
          sink.accept(hit);
          sent++;
        }
      }
      if (batch.length < BATCH) {
        return sent;
      }
      after = (FieldDoc) batch[batch.length - 1];
    }
  }
}
