package dev.communique.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.communique.core.schema.CommuniqueSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * "Did you mean" through a {@link SpellingLookup}, as another engine asks for it: which words are
 * looked up, and how the answers become a corrected query.
 */
class SpellingCorrectionTest {

  private static final String MARK = String.valueOf(CommuniqueSchema.EXACT_MARK);

  /** Knows "energy", "nato" and "summit"; corrects "securty" and "summitt". */
  private static final class FakeLookup implements SpellingLookup {
    final List<String> asked = new ArrayList<>();
    final Set<String> known = Set.of(MARK + "energy", MARK + "nato");
    final Map<String, String> close =
        Map.of(MARK + "securty", MARK + "security", MARK + "summitt", MARK + "summit");

    @Override
    public boolean indexed(String exactTerm) {
      asked.add(exactTerm);
      return known.contains(exactTerm);
    }

    @Override
    public Optional<String> closest(String exactTerm) {
      return Optional.ofNullable(close.get(exactTerm));
    }
  }

  private final CommuniqueSearcher searcher = new CommuniqueSearcher();

  @Test
  void unknownWordsAreCorrectedAndTheRestOfTheQueryKept() throws Exception {
    FakeLookup lookup = new FakeLookup();
    String corrected =
        searcher.correction(
            SearchRequest.builder("\"energy Securty\" AND title:summitt").build(), 0, lookup);
    assertThat(corrected).isEqualTo("\"energy Security\" AND title:summit");
    assertThat(lookup.asked).containsExactly(MARK + "energy", MARK + "securty", MARK + "summitt");
  }

  @Test
  void nothingIsOfferedForEnoughHitsALongQueryOrNoCorrection() throws Exception {
    FakeLookup lookup = new FakeLookup();
    assertThat(searcher.correction(SearchRequest.builder("securty").build(), 3, lookup)).isEmpty();
    assertThat(searcher.correction(SearchRequest.builder("securty").build(), 2, lookup))
        .isEqualTo("security");
    assertThat(
            searcher.correction(
                SearchRequest.builder("securty " + "word ".repeat(50)).build(), 0, lookup))
        .isEmpty();
    assertThat(searcher.correction(SearchRequest.builder("energy nato").build(), 0, lookup))
        .isEmpty();
    assertThat(searcher.correction(SearchRequest.builder("").build(), 0, lookup)).isEmpty();
    assertThat(lookup.asked).doesNotContain(MARK + "word");
  }
}
