package dev.communique.indexer.eval;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A TREC run: for each topic, documents best first with the scores written for them. Written scores
 * are the ranking's scores to four decimals, lowered by a millionth per place among equal ones, so
 * that {@code trec_eval}, which re-sorts by score, keeps the run's own order (ties by ascending id)
 * instead of its reverse-id tie order. Immutable and thread-safe; build one with {@link
 * #builder()}.
 */
public final class TrecRun {

  private final Map<String, List<Entry>> topics;

  private TrecRun(Map<String, List<Entry>> topics) {
    this.topics = Collections.unmodifiableMap(topics);
  }

  /** A builder that adds topics one at a time. */
  public static Builder builder() {
    return new Builder();
  }

  /** The topics of the run, in the order they were added. */
  public Set<String> topics() {
    return topics.keySet();
  }

  /** A topic's documents, best first; empty for a topic not in the run. */
  public List<Entry> entries(String topic) {
    return topics.getOrDefault(topic, List.of());
  }

  /** Writes the run as {@code qid Q0 docid rank score tag} lines, topics in the order added. */
  public void write(Writer out, String tag) throws IOException {
    StringBuilder line = new StringBuilder();
    for (Map.Entry<String, List<Entry>> topic : topics.entrySet()) {
      int rank = 1;
      for (Entry entry : topic.getValue()) {
        line.setLength(0);
        line.append(topic.getKey())
            .append(" Q0 ")
            .append(entry.docid)
            .append(' ')
            .append(rank++)
            .append(' ')
            .append(entry.written)
            .append(' ')
            .append(tag)
            .append('\n');
        out.write(line.toString());
      }
    }
  }

  /** One document of a topic: its id and its score as written. Immutable. */
  public static final class Entry {
    private final String docid;
    private final String written;
    private final float score;

    Entry(String docid, String written) {
      this.docid = docid;
      this.written = written;
      this.score = Float.parseFloat(written);
    }

    /** The document id. */
    public String docid() {
      return docid;
    }

    /** The score as the run file states it, read back as {@code trec_eval} reads it. */
    public float score() {
      return score;
    }
  }

  /** Builds a {@link TrecRun}. Not thread-safe. */
  public static final class Builder {
    private final Map<String, List<Entry>> topics = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Adds a topic's ranking: ids and scores, best first, scores never rising.
     *
     * @throws IllegalArgumentException if the lists differ in length or the topic is already in
     */
    public Builder add(String topic, List<String> docids, List<Float> scores) {
      if (docids.size() != scores.size()) {
        throw new IllegalArgumentException("ids and scores differ in number");
      }
      if (topics.containsKey(topic)) {
        throw new IllegalArgumentException("topic " + topic + " is in the run already");
      }
      List<Entry> entries = new ArrayList<>(docids.size());
      float previous = 0f;
      int tiedBefore = 0;
      for (int i = 0; i < docids.size(); i++) {
        float score = Math.round(scores.get(i) * 1e4f) / 1e4f;
        boolean tied = i > 0 && previous - score <= 1e-4f;
        tiedBefore = tied ? tiedBefore + 1 : 0;
        if (tied) {
          score -= 1e-6f * tiedBefore;
        }
        previous = score;
        entries.add(new Entry(docids.get(i), String.format(Locale.ROOT, "%f", score)));
      }
      topics.put(topic, Collections.unmodifiableList(entries));
      return this;
    }

    /** The run. */
    public TrecRun build() {
      return new TrecRun(new LinkedHashMap<>(topics));
    }
  }
}
