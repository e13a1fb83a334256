package dev.communique.indexer.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.CRC32C;

/**
 * Reads the YAML vocabulary files: from an editable folder such as {@code data/vocabulary}, or the
 * copies bundled in the jar. A missing or empty file reads as an empty tree. Stateless and
 * thread-safe.
 */
final class VocabularyFiles {

  private static final String BUNDLED = "/dev/communique/indexer/vocabulary/";

  private VocabularyFiles() {}

  /**
   * The file's tree, or an empty one if there is no such file.
   *
   * @throws IOException naming the file and the first line of the problem
   */
  static JsonNode read(Path file) throws IOException {
    ObjectMapper yaml = yaml();
    if (!Files.exists(file)) {
      return yaml.createObjectNode();
    }
    try (InputStream in = Files.newInputStream(file)) {
      JsonNode node = yaml.readTree(in);
      return node == null ? yaml.createObjectNode() : node;
    } catch (IOException | IllegalArgumentException e) {
      throw new IOException(file + ": " + e.getMessage().lines().findFirst().orElse(""), e);
    }
  }

  /** The bundled copy of a vocabulary file, or an empty tree if the jar has none. */
  static JsonNode bundled(String name) {
    ObjectMapper yaml = yaml();
    try (InputStream in = VocabularyFiles.class.getResourceAsStream(BUNDLED + name)) {
      if (in == null) {
        return yaml.createObjectNode();
      }
      JsonNode node = yaml.readTree(in);
      return node == null ? yaml.createObjectNode() : node;
    } catch (IOException e) {
      throw new UncheckedIOException("the bundled " + name + " cannot be read", e);
    }
  }

  /** Whether the jar bundles this vocabulary file. */
  static boolean isBundled(String name) {
    return VocabularyFiles.class.getResource(BUNDLED + name) != null;
  }

  /**
   * A short hash of the named files' bytes in {@code folder}, or of the bundled copies when {@code
   * folder} is null: it changes whenever one of them is edited, added or removed.
   */
  static String fingerprint(Path folder, String... names) throws IOException {
    CRC32C crc = new CRC32C();
    for (String name : names) {
      crc.update(name.getBytes(StandardCharsets.UTF_8));
      byte[] bytes;
      if (folder != null) {
        Path file = folder.resolve(name);
        bytes = Files.exists(file) ? Files.readAllBytes(file) : null;
      } else {
        try (InputStream in = VocabularyFiles.class.getResourceAsStream(BUNDLED + name)) {
          bytes = in == null ? null : in.readAllBytes();
        }
      }
      crc.update(bytes == null ? new byte[] {0} : bytes);
      crc.update(new byte[] {'\n'});
    }
    return String.format(Locale.ROOT, "%08x", crc.getValue());
  }

  private static ObjectMapper yaml() {
    return new ObjectMapper(new YAMLFactory());
  }
}
