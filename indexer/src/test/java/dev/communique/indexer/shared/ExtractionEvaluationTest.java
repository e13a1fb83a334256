package dev.communique.indexer.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.communique.core.Communique;
import dev.communique.indexer.SampleCorpus;
import dev.communique.indexer.extract.MetadataExtractor;
import dev.communique.indexer.extract.Vocabulary;
import dev.communique.indexer.format.CollectingSink;
import dev.communique.indexer.format.ColumnMapping;
import dev.communique.indexer.format.CsvManifestReader;
import dev.communique.indexer.format.ManifestEntry;
import dev.communique.indexer.format.MarkdownReader;
import dev.communique.indexer.format.SourceFile;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Measures metadata extraction against the hand-labelled sample of both corpora
 * (src/test/resources/extraction-sample.jsonl): speaker precision and recall, exact-date accuracy,
 * and topic precision and recall. Prints the figures and holds the targets.
 */
@Tag("shared")
class ExtractionEvaluationTest {

  private record Labelled(
      String corpus, String path, Set<String> speakers, String date, Set<String> topics) {}

  @Test
  void extractionMeetsItsTargetsOnTheLabelledSample() throws Exception {
    Path shared = SharedData.root();
    List<Labelled> sample = load();
    MetadataExtractor extractor = new MetadataExtractor(Vocabulary.load(SampleCorpus.vocabulary()));
    Map<String, ManifestEntry> manifest = manifestEntries(SharedData.ungdc());

    int speakerTp = 0, speakerFp = 0, speakerFn = 0, datesRight = 0;
    int topicTp = 0, topicFp = 0, topicFn = 0;
    List<String> misses = new ArrayList<>();
    for (Labelled item : sample) {
      Communique c;
      if (item.corpus().equals("wh-briefings")) {
        c = extractWhiteHouse(extractor, SharedData.whiteHouse().resolve(item.path()));
      } else {
        c = extractUngdc(extractor, manifest.get(item.path()));
      }
      Set<String> found = new HashSet<>(c.speakers());
      for (String s : found) {
        if (item.speakers().contains(s)) speakerTp++;
        else speakerFp++;
      }
      for (String s : item.speakers()) {
        if (!found.contains(s)) speakerFn++;
      }
      if (!found.equals(item.speakers())) {
        misses.add(item.path() + " speakers " + c.speakers() + " labelled " + item.speakers());
      }
      if (c.formattedDate().equals(item.date())) {
        datesRight++;
      } else {
        misses.add(item.path() + " date " + c.formattedDate() + " labelled " + item.date());
      }
      Set<String> topics = new HashSet<>(c.topics());
      for (String t : topics) {
        if (item.topics().contains(t)) topicTp++;
        else topicFp++;
      }
      for (String t : item.topics()) {
        if (!topics.contains(t)) topicFn++;
      }
    }
    double speakerPrecision = speakerTp / (double) (speakerTp + speakerFp);
    double speakerRecall = speakerTp / (double) (speakerTp + speakerFn);
    double dateAccuracy = datesRight / (double) sample.size();
    double topicPrecision = topicTp / (double) Math.max(1, topicTp + topicFp);
    double topicRecall = topicTp / (double) Math.max(1, topicTp + topicFn);
    System.out.printf(
        Locale.ROOT,
        "Extraction on %d labelled documents: speaker precision %.3f, recall %.3f (tp %d, fp %d, fn %d);"
            + " exact dates %.3f; topic precision %.3f, recall %.3f%n",
        sample.size(),
        speakerPrecision,
        speakerRecall,
        speakerTp,
        speakerFp,
        speakerFn,
        dateAccuracy,
        topicPrecision,
        topicRecall);
    misses.forEach(m -> System.out.println("  " + m));
    assertThat(sample).hasSizeGreaterThanOrEqualTo(150);
    assertThat(speakerPrecision).isGreaterThanOrEqualTo(0.95);
    assertThat(speakerRecall).isGreaterThanOrEqualTo(0.90);
    assertThat(dateAccuracy).isGreaterThanOrEqualTo(0.99);
  }

  private static List<Labelled> load() throws Exception {
    List<Labelled> sample = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    try (InputStream in =
        ExtractionEvaluationTest.class.getResourceAsStream("/extraction-sample.jsonl")) {
      for (String line :
          new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank()) continue;
        JsonNode node = json.readTree(line);
        Set<String> speakers = new HashSet<>();
        node.get("speakers").forEach(s -> speakers.add(s.asText()));
        Set<String> topics = new HashSet<>();
        node.get("topics").forEach(t -> topics.add(t.asText()));
        sample.add(
            new Labelled(
                node.get("corpus").asText(),
                node.get("path").asText(),
                speakers,
                node.get("date").asText(),
                topics));
      }
    }
    return sample;
  }

  private static Communique extractWhiteHouse(MetadataExtractor extractor, Path file)
      throws Exception {
    CollectingSink sink = new CollectingSink();
    new MarkdownReader().read(new SourceFile(file, "wh/" + file.getFileName()), sink);
    return extractor.extract(sink.clean(), false);
  }

  private static Communique extractUngdc(MetadataExtractor extractor, ManifestEntry entry)
      throws Exception {
    CollectingSink sink = new CollectingSink();
    new CsvManifestReader().read(entry, sink);
    return extractor.extract(sink.clean(), true);
  }

  static Map<String, ManifestEntry> manifestEntries(Path ungdc) throws Exception {
    Map<String, ManifestEntry> byPath = new HashMap<>();
    for (ManifestEntry entry :
        new CsvManifestReader()
            .entries(
                ungdc.resolve("manifest.csv"),
                ColumnMapping.parse(SharedData.UNGDC_MAPPING),
                new CollectingSink())) {
      byPath.put(ungdc.relativize(entry.file()).toString().replace('\\', '/'), entry);
    }
    return byPath;
  }
}
