package dev.communique.indexer.format;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads a text stream line by line, keeping at most a set number of characters of any one line: a
 * longer line is read past and reported as too long, never held in memory. JSON Lines uses it so
 * that one enormous record costs one skipped line, not the file or the heap. A trailing {@code \r}
 * is dropped. Not thread-safe.
 */
final class BoundedLines {
  private final Reader in;
  private final int maxChars;
  private final char[] buffer = new char[64 * 1024];
  private final StringBuilder line = new StringBuilder();
  private int position;
  private int end;
  private int number;
  private long length;

  BoundedLines(Reader in, int maxChars) {
    this.in = in;
    this.maxChars = maxChars;
  }

  /** Moves to the next line; false at the end of the stream. */
  boolean advance() throws IOException {
    line.setLength(0);
    length = 0;
    boolean started = false;
    while (true) {
      if (position == end) {
        int n = in.read(buffer);
        if (n < 0) {
          if (!started) {
            return false;
          }
          break;
        }
        position = 0;
        end = n;
      }
      started = true;
      int start = position;
      while (position < end && buffer[position] != '\n') {
        position++;
      }
      int count = position - start;
      if (length + count <= maxChars) {
        line.append(buffer, start, count);
      }
      length += count;
      if (position < end) {
        position++;
        break;
      }
    }
    number++;
    if (length <= maxChars && line.length() > 0 && line.charAt(line.length() - 1) == '\r') {
      line.setLength(line.length() - 1);
      length--;
    }
    return true;
  }

  /** The current line's number, from 1. */
  int number() {
    return number;
  }

  /** The current line's length in characters, counted in full even when it is too long. */
  long length() {
    return length;
  }

  /** Whether the current line is longer than the limit; its text is then not kept. */
  boolean tooLong() {
    return length > maxChars;
  }

  /** The current line's text; only for a line that is not {@link #tooLong()}. */
  String text() {
    if (tooLong()) {
      throw new IllegalStateException("line " + number + " is too long to keep");
    }
    return line.toString();
  }
}
