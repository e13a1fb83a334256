package dev.communique.indexer.format;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads a text stream line by line, keeping at most a set number of characters of any one line: a
 * longer line is read past and reported as too long, never held in memory. JSON Lines uses it so
 * that one enormous record costs one skipped line, not the file or the heap. Not thread-safe.
 */
final class BoundedLines {
  private final Reader in;
  private final int maxChars;

  /**
   * Small on purpose: a decoding or decompression failure loses what the failing read had decoded,
   * so at most this much text before the failure goes unread.
   */
  private final char[] buffer = new char[4096];

  private final StringBuilder line = new StringBuilder();
  private int position;
  private int end;
  private int number;
  private long length;
  private boolean afterCarriageReturn;

  BoundedLines(Reader in, int maxChars) {
    this.in = in;
    this.maxChars = maxChars;
  }

  /**
   * Moves to the next line; false at the end of the stream. A line ends at {@code \n}, {@code \r\n}
   * or a lone {@code \r}, as {@link java.io.BufferedReader#readLine()} ends it.
   */
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
      if (afterCarriageReturn) {
        afterCarriageReturn = false;
        if (buffer[position] == '\n') {
          position++;
          continue;
        }
      }
      started = true;
      int start = position;
      while (position < end && buffer[position] != '\n' && buffer[position] != '\r') {
        position++;
      }
      int count = position - start;
      if (length + count <= maxChars) {
        line.append(buffer, start, count);
      }
      length += count;
      if (position < end) {
        afterCarriageReturn = buffer[position] == '\r';
        position++;
        break;
      }
    }
    number++;
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
