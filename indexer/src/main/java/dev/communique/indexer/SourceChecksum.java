package dev.communique.indexer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.CRC32C;

/**
 * The checksum that tells whether a source changed since it was indexed: a CRC-32C of the file's
 * bytes and its length, with whatever else decides what the source becomes (its id, a manifest
 * row's metadata). Reading the bytes is far cheaper than parsing and extracting them. Not
 * instantiable.
 */
final class SourceChecksum {
  private static final int BUFFER = 64 * 1024;

  private SourceChecksum() {}

  /**
   * The part of a checksum that stands for the settings a source was read with (vocabulary, rules,
   * options): a slash and a hash of {@code parts}, appended to {@link #of}.
   */
  static String settings(String... parts) {
    CRC32C crc = new CRC32C();
    for (String part : parts) {
      crc.update(part.getBytes(StandardCharsets.UTF_8));
      crc.update(0);
    }
    return String.format(Locale.ROOT, "/%08x", crc.getValue());
  }

  /**
   * Whether two recorded checksums are of the same bytes, read with different settings. A checksum
   * recorded before settings were recorded has none, and counts as different settings.
   */
  static boolean sameBytes(String stored, String current) {
    int slash = current.indexOf('/');
    String bytes = slash < 0 ? current : current.substring(0, slash);
    return !stored.equals(current) && (stored.equals(bytes) || stored.startsWith(bytes + "/"));
  }

  /** The checksum of {@code file} read as {@code context} says (an id, a row's metadata). */
  static String of(Path file, String context) throws IOException {
    CRC32C crc = new CRC32C();
    long length = 0;
    byte[] buffer = new byte[BUFFER];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        crc.update(buffer, 0, n);
        length += n;
      }
    }
    CRC32C extra = new CRC32C();
    extra.update(context.getBytes(StandardCharsets.UTF_8));
    return String.format(Locale.ROOT, "%08x-%d-%08x", crc.getValue(), length, extra.getValue());
  }
}
