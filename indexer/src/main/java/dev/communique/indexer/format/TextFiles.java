package dev.communique.indexer.format;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Opens release files as text: UTF-8 with or without a byte-order mark, gzip-compressed when the
 * name ends in {@code .gz}. A file in another encoding, a binary file or an empty one is refused
 * with a {@link SourceException} rather than indexed as mojibake. Stateless and thread-safe.
 */
public final class TextFiles {

  private TextFiles() {}

  /**
   * Reads the whole file as text, line endings normalised to {@code \n}.
   *
   * @throws SourceException if it is empty, binary, compressed badly or not UTF-8
   */
  public static String read(Path path) throws IOException, SourceException {
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    try (Reader reader = open(path)) {
      for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
        text.append(buffer, 0, n);
      }
    } catch (CharacterCodingException | ZipException | EOFException e) {
      throw failure(path, e, text);
    } catch (BoundedInput.TooLarge e) {
      throw new SourceException(path.toString(), e.getMessage());
    }
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\0') {
        throw new SourceException(path.toString(), "binary file (NUL byte at character " + i + ")");
      }
    }
    String result = text.toString().replace("\r\n", "\n").replace('\r', '\n');
    if (result.isBlank()) {
      throw new SourceException(path.toString(), "empty file");
    }
    return result;
  }

  /**
   * Opens the file for streaming text, past any byte-order mark, decoding strictly: malformed input
   * raises {@link CharacterCodingException} from the reader.
   *
   * @throws SourceException if the file starts with a UTF-16 or UTF-32 byte-order mark
   */
  public static BufferedReader open(Path path) throws IOException, SourceException {
    return new BufferedReader(open(path, true), 65536);
  }

  /**
   * Opens the file as {@link #open(Path)} does, without a character buffer (the bytes are
   * buffered), so that a failure loses no more than the read it interrupts; when {@code bounded} is
   * false the whole file may hold more than {@link BoundedInput#MAX_BYTES}, for formats that bound
   * each record instead.
   */
  static Reader open(Path path, boolean bounded) throws IOException, SourceException {
    InputStream in = new BufferedInputStream(Files.newInputStream(path), 65536);
    try {
      if (path.getFileName().toString().endsWith(".gz")) {
        in = new BufferedInputStream(new GZIPInputStream(in, 65536), 65536);
      }
      if (bounded) {
        in = new BufferedInputStream(new BoundedInput(in), 65536);
      }
      in.mark(4);
      byte[] head = in.readNBytes(4);
      in.reset();
      int skip = bomLength(path, head);
      in.skipNBytes(skip);
      CharsetDecoder decoder =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT);
      return new InputStreamReader(in, decoder);
    } catch (IOException | SourceException | RuntimeException e) {
      in.close();
      if (e instanceof ZipException || e instanceof EOFException) {
        throw new SourceException(
            path.toString(), "not a valid gzip file (" + reason((IOException) e) + ")");
      }
      throw e;
    }
  }

  private static int bomLength(Path path, byte[] head) throws SourceException {
    if (head.length >= 3
        && (head[0] & 0xFF) == 0xEF
        && (head[1] & 0xFF) == 0xBB
        && (head[2] & 0xFF) == 0xBF) {
      return 3;
    }
    if (head.length >= 2
        && (((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF)
            || ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE))) {
      throw new SourceException(
          path.toString(), "encoded in UTF-16, not UTF-8; convert it to UTF-8 to index it");
    }
    return 0;
  }

  /** Turns a decoding or decompression failure into a one-line reason. */
  static SourceException failure(Path path, IOException e, CharSequence readSoFar) {
    if (e instanceof MalformedInputException || e instanceof CharacterCodingException) {
      int line = 1;
      for (int i = 0; i < readSoFar.length(); i++) {
        if (readSoFar.charAt(i) == '\n') {
          line++;
        }
      }
      return new SourceException(
          path + ":" + line,
          "not valid UTF-8 near line " + line + "; convert the file to UTF-8 to index it");
    }
    return new SourceException(path.toString(), "not a valid gzip file (" + reason(e) + ")");
  }

  private static String reason(IOException e) {
    return e.getMessage() == null ? "truncated" : e.getMessage();
  }
}
