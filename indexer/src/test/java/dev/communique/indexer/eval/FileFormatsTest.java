package dev.communique.indexer.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.communique.indexer.format.SourceException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileFormatsTest {

  @TempDir Path dir;

  private Path file(String name, String text) throws Exception {
    return Files.writeString(dir.resolve(name), text);
  }

  @Test
  void topicsReadFromTsvAndListBadLines() throws Exception {
    Path tsv = file("t.tsv", "1\tWhat is (NATO) AND why?\nbroken line\n\n3\tsecond\n1\tagain\n");
    TopicFile topics = TopicFile.read(tsv);
    assertThat(topics.topics()).extracting(Topic::id).containsExactly("1", "3");
    assertThat(topics.topics().get(0).text()).isEqualTo("What is (NATO) AND why?");
    assertThat(topics.problems())
        .containsExactly(
            tsv + ":2: expected 'qid<TAB>text'",
            tsv + ": topic 1 appears again; the first one is used");
  }

  @Test
  void topicsReadFromBeirJsonLines() throws Exception {
    TopicFile topics =
        TopicFile.read(
            file(
                "q.jsonl",
                "{\"_id\": \"0\", \"text\": \"0-dimensional biomaterials\", \"metadata\": {}}\n"
                    + "{\"_id\": \"2\", \"text\": \"PrP positivity\"}\n"));
    assertThat(topics.topics())
        .extracting(Topic::toString)
        .containsExactly("0\t0-dimensional biomaterials", "2\tPrP positivity");
  }

  @Test
  void topicsReadFromTrecTopFiles() throws Exception {
    TopicFile topics =
        TopicFile.read(
            file(
                "topics.301",
                "<top>\n<num> Number: 301\n<title> International Organized Crime\n\n"
                    + "<desc> Description:\nIdentify organizations.\n</top>\n\n"
                    + "<top>\n<num> Number: 302 \n<title>Poliomyelitis and Post-Polio\n"
                    + "<desc> Description:\nIs the disease under control?\n</top>\n"));
    assertThat(topics.topics())
        .extracting(Topic::toString)
        .containsExactly("301\tInternational Organized Crime", "302\tPoliomyelitis and Post-Polio");
  }

  @Test
  void topicsReadFromDocForms() throws Exception {
    TopicFile topics =
        TopicFile.read(
            file(
                "queries.txt",
                "<DOC>\n<DOCNO>1</DOCNO>\nelectron density\nof heavy atoms\n</DOC>\n"
                    + "<DOC>\n<DOCNO>2</DOCNO>\nmagnetic fields\n</DOC>\n"));
    assertThat(topics.topics())
        .extracting(Topic::toString)
        .containsExactly("1\telectron density of heavy atoms", "2\tmagnetic fields");
  }

  @Test
  void anEmptyTopicFileIsAnError() throws Exception {
    Path empty = file("empty.tsv", "no tab here\n");
    assertThatThrownBy(() -> TopicFile.read(empty))
        .isInstanceOf(SourceException.class)
        .hasMessage("no topics found");
  }

  @Test
  void qrelsReadFromTrecAndBeirTsv() throws Exception {
    Qrels trec = Qrels.read(file("q.txt", "1 0 31715818 1\n1 0 999 0\n3 0 14717500 2\nbad\n"));
    assertThat(trec.topics()).containsExactly("1", "3");
    assertThat(trec.judged("1")).containsEntry("31715818", 1).containsEntry("999", 0);
    assertThat(trec.judged("3")).containsEntry("14717500", 2);
    assertThat(trec.problems())
        .hasSize(1)
        .allMatch(p -> p.endsWith(":4: expected 'qid iter docid grade'"));
    Qrels beir = Qrels.read(file("q.tsv", "query-id\tcorpus-id\tscore\n0\t31715818\t1\n"));
    assertThat(beir.topics()).containsExactly("0");
    assertThat(beir.judged("0")).containsExactly(java.util.Map.entry("31715818", 1));
    assertThat(beir.problems()).isEmpty();
  }
}
