package dev.communique.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The synthetic corpus is deterministic per seed and is made of the source's own sentences. */
class SyntheticCorpusTest {

  private static final Path SOURCE = Path.of("../data/releases");

  @TempDir Path work;

  private static List<Path> files(Path dir) throws Exception {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    }
  }

  private Path generate(String name, long seed, int count) throws Exception {
    Path out = work.resolve(name);
    SyntheticCorpus.from(SOURCE, seed).write(out, count);
    return out;
  }

  @Test
  void theSameSeedGivesTheSameFilesAndAnotherSeedOtherFiles() throws Exception {
    Path first = generate("a", 7, 1200);
    Path again = generate("b", 7, 1200);
    Path other = generate("c", 8, 1200);

    List<Path> files = files(first);
    assertThat(files).hasSize(1200);
    assertThat(files.get(0).getParent().getFileName().toString()).isEqualTo("0000");
    assertThat(files.get(1199).getParent().getFileName().toString()).isEqualTo("0001");
    for (Path file : files) {
      Path twin = again.resolve(first.relativize(file));
      assertThat(Files.readString(twin)).isEqualTo(Files.readString(file));
    }
    Path sameName = other.resolve(first.relativize(files.get(5)));
    assertThat(Files.readString(sameName)).isNotEqualTo(Files.readString(files.get(5)));
  }

  @Test
  void releasesCarryFrontMatterAndRealSentencesAndSomeAreCopies() throws Exception {
    Path out = generate("d", 3, 400);
    String text = Files.readString(out.resolve("0000/synthetic-0000000.md"));
    assertThat(text).startsWith("---\ndate: '20").contains("\ntitle: \"").contains("(0)\"");
    String body = text.substring(text.indexOf("---\n\n") + 5).trim();
    String firstSentence = body.replaceFirst("^[A-Z.'’\\- ]+:\\s+", "").split("(?<=[.!?]) ")[0];
    String sources;
    try (Stream<Path> walk = Files.walk(SOURCE)) {
      sources =
          walk.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".md"))
              .map(
                  p -> {
                    try {
                      return Files.readString(p).replaceAll("\\s+", " ");
                    } catch (Exception e) {
                      throw new IllegalStateException(e);
                    }
                  })
              .reduce("", String::concat);
    }
    assertThat(sources).contains(firstSentence);
    long copies = 0;
    for (Path file : files(out)) {
      if (Files.readString(file).contains("This release was also published online.")) {
        copies++;
      }
    }
    assertThat(copies).isBetween(2L, 20L);
  }
}
