package dev.communique.indexer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.communique.core.index.CommuniqueIndex;
import dev.communique.core.search.KwicLine;
import dev.communique.core.search.KwicRequest;
import dev.communique.core.search.KwicResults;
import dev.communique.core.search.KwicSort;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keyword in context over the sample corpus. The expected counts were found independently by
 * matching {@code interoperab\w*} and {@code energy security} (any case) in the body lines of the
 * files in data/releases (not their title lines): 11 and 6; one of the 11 is in a republished copy
 * that indexing merges into its original, which leaves 10.
 */
class SampleCorpusKwicTest {

  private static final String SEED = "releases/nato-foreign-ministers-2023-11-29";

  @TempDir static Path dir;
  static CommuniqueIndex index;

  @BeforeAll
  static void indexSample() throws Exception {
    index = CommuniqueIndex.open(dir);
    SampleCorpus.indexInto(index);
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  private static List<String> names(KwicResults results) {
    return results.lines().stream().map(l -> l.id().substring("releases/".length())).toList();
  }

  @Test
  void everyOccurrenceOfEveryFormWithExactContext() throws Exception {
    KwicResults results = index.kwic(KwicRequest.builder("interoperability").build());
    assertThat(results.total()).isEqualTo(10);
    assertThat(results.documents()).isEqualTo(9);
    assertThat(results.lines()).hasSize(10);
    assertThat(results.lines().stream().map(KwicLine::keyword))
        .containsExactly(
            "interoperability",
            "interoperable",
            "interoperability",
            "interoperability",
            "interoperability",
            "interoperability",
            "interoperability",
            "interoperable",
            "interoperability",
            "interoperable");
    KwicLine seed = results.lines().get(6);
    assertThat(seed.id()).isEqualTo(SEED);
    assertThat(seed.date()).isEqualTo("2023-11-29");
    assertThat(seed.speakers()).containsExactly("Jens Stoltenberg");
    assertThat(seed.title())
        .isEqualTo("Ukraine Nears NATO: Secretary General Concludes Ministers' Meet");
    assertThat(seed.left()).isEqualTo("the next year, covering energy security, innovation and");
    assertThat(seed.right())
        .isEqualTo(". He added: \"we are now transforming NATO's comprehensive");
    assertThat(seed.start()).isEqualTo(715);
    assertThat(seed.end()).isEqualTo(731);
    KwicLine second = results.lines().get(7);
    assertThat(second.left()).isEqualTo("equipment and standards and make their forces fully");
    assertThat(second.right())
        .isEqualTo("with ours\". Foreign Ministers also discussed Ukraine's path");
    for (KwicLine line : results.lines()) {
      String body = index.get(line.id()).orElseThrow().body();
      assertThat(body.substring(line.start(), line.end())).isEqualTo(line.keyword());
    }
  }

  @Test
  void phrasesAreOneOccurrenceEach() throws Exception {
    KwicResults results =
        index.kwic(KwicRequest.builder("\"energy security\"").sort(KwicSort.DOC).build());
    assertThat(results.total()).isEqualTo(6);
    assertThat(results.documents()).isEqualTo(3);
    assertThat(results.lines().stream().map(KwicLine::keyword))
        .containsExactly(
            "Energy security",
            "energy security",
            "Energy security",
            "Energy Security",
            "energy security",
            "energy security");
    KwicLine last = results.lines().get(5);
    assertThat(last.id()).isEqualTo(SEED);
    assertThat(last.left()).isEqualTo("ambitious work programme for the next year, covering");
    assertThat(last.right()).isEqualTo(", innovation and interoperability. He added: \"we are now");
  }

  @Test
  void wildcardsFindTheSameOccurrencesAsTheirWords() throws Exception {
    KwicResults results =
        index.kwic(KwicRequest.builder("interop*").sort(KwicSort.DOC).window(2).build());
    assertThat(results.total()).isEqualTo(10);
    assertThat(names(results))
        .containsExactly(
            "australia-japan-maritime-cooperation-2023-05-26",
            "eu-interoperability-public-services-2024-03-04",
            "g7-climate-energy-environment-2023-04-16",
            "germany-netherlands-interoperability-land-forces-2021-09-14",
            "nato-ai-principles-2021-10-22",
            "nato-cyber-coalition-exercise-2020-11-20",
            "nato-foreign-ministers-2023-11-29",
            "nato-foreign-ministers-2023-11-29",
            "nato-interoperability-roadmap-2019-10-24",
            "un-ai-governance-briefing-2024-09-19");
    assertThat(results.lines().get(2).left()).isEqualTo("on the");
    assertThat(results.lines().get(2).right()).isEqualTo("of carbon");
  }

  @Test
  void leftOrderReadsTheNearestWordFirst() throws Exception {
    KwicResults results =
        index.kwic(KwicRequest.builder("interoperability").sort(KwicSort.LEFT).build());
    assertThat(names(results))
        .containsExactly(
            "nato-foreign-ministers-2023-11-29",
            "un-ai-governance-briefing-2024-09-19",
            "nato-cyber-coalition-exercise-2020-11-20",
            "eu-interoperability-public-services-2024-03-04",
            "nato-foreign-ministers-2023-11-29",
            "australia-japan-maritime-cooperation-2023-05-26",
            "germany-netherlands-interoperability-land-forces-2021-09-14",
            "nato-interoperability-roadmap-2019-10-24",
            "g7-climate-energy-environment-2023-04-16",
            "nato-ai-principles-2021-10-22");
    KwicResults limited =
        index.kwic(KwicRequest.builder("interoperability").sort(KwicSort.LEFT).limit(2).build());
    assertThat(limited.total()).isEqualTo(10);
    assertThat(limited.lines()).hasSize(2);
  }
}
