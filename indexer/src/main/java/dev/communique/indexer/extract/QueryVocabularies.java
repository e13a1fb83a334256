package dev.communique.indexer.extract;

import com.fasterxml.jackson.databind.JsonNode;
import dev.communique.core.search.QueryVocabulary;
import java.io.IOException;
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

  private QueryVocabularies() {}

  /**
   * Reads {@code synonyms.yaml} and {@code speakers.yaml} from {@code folder}; a missing file means
   * none.
   *
   * @throws IOException naming the file if one cannot be read or parsed
   */
  public static QueryVocabulary load(Path folder) throws IOException {
    try {
      return build(
          VocabularyFiles.read(folder.resolve("synonyms.yaml")),
          VocabularyFiles.read(folder.resolve("speakers.yaml")));
    } catch (IllegalArgumentException e) {
      throw new IOException(folder + ": " + e.getMessage(), e);
    }
  }

  /** The query vocabulary bundled in the jar. */
  public static QueryVocabulary bundled() {
    return build(
        VocabularyFiles.bundled("synonyms.yaml"), VocabularyFiles.bundled("speakers.yaml"));
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
}
