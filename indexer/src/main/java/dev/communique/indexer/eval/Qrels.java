package dev.communique.indexer.eval;

import dev.communique.indexer.format.SourceException;
import dev.communique.indexer.format.TextFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Relevance judgments: for each topic, the judged documents and their grades. Reads TREC qrels
 * ({@code qid iter docid grade}, whitespace-separated) and BEIR's TSV ({@code query-id corpus-id
 * score} with a header line). A line that cannot be read is left out and listed in {@link
 * #problems()}. A grade of 1 or more is relevant; unjudged documents count as not relevant.
 * Immutable and thread-safe.
 */
public final class Qrels {
  private final Map<String, Map<String, Integer>> judgments;
  private final List<String> problems;

  Qrels(Map<String, Map<String, Integer>> judgments, List<String> problems) {
    Map<String, Map<String, Integer>> copy = new LinkedHashMap<>();
    judgments.forEach((qid, docs) -> copy.put(qid, Collections.unmodifiableMap(docs)));
    this.judgments = Collections.unmodifiableMap(copy);
    this.problems = List.copyOf(problems);
  }

  /**
   * Reads a qrels file.
   *
   * @throws SourceException if the file is not UTF-8 text or holds no judgment at all
   */
  public static Qrels read(Path file) throws IOException, SourceException {
    String display = file.toString();
    Map<String, Map<String, Integer>> judgments = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    int number = 0;
    for (String line : TextFiles.read(file).split("\r?\n", -1)) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      String[] columns = line.strip().split("\\s+");
      String qid;
      String docid;
      String grade;
      if (columns.length == 4) {
        qid = columns[0];
        docid = columns[2];
        grade = columns[3];
      } else if (columns.length == 3) {
        qid = columns[0];
        docid = columns[1];
        grade = columns[2];
      } else {
        problems.add(display + ":" + number + ": expected 'qid iter docid grade'");
        continue;
      }
      int value;
      try {
        value = Integer.parseInt(grade);
      } catch (NumberFormatException e) {
        if (number > 1 || columns.length != 3) {
          problems.add(display + ":" + number + ": grade '" + grade + "' is not a whole number");
        }
        continue;
      }
      judgments.computeIfAbsent(qid, q -> new LinkedHashMap<>()).put(docid, value);
    }
    if (judgments.isEmpty()) {
      throw new SourceException(display, "no judgments found");
    }
    return new Qrels(judgments, problems);
  }

  /** The judged topics, in file order. */
  public Set<String> topics() {
    return judgments.keySet();
  }

  /** The judged documents of a topic with their grades; empty for a topic not judged. */
  public Map<String, Integer> judged(String topic) {
    return judgments.getOrDefault(topic, Map.of());
  }

  /** One line per line left out, naming the file and line, and why. */
  public List<String> problems() {
    return problems;
  }
}
