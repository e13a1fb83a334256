package dev.communique.indexer.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.communique.indexer.format.SourceException;
import dev.communique.indexer.format.TextFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The topics of a topic file, in file order, in any of the forms test collections use: TSV ({@code
 * qid<TAB>text}), BEIR {@code queries.jsonl} ({@code _id}, {@code text}), TREC {@code <top>} files
 * ({@code <num>}, {@code <title>}), and the {@code <DOC><DOCNO>n</DOCNO> text </DOC>} form of old
 * collections. The form is recognised from the content. A line or topic that cannot be read is left
 * out and listed in {@link #problems()}; the rest are read. Immutable and thread-safe.
 */
public final class TopicFile {

  private static final Pattern TOP = Pattern.compile("(?is)<top>(.*?)(?:</top>|(?=<top>)|\\z)");
  private static final Pattern NUM =
      Pattern.compile("(?is)<num>\\s*(?:number\\s*:)?\\s*([^\\s<]+)");
  private static final Pattern TITLE = Pattern.compile("(?is)<title>\\s*(?:topic\\s*:)?(.*?)(?=<)");
  private static final Pattern DOC =
      Pattern.compile("(?is)<doc>\\s*<docno>\\s*(.*?)\\s*</docno>(.*?)</doc>");

  private final List<Topic> topics;
  private final List<String> problems;

  private TopicFile(List<Topic> topics, List<String> problems) {
    this.topics = List.copyOf(topics);
    this.problems = List.copyOf(problems);
  }

  /**
   * Reads a topic file.
   *
   * @throws SourceException if the file is not UTF-8 text or holds no topic at all
   */
  public static TopicFile read(Path file) throws IOException, SourceException {
    String text = TextFiles.read(file);
    String display = file.toString();
    List<Topic> topics = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    String head = text.stripLeading();
    String lower = head.length() > 200 ? head.substring(0, 200).toLowerCase() : head.toLowerCase();
    if (lower.startsWith("<top>") || lower.startsWith("<top ")) {
      readTop(text, display, topics, problems);
    } else if (lower.startsWith("<doc>")) {
      readDocs(text, display, topics, problems);
    } else if (head.startsWith("{")) {
      readJsonLines(text, display, topics, problems);
    } else {
      readTsv(text, display, topics, problems);
    }
    Set<String> seen = new LinkedHashSet<>();
    List<Topic> unique = new ArrayList<>();
    for (Topic topic : topics) {
      if (seen.add(topic.id())) {
        unique.add(topic);
      } else {
        problems.add(display + ": topic " + topic.id() + " appears again; the first one is used");
      }
    }
    if (unique.isEmpty()) {
      throw new SourceException(display, "no topics found");
    }
    return new TopicFile(unique, problems);
  }

  /** The topics, in file order, each id once. */
  public List<Topic> topics() {
    return topics;
  }

  /** One line per line or topic left out, naming the file and line, and why. */
  public List<String> problems() {
    return problems;
  }

  private static void readTsv(
      String text, String display, List<Topic> topics, List<String> problems) {
    int number = 0;
    for (String line : text.split("\r?\n", -1)) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      int tab = line.indexOf('\t');
      if (tab <= 0 || line.substring(tab + 1).isBlank()) {
        problems.add(display + ":" + number + ": expected 'qid<TAB>text'");
        continue;
      }
      topics.add(new Topic(line.substring(0, tab).strip(), line.substring(tab + 1).strip()));
    }
  }

  private static void readJsonLines(
      String text, String display, List<Topic> topics, List<String> problems) {
    ObjectMapper json = new ObjectMapper();
    int number = 0;
    for (String line : text.split("\r?\n", -1)) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      try {
        JsonNode node = json.readTree(line);
        String id = field(node, "_id", "id", "qid");
        String query = field(node, "text", "query", "title");
        if (id == null || query == null || query.isBlank()) {
          problems.add(display + ":" + number + ": expected \"_id\" and \"text\"");
        } else {
          topics.add(new Topic(id.strip(), query.strip()));
        }
      } catch (JsonProcessingException e) {
        problems.add(display + ":" + number + ": malformed JSON");
      }
    }
  }

  private static String field(JsonNode node, String... names) {
    for (String name : names) {
      JsonNode value = node.get(name);
      if (value != null && value.isValueNode() && !value.isNull()) {
        return value.asText();
      }
    }
    return null;
  }

  private static void readTop(
      String text, String display, List<Topic> topics, List<String> problems) {
    Matcher top = TOP.matcher(text);
    while (top.find()) {
      String body = top.group(1) + "<";
      Matcher num = NUM.matcher(body);
      Matcher title = TITLE.matcher(body);
      String line = display + ":" + lineOf(text, top.start());
      if (!num.find()) {
        problems.add(line + ": topic without <num>");
      } else if (!title.find() || title.group(1).isBlank()) {
        problems.add(line + ": topic " + num.group(1) + " without <title>");
      } else {
        topics.add(new Topic(num.group(1), oneLine(title.group(1))));
      }
    }
  }

  private static void readDocs(
      String text, String display, List<Topic> topics, List<String> problems) {
    Matcher doc = DOC.matcher(text);
    while (doc.find()) {
      String query = oneLine(doc.group(2));
      if (doc.group(1).isBlank() || query.isEmpty()) {
        problems.add(display + ":" + lineOf(text, doc.start()) + ": <DOC> without number or text");
      } else {
        topics.add(new Topic(doc.group(1), query));
      }
    }
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }

  private static int lineOf(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
