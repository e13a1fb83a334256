package dev.communique.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes a deterministic synthetic corpus for scale runs: Markdown releases with front matter whose
 * bodies recombine the sentences of a real corpus (its Markdown and plain-text files), with fresh
 * ids, dates and speaker labels. The same source, count and seed give the same files, byte for
 * byte. About one release in fifty is a lightly edited copy of an earlier one, so the
 * near-duplicate pass has work at every scale.
 *
 * <p>Usage: {@code SyntheticCorpus --from DIR --out DIR --count N [--seed S]}. Not thread-safe; one
 * instance writes one corpus.
 */
public final class SyntheticCorpus {

  private static final Pattern SENTENCE = Pattern.compile("[^.!?]{30,400}[.!?]");
  private static final Pattern LABEL = Pattern.compile("(?m)^((?:[A-Z][A-Z.'’\\- ]{1,40}|Q)):\\s");
  private static final Pattern TITLE = Pattern.compile("(?m)^title:\\s*['\"]?(.{10,200}?)['\"]?$");
  private static final LocalDate FIRST_DAY = LocalDate.of(2021, 1, 20);
  private static final int DAYS = 4 * 365;
  private static final int FILES_PER_FOLDER = 1000;
  private static final int MAX_SENTENCES = 400_000;

  private final List<String> sentences = new ArrayList<>();
  private final List<String> labels = new ArrayList<>();
  private final List<String> titles = new ArrayList<>();
  private final SplittableRandom random;
  private long seen;

  private SyntheticCorpus(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /**
   * Reads the sentences, speaker labels and titles of the Markdown and plain-text files under
   * {@code source}, in path order, keeping a uniform sample (a reservoir) of at most {@value
   * #MAX_SENTENCES} sentences.
   */
  static SyntheticCorpus from(Path source, long seed) throws IOException {
    SyntheticCorpus corpus = new SyntheticCorpus(seed);
    List<Path> files;
    try (Stream<Path> walk = Files.walk(source)) {
      files =
          walk.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".txt"))
              .sorted()
              .toList();
    }
    for (Path file : files) {
      corpus.read(Files.readString(file, StandardCharsets.UTF_8));
    }
    if (corpus.sentences.isEmpty()) {
      throw new IllegalArgumentException("no sentences found in the files under " + source);
    }
    return corpus;
  }

  private void read(String text) {
    Matcher title = TITLE.matcher(text);
    if (text.startsWith("---") && title.find()) {
      titles.add(title.group(1).replace("\\_", " ").replace("_", " "));
    } else if (!text.isBlank()) {
      titles.add(text.strip().lines().findFirst().orElse("").strip());
    }
    Matcher label = LABEL.matcher(text);
    while (label.find() && labels.size() < 5_000) {
      labels.add(label.group(1).trim());
    }
    Matcher sentence = SENTENCE.matcher(text.replaceAll("\\s+", " "));
    while (sentence.find()) {
      String s = sentence.group().trim();
      if (s.startsWith("-") || s.contains(":")) {
        continue;
      }
      seen++;
      if (sentences.size() < MAX_SENTENCES) {
        sentences.add(s);
      } else {
        long slot = random.nextLong(seen);
        if (slot < MAX_SENTENCES) {
          sentences.set((int) slot, s);
        }
      }
    }
  }

  /** Writes {@code count} releases under {@code out}, in folders of a thousand. */
  void write(Path out, int count) throws IOException {
    List<Earlier> earlier = new ArrayList<>();
    for (int n = 0; n < count; n++) {
      Path folder = out.resolve(String.format("%04d", n / FILES_PER_FOLDER));
      Files.createDirectories(folder);
      LocalDate date = FIRST_DAY.plusDays(random.nextInt(DAYS));
      String body;
      if (!earlier.isEmpty() && random.nextInt(50) == 0) {
        Earlier original = earlier.get(random.nextInt(earlier.size()));
        body = original.body() + "\n\nThis release was also published online.";
        date = original.date().plusDays(random.nextInt(4));
      } else {
        body = random.nextInt(3) == 0 && !labels.isEmpty() ? transcript() : statement();
      }
      if (earlier.size() < 2_000) {
        earlier.add(new Earlier(body, date));
      } else {
        earlier.set(random.nextInt(earlier.size()), new Earlier(body, date));
      }
      String title = titles.isEmpty() ? "Release" : titles.get(random.nextInt(titles.size()));
      String text =
          "---\n"
              + "date: '"
              + date
              + "'\n"
              + "source_url: https://example.org/synthetic/"
              + n
              + "\n"
              + "tags: synthetic\n"
              + "title: \""
              + title.replace("\\", "").replace("\"", "'")
              + " ("
              + n
              + ")\"\n"
              + "---\n\n"
              + body
              + "\n";
      Files.writeString(
          folder.resolve(String.format("synthetic-%07d.md", n)), text, StandardCharsets.UTF_8);
    }
  }

  private String statement() {
    StringBuilder body = new StringBuilder();
    int paragraphs = 2 + random.nextInt(6);
    for (int p = 0; p < paragraphs; p++) {
      body.append(paragraph()).append("\n\n");
    }
    return body.toString().trim();
  }

  private String transcript() {
    StringBuilder body = new StringBuilder();
    int turns = 4 + random.nextInt(20);
    for (int t = 0; t < turns; t++) {
      String label =
          t % 2 == 1 && random.nextBoolean() ? "Q" : labels.get(random.nextInt(labels.size()));
      body.append(label).append(":  ").append(paragraph()).append("\n\n");
    }
    return body.toString().trim();
  }

  private String paragraph() {
    StringBuilder paragraph = new StringBuilder();
    int count = 1 + random.nextInt(5);
    for (int s = 0; s < count; s++) {
      if (s > 0) {
        paragraph.append(' ');
      }
      paragraph.append(sentences.get(random.nextInt(sentences.size())));
    }
    return paragraph.toString();
  }

  /** A release written before, which a later one may copy. */
  private record Earlier(String body, LocalDate date) {}

  /** Runs the generator from the command line. */
  public static void main(String[] args) {
    Path from = null;
    Path out = null;
    int count = 0;
    long seed = 1;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--from" -> from = Path.of(args[i + 1]);
        case "--out" -> out = Path.of(args[i + 1]);
        case "--count" -> count = Integer.parseInt(args[i + 1]);
        case "--seed" -> seed = Long.parseLong(args[i + 1]);
        default -> {
          System.err.println("SyntheticCorpus: unknown option " + args[i]);
          System.exit(2);
        }
      }
    }
    if (from == null || out == null || count < 1) {
      System.err.println("usage: SyntheticCorpus --from DIR --out DIR --count N [--seed S]");
      System.exit(2);
    }
    try {
      long start = System.nanoTime();
      SyntheticCorpus corpus = from(from, seed);
      corpus.write(out, count);
      System.err.printf(
          "SyntheticCorpus: %d releases in %s from %d sentences (seed %d), %.1f s%n",
          count, out, corpus.sentences.size(), seed, (System.nanoTime() - start) / 1e9);
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      System.err.println("SyntheticCorpus: " + e.getMessage());
      System.exit(1);
    }
  }
}
