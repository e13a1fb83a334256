package dev.communique.indexer.shared;

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
import dev.communique.indexer.format.PlainTextReader;
import dev.communique.indexer.format.SourceFile;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A hand-labelled sample of documents (a JSON Lines test resource) and the scoring of metadata
 * extraction against it: speakers, organisation, date, title and topics, each only where the sample
 * labels it. Documents come from the White House corpus, the UN General Debate manifest or
 * plain-text fixtures in test resources.
 */
final class LabelledSample {

  /** One labelled document; {@code null} means the sample does not label that field. */
  record Item(
      String corpus,
      String path,
      Set<String> speakers,
      String organization,
      String date,
      boolean titleLabelled,
      String title,
      Set<String> topics) {}

  private final String resource;
  private final List<Item> items;

  private LabelledSample(String resource, List<Item> items) {
    this.resource = resource;
    this.items = List.copyOf(items);
  }

  static LabelledSample load(String resource) throws IOException {
    List<Item> items = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    try (InputStream in = LabelledSample.class.getResourceAsStream(resource)) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode node = json.readTree(line);
        items.add(
            new Item(
                node.get("corpus").asText(),
                node.get("path").asText(),
                strings(node.get("speakers")),
                node.hasNonNull("organization") ? node.get("organization").asText() : null,
                node.get("date").asText(),
                node.has("title"),
                node.hasNonNull("title") ? node.get("title").asText() : null,
                node.has("topics") ? strings(node.get("topics")) : null));
      }
    }
    return new LabelledSample(resource, items);
  }

  private static Set<String> strings(JsonNode array) {
    Set<String> values = new LinkedHashSet<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }

  List<Item> items() {
    return items;
  }

  /**
   * Loads a sample, scores it with the sample vocabulary, and prints its figures and misses under
   * the given heading: the one run shared by the evaluation tests of the tuning samples.
   */
  static Scores evaluate(String resource, String heading) throws Exception {
    SharedData.root();
    Scores scores = load(resource).scoreWithSampleVocabulary();
    System.out.println(heading + " " + scores.summary());
    scores.misses.forEach(m -> System.out.println("  " + m));
    return scores;
  }

  /**
   * Loads a blind split, scores it with the sample vocabulary, and prints its figures only; its
   * misses go to {@code target/NAME-misses.txt}, not to the output, so that nobody reads them while
   * rules are being changed.
   */
  static Scores evaluateBlind(String resource, String heading) throws Exception {
    SharedData.root();
    Scores scores = load(resource).scoreWithSampleVocabulary();
    System.out.println(heading + " " + scores.summary());
    String name = resource.replaceFirst("^/", "").replace(".jsonl", "");
    Path misses = Path.of("target", name + "-misses.txt");
    Files.createDirectories(misses.getParent());
    Files.write(misses, scores.misses);
    return scores;
  }

  /** Scores the metadata extractor over the sample vocabulary on this sample. */
  Scores scoreWithSampleVocabulary() throws Exception {
    return score(new MetadataExtractor(Vocabulary.load(SampleCorpus.vocabulary())));
  }

  /** Extracts every document and scores it against its labels. */
  Scores score(MetadataExtractor extractor) throws Exception {
    Map<String, ManifestEntry> manifest =
        items.stream().anyMatch(i -> i.corpus().equals("ungdc"))
            ? manifestEntries(SharedData.ungdc())
            : Map.of();
    Scores scores = new Scores(resource, items.size());
    for (Item item : items) {
      Communique c = extract(extractor, item, manifest);
      scores.add(item, c);
    }
    return scores;
  }

  private Communique extract(
      MetadataExtractor extractor, Item item, Map<String, ManifestEntry> manifest)
      throws Exception {
    CollectingSink sink = new CollectingSink();
    switch (item.corpus()) {
      case "wh-briefings" -> {
        Path file = SharedData.whiteHouse().resolve(item.path());
        new MarkdownReader().read(new SourceFile(file, "wh/" + file.getFileName()), sink);
      }
      case "ungdc" -> new CsvManifestReader().read(manifest.get(item.path()), sink);
      case "fixture" -> {
        Path file = fixtures().resolve(item.path());
        new PlainTextReader().read(new SourceFile(file, "fixture/" + item.path()), sink);
      }
      default -> throw new IllegalArgumentException("unknown corpus " + item.corpus());
    }
    if (sink.releases.size() != 1) {
      return Communique.builder(item.path()).build();
    }
    return extractor.extract(sink.releases.get(0), item.corpus().equals("ungdc"));
  }

  private Path fixtures() throws URISyntaxException {
    String folder = resource.replace(".jsonl", "");
    return Path.of(LabelledSample.class.getResource(folder).toURI());
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

  /** The scores of one run, with the list of misses. */
  static final class Scores {
    final String sample;
    final int documents;
    int speakerTp, speakerFp, speakerFn;
    int datesRight;
    int organizationsLabelled, organizationsRight;
    int titlesLabelled, titlesRight;
    int topicTp, topicFp, topicFn;
    final List<String> misses = new ArrayList<>();

    Scores(String sample, int documents) {
      this.sample = sample;
      this.documents = documents;
    }

    void add(Item item, Communique c) {
      Set<String> found = new LinkedHashSet<>(c.speakers());
      for (String s : found) {
        if (item.speakers().contains(s)) {
          speakerTp++;
        } else {
          speakerFp++;
        }
      }
      for (String s : item.speakers()) {
        if (!found.contains(s)) {
          speakerFn++;
        }
      }
      if (!found.equals(item.speakers())) {
        misses.add(item.path() + " speakers " + c.speakers() + " labelled " + item.speakers());
      }
      if (c.formattedDate().equals(item.date())) {
        datesRight++;
      } else {
        misses.add(item.path() + " date " + c.formattedDate() + " labelled " + item.date());
      }
      if (item.organization() != null) {
        organizationsLabelled++;
        if (item.organization().equalsIgnoreCase(c.organization())) {
          organizationsRight++;
        } else {
          misses.add(
              item.path()
                  + " organization '"
                  + c.organization()
                  + "' labelled "
                  + item.organization());
        }
      }
      if (item.titleLabelled() && item.title() != null) {
        titlesLabelled++;
        if (normal(item.title()).equals(normal(c.title()))) {
          titlesRight++;
        } else {
          misses.add(item.path() + " title '" + c.title() + "' labelled '" + item.title() + "'");
        }
      }
      if (item.topics() != null) {
        Set<String> topics = new LinkedHashSet<>(c.topics());
        for (String t : topics) {
          if (item.topics().contains(t)) {
            topicTp++;
          } else {
            topicFp++;
          }
        }
        for (String t : item.topics()) {
          if (!topics.contains(t)) {
            topicFn++;
          }
        }
      }
    }

    private static String normal(String title) {
      return title.replace('\u2060', ' ').replaceAll("[\\s\\u00a0]+", " ").strip();
    }

    double speakerPrecision() {
      return speakerTp / (double) Math.max(1, speakerTp + speakerFp);
    }

    double speakerRecall() {
      return speakerTp / (double) Math.max(1, speakerTp + speakerFn);
    }

    double dateAccuracy() {
      return datesRight / (double) documents;
    }

    double organizationAccuracy() {
      return organizationsRight / (double) Math.max(1, organizationsLabelled);
    }

    double titleAccuracy() {
      return titlesRight / (double) Math.max(1, titlesLabelled);
    }

    double topicPrecision() {
      return topicTp / (double) Math.max(1, topicTp + topicFp);
    }

    double topicRecall() {
      return topicTp / (double) Math.max(1, topicTp + topicFn);
    }

    /** One line of figures, for the test output and the README. */
    String summary() {
      return String.format(
          Locale.ROOT,
          "%s: %d documents; speaker precision %.3f, recall %.3f (tp %d, fp %d, fn %d);"
              + " exact dates %.3f; organisation %.3f (%d labelled); title %.3f (%d labelled);"
              + " topic precision %.3f, recall %.3f",
          sample,
          documents,
          speakerPrecision(),
          speakerRecall(),
          speakerTp,
          speakerFp,
          speakerFn,
          dateAccuracy(),
          organizationAccuracy(),
          organizationsLabelled,
          titleAccuracy(),
          titlesLabelled,
          topicPrecision(),
          topicRecall());
    }
  }
}
