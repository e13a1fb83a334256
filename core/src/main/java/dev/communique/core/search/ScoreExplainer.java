package dev.communique.core.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * Renders Lucene's score explanation of one hit as a short readable tree: one line per matching
 * term or phrase with its field, boost and the BM25 factors (frequency, idf with the document
 * counts behind it, field length against the average), and the sums that combine them. Filters show
 * as one line. Stateless.
 */
final class ScoreExplainer {

  private static final Pattern WEIGHT =
      Pattern.compile("weight\\((\\w+):(.*) in \\d+\\) \\[[^\\]]*\\], result of:");
  private static final String INDENT = "  ";

  private ScoreExplainer() {}

  static String explain(IndexSearcher searcher, Query query, int doc) throws IOException {
    StringBuilder out = new StringBuilder();
    render(searcher.explain(query, doc), 0, out);
    return out.toString().stripTrailing();
  }

  /** Renders an explanation tree; visible for tests of the format. */
  static String render(Explanation explanation) {
    StringBuilder out = new StringBuilder();
    render(explanation, 0, out);
    return out.toString().stripTrailing();
  }

  private static void render(Explanation e, int depth, StringBuilder out) {
    String description = e.getDescription();
    Matcher weight = WEIGHT.matcher(description);
    if (weight.lookingAt()) {
      line(out, depth, e.getValue(), term(weight.group(1), weight.group(2)) + factors(e));
      return;
    }
    if (description.startsWith("match on required clause")) {
      line(out, depth, e.getValue(), "filters match (they restrict, they do not score)");
      return;
    }
    List<Explanation> parts = new ArrayList<>();
    for (Explanation detail : e.getDetails()) {
      if (detail.isMatch()) {
        parts.add(detail);
      }
    }
    boolean combination = description.endsWith("of:");
    if (combination && parts.size() == 1 && parts.get(0).getValue().equals(e.getValue())) {
      render(parts.get(0), depth, out);
      return;
    }
    line(out, depth, e.getValue(), description);
    for (Explanation part : parts) {
      render(part, depth + 1, out);
    }
  }

  private static String term(String field, String text) {
    if (text.startsWith("\"") && text.endsWith("\"") && text.length() > 1) {
      String words = text.substring(1, text.length() - 1).replace("=", "");
      return field + " \"" + words + "\" (exact phrase)";
    }
    if (text.startsWith("=")) {
      return field + " \"" + text.substring(1) + "\" (exact word)";
    }
    return field + " \"" + text + "\" (stem)";
  }

  private static String factors(Explanation weight) {
    StringBuilder s = new StringBuilder();
    Explanation boost = find(weight, "boost");
    if (boost != null && boost.getValue().floatValue() != 1f) {
      s.append(" ×").append(number(boost.getValue().floatValue())).append(" boost");
    }
    s.append(": BM25");
    Explanation freq = find(weight, "freq,");
    if (freq == null) {
      freq = find(weight, "phraseFreq");
    }
    if (freq != null) {
      s.append(" freq=").append(number(freq.getValue().floatValue()));
    }
    Explanation idf = find(weight, "idf");
    if (idf != null) {
      s.append(" idf=").append(String.format(Locale.ROOT, "%.3f", idf.getValue().floatValue()));
      Explanation n = find(idf, "n,");
      Explanation total = find(idf, "N,");
      if (n != null && total != null) {
        s.append(" (in ")
            .append(n.getValue().longValue())
            .append(" of ")
            .append(total.getValue().longValue())
            .append(" docs)");
      }
    }
    Explanation dl = find(weight, "dl,");
    Explanation avgdl = find(weight, "avgdl");
    if (dl != null && avgdl != null) {
      s.append(" field length ")
          .append(number(dl.getValue().floatValue()))
          .append(" vs average ")
          .append(String.format(Locale.ROOT, "%.1f", avgdl.getValue().floatValue()));
    }
    return s.toString();
  }

  /** The first node in the tree (depth first) whose description starts with {@code prefix}. */
  private static Explanation find(Explanation e, String prefix) {
    for (Explanation detail : e.getDetails()) {
      if (detail.getDescription().startsWith(prefix)) {
        return detail;
      }
      Explanation deeper = find(detail, prefix);
      if (deeper != null) {
        return deeper;
      }
    }
    return null;
  }

  private static String number(float value) {
    return value == Math.rint(value)
        ? Long.toString((long) value)
        : String.format(Locale.ROOT, "%.2f", value);
  }

  private static void line(StringBuilder out, int depth, Number value, String text) {
    out.append(INDENT.repeat(depth))
        .append(String.format(Locale.ROOT, "%.3f", value.floatValue()))
        .append(" = ")
        .append(text)
        .append('\n');
  }
}
