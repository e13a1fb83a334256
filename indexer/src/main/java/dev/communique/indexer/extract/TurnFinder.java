package dev.communique.indexer.extract;

import com.fasterxml.jackson.databind.JsonNode;
import dev.communique.core.Turn;
import dev.communique.indexer.extract.SpeakerExtractor.Speaker;
import dev.communique.indexer.format.TranscriptLabel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Divides a release's body into {@link Turn}s, by what kind of document it is:
 *
 * <ul>
 *   <li>a transcript (its lines start turns with labels, "MS. JEAN-PIERRE:", or "Q"): each labelled
 *       turn runs to the next label; its speaker is the label resolved through the speaker registry
 *       as speaker extraction resolves it, {@link Turn#QUESTION} for reporters, else the label as
 *       written; text before the first label and the closing "END" line are no one's;
 *   <li>an article, fact sheet or readout: each quotation attributed to a named person ("“…,” said
 *       Secretary X", "X said: “…”") is a turn of that person; the rest is no one's;
 *   <li>any other release (statements, proclamations, single-speaker remarks): the whole body is
 *       one turn of its first speaker, if it has one.
 * </ul>
 *
 * The words it reads are in {@code turns.yaml}. Immutable and thread-safe.
 */
final class TurnFinder {

  private static final Pattern QUESTION_MARK = Pattern.compile("^[ \\t\\u00A0*_>]*Q[*_.:]*");

  /** A heading line before an unlabelled release's words is at most this long. */
  private static final int HEADING_LENGTH = 60;

  /** A paragraph that is a time of day ("11:34 A.M. EDT"). */
  private static final Pattern TIME_OF_DAY =
      Pattern.compile("\\d{1,2}:\\d{2}\\s*[AaPp]\\.?\\s*[Mm]\\.?(?:\\s+\\p{Lu}{2,4})?");

  /** Sentence punctuation ending a paragraph. */
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;”\"’)]$");

  /** Each line of a body; group 1 is the line. */
  private static final Pattern END_LINE = Pattern.compile("(?m)^(.*)$");

  private final LabelSpeakers labels;
  private final SpeakerResolver resolver;
  private final Set<String> headings;
  private final Set<String> questions;
  private final Pattern end;
  private final Set<String> quotationTypes;
  private final Set<String> transcriptTypes;
  private final List<String> readoutTitles;
  private final Pattern quoteThenVerb;
  private final Pattern quoteThenName;
  private final Pattern nameThenQuote;

  /** A finder that resolves labels and names as the speaker extractor does, with its objects. */
  TurnFinder(SpeakerExtractor speakers) {
    this(speakers, VocabularyFiles.bundled("turns.yaml"));
  }

  TurnFinder(SpeakerExtractor speakers, JsonNode rules) {
    this.resolver = speakers.resolver();
    this.labels = speakers.labels();
    this.headings = Set.copyOf(strings(rules, "headingLabels"));
    this.questions = Set.copyOf(strings(rules, "questionLabels"));
    this.end = Pattern.compile("^[ \\t\\u00A0*_]*" + rules.path("transcriptEnd").asText("END\\b"));
    this.quotationTypes =
        strings(rules, "quotationTypes").stream()
            .map(t -> t.toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());
    this.readoutTitles = strings(rules, "readoutTitles");
    this.transcriptTypes =
        strings(rules, "transcriptTypes").stream()
            .map(t -> t.toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());
    String verbs =
        strings(rules, "quotationVerbs").stream()
            .map(Pattern::quote)
            .collect(Collectors.joining("|", "(?:", ")"));
    String quote = "[“\"]([^“”\"\\n]{12,}?)[”\"]";
    String name = "([\\p{Lu}][^“”\".,;:!?\\n]{1,80}?)";
    this.quoteThenVerb = Pattern.compile(quote + "\\s*,?\\s*" + verbs + "\\s+" + name + "[.,;]");
    this.quoteThenName = Pattern.compile(quote + "\\s*,?\\s*" + name + "\\s+" + verbs + "\\b");
    this.nameThenQuote = Pattern.compile(name + "\\s+" + verbs + "\\s*[:,]\\s*" + quote);
  }

  /**
   * The turns of a release's body, in text order and indexed from 0.
   *
   * @param speakers the release's speakers, first the issuer
   * @param roles the release's roles
   */
  List<Turn> turns(SpeakerContext context, List<String> speakers, List<String> roles) {
    String title = context.title();
    String body = context.body();
    String type = context.type();
    List<Turn> transcript = transcript(body, context);
    if (!transcript.isEmpty()) {
      return transcript;
    }
    if (quotationTypes.contains(type.toLowerCase(Locale.ROOT))
        || readoutTitles.stream().anyMatch(title::startsWith)) {
      return quotations(body, context);
    }
    if (speakers.isEmpty()) {
      return List.of();
    }
    int start = afterHeading(body);
    int stop = body.length();
    Matcher closing = END_LINE.matcher(body);
    while (closing.find()) {
      if (end.matcher(closing.group(1)).lookingAt() && closing.start(1) > start) {
        stop = closing.start(1);
        break;
      }
    }
    while (stop > start && Character.isWhitespace(body.charAt(stop - 1))) {
      stop--;
    }
    if (stop <= start) {
      return List.of();
    }
    String role = speakers.size() == 1 && !roles.isEmpty() ? roles.get(0) : "";
    return List.of(Turn.of(speakers.get(0), role, 0, start, stop));
  }

  /**
   * Where the words of an unlabelled release start: after its leading heading lines (a place, a
   * time: short paragraphs that do not end a sentence, or times of day).
   */
  private static int afterHeading(String body) {
    int at = 0;
    while (true) {
      while (at < body.length() && Character.isWhitespace(body.charAt(at))) {
        at++;
      }
      int next = body.indexOf("\n\n", at);
      String paragraph = (next < 0 ? body.substring(at) : body.substring(at, next)).strip();
      boolean heading =
          next >= 0
              && paragraph.length() <= HEADING_LENGTH
              && (TIME_OF_DAY.matcher(paragraph).matches()
                  || !SENTENCE_END.matcher(paragraph).find());
      if (!heading) {
        return at;
      }
      at = next;
    }
  }

  /** The labelled turns of a transcript; empty if no line starts a turn. */
  private List<Turn> transcript(String body, SpeakerContext context) {
    List<int[]> starts = new ArrayList<>(); // {line start, text start}
    List<Speaker> who = new ArrayList<>();
    Map<String, Speaker> resolved = new HashMap<>();
    boolean voiced = transcriptTypes.contains(context.type().toLowerCase(Locale.ROOT));
    int stop = body.length();
    int line = 0;
    while (line < body.length()) {
      int next = body.indexOf('\n', line);
      int lineEnd = next < 0 ? body.length() : next;
      String text = body.substring(line, lineEnd);
      if (!starts.isEmpty() && end.matcher(text).lookingAt()) {
        stop = line;
        break;
      }
      Matcher q = QUESTION_MARK.matcher(text);
      if (TranscriptLabel.isQuestion(text) && q.lookingAt()) {
        starts.add(new int[] {line, line + q.end()});
        who.add(new Speaker(Turn.QUESTION, ""));
        voiced = true;
      } else {
        Matcher m = TranscriptLabel.labels(text);
        if (m.lookingAt()) {
          String label = m.group(1).replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
          Optional<Speaker> speaker = speaker(label, context, resolved);
          if (speaker.isPresent()) {
            starts.add(new int[] {line, line + m.end()});
            who.add(speaker.get());
            voiced |= speaker.get().resolved() && !speaker.get().name().equals(label);
          }
        }
      }
      line = lineEnd + 1;
    }
    List<Turn> turns = new ArrayList<>();
    if (!voiced) {
      return turns; // headings in a statement or fact sheet, not a transcript
    }
    for (int i = 0; i < starts.size(); i++) {
      int from = starts.get(i)[1];
      int to = i + 1 < starts.size() ? starts.get(i + 1)[0] : stop;
      while (from < to && Character.isWhitespace(body.charAt(from))) {
        from++;
      }
      while (to > from && Character.isWhitespace(body.charAt(to - 1))) {
        to--;
      }
      if (to > from) {
        Speaker s = who.get(i);
        turns.add(Turn.of(s.name(), s.role(), turns.size(), from, to));
      }
    }
    return turns;
  }

  /**
   * Who a label gives the turn to: a reporter's question, the person it names, or the label as
   * written; empty for a heading.
   */
  private Optional<Speaker> speaker(
      String label, SpeakerContext context, Map<String, Speaker> resolved) {
    if (label.length() < 2 && !label.equals("Q")) {
      return Optional.empty();
    }
    String upper = label.toUpperCase(Locale.ROOT);
    if (questions.contains(upper)) {
      return Optional.of(new Speaker(Turn.QUESTION, ""));
    }
    if (headings.contains(upper) || headings.stream().anyMatch(h -> upper.startsWith(h + " "))) {
      return Optional.empty();
    }
    Speaker known = resolved.get(label);
    if (known == null) {
      known = labels.named(label, context).orElse(new Speaker(label, ""));
      resolved.put(label, known);
    }
    return Optional.of(known);
  }

  /** Quotations attributed to a named person, each a turn of that person. */
  private List<Turn> quotations(String body, SpeakerContext context) {
    List<Turn> found = new ArrayList<>();
    for (Pattern pattern : List.of(quoteThenVerb, quoteThenName, nameThenQuote)) {
      boolean nameFirst = pattern == nameThenQuote;
      Matcher m = pattern.matcher(body);
      while (m.find()) {
        int quoteGroup = nameFirst ? 2 : 1;
        String phrase = m.group(nameFirst ? 1 : 2).strip();
        Optional<Speaker> person = person(phrase, context);
        if (person.isEmpty()) {
          continue;
        }
        int from = m.start(quoteGroup);
        int to = m.end(quoteGroup);
        boolean overlaps = found.stream().anyMatch(t -> t.start() < to && from < t.end());
        if (!overlaps) {
          found.add(Turn.of(person.get().name(), person.get().role(), 0, from, to));
        }
      }
    }
    found.sort(java.util.Comparator.comparingInt(Turn::start));
    List<Turn> indexed = new ArrayList<>(found.size());
    for (Turn t : found) {
      indexed.add(t.withIndex(indexed.size()));
    }
    return indexed;
  }

  /** The named person a phrase beside a quotation refers to; never a pronoun or a bare role. */
  private Optional<Speaker> person(String phrase, SpeakerContext context) {
    String lower = phrase.toLowerCase(Locale.ROOT);
    if (lower.matches("(?:he|she|they|we|i|it|officials?|the (?:official|spokesperson))")) {
      return Optional.empty();
    }
    return resolver.person(phrase, context, true);
  }

  private static List<String> strings(JsonNode root, String key) {
    List<String> out = new ArrayList<>();
    for (JsonNode node : root.path(key)) {
      out.add(node.asText());
    }
    return out;
  }
}
