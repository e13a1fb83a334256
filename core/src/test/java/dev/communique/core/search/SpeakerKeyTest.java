package dev.communique.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpeakerKeyTest {

  @Test
  void foldsCaseStopsAccentsApostrophesAndSpaces() {
    assertThat(QueryVocabulary.speakerKey("DR. FAUCI")).isEqualTo("dr fauci");
    assertThat(QueryVocabulary.speakerKey("Andrés Manuel\u00A0 López Obrador"))
        .isEqualTo("andres manuel lopez obrador");
    assertThat(QueryVocabulary.speakerKey(" Beto O’Rourke ")).isEqualTo("beto o'rourke");
  }

  @Test
  void aliasLookupUsesTheSameKey() {
    QueryVocabulary vocabulary =
        QueryVocabulary.builder().speakerAlias("Dr. Fauci", "Anthony Fauci").build();
    assertThat(vocabulary.canonicalSpeaker("DR FAUCI")).contains("Anthony Fauci");
    assertThat(vocabulary.canonicalSpeaker("dr.\u00A0fauci")).contains("Anthony Fauci");
  }
}
