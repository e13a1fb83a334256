package dev.communique.indexer.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.communique.core.Communique;
import dev.communique.core.Turn;
import dev.communique.core.index.CommuniqueIndex;
import dev.communique.core.search.SearchRequest;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Measures turn finding against {@code turns-sample.jsonl}: White House transcripts whose turns
 * (label, speaker and first words of each) were written down by reading them, without the code. The
 * sample is the measuring split: no rule is tuned on it.
 *
 * <p>Turn-boundary accuracy: gold turns matched, in order, by a found turn starting with the same
 * words, over the larger of the gold and found counts (so missed and spurious turns both count).
 * Turn-speaker accuracy: matched turns whose speaker is the gold one.
 */
@Tag("shared")
class TurnSampleTest {

  /**
   * The floors sit just under the accuracies measured when the sample was added: 413 of 413 turns
   * found (1.0000), 392 of them with the labelled speaker (0.9492; the others are lone surnames,
   * "MR. ATTIAS", "PRESIDENT WIDODO", that speaker resolution keeps unresolved).
   */
  static final double BOUNDARY_FLOOR = 0.99;

  static final double SPEAKER_FLOOR = 0.94;

  @TempDir Path dir;

  record Gold(String label, String speaker, String starts) {}

  @Test
  void turnBoundariesAndSpeakersMatchTheLabelledSample() throws Exception {
    Path wh = SharedData.whiteHouse();
    Map<Path, List<Gold>> sample = load();
    assumeTrue(!sample.isEmpty(), "skipped: turns-sample.jsonl is empty");
    Map<String, Communique> byPath = new HashMap<>();
    try (CommuniqueIndex index = CommuniqueIndex.open(dir)) {
      List<Path> files = sample.keySet().stream().map(p -> wh.resolve(p)).toList();
      SharedData.indexer(index).index(files);
      for (var hit :
          index.search(SearchRequest.builder("*").limit(1000).includeCopies(true).build()).hits()) {
        byPath.put(Path.of(hit.communique().path()).normalize().toString(), hit.communique());
      }
    }
    long gold = 0;
    long found = 0;
    long denominator = 0;
    long matched = 0;
    long speakers = 0;
    List<String> misses = new ArrayList<>();
    for (Map.Entry<Path, List<Gold>> e : sample.entrySet()) {
      Communique c = byPath.get(wh.resolve(e.getKey()).normalize().toString());
      assertThat(c).as("indexed: %s", e.getKey()).isNotNull();
      List<Turn> turns = c.turns();
      List<Gold> expected = e.getValue();
      gold += expected.size();
      found += turns.size();
      denominator += Math.max(expected.size(), turns.size());
      int next = 0;
      for (Gold g : expected) {
        String words = letters(g.starts());
        int at = next;
        while (at < turns.size() && !letters(turns.get(at).text(c.body())).startsWith(words)) {
          at++;
        }
        if (at == turns.size()) {
          misses.add(e.getKey() + ": no turn starts \"" + g.starts() + "\" (" + g.label() + ")");
          continue;
        }
        matched++;
        next = at + 1;
        if (turns.get(at).speaker().equals(g.speaker())) {
          speakers++;
        } else {
          misses.add(
              e.getKey()
                  + ": \""
                  + g.starts()
                  + "\" said by "
                  + turns.get(at).speaker()
                  + ", labelled "
                  + g.speaker());
        }
      }
    }
    double boundary = (double) matched / denominator;
    double speaker = matched == 0 ? 0 : (double) speakers / matched;
    System.out.printf(
        "turn sample: %d documents, %d labelled turns, %d found; turn-boundary accuracy %.4f,"
            + " turn-speaker accuracy %.4f%n",
        sample.size(), gold, found, boundary, speaker);
    misses.stream().limit(40).forEach(m -> System.out.println("  " + m));
    assertThat(boundary).isGreaterThanOrEqualTo(BOUNDARY_FLOOR);
    assertThat(speaker).isGreaterThanOrEqualTo(SPEAKER_FLOOR);
  }

  private static Map<Path, List<Gold>> load() throws Exception {
    Map<Path, List<Gold>> sample = new java.util.LinkedHashMap<>();
    ObjectMapper json = new ObjectMapper();
    try (InputStream in = TurnSampleTest.class.getResourceAsStream("/turns-sample.jsonl")) {
      assumeTrue(in != null, "skipped: no turns-sample.jsonl in test resources");
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode doc = json.readTree(line);
        List<Gold> turns = new ArrayList<>();
        for (JsonNode t : doc.path("turns")) {
          turns.add(
              new Gold(
                  t.path("label").asText(), t.path("speaker").asText(), t.path("starts").asText()));
        }
        sample.put(Path.of(doc.path("path").asText()), turns);
      }
    }
    return sample;
  }

  /** Letters and digits only, lower case: white space, Markdown marks and quotes never differ. */
  private static String letters(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints()
        .filter(Character::isLetterOrDigit)
        .map(Character::toLowerCase)
        .forEach(out::appendCodePoint);
    return out.toString();
  }
}
