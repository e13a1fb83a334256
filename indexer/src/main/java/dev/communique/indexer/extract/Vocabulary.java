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
 * @param fingerprint a short hash of the files it was read from and of the rule files the build
 *     bundles, which changes when one of them is edited: an index records it with each source, so
 *     that a rerun after an edit reads every source again instead of skipping it as unchanged
 */
public record Vocabulary(
    TopicVocabulary topics,
    SpeakerRegistry speakers,
    OrganizationDirectory organizations,
    String fingerprint) {

  /** The files a vocabulary is read from, in the order they are hashed. */
  private static final String[] FILES = {
    "topics.yaml", "speakers.yaml", "organizations.yaml", "speaker-rules.yaml"
  };

  /**
   * The rule files the build bundles, whose edits also change what extraction gives: they count in
   * every fingerprint.
   */
  private static final String[] RULES = {"turns.yaml", "plain-text.yaml", "speaker-rules.yaml"};

  /** A vocabulary built in code; its fingerprint is {@code "code"}. */
  public Vocabulary(
      TopicVocabulary topics, SpeakerRegistry speakers, OrganizationDirectory organizations) {
    this(topics, speakers, organizations, "code");
  }

  /** No topics, no known speakers, no hosts: extraction only normalises what it finds. */
  public static Vocabulary empty() {
    return new Vocabulary(
        TopicVocabulary.empty(), SpeakerRegistry.empty(), OrganizationDirectory.empty(), "empty");
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
        OrganizationDirectory.fromTree(VocabularyFiles.read(folder.resolve("organizations.yaml"))),
        VocabularyFiles.fingerprint(folder, FILES) + "+" + bundledPrint(RULES));
  }

  /** The copy of the project's vocabulary bundled in the jar. */
  public static Vocabulary bundled() {
    return new Vocabulary(
        TopicVocabulary.fromTree(VocabularyFiles.bundled("topics.yaml")),
        SpeakerRegistry.fromTree(VocabularyFiles.bundled("speakers.yaml"), SpeakerRules.bundled()),
        OrganizationDirectory.fromTree(VocabularyFiles.bundled("organizations.yaml")),
        bundledPrint(FILES) + "+" + bundledPrint(RULES));
  }

  private static String bundledPrint(String... names) {
    try {
      return VocabularyFiles.fingerprint(null, names);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("the bundled vocabulary cannot be read", e);
    }
  }

  private static SpeakerRules speakerRules(Path folder) throws IOException {
    Path file = folder.resolve("speaker-rules.yaml");
    return Files.exists(file)
        ? SpeakerRules.fromTree(VocabularyFiles.read(file))
        : SpeakerRules.bundled();
  }
}
