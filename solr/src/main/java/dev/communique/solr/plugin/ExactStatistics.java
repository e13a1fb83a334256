package dev.communique.solr.plugin;

import dev.communique.core.schema.CommuniqueSchema;
import dev.communique.core.search.CommuniqueSearcher;
import java.io.IOException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermStatistics;

/**
 * Gives Solr's scoring the collection statistics the embedded index scores with. The English text
 * fields index every token twice at one position (an exact copy and a stem), and the embedded index
 * counts each token once in BM25's average length ({@link CommuniqueSearcher#searcherFactory()}).
 * Here the statistics Solr hands out (the shard's own, or the collection's under a distributed
 * stats cache) keep their document counts, and their token totals are scaled by the share of exact
 * copies among this shard's tokens: on one shard that is exactly the embedded figure, and across
 * shards it is the same share applied to the collection's total.
 *
 * <p>Thread-safe: it keeps the share for the latest reader only, replaced atomically.
 */
final class ExactStatistics {

  private volatile Shares latest;

  /** A searcher over the same reader whose statistics are Solr's, corrected as described. */
  IndexSearcher correcting(IndexSearcher solr) throws IOException {
    IndexSearcher corrected = new Correcting(solr, shares(solr.getIndexReader()));
    corrected.setSimilarity(solr.getSimilarity());
    corrected.setQueryCache(solr.getQueryCache());
    return corrected;
  }

  private Shares shares(IndexReader reader) throws IOException {
    Object key =
        reader.getReaderCacheHelper() == null ? reader : reader.getReaderCacheHelper().getKey();
    Shares current = latest;
    if (current != null && current.key == key) {
      return current;
    }
    IndexSearcher plain = new IndexSearcher(reader);
    IndexSearcher exact = CommuniqueSearcher.searcherFactory().newSearcher(reader, null);
    double title = share(plain, exact, CommuniqueSchema.TITLE);
    double body = share(plain, exact, CommuniqueSchema.BODY);
    Shares computed = new Shares(key, title, body);
    latest = computed;
    return computed;
  }

  private static double share(IndexSearcher plain, IndexSearcher exact, String field)
      throws IOException {
    CollectionStatistics all = plain.collectionStatistics(field);
    CollectionStatistics exactOnly = exact.collectionStatistics(field);
    if (all == null || exactOnly == null || all.sumTotalTermFreq() == 0) {
      return 1;
    }
    return (double) exactOnly.sumTotalTermFreq() / all.sumTotalTermFreq();
  }

  private record Shares(Object key, double title, double body) {
    double of(String field) {
      return switch (field) {
        case CommuniqueSchema.TITLE -> title;
        case CommuniqueSchema.BODY -> body;
        default -> 1;
      };
    }
  }

  private static final class Correcting extends IndexSearcher {
    private final IndexSearcher solr;
    private final Shares shares;

    Correcting(IndexSearcher solr, Shares shares) {
      super(solr.getIndexReader());
      this.solr = solr;
      this.shares = shares;
    }

    @Override
    public TermStatistics termStatistics(Term term, int docFreq, long totalTermFreq)
        throws IOException {
      return solr.termStatistics(term, docFreq, totalTermFreq);
    }

    @Override
    public CollectionStatistics collectionStatistics(String field) throws IOException {
      CollectionStatistics given = solr.collectionStatistics(field);
      double share = shares.of(field);
      if (given == null || share == 1) {
        return given;
      }
      long tokens = Math.max(given.docCount(), Math.round(given.sumTotalTermFreq() * share));
      long postings = Math.max(given.docCount(), Math.round(given.sumDocFreq() * share));
      return new CollectionStatistics(field, given.maxDoc(), given.docCount(), tokens, postings);
    }
  }
}
