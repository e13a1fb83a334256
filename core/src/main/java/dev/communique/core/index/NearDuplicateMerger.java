package dev.communique.core.index;

import dev.communique.core.schema.CommuniqueSchema;
import dev.communique.core.schema.DocumentMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
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

  private static final Set<String> FIELDS =
      Set.of(
          CommuniqueSchema.ID,
          CommuniqueSchema.SIGNATURE,
          CommuniqueSchema.DATE,
          CommuniqueSchema.SOURCE,
          CommuniqueSchema.DUPLICATE_GROUP,
          CommuniqueSchema.CANONICAL,
          CommuniqueSchema.COPY_SOURCES);

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
  private int groups;
  private int merged;
  private int mergedNow;

  NearDuplicateMerger(double threshold) {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1], got " + threshold);
    }
    this.threshold = threshold;
  }

  /** Reads every live communiqué's duplicate state and decides the groups. */
  List<Entry> plan(IndexSearcher searcher) throws IOException {
    List<Entry> entries = read(searcher);
    int[] parent = new int[entries.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (int band = 0; band < MinHash.bands(); band++) {
      Map<Long, List<Integer>> buckets = new HashMap<>();
      for (int i = 0; i < entries.size(); i++) {
        int[] signature = entries.get(i).signature;
        if (signature == null) {
          continue;
        }
        List<Integer> bucket =
            buckets.computeIfAbsent(MinHash.bandHash(signature, band), k -> new ArrayList<>());
        for (int k = 0; k < bucket.size() && k < MAX_COMPARED_PER_BUCKET; k++) {
          int other = bucket.get(k);
          if (find(parent, other) != find(parent, i)
              && closeInTime(entries.get(other), entries.get(i))
              && MinHash.similarity(signature, entries.get(other).signature) >= threshold) {
            parent[find(parent, i)] = find(parent, other);
          }
        }
        bucket.add(i);
      }
    }
    Map<Integer, List<Entry>> byRoot = new HashMap<>();
    for (int i = 0; i < entries.size(); i++) {
      byRoot.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(entries.get(i));
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

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static List<Entry> read(IndexSearcher searcher) throws IOException {
    List<Entry> entries = new ArrayList<>();
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      StoredFields stored = leaf.reader().storedFields();
      Bits live = leaf.reader().getLiveDocs();
      for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
        if (live != null && !live.get(doc)) {
          continue;
        }
        Document d = stored.document(doc, FIELDS);
        if (d.get(CommuniqueSchema.ID) == null) {
          continue; // a turn of the release that follows it
        }
        BytesRef bytes = d.getBinaryValue(CommuniqueSchema.SIGNATURE);
        int[] signature =
            bytes == null ? null : MinHash.fromBytes(bytes.bytes, bytes.offset, bytes.length);
        IndexableField date = d.getField(CommuniqueSchema.DATE);
        entries.add(
            new Entry(
                d.get(CommuniqueSchema.ID),
                signature,
                date == null ? Long.MAX_VALUE : date.numericValue().longValue(),
                Objects.requireNonNullElse(d.get(CommuniqueSchema.SOURCE), ""),
                d.get(CommuniqueSchema.DUPLICATE_GROUP),
                DocumentMapper.isCanonical(d),
                List.of(d.getValues(CommuniqueSchema.COPY_SOURCES))));
      }
    }
    return entries;
  }
}
