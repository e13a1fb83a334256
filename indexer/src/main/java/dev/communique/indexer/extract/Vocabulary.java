package dev.communique.indexer.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The editable lists behind metadata extraction: topics, the speaker registry and organisations by
 * host, read from {@code topics.yaml}, {@code speakers.yaml} and {@code organizations.yaml} in a
 * folder (the project keeps them in {@code data/vocabulary}); the jar bundles a copy as the
 * default. The speaker registry also carries the words names are read with, from {@code
 * speaker-rules.yaml} (the bundled copy when the folder has none). Immutable and thread-safe.
 *
 * @param topics the topic vocabulary
 * @param speakers the speaker registry
 * @param organizations organisations by source host
 */
public record Vocabulary(
    TopicVocabulary topics, SpeakerRegistry speakers, OrganizationDirectory organizations) {

  private static final String BUNDLED = "/dev/communique/indexer/vocabulary/";

  /** No topics, no known speakers, no hosts: extraction only normalises what it finds. */
  public static Vocabulary empty() {
    return new Vocabulary(
        TopicVocabulary.empty(), SpeakerRegistry.empty(), OrganizationDirectory.empty());
  }

  /**
   * Reads the three files from {@code folder}; a missing file means an empty list.
   *
   * @throws IOException naming the file if one cannot be read or parsed
   */
  public static Vocabulary load(Path folder) throws IOException {
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    return new Vocabulary(
        TopicVocabulary.fromTree(tree(yaml, folder.resolve("topics.yaml"))),
        SpeakerRegistry.fromTree(
            tree(yaml, folder.resolve("speakers.yaml")), speakerRules(yaml, folder)),
        OrganizationDirectory.fromTree(tree(yaml, folder.resolve("organizations.yaml"))));
  }

  /** The copy of the project's vocabulary bundled in the jar. */
  public static Vocabulary bundled() {
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    try {
      return new Vocabulary(
          TopicVocabulary.fromTree(resource(yaml, "topics.yaml")),
          SpeakerRegistry.fromTree(resource(yaml, "speakers.yaml"), SpeakerRules.bundled()),
          OrganizationDirectory.fromTree(resource(yaml, "organizations.yaml")));
    } catch (IOException e) {
      throw new UncheckedIOException("the bundled vocabulary cannot be read", e);
    }
  }

  private static SpeakerRules speakerRules(ObjectMapper yaml, Path folder) throws IOException {
    Path file = folder.resolve("speaker-rules.yaml");
    return Files.exists(file) ? SpeakerRules.fromTree(tree(yaml, file)) : SpeakerRules.bundled();
  }

  private static JsonNode tree(ObjectMapper yaml, Path file) throws IOException {
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

  private static JsonNode resource(ObjectMapper yaml, String name) throws IOException {
    try (InputStream in = Vocabulary.class.getResourceAsStream(BUNDLED + name)) {
      if (in == null) {
        return yaml.createObjectNode();
      }
      JsonNode node = yaml.readTree(in);
      return node == null ? yaml.createObjectNode() : node;
    }
  }
}
