package dev.communique.core.search;

import dev.communique.core.schema.CommuniqueSchema;
import java.io.IOException;
import java.io.StringReader;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BaseTermsEnum;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.ImpactsEnum;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.similarities.ClassicSimilarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The "more like this" query of a communiqué, made by Lucene's {@link MoreLikeThis} from its title
 * and body: the words are analysed with the schema's query analyzer (stems, never the exact
 * copies), and the most distinctive ones (by tf-idf over the releases) become a weighted
 * disjunction over the same fields. The document frequencies come from the caller, so the embedded
 * index and a cluster choose the same words from the same statistics. Stateless and thread-safe.
 */
public final class LikeQuery {

  /** The most stems a "more like this" query keeps. */
  static final int MAX_QUERY_TERMS = 30;

  /** How many communiqués hold a word in a field; the weights words are chosen by. */
  public interface DocumentFrequencies {
    /** The number of communiqués whose {@code field} holds {@code word}. */
    int docFreq(String field, String word) throws IOException;
  }

  private LikeQuery() {}

  /**
   * The words of the title and body that may be chosen (those used at least twice), by field: the
   * ones whose document frequency {@link #build} asks for.
   */
  public static Map<String, List<String>> candidates(String title, String body) throws IOException {
    Analyzer analyzer = CommuniqueSchema.queryAnalyzer();
    Map<String, List<String>> words = new LinkedHashMap<>();
    words.put(CommuniqueSchema.TITLE, frequent(analyzer, CommuniqueSchema.TITLE, title));
    words.put(CommuniqueSchema.BODY, frequent(analyzer, CommuniqueSchema.BODY, body));
    return words;
  }

  /**
   * The query.
   *
   * @param storedDocs the number of documents with an id, of which a word may be in half at most
   * @param releases the number of releases, copies included, that idf is computed over
   */
  public static Query build(
      String title, String body, DocumentFrequencies frequencies, long storedDocs, long releases)
      throws IOException {
    try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
      try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
        writer.addDocument(new Document());
      }
      try (DirectoryReader empty = DirectoryReader.open(directory)) {
        IndexReader statistics = new FrequencyReader(empty.leaves().get(0).reader(), frequencies);
        MoreLikeThis mlt = new MoreLikeThis(statistics);
        mlt.setAnalyzer(CommuniqueSchema.queryAnalyzer());
        mlt.setFieldNames(new String[] {CommuniqueSchema.TITLE, CommuniqueSchema.BODY});
        mlt.setMinTermFreq(2);
        mlt.setMinDocFreq(2);
        mlt.setMaxDocFreq(Math.toIntExact(storedDocs * 50 / 100));
        mlt.setMaxQueryTerms(MAX_QUERY_TERMS);
        mlt.setBoost(true);
        mlt.setSimilarity(new ReleaseIdf(releases));
        Map<String, Collection<Object>> text =
            Map.of(
                CommuniqueSchema.TITLE, List.of(title == null ? "" : title),
                CommuniqueSchema.BODY, List.of(body == null ? "" : body));
        return mlt.like(text);
      }
    }
  }

  private static List<String> frequent(Analyzer analyzer, String field, String text)
      throws IOException {
    Map<String, Integer> counts = new HashMap<>();
    try (TokenStream stream =
        analyzer.tokenStream(field, new StringReader(text == null ? "" : text))) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        counts.merge(term.toString(), 1, Integer::sum);
      }
      stream.end();
    }
    TreeSet<String> words = new TreeSet<>();
    counts.forEach(
        (word, n) -> {
          if (n >= 2) {
            words.add(word);
          }
        });
    return List.copyOf(words);
  }

  /**
   * Term weights over the releases alone: an embedded index also holds their turns, which must not
   * change how distinctive a word is.
   */
  static final class ReleaseIdf extends ClassicSimilarity {
    private final long releases;

    ReleaseIdf(long releases) {
      this.releases = releases;
    }

    @Override
    public float idf(long docFreq, long docCount) {
      return super.idf(docFreq, releases);
    }
  }

  /** A reader with no postings whose document frequencies are the caller's. */
  private static final class FrequencyReader extends FilterLeafReader {
    private final DocumentFrequencies frequencies;

    FrequencyReader(LeafReader empty, DocumentFrequencies frequencies) {
      super(empty);
      this.frequencies = frequencies;
    }

    @Override
    public Terms terms(String field) {
      return new Terms() {
        @Override
        public TermsEnum iterator() {
          return new FrequencyTerms(field, frequencies);
        }

        @Override
        public long size() {
          return -1;
        }

        @Override
        public long getSumTotalTermFreq() {
          return -1;
        }

        @Override
        public long getSumDocFreq() {
          return -1;
        }

        @Override
        public int getDocCount() {
          return -1;
        }

        @Override
        public boolean hasFreqs() {
          return false;
        }

        @Override
        public boolean hasOffsets() {
          return false;
        }

        @Override
        public boolean hasPositions() {
          return false;
        }

        @Override
        public boolean hasPayloads() {
          return false;
        }
      };
    }

    @Override
    public CacheHelper getCoreCacheHelper() {
      return null;
    }

    @Override
    public CacheHelper getReaderCacheHelper() {
      return null;
    }
  }

  /** Seeks answer whether the caller knows the word; {@link #docFreq()} gives its frequency. */
  private static final class FrequencyTerms extends BaseTermsEnum {
    private final String field;
    private final DocumentFrequencies frequencies;
    private BytesRef current;
    private int docFreq;

    FrequencyTerms(String field, DocumentFrequencies frequencies) {
      this.field = field;
      this.frequencies = frequencies;
    }

    @Override
    public boolean seekExact(BytesRef text) throws IOException {
      current = BytesRef.deepCopyOf(text);
      docFreq = frequencies.docFreq(field, text.utf8ToString());
      return docFreq > 0;
    }

    @Override
    public SeekStatus seekCeil(BytesRef text) throws IOException {
      return seekExact(text) ? SeekStatus.FOUND : SeekStatus.NOT_FOUND;
    }

    @Override
    public void seekExact(long ord) {
      throw new UnsupportedOperationException();
    }

    @Override
    public BytesRef term() {
      return current;
    }

    @Override
    public long ord() {
      throw new UnsupportedOperationException();
    }

    @Override
    public int docFreq() {
      return docFreq;
    }

    @Override
    public long totalTermFreq() {
      return docFreq;
    }

    @Override
    public PostingsEnum postings(PostingsEnum reuse, int flags) {
      throw new UnsupportedOperationException();
    }

    @Override
    public ImpactsEnum impacts(int flags) {
      throw new UnsupportedOperationException();
    }

    @Override
    public BytesRef next() {
      return null;
    }
  }
}
