package dev.communique.indexer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** Counting topic phrases: whole words, multi-word phrases and nested one-word prefixes. */
class TopicVocabularyTest {

  private static TopicVocabulary vocabulary() throws Exception {
    return TopicVocabulary.fromTree(
        new ObjectMapper()
            .readTree(
                "{\"topics\": ["
                    + "{\"id\": \"trade\", \"phrases\": [\"tariff*\", \"export control*\"]},"
                    + "{\"id\": \"roads\", \"phrases\": [\"tar*\", \"pothole\"]},"
                    + "{\"id\": \"health\", \"phrases\": [\"covid 19\"]}]}"));
  }

  @Test
  void nestedPrefixesEachCountEveryWordThatStartsWithThem() throws Exception {
    int[] counts =
        vocabulary()
            .counts("Tariffs, tarmac and tar; export controls, a pothole, COVID-19, and a taxi.");
    assertThat(vocabulary().ids()).containsExactly("trade", "roads", "health");
    // trade: "tariffs" (tariff*) and "export controls"; roads: tariffs, tarmac, tar (tar*) and
    // pothole; health: covid 19.
    assertThat(counts).containsExactly(2, 4, 1);
  }

  @Test
  void aWordShorterThanThePrefixDoesNotMatch() throws Exception {
    assertThat(vocabulary().counts("ta tari tariff")).containsExactly(1, 2, 0);
  }
}
