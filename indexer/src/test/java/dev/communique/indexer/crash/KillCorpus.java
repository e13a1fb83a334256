package dev.communique.indexer.crash;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Writes a corpus of plain-text releases made from the sample releases: each variant keeps a
 * sample's header and dateline and adds paragraphs of words drawn at random (seeded) from the whole
 * sample, so that variants are not near-duplicates of each other; every seventh file is an exact
 * copy of its sample under another name, so near-duplicate groups form.
 */
final class KillCorpus {
  private KillCorpus() {}

  static void write(Path samples, Path target, int files) throws IOException {
    List<String> texts = new ArrayList<>();
    try (Stream<Path> list = Files.list(samples)) {
      for (Path p : list.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        texts.add(Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    List<String> words = new ArrayList<>();
    for (String text : texts) {
      for (String word : text.split("[^\\p{L}]+")) {
        if (word.length() > 3) {
          words.add(word.toLowerCase(java.util.Locale.ROOT));
        }
      }
    }
    Random random = new Random(16);
    Files.createDirectories(target);
    for (int i = 0; i < files; i++) {
      String base = texts.get(i % texts.size());
      String text;
      if (i % 7 == 3) {
        text = base;
      } else {
        StringBuilder extra = new StringBuilder();
        for (int p = 0; p < 3; p++) {
          extra.append("\n\n");
          for (int w = 0; w < 90; w++) {
            extra.append(w == 0 ? "" : " ").append(words.get(random.nextInt(words.size())));
          }
          extra.append('.');
        }
        text = base.stripTrailing() + extra + "\n";
      }
      Files.writeString(
          target.resolve(String.format(java.util.Locale.ROOT, "release-%04d.txt", i)), text);
    }
  }
}
