package dev.communique.indexer.extract;

import dev.communique.core.Communique;
import dev.communique.core.DateSource;
import dev.communique.indexer.format.RawRelease;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a {@link RawRelease} into a {@link Communique}, keeping every field the source states and
 * extracting the rest from the text:
 *
 * <ul>
 *   <li>date: the stated one, else a dateline in the first paragraph, else the first date in the
 *       prose, else one in the file name; {@link Communique#dateSource()} records which;
 *   <li>speakers: resolved through the speaker registry (see {@link SpeakerExtractor}), with their
 *       roles;
 *   <li>organisation: the stated one, else the one the registry knows for the source's host;
 *   <li>topics: the stated ones, else those from the topic vocabulary that weigh most;
 *   <li>title: the stated one, else the first sentence of the body.
 * </ul>
 *
 * Immutable and thread-safe.
 */
public final class MetadataExtractor {
  private static final int DATELINE_LENGTH = 400;

  /** A dateline's place and weekday are at most this many words. */
  private static final int DATELINE_PREFIX_WORDS = 6;

  /** A leading dateline is within this many characters of the start. */
  private static final int DATELINE_LINE = 100;

  /** The first sentence is looked for in this many characters. */
  private static final int LEAD_LENGTH = 400;

  /** The dash after a dateline. */
  private static final Pattern DATELINE_DASH =
      Pattern.compile("\\)?\\s*(?:/(?:\\s*\\p{L}+\\s*/)?\\s*(?:--?)?|[\u2013\u2014]|--?)\\s+");

  /**
   * The end of a sentence: a full stop, not after an initial or a common abbreviation, then a space
   * and a capital or a quote.
   */
  private static final Pattern SENTENCE_END =
      Pattern.compile(
          "(?<![A-Z])(?<!\\b(?:Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Sgt|Gov|Sen|Rep|Jan|Feb|Aug|Sept|Sep|Oct"
              + "|Nov|Dec|No|Nos|Art|vs|etc))[.!?](?=\\s+[A-Z\"\u201C\u2018(]|\\s*$)");

  private final Vocabulary vocabulary;
  private final DateExtractor dates = new DateExtractor();
  private final SpeakerExtractor speakers;
  private final TopicTagger topics;
  private final TurnFinder turns;

  /** An extractor over this vocabulary. */
  public MetadataExtractor(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
    this.speakers = new SpeakerExtractor(vocabulary.speakers());
    this.topics = new TopicTagger(vocabulary.topics());
    this.turns = new TurnFinder(speakers);
  }

  /** The vocabulary behind this extractor. */
  public Vocabulary vocabulary() {
    return vocabulary;
  }

  /**
   * Completes a raw release.
   *
   * @param raw what the reader found
   * @param speakersStated whether the source has a speaker field, even an empty one; then speakers
   *     are only normalised, never guessed from the text
   */
  public Communique extract(RawRelease raw, boolean speakersStated) {
    String body = raw.body();
    boolean titleDerived = raw.title() == null || raw.title().isBlank();
    String lead = withoutDateline(body);
    String title = titleDerived ? firstSentence(lead) : raw.title();
    Communique.Builder out =
        Communique.builder(raw.id())
            .title(title)
            .titleDerived(titleDerived && !title.isEmpty())
            .body(body)
            .source(raw.source())
            .path(raw.path())
            .type(raw.type() == null ? "" : raw.type());
    LocalDate date = raw.date();
    if (date != null) {
      out.date(date, raw.datePrecision(), DateSource.METADATA);
    } else {
      Optional<Dated> found = findDate(body, raw.fileName());
      if (found.isPresent()) {
        date = found.get().found().date();
        out.date(date, found.get().found().precision(), found.get().source());
      }
    }
    // One reading of the release for its speakers and its turns: they share resolved names.
    SpeakerContext context = new SpeakerContext(title, body, date, raw.type());
    List<String> names = new ArrayList<>();
    List<String> unresolved = new ArrayList<>();
    Set<String> roles = new LinkedHashSet<>(raw.roles());
    if (speakersStated || !raw.speakers().isEmpty()) {
      for (String stated : raw.speakers()) {
        String bare = speakers.names().withoutLeadingRank(speakers.names().stripInitials(stated));
        String name =
            speakers
                .resolver()
                .registered(stated)
                .or(() -> speakers.resolver().registered(bare))
                .map(SpeakerRegistry.Person::name)
                .orElse(normaliseCase(bare));
        if (!name.isBlank() && !names.contains(name)) {
          names.add(name);
        }
      }
    } else {
      for (SpeakerExtractor.Speaker s : speakers.extract(context)) {
        names.add(s.name());
        if (!s.resolved()) {
          unresolved.add(s.name());
        }
        if (!s.role().isEmpty()) {
          roles.add(s.role());
        }
      }
    }
    out.speakers(names).roles(new ArrayList<>(roles)).unresolvedSpeakers(unresolved);
    out.organization(organization(raw, lead));
    out.topics(raw.topics().isEmpty() ? topics.topics(title, body) : raw.topics());
    out.turns(turns.turns(context, names, new ArrayList<>(roles)));
    return out.build();
  }

  private record Dated(DateExtractor.Found found, DateSource source) {}

  /**
   * The date from the text or file name, in order of trust: a dateline, then the file name, then
   * the first date in the prose. A date in the first sentence of the first paragraph counts as a
   * dateline when nothing but a place or a weekday comes before it, or when there is no file-name
   * date to prefer; it never beats a file-name date that it differs from unless it is such a
   * dateline and not later than the file's date, since a date mentioned in passing (the next
   * meeting, an earlier decision) is not the release's.
   */
  private Optional<Dated> findDate(String body, String fileName) {
    Optional<DateExtractor.Found> named = dates.fromFileName(fileName);
    int firstBreak = body.indexOf("\n\n");
    int datelineEnd =
        Math.min(
            body.length(),
            firstBreak > 0 ? Math.min(firstBreak, DATELINE_LENGTH) : DATELINE_LENGTH);
    Optional<DateExtractor.Located> lead = dates.firstLocated(body.substring(0, datelineEnd));
    if (lead.isPresent()) {
      DateExtractor.Found found = lead.get().found();
      if (named.isEmpty() || found.date().equals(named.get().date())) {
        return Optional.of(new Dated(found, DateSource.DATELINE));
      }
      String before = body.substring(0, lead.get().start());
      if (isDatelinePrefix(before) && !found.date().isAfter(named.get().date())) {
        return Optional.of(new Dated(found, DateSource.DATELINE));
      }
    }
    if (named.isPresent()) {
      return Optional.of(new Dated(named.get(), DateSource.FILE_NAME));
    }
    return dates.first(body).map(f -> new Dated(f, DateSource.PROSE));
  }

  /**
   * Whether the text before a date is only a place, a weekday and punctuation: capitalised words.
   */
  private static boolean isDatelinePrefix(String before) {
    String words = before.replaceAll("[(\\[,:\\-\u2010-\u2015]", " ").strip();
    if (words.isEmpty()) {
      return true;
    }
    String[] split = words.split("\\s+");
    if (split.length > DATELINE_PREFIX_WORDS) {
      return false;
    }
    for (String word : split) {
      if (!Character.isUpperCase(word.charAt(0))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The organisation: stated (resolved by name), else by web host, else acting in the lead sentence
   * of the body without its dateline.
   */
  private String organization(RawRelease raw, String lead) {
    OrganizationDirectory directory = vocabulary.organizations();
    String stated = raw.organization();
    if (stated != null && !stated.isBlank()) {
      return directory.resolve(stated);
    }
    Optional<String> byHost = directory.forSource(raw.source());
    if (byHost.isPresent()) {
      return byHost.get();
    }
    return directory
        .actingIn(
            leadSentence(lead), phrase -> speakers.names().rules().role.matcher(phrase).find())
        .orElse("");
  }

  /**
   * The body without a leading dateline: a short first paragraph that is a date with at most a
   * place before it, or such a date at the start followed by a dash ("KABUL (Sept. 20, 2011) –").
   */
  private String withoutDateline(String body) {
    int firstBreak = body.indexOf("\n\n");
    if (firstBreak > 0 && firstBreak <= DATELINE_LINE) {
      String first = body.substring(0, firstBreak);
      Optional<DateExtractor.Located> date = dates.firstLocated(first);
      if (date.isPresent() && isDatelinePrefix(first.substring(0, date.get().start()))) {
        return body.substring(firstBreak).strip();
      }
    }
    Optional<DateExtractor.Located> date =
        dates.firstLocated(body.substring(0, Math.min(body.length(), DATELINE_LINE)));
    if (date.isPresent() && isDatelinePrefix(body.substring(0, date.get().start()))) {
      Matcher dash = DATELINE_DASH.matcher(body);
      if (dash.find(date.get().end()) && dash.start() - date.get().end() <= 3) {
        return body.substring(dash.end()).strip();
      }
    }
    return body;
  }

  /** The first sentence of the text, up to {@link #LEAD_LENGTH} characters. */
  private static String leadSentence(String text) {
    String head = text.substring(0, Math.min(text.length(), LEAD_LENGTH));
    Matcher m = SENTENCE_END.matcher(head);
    return m.find() ? head.substring(0, m.start() + 1) : head;
  }

  private static String firstSentence(String body) {
    String text = body.strip().replaceAll("\\s+", " ");
    Matcher sentence = SENTENCE_END.matcher(text);
    int end = sentence.find() ? sentence.start() : -1;
    if (end < 0 || end > 160) {
      end = Math.min(text.length(), 120);
      int space = text.lastIndexOf(' ', end);
      return (space > 40 ? text.substring(0, space) : text.substring(0, end))
          + (end < text.length() ? "…" : "");
    }
    return text.substring(0, end + 1);
  }

  /** "GROMYKO" → "Gromyko", "Sher ALI KHAN" → "Sher Ali Khan"; mixed-case words are kept. */
  private static String normaliseCase(String name) {
    StringBuilder out = new StringBuilder();
    for (String word : name.split(" ")) {
      boolean shouting =
          word.length() > 1
              && word.equals(word.toUpperCase(java.util.Locale.ROOT))
              && word.chars().filter(Character::isLetter).count() > 1;
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(shouting ? NameReader.titleCase(word) : word);
    }
    return out.toString();
  }
}
