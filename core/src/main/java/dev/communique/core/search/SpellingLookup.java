package dev.communique.core.search;

import java.io.IOException;
import java.util.Optional;

/**
 * What "did you mean" asks of an index about one word, given as its exact (unstemmed) indexed term:
 * whether titles or bodies have it, and which indexed body term is closest to it. The embedded
 * index answers from its reader; another engine answers with requests of its own, and {@link
 * CommuniqueSearcher#correction} chooses the words to ask about and writes the correction.
 * Implementations need not be thread-safe: one is used by one request.
 */
public interface SpellingLookup {

  /** Whether any title or body holds this exact term. */
  boolean indexed(String exactTerm) throws IOException;

  /**
   * The indexed body term closest to this one, as Lucene's {@code DirectSpellChecker} with its
   * defaults (and a shortest query of 5 characters) would choose it, or empty if none is close.
   */
  Optional<String> closest(String exactTerm) throws IOException;
}
