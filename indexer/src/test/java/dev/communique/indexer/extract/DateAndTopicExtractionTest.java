package dev.communique.indexer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.communique.core.DatePrecision;
import dev.communique.indexer.SampleCorpus;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateAndTopicExtractionTest {

  private final DateExtractor dates = new DateExtractor();

  private LocalDate first(String text) {
    return dates.first(text).map(DateExtractor.Found::date).orElse(null);
  }

  @Test
  void datelineStyles() {
    assertThat(first("Brussels, Wednesday (29 November 2023) - Ministers")).isEqualTo("2023-11-29");
    assertThat(first("Tokyo, November 29, 2023. The")).isEqualTo("2023-11-29");
    assertThat(first("Issued Nov. 29, 2023")).isEqualTo("2023-11-29");
    assertThat(first("2023-11-29 — The Council")).isEqualTo("2023-11-29");
    assertThat(first("on the 1st March 2021 and later on 2 April 2021")).isEqualTo("2021-03-01");
    assertThat(first("no date here, only 31 February 2023")).isNull();
    assertThat(dates.first("x 29 November 2023").orElseThrow().precision())
        .isEqualTo(DatePrecision.DAY);
  }

  @Test
  void fileNames() {
    assertThat(dates.fromFileName("2021-06-14-remarks-by-president.md").orElseThrow().date())
        .isEqualTo("2021-06-14");
    assertThat(dates.fromFileName("20210614.txt").orElseThrow().date()).isEqualTo("2021-06-14");
    assertThat(dates.fromFileName("USA_75_2020.txt")).isEmpty();
  }

  @Test
  void topicsWeighNotJustMentions() throws Exception {
    TopicTagger tagger = new TopicTagger(Vocabulary.load(SampleCorpus.vocabulary()).topics());
    String body =
        "Ministers discussed climate finance, emissions and the clean energy transition. Climate"
            + " adaptation needs money. Emissions must fall. They also mentioned Ukraine once.";
    assertThat(tagger.topics("G7 climate statement", body)).containsExactly("climate-change");
    assertThat(tagger.topics("Short note", "Nothing relevant at all.")).isEmpty();
  }
}
