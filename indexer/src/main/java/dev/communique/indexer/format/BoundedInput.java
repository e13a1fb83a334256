package dev.communique.indexer.format;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * An input stream that fails once more than a set number of bytes come out of it: the guard that
 * stops a gzip bomb (a small file that inflates to gigabytes) or a runaway file before it fills
 * memory. Not thread-safe, like any stream.
 */
final class BoundedInput extends FilterInputStream {

  /** The most bytes of decompressed text one file may hold: 32 MiB. */
  static final long MAX_BYTES = 32L * 1024 * 1024;

  /** Thrown when a file holds more than {@link #MAX_BYTES}; the message says so in one line. */
  static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge() {
      super(
          "more than "
              + (MAX_BYTES >> 20)
              + " MiB of text (after decompression); split the file, or check it is not a"
              + " compression bomb");
    }

    @Override
    public String toString() {
      return getMessage();
    }
  }

  private long remaining;

  BoundedInput(InputStream in) {
    super(in);
    this.remaining = MAX_BYTES;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0 && --remaining < 0) {
      throw new TooLarge();
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      remaining -= n;
      if (remaining < 0) {
        throw new TooLarge();
      }
    }
    return n;
  }
}
