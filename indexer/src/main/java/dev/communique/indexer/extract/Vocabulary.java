package dev.communique.indexer.extract;

import java.io.IOException;
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
    return new Vocabulary(
        TopicVocabulary.fromTree(VocabularyFiles.read(folder.resolve("topics.yaml"))),
        SpeakerRegistry.fromTree(
            VocabularyFiles.read(folder.resolve("speakers.yaml")), speakerRules(folder)),
        OrganizationDirectory.fromTree(VocabularyFiles.read(folder.resolve("organizations.yaml"))));
  }

  /** The copy of the project's vocabulary bundled in the jar. */
  public static Vocabulary bundled() {
    return new Vocabulary(
        TopicVocabulary.fromTree(VocabularyFiles.bundled("topics.yaml")),
        SpeakerRegistry.fromTree(VocabularyFiles.bundled("speakers.yaml"), SpeakerRules.bundled()),
        OrganizationDirectory.fromTree(VocabularyFiles.bundled("organizations.yaml")));
  }

  private static SpeakerRules speakerRules(Path folder) throws IOException {
    Path file = folder.resolve("speaker-rules.yaml");
    return Files.exists(file)
        ? SpeakerRules.fromTree(VocabularyFiles.read(file))
        : SpeakerRules.bundled();
  }
}
