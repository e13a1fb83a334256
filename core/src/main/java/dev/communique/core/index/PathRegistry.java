package dev.communique.core.index;

import dev.communique.core.schema.CommuniqueSchema;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.util.BytesRef;

/**
 * Tells whether communiqués from a file may already be in the index, so that replacing a file's
 * earlier copies costs nothing for a file indexed for the first time: it looks in the commit that
 * was there when the index opened, and in the files this session has written. Does not own the
 * reader it looks in. Thread-safe.
 */
final class PathRegistry {
  private final DirectoryReader base;
  private final Set<String> session = ConcurrentHashMap.newKeySet();

  /** {@code base} may be {@code null} for a new index. */
  PathRegistry(DirectoryReader base) {
    this.base = base;
  }

  /**
   * Records that communiqués from {@code path} are being written and says whether some from it may
   * have been written before (by this session or in the opening commit).
   */
  boolean markWritten(String path) throws IOException {
    if (!session.add(path)) {
      return true;
    }
    if (base == null) {
      return false;
    }
    BytesRef term = new BytesRef(path);
    for (LeafReaderContext leaf : base.leaves()) {
      Terms terms = leaf.reader().terms(CommuniqueSchema.PATH);
      if (terms != null && terms.iterator().seekExact(term)) {
        return true;
      }
    }
    return false;
  }
}
