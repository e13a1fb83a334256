package dev.communique.indexer.extract;

import dev.communique.indexer.format.TranscriptLabel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds who speaks in a release and resolves each name to one canonical person. It reads, in this
 * order of trust, one evidence source per class:
 *
 * <ol>
 *   <li>the title ({@link TitleSpeakers});
 *   <li>transcript labels ({@link LabelSpeakers});
 *   <li>a signature under a proclamation or order ({@link SignatureSpeakers});
 *   <li>when neither title nor labels name anyone: a blog's byline ({@link BylineSpeakers}, read
 *       first for blogs), then quotes and attribution in the prose ({@link ProseSpeakers}, with
 *       {@link JointAuthors}), except in a transcript, whose speakers talk about others.
 * </ol>
 *
 * {@link SpeakerResolver} turns every name into the canonical person through the {@link
 * SpeakerRegistry} or a fuller mention in the same release; a lone surname neither completes is
 * kept and marked unresolved. The words all sources read come from {@link SpeakerRules}. Immutable
 * and thread-safe.
 */
final class SpeakerExtractor {

  /**
   * A speaker found: canonical name, the role they spoke in (may be empty), and whether the name is
   * certain (false for a lone surname nothing could complete).
   */
  record Speaker(String name, String role, boolean resolved) {
    Speaker(String name, String role) {
      this(name, role, true);
    }
  }

  private static final Pattern FIRST_PERSON = Pattern.compile("\\b(?:I|I’m|I'm|I’ve|I've)\\b");

  private final SpeakerRegistry registry;
  private final NameReader names;
  private final TitleSpeakers titles;
  private final SpeakerResolver resolver;
  private final LabelSpeakers labels;
  private final SignatureSpeakers signatures;
  private final BylineSpeakers bylines;
  private final ProseSpeakers prose;
  private final Pattern voicelessTitle;

  SpeakerExtractor(SpeakerRegistry registry) {
    this.registry = registry;
    this.names = new NameReader(registry.rules());
    this.resolver = new SpeakerResolver(registry, names);
    this.titles = new TitleSpeakers(resolver);
    this.labels = new LabelSpeakers(resolver);
    this.signatures = new SignatureSpeakers(resolver);
    this.bylines = new BylineSpeakers(resolver);
    this.prose = new ProseSpeakers(resolver);
    this.voicelessTitle =
        Pattern.compile(
            "^(?:"
                + registry.rules().voicelessTitles.stream()
                    .map(Pattern::quote)
                    .collect(Collectors.joining("|"))
                + ")\\b",
            Pattern.CASE_INSENSITIVE);
  }

  /** How names are read and normalised. */
  NameReader names() {
    return names;
  }

  /** How names and labels resolve to people. */
  SpeakerResolver resolver() {
    return resolver;
  }

  /** How a transcript label names its speaker. */
  LabelSpeakers labels() {
    return labels;
  }

  /** The speakers of a release, most trusted first, each person once. */
  List<Speaker> extract(String title, String body, LocalDate date) {
    return extract(title, body, date, "");
  }

  /**
   * The speakers of a release of a given document type ({@code blog} reads a byline; {@code
   * presidential-actions} falls back to the sitting President when unsigned).
   */
  List<Speaker> extract(String title, String body, LocalDate date, String type) {
    return extract(new SpeakerContext(title, body, date, type));
  }

  /** The speakers of the release a context reads (which {@link TurnFinder} may share). */
  List<Speaker> extract(SpeakerContext context) {
    Map<String, Speaker> found = new LinkedHashMap<>();
    if (context.type().equals("blog")) {
      bylines.find(context).forEach(s -> add(found, s));
    }
    titles.find(context).forEach(s -> add(found, s));
    if (found.isEmpty()) {
      titles.findInKicker(context).forEach(s -> add(found, s));
    }
    labels.find(context).forEach(s -> add(found, s));
    signatures.find(context).forEach(s -> add(found, s));
    if (found.isEmpty() && issuedByThePresident(context)) {
      registry
          .holder("THE PRESIDENT", context.date())
          .ifPresent(p -> add(found, new Speaker(p.name(), p.role())));
    }
    if (found.isEmpty() && !isTranscript(context.body())) {
      prose.find(context).forEach(s -> add(found, s));
    }
    return withoutPartialNames(List.copyOf(found.values()));
  }

  /**
   * Whether the body is a transcript: a reporter's question, or three turns labelled with a role in
   * the room ("SENIOR ADMINISTRATION OFFICIAL:", "MODERATOR:"). Its labels say who speaks; the
   * people its speakers talk about ("the President said") are not speakers, so a transcript whose
   * labels name nobody (a background call) has no speaker from its prose. A list of news outlets
   * ("AP: …") is no transcript.
   */
  private boolean isTranscript(String body) {
    SpeakerRules rules = registry.rules();
    int roleLabels = 0;
    for (String line : body.split("\n")) {
      if (TranscriptLabel.isQuestion(line)) {
        return true;
      }
      Matcher label = TranscriptLabel.labels(line);
      if (label.lookingAt()) {
        String text = label.group(1).replaceAll("\\s+", " ");
        boolean role =
            rules.labelRoles.contains(text)
                || Arrays.stream(text.split(" ")).anyMatch(rules.labelRoleWords::contains);
        if (role && ++roleLabels >= 3) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * An unsigned presidential action in the first person, or a presidential message, is the sitting
   * President's.
   */
  private boolean issuedByThePresident(SpeakerContext c) {
    boolean message =
        c.title().contains("Presidential Message")
            || c.title().regionMatches(true, 0, "Message to the Congress", 0, 23);
    boolean presidential =
        message
            || c.type().equals("presidential-actions")
            || c.body().contains("BY THE PRESIDENT OF THE UNITED STATES");
    return presidential
        && !voicelessTitle.matcher(c.title()).find()
        && (message || FIRST_PERSON.matcher(c.body()).find());
  }

  /**
   * Drops a name whose words end a longer name found too: "Fagundes Lira" in "Renato Fagundes
   * Lira".
   */
  private static List<Speaker> withoutPartialNames(List<Speaker> speakers) {
    List<Speaker> kept = new ArrayList<>();
    for (Speaker s : speakers) {
      boolean partial =
          speakers.stream()
              .anyMatch(
                  o ->
                      o != s
                          && o.name().length() > s.name().length()
                          && o.name().endsWith(" " + s.name()));
      if (!partial) {
        kept.add(s);
      }
    }
    return List.copyOf(kept);
  }

  private static void add(Map<String, Speaker> found, Speaker speaker) {
    found.merge(
        speaker.name(), speaker, (a, b) -> a.role().isEmpty() && !b.role().isEmpty() ? b : a);
  }
}
