package dev.communique.core.search;

import dev.communique.core.schema.CommuniqueSchema;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;

/**
 * An {@link IndexSearcher} whose collection statistics of the English text fields count each token
 * once. Those fields index every token twice at one position (an exact copy and a stem); the norms
 * discount the overlap, but Lucene's field totals do not, so BM25's average length came out about
 * twice the lengths it is compared with, and every document looked short. Here the totals are those
 * of the exact copies, which stand once for every token, stop words included, exactly as the norms
 * count them. Thread-safe.
 */
final class ExactAwareSearcher extends IndexSearcher {

  private final Map<String, CollectionStatistics> corrected = new ConcurrentHashMap<>();

  ExactAwareSearcher(IndexReader reader) {
    super(reader);
  }

  @Override
  public CollectionStatistics collectionStatistics(String field) throws IOException {
    CollectionStatistics stored = super.collectionStatistics(field);
    if (stored == null || !CommuniqueSchema.TEXT_FIELDS.contains(field)) {
      return stored;
    }
    CollectionStatistics cached = corrected.get(field);
    if (cached == null) {
      cached = exactCopies(stored);
      corrected.put(field, cached);
    }
    return cached;
  }

  private CollectionStatistics exactCopies(CollectionStatistics stored) throws IOException {
    Terms terms = MultiTerms.getTerms(getIndexReader(), stored.field());
    if (terms == null) {
      return stored;
    }
    long totalTermFreq = 0;
    long docFreq = 0;
    TermsEnum iterator = terms.iterator();
    BytesRef mark = new BytesRef(String.valueOf(CommuniqueSchema.EXACT_MARK));
    if (iterator.seekCeil(mark) != TermsEnum.SeekStatus.END) {
      for (BytesRef term = iterator.term(); term != null; term = iterator.next()) {
        if (term.length == 0 || term.bytes[term.offset] != mark.bytes[mark.offset]) {
          break;
        }
        totalTermFreq += iterator.totalTermFreq();
        docFreq += iterator.docFreq();
      }
    }
    if (docFreq == 0) {
      return stored;
    }
    return new CollectionStatistics(
        stored.field(), stored.maxDoc(), stored.docCount(), totalTermFreq, docFreq);
  }
}
