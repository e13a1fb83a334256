package dev.communique.indexer.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds who speaks in a release and resolves each name to one canonical person through the {@link
 * SpeakerRegistry}. It reads, in this order of trust:
 *
 * <ol>
 *   <li>the title: "Remarks by President Biden and NATO Secretary General Jens Stoltenberg…",
 *       "Statement from Press Secretary Karine Jean-Pierre on…", "Readout of …'s Call";
 *   <li>transcript labels: "SECRETARY GENERAL STOLTENBERG:", "THE PRESIDENT:", "MS. JEAN-PIERRE:";
 *   <li>a signature under a proclamation or order ("JOSEPH R. BIDEN JR.");
 *   <li>when neither title nor labels name anyone: a byline, "Senator X: “…”" quotes, and
 *       attribution in the prose ("Secretary General Jens Stoltenberg announced that", "said
 *       Foreign Minister Ingrid Solheim-Berg", "Mr Stoltenberg underlined").
 * </ol>
 *
 * Partial names ("Mr Stoltenberg", "MS. PSAKI") are completed from a fuller mention in the same
 * release, then from the registry. Stateless apart from the registry; thread-safe.
 */
final class SpeakerExtractor {

  /** A speaker found: canonical name and the role they spoke in (may be empty). */
  record Speaker(String name, String role) {}

  private static final List<String> ROLES =
      List.of(
          "President of the European Commission",
          "President of the European Council",
          "President-elect",
          "Vice President-elect",
          "Vice President",
          "President",
          "First Lady",
          "Second Gentleman",
          "Principal Deputy Press Secretary",
          "Deputy Press Secretary",
          "White House Press Secretary",
          "Press Secretary",
          "Principal Deputy National Security Advisor",
          "Deputy National Security Advisor",
          "National Security Advisor",
          "National Security Adviser",
          "National Security Communications Advisor",
          "NSC Coordinator for Strategic Communications",
          "Homeland Security Advisor",
          "National Climate Advisor",
          "National Economic Council Director",
          "Domestic Policy Advisor",
          "Chief Medical Advisor",
          "Senior Advisor",
          "Special Advisor",
          "Advisor",
          "Adviser",
          "Special Envoy",
          "Special Presidential Envoy",
          "Chief of Staff",
          "Deputy Chief of Staff",
          "Secretary of State",
          "Secretary of Defense",
          "Secretary of the Treasury",
          "Treasury Secretary",
          "Secretary of Commerce",
          "Commerce Secretary",
          "Secretary of Homeland Security",
          "Homeland Security Secretary",
          "Secretary of Energy",
          "Energy Secretary",
          "Secretary of Transportation",
          "Transportation Secretary",
          "Secretary of Agriculture",
          "Agriculture Secretary",
          "Secretary of Labor",
          "Labor Secretary",
          "Secretary of Education",
          "Education Secretary",
          "Secretary of Health and Human Services",
          "HHS Secretary",
          "Secretary of the Interior",
          "Interior Secretary",
          "Secretary of Veterans Affairs",
          "Secretary of Housing and Urban Development",
          "Deputy Secretary General",
          "Deputy Secretary-General",
          "Secretary General",
          "Secretary-General",
          "Deputy Secretary",
          "State Secretary",
          "Cabinet Secretary",
          "Secretary",
          "Attorney General",
          "Surgeon General",
          "Deputy Prime Minister",
          "Prime Minister",
          "Foreign Minister",
          "Defence Minister",
          "Defense Minister",
          "Minister for Foreign Affairs",
          "Minister of Foreign Affairs",
          "Minister",
          "Chancellor",
          "High Representative",
          "Commissioner",
          "Ambassador",
          "Senate Majority Leader",
          "Senate Minority Leader",
          "Majority Leader",
          "Minority Leader",
          "House Speaker",
          "Speaker",
          "Senator",
          "Sen.",
          "Representative",
          "Congressman",
          "Congresswoman",
          "Rep.",
          "Governor",
          "Gov.",
          "Lieutenant Governor",
          "Mayor",
          "Administrator",
          "Director",
          "Chairman",
          "Chairwoman",
          "Chair",
          "Spokesperson",
          "Spokesman",
          "Spokeswoman",
          "Coordinator",
          "Admiral",
          "General",
          "Lieutenant General",
          "Major General",
          "Brigadier General",
          "Colonel",
          "Lieutenant Colonel",
          "Commander",
          "Captain",
          "Major",
          "Crown Prince",
          "King",
          "Queen",
          "Emperor",
          "Premier",
          "Taoiseach");

  private static final List<String> HONORIFICS =
      List.of("Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms", "Miss", "Dr.", "Dr", "Sir", "Dame", "H.E.");

  /** Lower-case words that belong inside names: "Ursula von der Leyen". */
  private static final Set<String> PARTICLES =
      Set.of("de", "da", "del", "der", "van", "von", "bin", "al", "el", "du", "le", "la", "ben");

  /** Words that end a name in a title-cased headline or label. */
  private static final Set<String> STOP_WORDS =
      Set.of(
          "and",
          "on",
          "at",
          "in",
          "with",
          "before",
          "after",
          "to",
          "for",
          "ahead",
          "following",
          "upon",
          "regarding",
          "about",
          "of",
          "the",
          "a",
          "an",
          "during",
          "meeting",
          "call",
          "calls",
          "bilateral",
          "virtual",
          "joint",
          "press",
          "conference",
          "remarks",
          "statement",
          "readout",
          "visit",
          "trip",
          "signing",
          "event",
          "summit",
          "interview",
          "speech",
          "address",
          "discussion",
          "roundtable",
          "reception",
          "announcing",
          "celebrating",
          "honoring",
          "marking",
          "commemorating",
          "as",
          "from",
          "by",
          "delivering",
          "delivers",
          "participate",
          "participates",
          "hosts",
          "host",
          "welcomes",
          "announces",
          "is",
          "will",
          "today",
          "this",
          "that",
          "who",
          "new",
          "national",
          "u.s.",
          "united",
          "states",
          "president",
          "minister",
          "secretary",
          "senator",
          "governor",
          "assistant",
          "deputy",
          "counselor",
          "principal",
          "en",
          "route");

  /** Capitalised words that are not parts of people's names. */
  private static final Set<String> NOT_NAMES =
      Set.of(
          "united",
          "states",
          "nations",
          "house",
          "white",
          "department",
          "council",
          "union",
          "ministry",
          "government",
          "office",
          "committee",
          "agency",
          "alliance",
          "republic",
          "kingdom",
          "administration",
          "congress",
          "senate",
          "court",
          "commission",
          "group",
          "organization",
          "organisation",
          "forces",
          "army",
          "party",
          "bank",
          "fund",
          "assembly",
          "summit",
          "service",
          "agreement",
          "act",
          "america",
          "american",
          "americans",
          "europe",
          "european",
          "nato",
          "allies",
          "we",
          "i",
          "he",
          "she",
          "they",
          "it",
          "this",
          "that",
          "there",
          "here",
          "today",
          "yesterday",
          "friday",
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "saturday",
          "sunday",
          "federal",
          "state",
          "city",
          "county",
          "world",
          "global",
          "national",
          "international",
          "secretary",
          "president",
          "minister",
          "general",
          "the",
          "our",
          "his",
          "her",
          "their",
          "its",
          "mr",
          "ms",
          "mrs",
          "dr",
          "and",
          "but",
          "also",
          "statement",
          "press",
          "release",
          "report",
          "reports",
          "treasury",
          "defense",
          "defence",
          "ukraine",
          "russia",
          "china",
          "japan",
          "israel",
          "iran",
          "india",
          "canada",
          "france",
          "germany",
          "korea",
          "mexico",
          "brussels",
          "washington",
          "moscow",
          "beijing",
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december",
          "north",
          "south",
          "east",
          "west",
          "central",
          "democratic",
          "republican",
          "republicans",
          "democrats",
          "foreign",
          "affairs",
          "health",
          "human",
          "services",
          "homeland",
          "security",
          "energy",
          "commerce",
          "labor",
          "justice");

  private static final Set<String> SKIPPED_LABELS =
      Set.of(
          "Q",
          "MODERATOR",
          "PARTICIPANT",
          "PARTICIPANTS",
          "AUDIENCE",
          "AUDIENCE MEMBER",
          "AUDIENCE MEMBERS",
          "STAFF",
          "OPERATOR",
          "REPORTER",
          "REPORTERS",
          "CROWD",
          "INTERPRETER",
          "NARRATOR",
          "VOICE",
          "ANNOUNCER",
          "NOTE",
          "END",
          "ATTENDEES",
          "AIDE",
          "STUDENT",
          "STUDENTS",
          "CHILD",
          "CHILDREN",
          "FACT SHEET",
          "BACKGROUND",
          "UPDATE",
          "TRANSCRIPT",
          "WHITE HOUSE",
          "THE WHITE HOUSE",
          "SPEAKER",
          "MALE SPEAKER",
          "FEMALE SPEAKER",
          "VIDEO",
          "MEMBERS",
          "MEMBER",
          "CONGRESSMEN",
          "PARTICIPANT 1",
          "PRESS",
          "ALL",
          "GROUP",
          "CHORUS");

  /** Every word of every role and honorific, lower-cased. */
  private static final Set<String> ROLE_WORDS =
      java.util.stream.Stream.concat(ROLES.stream(), HONORIFICS.stream())
          .flatMap(r -> java.util.Arrays.stream(r.toLowerCase(Locale.ROOT).split("\\s+")))
          .collect(Collectors.toUnmodifiableSet());

  private static final Pattern ROLE =
      Pattern.compile(
          "(?<![\\p{L}])(?:the\\s+)?((?i:"
              + ROLES.stream()
                  .sorted(Comparator.comparingInt(String::length).reversed())
                  .map(r -> Pattern.quote(r).replace(" ", "\\E\\s+\\Q"))
                  .collect(Collectors.joining("|"))
              + ")|"
              + HONORIFICS.stream().map(Pattern::quote).collect(Collectors.joining("|"))
              + ")(?=[\\s\\u00A0]+\\p{Lu})");

  private static final Pattern ROLE_UPPER =
      Pattern.compile(
          "^(?:THE\\s+)?("
              + ROLES.stream()
                  .sorted(Comparator.comparingInt(String::length).reversed())
                  .map(r -> Pattern.quote(r.toUpperCase(Locale.ROOT)).replace(" ", "\\E\\s+\\Q"))
                  .collect(Collectors.joining("|"))
              + "|"
              + HONORIFICS.stream()
                  .map(h -> Pattern.quote(h.toUpperCase(Locale.ROOT)))
                  .collect(Collectors.joining("|"))
              + ")\\s+");

  private static final Pattern TITLE_LEAD =
      Pattern.compile(
          "^(?:Joint\\s+)?(?:Statements?|Remarks|Readout|Letter|Message|Op-Ed|Interview|Press"
              + " Briefing|Press Gaggle|Press Conference|On-the-Record Press Call|Background Press"
              + " Call|Press Call|Video Message|Toast|Address|Speech|Excerpts|Testimony|Keynote|"
              + "Memorandum)\\b.*?\\b(?:by|from|of)\\s+",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern TITLE_CUT =
      Pattern.compile(
          "\\s(?:on|at|during|to|before|in|for|after|ahead|following|upon|regarding|celebrating"
              + "|honoring|marking|as|with|about|announcing|en\\s+route)\\s|:\\s|\\s[–—-]\\s|['’]s\\b",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern LABEL =
      Pattern.compile(
          "^[ \\t\\u00A0*_>]*((?:[A-Z][A-Z.'’\\-]*)(?:[ \\u00A0]+[A-Z][A-Z.'’\\-]*){0,6})"
              + "(?:[ \\u00A0]*\\([^)\\n]{1,40}\\))?[*_]*:[*_]*(?=[ \\t\\u00A0]|$)",
          Pattern.MULTILINE);

  private static final String VERBS =
      "said|says|stated|states|added|noted|emphasized|emphasised|underlined|underscored|declared"
          + "|explained|stressed|told|urged|warned|concluded|commented|remarked|highlighted"
          + "|affirmed|reaffirmed|reiterated|insisted|observed|argued|acknowledged|wrote|replied"
          + "|recalled|cautioned|made clear|pointed out|announced(?=\\s+that|\\s*[:,]\\s*[“\"])";

  private static final Pattern VERB_AFTER =
      Pattern.compile(
          "^(?:,[^,.;“”\"\\n]{2,100},)?\\s+(?:(?:has|had|have|also|then|later|today|further"
              + "|repeatedly|again|once again|previously|recently|clearly)\\s+)*(?:"
              + VERBS
              + ")\\b");

  /** After a closing quote any reporting verb attributes it: “…,” Minister X announced. */
  private static final Pattern VERB_AFTER_QUOTE =
      Pattern.compile(
          "^(?:,[^,.;“”\"\\n]{2,100},)?\\s+(?:(?:has|had|also|then)\\s+)*(?:"
              + VERBS
              + "|announced|confirmed|explained|continued)\\b");

  private static final Pattern QUOTE_BEFORE = Pattern.compile("[”\"]\\s*$");

  private static final Pattern VERB_BEFORE =
      Pattern.compile(
          "(?:[”\"’,]\\s*|\\b)(?:said|says|added|noted|stated|explained|continued|wrote|according"
              + " to)\\s+(?=\\p{Lu})");

  private static final Pattern BARE_NAME_SUBJECT =
      Pattern.compile(
          "(?<![\\p{L}.'’\\-]\\s?)(\\p{Lu}[\\p{Ll}'’\\-]+(?:\\s+\\p{Lu}[\\p{Ll}'’\\-]+){1,2})(?="
              + "(?:,[^,.;“”\"\\n]{2,100},)?\\s+(?:(?:has|had|also|then)\\s+)*(?:"
              + VERBS
              + ")\\b)");

  /** “…” — White House spokesperson Abigail Jackson */
  private static final Pattern QUOTE_DASH = Pattern.compile("[”\"]\\s*[—–]\\s*(?=\\S)");

  private static final Pattern BYLINE =
      Pattern.compile("\\A[\\s*_]*(?:By\\s+)?([^,\\n*_]{3,120})[,*_\\n]");

  private static final Pattern COLON_QUOTE =
      Pattern.compile(
          "^[ \\t*_]*([\\p{Lu}][^:\\n“”\"]{2,80}?)(?:\\s*\\([^)\\n]{1,30}\\))?[*_]*:\\s*[*_]*[“\"]",
          Pattern.MULTILINE);

  private static final Set<String> LABEL_MODIFIERS =
      Set.of(
          "ACTING",
          "SENIOR",
          "PRINCIPAL",
          "ASSISTANT",
          "SPECIAL",
          "CHIEF",
          "FORMER",
          "DEPUTY",
          "INTERIM",
          "U.S.",
          "US",
          "NSC",
          "WHITE",
          "HOUSE",
          "APNSA",
          "ADVISOR",
          "ADVISER",
          "COORDINATOR",
          "DOCTORS");

  private static final Pattern INITIAL = Pattern.compile("^\\p{Lu}\\.?$");
  private static final Pattern SUFFIX = Pattern.compile("^(?:Jr|Sr|II|III|IV)\\.?,?$");
  private static final Pattern SIGNATURE_LINE = Pattern.compile("^[A-Z][A-Z.'’\\- ]{4,60}$");

  private final SpeakerRegistry registry;

  SpeakerExtractor(SpeakerRegistry registry) {
    this.registry = registry;
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
    Context context = new Context(title == null ? "" : title, body, date, type == null ? "" : type);
    Map<String, Speaker> found = new LinkedHashMap<>();
    if (context.type().equals("blog")) {
      fromByline(context).forEach(s -> add(found, s));
    }
    fromTitle(context).forEach(s -> add(found, s));
    List<Speaker> labels = fromLabels(context);
    labels.forEach(s -> add(found, s));
    fromSignature(context).forEach(s -> add(found, s));
    if (found.isEmpty() && issuedByThePresident(context)) {
      registry
          .holder("THE PRESIDENT", context.date())
          .ifPresent(p -> add(found, new Speaker(p.name(), p.role())));
    }
    if (found.isEmpty()) {
      fromColonQuotes(context).forEach(s -> add(found, s));
      fromAttribution(context).forEach(s -> add(found, s));
    }
    return withoutPartialNames(List.copyOf(found.values()));
  }

  private static final Pattern FIRST_PERSON = Pattern.compile("\\b(?:I|I’m|I'm|I’ve|I've)\\b");
  private static final Pattern NO_VOICE_TITLE =
      Pattern.compile(
          "^(?:Nominations?|Bills? Signed|Appointments?|Withdrawals?)\\b",
          Pattern.CASE_INSENSITIVE);

  /**
   * An unsigned presidential action or presidential message in the first person is the sitting
   * President's.
   */
  private static boolean issuedByThePresident(Context c) {
    boolean presidential =
        c.type().equals("presidential-actions")
            || c.body().contains("BY THE PRESIDENT OF THE UNITED STATES")
            || c.title().contains("Presidential Message")
            || c.title().regionMatches(true, 0, "Message to the Congress", 0, 23);
    return presidential
        && !NO_VOICE_TITLE.matcher(c.title()).find()
        && FIRST_PERSON.matcher(c.body()).find();
  }

  /** A matched role phrase as a role: white space folded; honorifics are no role. */
  private static String roleOf(String matched) {
    String role = matched.replaceAll("\\s+", " ").strip();
    return HONORIFICS.contains(role) ? "" : role;
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

  /** What one extraction sees. */
  private record Context(
      String title, String body, LocalDate date, String type, Map<String, Optional<String>> names) {
    Context(String title, String body, LocalDate date, String type) {
      this(title, body, date, type, new java.util.HashMap<>());
    }

    String all() {
      return title + "\n" + body;
    }

    /** The fuller name the text gives a surname, looked up once per release. */
    Optional<String> fullName(String surname) {
      return names.computeIfAbsent(surname, s -> fullNameInText(s, all()));
    }
  }

  private List<Speaker> fromTitle(Context c) {
    String title = c.title().replace('\u00A0', ' ').replaceAll("\\s+", " ");
    Matcher lead = TITLE_LEAD.matcher(title);
    if (!lead.find()) {
      return List.of();
    }
    boolean readout = title.regionMatches(true, 0, "Readout", 0, 7);
    String clause = title.substring(lead.end());
    Matcher cut = TITLE_CUT.matcher(clause);
    if (cut.find()) {
      clause = clause.substring(0, cut.start());
    }
    List<Speaker> speakers = new ArrayList<>();
    for (String part : clause.split(",\\s*(?:and\\s+)?|\\s+and\\s+|\\s+&\\s+")) {
      person(part.strip(), c, true).ifPresent(speakers::add);
      if (readout && !speakers.isEmpty()) {
        break;
      }
    }
    return speakers;
  }

  /**
   * A person named by a short phrase: "NATO Secretary General Jens Stoltenberg", "the President".
   */
  private Optional<Speaker> person(String phrase, Context c, boolean titleCase) {
    if (phrase.isEmpty()) {
      return Optional.empty();
    }
    Matcher role = ROLE.matcher(phrase);
    if (role.find()) {
      String roleText = roleOf(role.group(1));
      String name = nameAfter(phrase, role.end(), titleCase);
      if (!name.isEmpty()) {
        return resolve(name, roleText, c);
      }
    }
    String lower = phrase.toLowerCase(Locale.ROOT);
    String office = lower.startsWith("the ") ? phrase : "the " + phrase;
    Optional<SpeakerRegistry.Person> holder = registry.holder(office, c.date());
    if (holder.isPresent()) {
      return Optional.of(new Speaker(holder.get().name(), holder.get().role()));
    }
    Optional<SpeakerRegistry.Person> known = registry.person(phrase);
    if (known.isPresent()) {
      return Optional.of(new Speaker(known.get().name(), known.get().role()));
    }
    String name = nameAfter(phrase, 0, titleCase);
    if (name.equals(phrase.replaceAll("['’]s$", "")) && name.split("\\s+").length >= 2) {
      return resolve(name, "", c);
    }
    return Optional.empty();
  }

  /** Reads name tokens from {@code pos}: capitalised words, initials, particles, a suffix. */
  private static String nameAfter(String text, int pos, boolean titleCase) {
    String[] tokens = text.substring(pos).strip().split("[\\s\\u00A0]+");
    List<String> name = new ArrayList<>();
    for (String raw : tokens) {
      if (name.size() >= 5) {
        break;
      }
      String token = raw;
      boolean last = false;
      if (token.endsWith("’s") || token.endsWith("'s")) {
        token = token.substring(0, token.length() - 2);
        last = true;
      }
      if (token.matches(".*[,;:!?)\"“”]$")) {
        token = token.replaceAll("[,;:!?)\"“”]+$", "");
        last = true;
      }
      if (token.endsWith(".")
          && !INITIAL.matcher(token).matches()
          && !SUFFIX.matcher(token).matches()) {
        token = token.substring(0, token.length() - 1);
        last = true;
      }
      if (token.isEmpty()) {
        break;
      }
      String lower = token.toLowerCase(Locale.ROOT);
      boolean particle = PARTICLES.contains(token);
      boolean capitalised = Character.isUpperCase(token.codePointAt(0));
      if (SUFFIX.matcher(token).matches() && !name.isEmpty()) {
        name.add(token.replace(",", ""));
        if (last) {
          break;
        }
        continue;
      }
      if (!(capitalised || particle) || (titleCase && STOP_WORDS.contains(lower))) {
        break;
      }
      if (!particle && !token.matches("[\\p{L}.'’\\-]+")) {
        break;
      }
      if (name.isEmpty()
          && token.length() > 1
          && token.equals(token.toUpperCase(Locale.ROOT))
          && !INITIAL.matcher(token).matches()) {
        continue; // an acronym before a name: "APNSA Jake Sullivan"
      }
      name.add(token);
      if (last) {
        break;
      }
    }
    while (!name.isEmpty() && Character.isLowerCase(name.get(name.size() - 1).codePointAt(0))) {
      name.remove(name.size() - 1);
    }
    return String.join(" ", name);
  }

  private List<Speaker> fromLabels(Context c) {
    Set<String> labels = new java.util.LinkedHashSet<>();
    Matcher m = LABEL.matcher(c.body());
    while (m.find()) {
      String label = m.group(1).replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
      if (label.length() >= 2 && !SKIPPED_LABELS.contains(label) && !skippedLabel(label)) {
        labels.add(label);
      }
    }
    List<Speaker> speakers = new ArrayList<>();
    for (String label : labels) {
      labelSpeaker(label, c).ifPresent(speakers::add);
    }
    return speakers;
  }

  private static boolean skippedLabel(String label) {
    return label.contains("OFFICIAL")
        || label.contains("AUDIENCE")
        || label.contains("PARTICIPANT")
        || label.contains("REPORTER")
        || label.contains("MODERATOR")
        || label.contains("MEMBER")
        || label.startsWith("NOTE")
        || label.startsWith("SEC.")
        || label.startsWith("SECTION");
  }

  private Optional<Speaker> labelSpeaker(String label, Context c) {
    Optional<SpeakerRegistry.Person> holder = registry.holder(label, c.date());
    if (holder.isPresent()) {
      return Optional.of(new Speaker(holder.get().name(), holder.get().role()));
    }
    if (registry.isOffice(label)) {
      return Optional.empty();
    }
    String role = "";
    String rest = label;
    boolean introduced = false;
    Matcher m = ROLE_UPPER.matcher(rest);
    while (m.find()) {
      introduced = true;
      String found = m.group(1);
      if (!HONORIFICS.stream().anyMatch(h -> h.equalsIgnoreCase(found))) {
        role = titleCase(found);
      }
      rest = rest.substring(m.end());
      m = ROLE_UPPER.matcher(rest);
    }
    // "ACTING ADMINISTRATOR SLAVITT", "SENIOR ADVISOR LANDRIEU": drop modifiers and role words.
    List<String> words = new ArrayList<>(List.of(rest.strip().split("\\s+")));
    List<String> dropped = new ArrayList<>();
    while (words.size() > 1
        && (isRoleWord(words.get(0)) || LABEL_MODIFIERS.contains(words.get(0)))) {
      dropped.add(words.remove(0));
    }
    if (!dropped.isEmpty()) {
      role = titleCase(String.join(" ", dropped));
      introduced = true;
    }
    rest = String.join(" ", words).strip();
    if (rest.isEmpty() || !rest.matches("[A-Z][A-Z.'’\\- ]*")) {
      return Optional.empty();
    }
    // A bare label ("AP:", "ESTABLISHING PROJECT HOMECOMING:") is a speaker only if it is a known
    // person or the surname of someone the text names in full.
    if (!introduced
        && registry.person(rest).isEmpty()
        && (rest.contains(" ") || c.fullName(titleCase(rest)).isEmpty())) {
      return Optional.empty();
    }
    return resolve(titleCase(rest), role, c);
  }

  private List<Speaker> fromSignature(Context c) {
    String[] lines = c.body().strip().split("\\n");
    List<Speaker> speakers = new ArrayList<>();
    for (int i = lines.length - 1, seen = 0; i >= 0 && seen < 6; i--) {
      String line = lines[i].replace('\u00A0', ' ').strip();
      if (line.isEmpty()) {
        continue;
      }
      seen++;
      if (SIGNATURE_LINE.matcher(line).matches()) {
        registry.person(line).ifPresent(p -> speakers.add(new Speaker(p.name(), p.role())));
      }
    }
    return speakers;
  }

  private List<Speaker> fromByline(Context c) {
    Matcher m = BYLINE.matcher(c.body());
    if (!m.find()) {
      return List.of();
    }
    List<Speaker> speakers = new ArrayList<>();
    for (String part : m.group(1).split("\\s+and\\s+|\\s*&\\s*")) {
      String phrase = part.strip();
      String name = nameAfter(phrase, 0, false);
      if (name.split("\\s+").length >= 2 && name.length() == phrase.length()) {
        person(phrase, c, false).ifPresent(speakers::add);
      }
    }
    return speakers;
  }

  private List<Speaker> fromColonQuotes(Context c) {
    List<Speaker> speakers = new ArrayList<>();
    Matcher m = COLON_QUOTE.matcher(c.body());
    while (m.find()) {
      String phrase = m.group(1).strip();
      boolean introduced = ROLE.matcher(phrase).find() || registry.person(phrase).isPresent();
      if (introduced && phrase.split("\\s+").length <= 8) {
        person(phrase, c, false).ifPresent(speakers::add);
      }
    }
    return speakers;
  }

  private List<Speaker> fromAttribution(Context c) {
    String text = c.body();
    List<Speaker> speakers = new ArrayList<>();
    Matcher role = ROLE.matcher(text);
    while (role.find()) {
      String name = nameAfter(text, role.end(), false);
      if (name.isEmpty()) {
        continue;
      }
      int after = text.indexOf(name, role.end()) + name.length();
      if (after < name.length()) {
        continue;
      }
      String following = text.substring(after, Math.min(text.length(), after + 160));
      boolean afterQuote =
          QUOTE_BEFORE.matcher(text.substring(Math.max(0, role.start() - 3), role.start())).find();
      if ((afterQuote ? VERB_AFTER_QUOTE : VERB_AFTER).matcher(following).find()) {
        resolve(name, roleOf(role.group(1)), c).ifPresent(speakers::add);
      }
    }
    Matcher before = VERB_BEFORE.matcher(text);
    while (before.find()) {
      String rest = text.substring(before.end(), Math.min(text.length(), before.end() + 120));
      String firstLine = rest.split("\\n|[“\"]", 2)[0];
      person(firstLine.split(",", 2)[0].strip(), c, false)
          .filter(s -> !s.role().isEmpty() || s.name().contains(" "))
          .ifPresent(speakers::add);
    }
    Matcher dash = QUOTE_DASH.matcher(text);
    while (dash.find()) {
      String rest = text.substring(dash.end(), Math.min(text.length(), dash.end() + 120));
      person(rest.split("\\n|\\.\\s|[“\",;]", 2)[0].strip(), c, false)
          .filter(s -> !s.role().isEmpty() || s.name().contains(" "))
          .ifPresent(speakers::add);
    }
    Matcher bare = BARE_NAME_SUBJECT.matcher(text);
    while (bare.find()) {
      String name = bare.group(1);
      if (looksLikeName(name)) {
        resolve(name, "", c).ifPresent(speakers::add);
      }
    }
    return speakers;
  }

  private static boolean looksLikeName(String name) {
    for (String token : name.split("\\s+")) {
      String lower = token.toLowerCase(Locale.ROOT).replace("’s", "");
      if (NOT_NAMES.contains(lower) || isRoleWord(token)) {
        return false;
      }
    }
    return true;
  }

  /** Resolves a raw name to the canonical person, completing a lone surname where it can. */
  private Optional<Speaker> resolve(String raw, String role, Context c) {
    String cleaned = raw.replace('\u00A0', ' ').strip();
    Optional<SpeakerRegistry.Person> known = registry.person(cleaned);
    if (known.isEmpty()) {
      known = registry.person(stripInitials(cleaned));
    }
    String name;
    if (known.isPresent()) {
      name = known.get().name();
      if (role.isEmpty()) {
        role = known.get().role();
      }
    } else {
      name = stripInitials(cleaned);
      if (name.isEmpty() || !looksLikeName(name) && name.split("\\s+").length > 1) {
        return Optional.empty();
      }
      if (!name.contains(" ")) {
        Optional<String> full = c.fullName(name);
        if (full.isPresent()) {
          Optional<SpeakerRegistry.Person> fuller = registry.person(full.get());
          name = fuller.map(SpeakerRegistry.Person::name).orElse(full.get());
          if (role.isEmpty() && fuller.isPresent()) {
            role = fuller.get().role();
          }
        } else if (NOT_NAMES.contains(name.toLowerCase(Locale.ROOT))) {
          return Optional.empty();
        } else {
          Optional<SpeakerRegistry.Person> near = registry.nearSurname(name);
          if (near.isPresent()) {
            name = near.get().name();
            role = role.isEmpty() ? near.get().role() : role;
          }
        }
      }
    }
    return Optional.of(new Speaker(name, role));
  }

  /** "Stoltenberg" → "Jens Stoltenberg" when the text has that fuller mention. */
  private static Optional<String> fullNameInText(String surname, String text) {
    Matcher m =
        Pattern.compile(
                "(?:(\\p{Lu}[\\p{L}'’\\-]+)\\s+)?(\\p{Lu}[\\p{L}'’\\-]+)\\s+(?:\\p{Lu}\\.\\s+)?("
                    + Pattern.quote(surname)
                    + ")\\b",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
            .matcher(text);
    while (m.find()) {
      String earlier = m.group(1);
      String first = m.group(2);
      String last = m.group(3);
      if (!Character.isUpperCase(first.codePointAt(0))
          || first.equals(first.toUpperCase(Locale.ROOT)) && first.length() > 1
          || last.equals(last.toUpperCase(Locale.ROOT)) && last.length() > 2
          || NOT_NAMES.contains(first.toLowerCase(Locale.ROOT))
          || STOP_WORDS.contains(first.toLowerCase(Locale.ROOT))
          || isRoleWord(first)) {
        continue;
      }
      boolean twoGiven =
          earlier != null
              && Character.isUpperCase(earlier.codePointAt(0))
              && !earlier.equals(earlier.toUpperCase(Locale.ROOT))
              && !NOT_NAMES.contains(earlier.toLowerCase(Locale.ROOT))
              && !STOP_WORDS.contains(earlier.toLowerCase(Locale.ROOT))
              && !isRoleWord(earlier)
              && introducesName(text.substring(Math.max(0, m.start() - 40), m.start()));
      return Optional.of((twoGiven ? earlier + " " : "") + first + " " + last);
    }
    return Optional.empty();
  }

  /** Whether the text before a name ends in a role, an honorific or punctuation. */
  private static boolean introducesName(String before) {
    String trimmed = before.stripTrailing();
    if (trimmed.isEmpty() || "\n,.;:“\"(—–".indexOf(trimmed.charAt(trimmed.length() - 1)) >= 0) {
      return true;
    }
    String[] words = trimmed.split("\\s+");
    return isRoleWord(words[words.length - 1]);
  }

  private static boolean isRoleWord(String word) {
    return ROLE_WORDS.contains(word.toLowerCase(Locale.ROOT));
  }

  /** Drops honorifics, middle initials and suffixes: "Joseph R. Biden Jr." → "Joseph Biden". */
  static String stripInitials(String name) {
    List<String> kept = new ArrayList<>();
    String[] tokens = name.strip().split("[\\s\\u00A0]+");
    for (int i = 0; i < tokens.length; i++) {
      String token = tokens[i];
      String bare = token.replace(",", "");
      if (i == 0 && HONORIFICS.stream().anyMatch(h -> h.equalsIgnoreCase(bare))) {
        continue;
      }
      if (tokens.length > 1
          && (INITIAL.matcher(bare).matches() || SUFFIX.matcher(bare).matches())) {
        continue;
      }
      kept.add(bare);
    }
    return String.join(" ", kept);
  }

  /** "JEAN-PIERRE" → "Jean-Pierre"; "SECRETARY GENERAL" → "Secretary General". */
  static String titleCase(String upper) {
    StringBuilder out = new StringBuilder(upper.length());
    boolean start = true;
    for (int i = 0; i < upper.length(); i++) {
      char ch = upper.charAt(i);
      out.append(start ? Character.toUpperCase(ch) : Character.toLowerCase(ch));
      start = !Character.isLetter(ch) && ch != '\'' && ch != '’';
    }
    return out.toString();
  }
}
