package dev.communique.core.index;

import dev.communique.core.schema.CommuniqueSchema;
import dev.communique.core.schema.DocumentMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * Groups near-duplicate communiqués by their MinHash signatures, bucketed by locality-sensitive
 * hashing and confirmed by estimated Jaccard similarity and by dates at most {@value
 * #MAX_DAYS_APART} days apart, and picks each group's canonical member: the earliest dated, then
 * the one with the shortest source, then the smallest id. Not thread-safe; {@link CommuniqueIndex}
 * runs one at a time.
 */
final class NearDuplicateMerger {

  /** One communiqué's duplicate state as stored, and as it should become. */
  static final class Entry {
    final String id;
    final int[] signature;
    final long date;
    final String source;
    final String storedGroup;
    final boolean storedCanonical;
    final List<String> storedCopies;
    String group;
    boolean canonical = true;
    List<String> copies = List.of();

    Entry(
        String id,
        int[] signature,
        long date,
        String source,
        String storedGroup,
        boolean storedCanonical,
        List<String> storedCopies) {
      this.id = id;
      this.signature = signature;
      this.date = date;
      this.source = source;
      this.storedGroup = storedGroup;
      this.storedCanonical = storedCanonical;
      this.storedCopies = storedCopies;
      this.group = id;
    }

    boolean changed() {
      return !Objects.equals(group, storedGroup)
          || canonical != storedCanonical
          || !copies.equals(storedCopies);
    }
  }

  private static final Set<String> FIELDS = Set.copyOf(NearDuplicates.FIELDS);

  private static final Comparator<Entry> CANONICAL_FIRST =
      Comparator.<Entry>comparingLong(e -> e.date)
          .thenComparingInt(e -> e.source.length())
          .thenComparing(e -> e.source)
          .thenComparing(e -> e.id);

  /** Candidates compared in one LSH bucket, bounding the cost of very common texts. */
  static final int MAX_COMPARED_PER_BUCKET = 64;

  /** The most days apart two dated communiqués may be and still count as copies. */
  static final long MAX_DAYS_APART = 7;

  private final double threshold;
  private int examined;
  private int groups;
  private int merged;
  private int mergedNow;

  NearDuplicateMerger(double threshold) {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1], got " + threshold);
    }
    this.threshold = threshold;
  }

  /**
   * Decides the groups. Candidates come from the {@link CommuniqueSchema#LSH_BAND} terms shared by
   * two or more live communiqués, so only they, and the communiqués a previous pass grouped, are
   * read: memory grows with the duplicates, not with the index.
   */
  List<Entry> plan(IndexSearcher searcher) throws IOException {
    Candidates candidates = new Candidates(searcher);
    Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), CommuniqueSchema.LSH_BAND);
    if (terms != null) {
      TermsEnum bands = terms.iterator();
      PostingsEnum postings = null;
      List<Integer> bucket = new ArrayList<>();
      while (bands.next() != null) {
        if (bands.docFreq() < 2) {
          continue;
        }
        postings = bands.postings(postings, PostingsEnum.NONE);
        bucket.clear();
        for (int doc = postings.nextDoc();
            doc != DocIdSetIterator.NO_MORE_DOCS;
            doc = postings.nextDoc()) {
          if (!candidates.isLive(doc)) {
            continue;
          }
          int i = candidates.entry(doc);
          if (i < 0) {
            continue;
          }
          compareWithBucket(candidates, bucket, i);
          bucket.add(i);
        }
      }
    }
    candidates.addPreviouslyGrouped();
    List<Entry> entries = candidates.entries;
    examined = searcher.count(CommuniqueSchema.isRelease());
    Map<Integer, List<Entry>> byRoot = new HashMap<>();
    for (int i = 0; i < entries.size(); i++) {
      byRoot.computeIfAbsent(candidates.find(i), k -> new ArrayList<>()).add(entries.get(i));
    }
    for (List<Entry> members : byRoot.values()) {
      if (members.size() < 2) {
        continue;
      }
      groups++;
      merged += members.size() - 1;
      members.sort(CANONICAL_FIRST);
      Entry head = members.get(0);
      List<String> copies = new ArrayList<>();
      for (Entry member : members.subList(1, members.size())) {
        member.group = head.id;
        member.canonical = false;
        copies.add(member.source);
      }
      head.copies = List.copyOf(copies);
    }
    for (Entry entry : entries) {
      if (!entry.canonical && entry.storedCanonical) {
        mergedNow++;
      }
    }
    return entries;
  }

  /** The live communiqués the pass covered, candidates or not. */
  int examined() {
    return examined;
  }

  int groups() {
    return groups;
  }

  int merged() {
    return merged;
  }

  int mergedNow() {
    return mergedNow;
  }

  /**
   * Copies are published close together; template texts (monthly notices, proclamations that differ
   * in a place name) months apart are different releases.
   */
  private static boolean closeInTime(Entry a, Entry b) {
    return a.date == Long.MAX_VALUE
        || b.date == Long.MAX_VALUE
        || Math.abs(a.date - b.date) <= MAX_DAYS_APART;
  }

  /**
   * Compares entry {@code i} with the first {@value #MAX_COMPARED_PER_BUCKET} entries of its bucket
   * and joins it to those that are copies.
   */
  private void compareWithBucket(Candidates candidates, List<Integer> bucket, int i) {
    Entry entry = candidates.entries.get(i);
    for (int k = 0; k < bucket.size() && k < MAX_COMPARED_PER_BUCKET; k++) {
      int other = bucket.get(k);
      Entry that = candidates.entries.get(other);
      if (candidates.find(other) != candidates.find(i)
          && closeInTime(that, entry)
          && MinHash.similarity(entry.signature, that.signature) >= threshold) {
        candidates.union(i, other);
      }
    }
  }

  /**
   * The communiqués read so far, by global document number, with their union-find parents. Not
   * thread-safe.
   */
  private static final class Candidates {
    final List<Entry> entries = new ArrayList<>();
    private final Map<Integer, Integer> byDoc = new HashMap<>();
    private int[] parent = new int[16];
    private final IndexSearcher searcher;
    private final StoredFields stored;
    private final Bits live;

    Candidates(IndexSearcher searcher) throws IOException {
      this.searcher = searcher;
      this.stored = searcher.storedFields();
      this.live = MultiBits.getLiveDocs(searcher.getIndexReader());
    }

    boolean isLive(int doc) {
      return live == null || live.get(doc);
    }

    /** The index of the entry of this live release, read on first use; -1 for a turn. */
    int entry(int doc) throws IOException {
      Integer known = byDoc.get(doc);
      if (known != null) {
        return known;
      }
      Document d = stored.document(doc, FIELDS);
      if (d.get(CommuniqueSchema.ID) == null) {
        byDoc.put(doc, -1);
        return -1;
      }
      BytesRef bytes = d.getBinaryValue(CommuniqueSchema.SIGNATURE);
      int[] signature =
          bytes == null ? null : MinHash.fromBytes(bytes.bytes, bytes.offset, bytes.length);
      IndexableField date = d.getField(CommuniqueSchema.DATE);
      int i = entries.size();
      entries.add(
          new Entry(
              d.get(CommuniqueSchema.ID),
              signature,
              date == null ? Long.MAX_VALUE : date.numericValue().longValue(),
              Objects.requireNonNullElse(d.get(CommuniqueSchema.SOURCE), ""),
              d.get(CommuniqueSchema.DUPLICATE_GROUP),
              DocumentMapper.isCanonical(d),
              List.of(d.getValues(CommuniqueSchema.COPY_SOURCES))));
      if (i == parent.length) {
        parent = Arrays.copyOf(parent, i * 2);
      }
      parent[i] = i;
      byDoc.put(doc, i);
      return i;
    }

    /**
     * Reads the communiqués a previous pass grouped (canonical ones that list copies, the copies
     * and their canonical ones), so that a group that no longer holds is undone.
     */
    void addPreviouslyGrouped() throws IOException {
      IndexReader reader = searcher.getIndexReader();
      Terms heads = MultiTerms.getTerms(reader, CommuniqueSchema.COPY_SOURCES);
      if (heads != null) {
        TermsEnum sources = heads.iterator();
        PostingsEnum docs = null;
        while (sources.next() != null) {
          docs = sources.postings(docs, PostingsEnum.NONE);
          for (int doc = docs.nextDoc();
              doc != DocIdSetIterator.NO_MORE_DOCS;
              doc = docs.nextDoc()) {
            if (isLive(doc)) {
              entry(doc);
            }
          }
        }
      }
      PostingsEnum copies =
          MultiTerms.getTermPostingsEnum(
              reader, CommuniqueSchema.CANONICAL, new BytesRef(CommuniqueSchema.CANONICAL_NO));
      if (copies == null) {
        return;
      }
      List<String> groups = new ArrayList<>();
      for (int doc = copies.nextDoc();
          doc != DocIdSetIterator.NO_MORE_DOCS;
          doc = copies.nextDoc()) {
        if (isLive(doc)) {
          int i = entry(doc);
          if (i >= 0 && entries.get(i).storedGroup != null) {
            groups.add(entries.get(i).storedGroup);
          }
        }
      }
      for (String group : groups) {
        PostingsEnum docs =
            MultiTerms.getTermPostingsEnum(reader, CommuniqueSchema.ID, new BytesRef(group));
        if (docs == null) {
          continue;
        }
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
          if (isLive(doc)) {
            entry(doc);
          }
        }
      }
    }

    int find(int i) {
      while (parent[i] != i) {
        parent[i] = parent[parent[i]];
        i = parent[i];
      }
      return i;
    }

    void union(int i, int other) {
      parent[find(i)] = find(other);
    }
  }
}
