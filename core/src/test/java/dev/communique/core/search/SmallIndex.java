package dev.communique.core.search;

import dev.communique.core.Communique;
import dev.communique.core.index.CommuniqueIndex;
import java.io.IOException;
import java.nio.file.Path;

/** Opens a small hand-made index for tests, holding the given communiqués. */
final class SmallIndex {
  private SmallIndex() {}

  /** Opens an index in {@code dir} and adds {@code communiques} to it, in order. */
  static CommuniqueIndex open(Path dir, Communique... communiques) throws IOException {
    return add(CommuniqueIndex.open(dir), communiques);
  }

  /** Opens an index in {@code dir} with {@code vocabulary} and adds {@code communiques}. */
  static CommuniqueIndex open(Path dir, QueryVocabulary vocabulary, Communique... communiques)
      throws IOException {
    return add(CommuniqueIndex.open(dir, vocabulary), communiques);
  }

  private static CommuniqueIndex add(CommuniqueIndex index, Communique... communiques)
      throws IOException {
    for (Communique communique : communiques) {
      index.upsert(communique);
    }
    return index;
  }
}
