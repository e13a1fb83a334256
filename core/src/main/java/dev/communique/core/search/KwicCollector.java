package dev.communique.core.search;

import dev.communique.core.DatePrecision;
import dev.communique.core.schema.CommuniqueSchema;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;

/**
 * The keyword-in-context consumer of a {@link CompiledQuery}: takes every occurrence in the body
 * from {@link MatchOffsets}, orders them, and cuts the context of the lines asked for out of the
 * stored body. Ids and dates for ordering come from doc values, so for date and id orders only the
 * documents of the returned lines are loaded. Thread-safe.
 */
final class KwicCollector {

  private static final Set<String> LINE_FIELDS =
      Set.of(
          CommuniqueSchema.ID,
          CommuniqueSchema.TITLE,
          CommuniqueSchema.BODY,
          CommuniqueSchema.SPEAKER,
          CommuniqueSchema.DATE,
          CommuniqueSchema.DATE_PRECISION);

  /** A document with occurrences: its number in the searcher, id and date (epoch day). */
  private record Doc(int docId, String id, long date) {}

  /** One occurrence, with its sort key once its context is known. */
  private static final class Occurrence {
    final Doc doc;
    final int start;
    final int end;
    KwicLine line;
    String key = "";

    Occurrence(Doc doc, int start, int end) {
      this.doc = doc;
      this.start = start;
      this.end = end;
    }
  }

  KwicResults collect(IndexSearcher searcher, CompiledQuery compiled, KwicRequest request)
      throws IOException {
    return collect(searcher, compiled, request, visitor -> visitor);
  }

  /**
   * As {@link #collect(IndexSearcher, CompiledQuery, KwicRequest)}, with the occurrences of each
   * document passed through {@code spans} first (to keep those in some people's turns, say).
   */
  KwicResults collect(
      IndexSearcher searcher,
      CompiledQuery compiled,
      KwicRequest request,
      java.util.function.UnaryOperator<MatchOffsets.Visitor> spans)
      throws IOException {
    List<Occurrence> occurrences = new ArrayList<>();
    int[] documents = {0};
    visitThrough(
        spans,
        searcher,
        compiled,
        CommuniqueSchema.BODY,
        new MatchOffsets.Visitor() {
          private LeafReaderContext current;
          private SortedDocValues ids;
          private NumericDocValues dates;

          @Override
          public void document(LeafReaderContext leaf, int doc, List<MatchOffsets.Span> spans)
              throws IOException {
            if (leaf != current) {
              current = leaf;
              ids = DocValues.getSorted(leaf.reader(), CommuniqueSchema.ID);
              dates = DocValues.getNumeric(leaf.reader(), CommuniqueSchema.DATE);
            }
            String id = ids.advanceExact(doc) ? ids.lookupOrd(ids.ordValue()).utf8ToString() : "";
            long date = dates.advanceExact(doc) ? dates.longValue() : Long.MAX_VALUE;
            Doc d = new Doc(leaf.docBase + doc, id, date);
            documents[0]++;
            for (MatchOffsets.Span span : spans) {
              occurrences.add(new Occurrence(d, span.start(), span.end()));
            }
          }
        });
    Comparator<Occurrence> byDate =
        Comparator.<Occurrence>comparingLong(o -> o.doc.date)
            .thenComparing(o -> o.doc.id)
            .thenComparingInt(o -> o.start);
    Comparator<Occurrence> order =
        switch (request.sort()) {
          case DATE -> byDate;
          case DOC ->
              Comparator.<Occurrence, String>comparing(o -> o.doc.id)
                  .thenComparingInt(o -> o.start);
          case LEFT, RIGHT ->
              Comparator.<Occurrence, String>comparing(o -> o.key).thenComparing(byDate);
        };
    boolean byContext = request.sort() == KwicSort.LEFT || request.sort() == KwicSort.RIGHT;
    LineMaker maker = new LineMaker(searcher.storedFields(), request.window());
    int wanted =
        request.limit() == 0 ? occurrences.size() : Math.min(request.limit(), occurrences.size());
    List<Occurrence> chosen;
    if (byContext) {
      // Only the sort key is cut for every occurrence; with a limit, a bounded heap keeps the
      // best lines, so memory follows the limit, not the number of occurrences.
      boolean left = request.sort() == KwicSort.LEFT;
      PriorityQueue<Occurrence> best = new PriorityQueue<>(order.reversed());
      for (Occurrence o : occurrences) {
        o.key = maker.key(o, left);
        best.add(o);
        if (request.limit() > 0 && best.size() > wanted) {
          best.poll().key = "";
        }
      }
      chosen = new ArrayList<>(best);
      chosen.sort(order);
    } else {
      occurrences.sort(order);
      chosen = occurrences.subList(0, wanted);
    }
    List<Occurrence> inDocOrder = new ArrayList<>(chosen);
    inDocOrder.sort(Comparator.comparingInt(o -> o.doc.docId));
    for (Occurrence o : inDocOrder) {
      maker.fill(o);
    }
    List<KwicLine> lines = new ArrayList<>(wanted);
    for (Occurrence o : chosen) {
      lines.add(o.line);
    }
    return new KwicResults(request, occurrences.size(), documents[0], lines);
  }

  /** Loads each document once (the current one) and cuts the lines out of its body. */
  private static final class LineMaker {
    private final StoredFields stored;
    private final int window;
    private final Map<Integer, Document> cache = new HashMap<>();

    LineMaker(StoredFields stored, int window) {
      this.stored = stored;
      this.window = window;
    }

    void fill(Occurrence o) throws IOException {
      if (o.line != null) {
        return;
      }
      Document doc = document(o.doc.docId);
      String body = doc.get(CommuniqueSchema.BODY);
      int end = Math.min(o.end, body.length());
      int start = Math.min(o.start, end);
      o.line =
          new KwicLine(
              o.doc.id,
              date(doc),
              List.of(doc.getValues(CommuniqueSchema.SPEAKER)),
              doc.get(CommuniqueSchema.TITLE),
              KwicContext.left(body, start, window),
              KwicContext.normalise(body.substring(start, end)),
              KwicContext.right(body, end, window),
              start,
              end);
    }

    /** The sort key of an occurrence: the words to its left read leftwards, or to its right. */
    String key(Occurrence o, boolean left) throws IOException {
      String body = body(o.doc.docId);
      int end = Math.min(o.end, body.length());
      int start = Math.min(o.start, end);
      return left
          ? KwicContext.sortKey(KwicContext.left(body, start, window), true)
          : KwicContext.sortKey(KwicContext.right(body, end, window), false);
    }

    private String body(int docId) throws IOException {
      return document(docId).get(CommuniqueSchema.BODY);
    }

    /** The line fields of a document, loaded once while its occurrences are read. */
    private Document document(int docId) throws IOException {
      Document doc = cache.get(docId);
      if (doc == null) {
        cache.clear();
        doc = stored.document(docId, LINE_FIELDS);
        cache.put(docId, doc);
      }
      return doc;
    }

    private static String date(Document doc) {
      var date = doc.getField(CommuniqueSchema.DATE);
      String precision = doc.get(CommuniqueSchema.DATE_PRECISION);
      if (date == null || date.numericValue() == null || precision == null) {
        return "";
      }
      return DatePrecision.parse(precision)
          .format(LocalDate.ofEpochDay(date.numericValue().longValue()));
    }
  }

  private static void visitThrough(
      java.util.function.UnaryOperator<MatchOffsets.Visitor> spans,
      IndexSearcher searcher,
      CompiledQuery compiled,
      String field,
      MatchOffsets.Visitor visitor)
      throws IOException {
    MatchOffsets.visit(searcher, compiled, field, spans.apply(visitor));
  }
}
