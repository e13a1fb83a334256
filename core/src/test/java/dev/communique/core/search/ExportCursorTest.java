package dev.communique.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.communique.core.Communique;
import dev.communique.core.index.CommuniqueIndex;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The export cursor pages past {@link HitExport#BATCH}, over several segments, without losing,
 * repeating or reordering a hit.
 */
class ExportCursorTest {

  @TempDir Path dir;

  @Test
  void everyHitOnceInDateOrderAcrossPages() throws Exception {
    int count = 2 * HitExport.BATCH + 345;
    try (CommuniqueIndex index = CommuniqueIndex.open(dir)) {
      for (int i = 0; i < count; i++) {
        index.upsert(
            Communique.builder(String.format("d%05d", i))
                .date(LocalDate.of(2020, 1, 1).plusDays((i * 37) % 500))
                .body("common words " + i + (i % 3 == 0 ? " common" : ""))
                .build());
        if (i % 700 == 699) {
          index.commit();
        }
      }
      for (SortOrder order : SortOrder.values()) {
        List<SearchHit> hits = new ArrayList<>();
        long sent = index.export(SearchRequest.builder("common").sort(order).build(), hits::add);
        assertThat(sent).as(order.name()).isEqualTo(count);
        assertThat(hits.stream().map(h -> h.communique().id()).distinct().count())
            .as(order.name())
            .isEqualTo(count);
        for (int i = 1; i < hits.size(); i++) {
          SearchHit a = hits.get(i - 1);
          SearchHit b = hits.get(i);
          int byDate = a.communique().date().compareTo(b.communique().date());
          switch (order) {
            case DATE_ASC -> assertThat(byDate).as("%s then %s", a, b).isLessThanOrEqualTo(0);
            case DATE_DESC -> assertThat(byDate).as("%s then %s", a, b).isGreaterThanOrEqualTo(0);
            case RELEVANCE ->
                assertThat(a.score()).as("%s then %s", a, b).isGreaterThanOrEqualTo(b.score());
          }
        }
      }
    }
  }
}
