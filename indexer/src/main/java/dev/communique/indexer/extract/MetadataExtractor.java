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

  private final Vocabulary vocabulary;
  private final DateExtractor dates = new DateExtractor();
  private final SpeakerExtractor speakers;
  private final TopicTagger topics;

  /** An extractor over this vocabulary. */
  public MetadataExtractor(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
    this.speakers = new SpeakerExtractor(vocabulary.speakers());
    this.topics = new TopicTagger(vocabulary.topics());
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
    String title = raw.title() == null || raw.title().isBlank() ? firstSentence(body) : raw.title();
    Communique.Builder out =
        Communique.builder(raw.id())
            .title(title)
            .body(body)
            .source(raw.source())
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
    List<String> names = new ArrayList<>();
    List<String> unresolved = new ArrayList<>();
    Set<String> roles = new LinkedHashSet<>(raw.roles());
    if (speakersStated || !raw.speakers().isEmpty()) {
      for (String stated : raw.speakers()) {
        String name = speakers.names().stripInitials(stated);
        Optional<SpeakerRegistry.Person> known = vocabulary.speakers().person(stated);
        if (known.isEmpty()) {
          known = vocabulary.speakers().person(name);
        }
        name = known.map(SpeakerRegistry.Person::name).orElse(normaliseCase(name));
        if (!name.isBlank() && !names.contains(name)) {
          names.add(name);
        }
      }
    } else {
      for (SpeakerExtractor.Speaker s :
          speakers.extract(title, body, date, raw.type() == null ? "" : raw.type())) {
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
    String organization = raw.organization();
    if (organization == null || organization.isBlank()) {
      organization = vocabulary.organizations().forSource(raw.source()).orElse("");
    }
    out.organization(organization);
    out.topics(raw.topics().isEmpty() ? topics.topics(title, body) : raw.topics());
    return out.build();
  }

  private record Dated(DateExtractor.Found found, DateSource source) {}

  private Optional<Dated> findDate(String body, String fileName) {
    // The dateline is in the first paragraph, and never further than DATELINE_LENGTH in.
    int firstBreak = body.indexOf("\n\n");
    int datelineEnd =
        Math.min(
            body.length(),
            firstBreak > 0 ? Math.min(firstBreak, DATELINE_LENGTH) : DATELINE_LENGTH);
    Optional<DateExtractor.Found> found = dates.first(body.substring(0, datelineEnd));
    if (found.isPresent()) {
      return Optional.of(new Dated(found.get(), DateSource.DATELINE));
    }
    found = dates.first(body);
    if (found.isPresent()) {
      return Optional.of(new Dated(found.get(), DateSource.PROSE));
    }
    return dates.fromFileName(fileName).map(f -> new Dated(f, DateSource.FILE_NAME));
  }

  private static String firstSentence(String body) {
    String text = body.strip().replaceAll("\\s+", " ");
    int end = text.indexOf(". ");
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
