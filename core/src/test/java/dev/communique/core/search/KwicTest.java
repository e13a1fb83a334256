package dev.communique.core.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.communique.core.Communique;
import dev.communique.core.DatePrecision;
import dev.communique.core.DateSource;
import dev.communique.core.index.CommuniqueIndex;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keyword in context over a few hand-made communiqués whose every occurrence is known. */
class KwicTest {

  @TempDir static Path dir;
  static CommuniqueIndex index;

  @BeforeAll
  static void build() throws Exception {
    index =
        SmallIndex.open(
            dir,
            Communique.builder("b-storage")
                .title("Storage rules")
                .speakers(List.of("Hélène Marchetti", "Ola Nordmann"))
                .date(LocalDate.of(2022, 6, 27))
                .body(
                    "Ministers agreed rules on gas storage. Energy security is shared,\n"
                        + "said the spokesperson; energy  security (and storage) matter.")
                .build(),
            Communique.builder("a-north")
                .title("Security in the North")
                .date(LocalDate.of(2021, 3, 1), DatePrecision.MONTH, DateSource.METADATA)
                .body("Securing the region needs vigilance. Security first.")
                .build(),
            Communique.builder("c-title-only")
                .title("Security council")
                .date(LocalDate.of(2020, 1, 1))
                .body("Nothing to see in the text.")
                .build());
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  private static KwicResults kwic(KwicRequest.Builder request) throws Exception {
    return index.kwic(request.build());
  }

  private static List<String> rendered(KwicResults results) {
    return results.lines().stream()
        .map(l -> l.id() + " " + l.left() + " |" + l.keyword() + "| " + l.right())
        .toList();
  }

  @Test
  void everyStemmedFormInTheBodyInDateOrder() throws Exception {
    KwicResults results = kwic(KwicRequest.builder("security").window(3));
    assertThat(results.total()).isEqualTo(4);
    assertThat(results.documents()).isEqualTo(2);
    assertThat(rendered(results))
        .containsExactly(
            "a-north  |Securing| the region needs",
            "a-north region needs vigilance. |Security| first.",
            "b-storage gas storage. Energy |security| is shared, said",
            "b-storage the spokesperson; energy |security| (and storage) matter.");
    KwicLine first = results.lines().get(0);
    assertThat(first.date()).isEqualTo("2021-03");
    assertThat(first.start()).isZero();
    assertThat(first.end()).isEqualTo(8);
    KwicLine third = results.lines().get(2);
    assertThat(third.date()).isEqualTo("2022-06-27");
    assertThat(third.speakers()).containsExactly("Hélène Marchetti", "Ola Nordmann");
    assertThat(third.title()).isEqualTo("Storage rules");
    assertThat(third.start()).isEqualTo(46);
    assertThat(third.end()).isEqualTo(54);
  }

  @Test
  void aPhraseIsOneOccurrenceSpanningItsWordsWithWhiteSpaceNormalised() throws Exception {
    KwicResults results = kwic(KwicRequest.builder("\"energy security\"").window(2));
    assertThat(rendered(results))
        .containsExactly(
            "b-storage gas storage. |Energy security| is shared,",
            "b-storage the spokesperson; |energy security| (and storage)");
    assertThat(results.lines().get(1).end() - results.lines().get(1).start()).isEqualTo(16);
  }

  @Test
  void wildcardsAndGluedPunctuation() throws Exception {
    KwicResults results = kwic(KwicRequest.builder("stor*").window(1).sort(KwicSort.DOC));
    assertThat(rendered(results))
        .containsExactly("b-storage gas |storage| . Energy", "b-storage (and |storage| ) matter.");
  }

  @Test
  void leftAndRightOrdersReadTheNearestWordFirst() throws Exception {
    KwicResults left = kwic(KwicRequest.builder("security").window(2).sort(KwicSort.LEFT));
    assertThat(left.lines().stream().map(KwicLine::left).toList())
        .containsExactly("", "spokesperson; energy", "storage. Energy", "needs vigilance.");
    KwicResults right = kwic(KwicRequest.builder("security").window(1).sort(KwicSort.RIGHT));
    assertThat(right.lines().stream().map(KwicLine::right).toList())
        .containsExactly("(and", "first.", "is", "the");
  }

  @Test
  void limitAndFilterKeepTheTotals() throws Exception {
    KwicResults limited = kwic(KwicRequest.builder("security").limit(1).sort(KwicSort.DOC));
    assertThat(limited.total()).isEqualTo(4);
    assertThat(limited.lines()).hasSize(1);
    assertThat(limited.lines().get(0).id()).isEqualTo("a-north");
    KwicResults filtered =
        kwic(
            KwicRequest.builder("security")
                .filter(SearchFilter.builder().from(LocalDate.of(2022, 1, 1)).build()));
    assertThat(filtered.total()).isEqualTo(2);
    assertThat(filtered.documents()).isEqualTo(1);
  }

  @Test
  void badRequestsAreRefused() {
    assertThatThrownBy(() -> KwicRequest.builder(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs a query");
    assertThatThrownBy(() -> KwicRequest.builder("x").window(-1).build())
        .hasMessageContaining("window");
    assertThatThrownBy(() -> KwicSort.parse("best")).hasMessageContaining("expected date, left");
  }

  @Test
  void exportStreamsEveryHitInOrder() throws Exception {
    List<String> ids = new java.util.ArrayList<>();
    long[] total = {-1};
    long sent =
        index.export(
            SearchRequest.builder("*").sort(SortOrder.DATE_ASC).build(),
            new ExportSink() {
              @Override
              public void begin(long count) {
                total[0] = count;
              }

              @Override
              public void accept(SearchHit hit) {
                ids.add(hit.communique().id());
              }
            });
    assertThat(total[0]).isEqualTo(3);
    assertThat(sent).isEqualTo(3);
    assertThat(ids).containsExactly("c-title-only", "a-north", "b-storage");
  }
}
