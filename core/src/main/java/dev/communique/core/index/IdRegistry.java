package dev.communique.core.index;

import dev.communique.core.schema.CommuniqueSchema;
import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * Tells whether an id is in the index, so that an upsert can report {@link UpsertOutcome#ADDED} or
 * {@link UpsertOutcome#UPDATED} without reopening a reader per write: it looks in the commit that
 * was there when the index opened, and in what this session wrote since. Thread-safe.
 */
final class IdRegistry {
  private final DirectoryReader base;
  private final ConcurrentHashMap<String, Boolean> session = new ConcurrentHashMap<>();

  /** {@code base} may be {@code null} for a new index; the registry closes it. */
  IdRegistry(DirectoryReader base) {
    this.base = base;
  }

  /** A registry of the files written, looking in the same opening commit. */
  PathRegistry paths() {
    return new PathRegistry(base);
  }

  /** Records that {@code id} is now live and says whether it was before. */
  boolean markLive(String id) throws IOException {
    boolean[] existed = new boolean[1];
    IOException[] failure = new IOException[1];
    session.compute(
        id,
        (key, live) -> {
          if (live != null) {
            existed[0] = live;
          } else {
            try {
              existed[0] = inBase(key);
            } catch (IOException e) {
              failure[0] = e;
            }
          }
          return Boolean.TRUE;
        });
    if (failure[0] != null) {
      throw failure[0];
    }
    return existed[0];
  }

  /** Records that {@code id} was deleted. */
  void markDeleted(String id) {
    session.put(id, Boolean.FALSE);
  }

  private boolean inBase(String id) throws IOException {
    if (base == null) {
      return false;
    }
    BytesRef term = new BytesRef(id);
    for (LeafReaderContext leaf : base.leaves()) {
      Terms terms = leaf.reader().terms(CommuniqueSchema.ID);
      if (terms == null) {
        continue;
      }
      TermsEnum iterator = terms.iterator();
      if (iterator.seekExact(term)) {
        var postings = iterator.postings(null);
        var live = leaf.reader().getLiveDocs();
        for (int doc = postings.nextDoc();
            doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS;
            doc = postings.nextDoc()) {
          if (live == null || live.get(doc)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  void close() throws IOException {
    if (base != null) {
      base.close();
    }
  }
}
