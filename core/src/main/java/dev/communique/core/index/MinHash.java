package dev.communique.core.index;

import java.nio.ByteBuffer;
import java.util.Arrays;
import org.apache.lucene.util.BytesRef;

/**
 * MinHash signatures over five-word shingles of a text, for estimating how much two bodies overlap
 * (their Jaccard similarity) without comparing the texts. Stateless and thread-safe.
 */
final class MinHash {
  /** Number of hash functions, and so ints in a signature. */
  static final int SIZE = 64;

  /** Rows per LSH band; {@link #SIZE} / this many bands. */
  static final int ROWS_PER_BAND = 4;

  /** Words per shingle. */
  static final int SHINGLE_WORDS = 5;

  /** Texts with fewer shingles than this are too short to call duplicates. */
  static final int MIN_SHINGLES = 12;

  private static final long[] SEEDS = seeds();

  private MinHash() {}

  private static long[] seeds() {
    long[] seeds = new long[SIZE];
    long x = 0x9E3779B97F4A7C15L;
    for (int i = 0; i < SIZE; i++) {
      x += 0x9E3779B97F4A7C15L;
      seeds[i] = mix(x);
    }
    return seeds;
  }

  /** The signature of {@code text}, or {@code null} when it is too short to compare. */
  static int[] signature(String text) {
    long[] words = wordHashes(text);
    int shingles = words.length - SHINGLE_WORDS + 1;
    if (shingles < MIN_SHINGLES) {
      return null;
    }
    int[] signature = new int[SIZE];
    Arrays.fill(signature, Integer.MAX_VALUE);
    for (int start = 0; start < shingles; start++) {
      long shingle = 0;
      for (int w = 0; w < SHINGLE_WORDS; w++) {
        shingle = shingle * 31 + words[start + w];
      }
      for (int i = 0; i < SIZE; i++) {
        int h = (int) (mix(shingle ^ SEEDS[i]) >>> 33);
        if (h < signature[i]) {
          signature[i] = h;
        }
      }
    }
    return signature;
  }

  /** Estimated Jaccard similarity of the texts behind two signatures. */
  static double similarity(int[] a, int[] b) {
    int same = 0;
    for (int i = 0; i < SIZE; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return same / (double) SIZE;
  }

  /** The hash of band {@code band} of a signature, for locality-sensitive bucketing. */
  static long bandHash(int[] signature, int band) {
    long h = band;
    for (int r = 0; r < ROWS_PER_BAND; r++) {
      h = mix(h * 0x100000001B3L + signature[band * ROWS_PER_BAND + r]);
    }
    return h;
  }

  /**
   * The index term of band {@code band} of a signature: the band number, then its hash, so equal
   * terms mean an equal band.
   */
  static BytesRef bandTerm(int[] signature, int band) {
    return new BytesRef(
        ByteBuffer.allocate(Short.BYTES + Long.BYTES)
            .putShort((short) band)
            .putLong(bandHash(signature, band))
            .array());
  }

  static int bands() {
    return SIZE / ROWS_PER_BAND;
  }

  static byte[] toBytes(int[] signature) {
    ByteBuffer buffer = ByteBuffer.allocate(SIZE * Integer.BYTES);
    for (int v : signature) {
      buffer.putInt(v);
    }
    return buffer.array();
  }

  static int[] fromBytes(byte[] bytes, int offset, int length) {
    if (length != SIZE * Integer.BYTES) {
      return null;
    }
    ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, length);
    int[] signature = new int[SIZE];
    for (int i = 0; i < SIZE; i++) {
      signature[i] = buffer.getInt();
    }
    return signature;
  }

  private static long[] wordHashes(String text) {
    long[] hashes = new long[Math.max(16, text.length() / 5)];
    int count = 0;
    long h = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        h = h * 1_000_003L + Character.toLowerCase(c);
        inWord = true;
      } else if (inWord) {
        if (count == hashes.length) {
          hashes = Arrays.copyOf(hashes, count * 2);
        }
        hashes[count++] = mix(h);
        h = 0;
        inWord = false;
      }
    }
    if (inWord) {
      if (count == hashes.length) {
        hashes = Arrays.copyOf(hashes, count + 1);
      }
      hashes[count++] = mix(h);
    }
    return Arrays.copyOf(hashes, count);
  }

  /** A 64-bit finaliser (from SplitMix64) that spreads bits well. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
