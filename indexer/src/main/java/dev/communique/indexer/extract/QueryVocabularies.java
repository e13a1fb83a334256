package dev.communique.indexer.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.communique.core.search.QueryVocabulary;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Loads the {@link QueryVocabulary} searches apply: synonym groups from {@code synonyms.yaml} and
 * speaker aliases from the speaker registry {@code speakers.yaml}, in a folder (the project keeps
 * them in {@code data/vocabulary}) or the copy bundled in the jar. Stateless.
 */
public final class QueryVocabularies {

  private static final String BUNDLED = "/dev/communique/indexer/vocabulary/";

  private QueryVocabularies() {}

  /**
   * Reads {@code synonyms.yaml} and {@code speakers.yaml} from {@code folder}; a missing file means
   * none.
   *
   * @throws IOException naming the file if one cannot be read or parsed
   */
  public static QueryVocabulary load(Path folder) throws IOException {
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    Path synonyms = folder.resolve("synonyms.yaml");
    Path speakers = folder.resolve("speakers.yaml");
    try {
      return build(read(yaml, synonyms), read(yaml, speakers));
    } catch (IllegalArgumentException e) {
      throw new IOException(folder + ": " + e.getMessage(), e);
    }
  }

  /** The query vocabulary bundled in the jar. */
  public static QueryVocabulary bundled() {
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    try {
      return build(resource(yaml, "synonyms.yaml"), resource(yaml, "speakers.yaml"));
    } catch (IOException e) {
      throw new UncheckedIOException("the bundled query vocabulary cannot be read", e);
    }
  }

  private static QueryVocabulary build(JsonNode synonyms, JsonNode speakers) {
    QueryVocabulary.Builder builder = QueryVocabulary.builder();
    for (JsonNode group : synonyms.path("groups")) {
      if (!group.isArray()) {
        throw new IllegalArgumentException(
            "synonyms.yaml: each group must be a list of terms, got " + group);
      }
      List<String> members = new ArrayList<>();
      group.forEach(member -> members.add(member.asText()));
      builder.synonyms(members);
    }
    for (Map.Entry<String, String> alias :
        SpeakerRegistry.fromTree(speakers, SpeakerRules.bundled()).aliases().entrySet()) {
      builder.speakerAlias(alias.getKey(), alias.getValue());
    }
    return builder.build();
  }

  private static JsonNode read(ObjectMapper yaml, Path file) throws IOException {
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
    try (InputStream in = QueryVocabularies.class.getResourceAsStream(BUNDLED + name)) {
      if (in == null) {
        return yaml.createObjectNode();
      }
      JsonNode node = yaml.readTree(in);
      return node == null ? yaml.createObjectNode() : node;
    }
  }
}
