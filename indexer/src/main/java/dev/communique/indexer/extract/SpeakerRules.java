package dev.communique.indexer.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The words around names that speaker extraction reads, from {@code speaker-rules.yaml}: roles,
 * honorifics, name particles, words that are never names, transcript labels that are roles,
 * attribution verbs and headline openings, with the patterns built from them. Immutable and
 * thread-safe.
 */
final class SpeakerRules {

  final List<String> honorifics;
  final Set<String> particles;
  final Set<String> titleStopWords;
  final Set<String> notNames;
  final Set<String> givenNameWords;
  final Set<String> labelRoles;
  final Set<String> labelRoleWords;
  final List<String> labelSkippedPrefixes;
  final Set<String> labelModifiers;
  final List<String> voicelessTitles;

  /** Every word of every role and honorific, lower-cased, with and without a final dot. */
  private final Set<String> roleWords;

  /** A role or honorific followed by a capitalised word; group 1 is the role. */
  final Pattern role;

  /** An upper-case role or honorific at the start of a label; group 1 is the role. */
  final Pattern roleUpper;

  /** A headline opening up to the "by", "from" or "of" that introduces its speakers. */
  final Pattern titleLead;

  /** Where the speakers' part of a headline ends. */
  final Pattern titleCut;

  /** After a name: an optional apposition, adverbs, an attribution verb. */
  final Pattern verbAfter;

  /** After a name that follows a closing quote: any reporting verb. */
  final Pattern verbAfterQuote;

  /**
   * A reporting verb with the name to follow: "said Foreign Minister …", "according to the report's
   * lead author, Dr. …".
   */
  final Pattern verbBefore;

  /** A capitalised two- or three-word name directly before an attribution verb. */
  final Pattern bareNameSubject;

  /** A role or an honorific at the start of a phrase ("President of the Russian Federation …"). */
  final Pattern roleFirst;

  /**
   * A role or an honorific in prose followed by what makes it evidence: a name ("Secretary General
   * Jens Stoltenberg"), a comma and a name ("the Secretary General, Jens Stoltenberg,"), or an
   * attribution verb ("the Ambassador said"). Group 1 is "the" if it precedes, group 2 the role.
   */
  final Pattern roleInProse;

  /**
   * The rest of a sentence up to a comma and a participle of speech (", noting that"), or up to a
   * second verb of speech joined by "and" ("thanked the staff and said").
   */
  final Pattern participleLater;

  private SpeakerRules(JsonNode root) {
    List<String> roles = strings(root, "roles");
    honorifics = strings(root, "honorifics");
    particles = Set.copyOf(strings(root, "nameParticles"));
    titleStopWords = lower(strings(root, "titleStopWords"));
    notNames = lower(strings(root, "notNames"));
    givenNameWords = lower(strings(root, "givenNameWords"));
    labelRoles = Set.copyOf(strings(root, "labelRoles"));
    labelRoleWords = Set.copyOf(strings(root, "labelRoleWords"));
    labelSkippedPrefixes = strings(root, "labelSkippedPrefixes");
    labelModifiers = Set.copyOf(strings(root, "labelModifiers"));
    voicelessTitles = strings(root, "voicelessTitles");
    roleWords =
        Stream.concat(roles.stream(), honorifics.stream())
            .flatMap(r -> Arrays.stream(r.toLowerCase(Locale.ROOT).split("\\s+")))
            .flatMap(w -> Stream.of(w, w.endsWith(".") ? w.substring(0, w.length() - 1) : w))
            .collect(Collectors.toUnmodifiableSet());
    // A role (any case) or an honorific (as written), longest first.
    String roleOrHonorific =
        "(?i:"
            + alternatives(roles, false)
            + ")|"
            + honorifics.stream().map(Pattern::quote).collect(Collectors.joining("|"));
    role =
        Pattern.compile(
            "(?<![\\p{L}])(?:the\\s+)?(" + roleOrHonorific + ")(?=[\\s\\u00A0]+\\p{Lu})");
    roleUpper =
        Pattern.compile(
            "^(?:THE\\s+)?("
                + alternatives(roles, true)
                + "|"
                + honorifics.stream()
                    .map(h -> Pattern.quote(h.toUpperCase(Locale.ROOT)))
                    .collect(Collectors.joining("|"))
                + ")\\s+");
    titleLead =
        Pattern.compile(
            "^(?:Joint\\s+)?(?:"
                + alternatives(strings(root, "titleLeads"), false)
                + ")\\b.*?\\b(?:by|from|of)\\s+",
            Pattern.CASE_INSENSITIVE);
    titleCut =
        Pattern.compile(
            "\\s(?:"
                + alternatives(strings(root, "titleCuts"), false)
                + ")\\s|:\\s|\\s[–—-]\\s|['’]s\\b",
            Pattern.CASE_INSENSITIVE);
    String adverbs = alternatives(strings(root, "attributionAdverbs"), false);
    String announcing = alternatives(strings(root, "announcingVerbs"), false);
    String verbs =
        alternatives(strings(root, "attributionVerbs"), false)
            + "|(?:"
            + announcing
            + ")(?=(?:\\s+(?:"
            + adverbs
            + "))*\\s+that|\\s*[:,]\\s*[“\"])";
    String apposition = "(?:,[^,.;“”\"\\n]{2,100},)?";
    verbAfter =
        Pattern.compile("^" + apposition + "\\s+(?:(?:" + adverbs + ")\\s+)*(?:" + verbs + ")\\b");
    verbAfterQuote =
        Pattern.compile(
            "^"
                + apposition
                + "\\s+(?:(?:has|had|also|then)\\s+)*(?:"
                + verbs
                + "|"
                + alternatives(strings(root, "verbsAfterQuote"), false)
                + ")\\b");
    verbBefore =
        Pattern.compile(
            "(?:[”\"’,]\\s*|\\b)(?:"
                + alternatives(strings(root, "verbsBeforeName"), false)
                + ")\\s+(?=\\p{Lu}|the\\s)");
    roleFirst = Pattern.compile("^(" + roleOrHonorific + ")(?![\\p{L}])");
    roleInProse =
        Pattern.compile(
            "(?<![\\p{L}])(?:((?i:the))\\s+)?("
                + roleOrHonorific
                + ")(?=,?[\\s\\u00A0]+\\p{Lu}|(?:\\s+(?:"
                + adverbs
                + "))*\\s+(?:"
                + verbs
                + ")\\b)");
    participleLater =
        Pattern.compile(
            "^(?:[^.;!?“”\"\\n]|\\n(?!\\s*\\n)){0,200}?(?:,\\s+(?:"
                + alternatives(strings(root, "participles"), false)
                + ")|\\s+and\\s+(?:"
                + alternatives(strings(root, "attributionVerbs"), false)
                + "))\\b");
    bareNameSubject =
        Pattern.compile(
            "(?<![\\p{L}.'’\\-]\\s?)(\\p{Lu}[\\p{Ll}'’\\-]+(?:\\s+\\p{Lu}[\\p{Ll}'’\\-]+){1,2})(?="
                + apposition
                + "\\s+(?:(?:has|had|also|then)\\s+)*(?:"
                + verbs
                + ")\\b)");
  }

  /** The copy of {@code speaker-rules.yaml} bundled in the jar. */
  static SpeakerRules bundled() {
    if (!VocabularyFiles.isBundled("speaker-rules.yaml")) {
      throw new IllegalStateException("the bundled speaker-rules.yaml is missing");
    }
    return fromTree(VocabularyFiles.bundled("speaker-rules.yaml"));
  }

  /** The rules in a parsed {@code speaker-rules.yaml}. */
  static SpeakerRules fromTree(JsonNode root) {
    return new SpeakerRules(root);
  }

  /** Whether a word is part of a role or an honorific ("Secretary", "Gen.", "Mr"). */
  boolean isRoleWord(String word) {
    return roleWords.contains(word.toLowerCase(Locale.ROOT));
  }

  /** Whether a word is an honorific ("Mr.", "DR"), ignoring case. */
  boolean isHonorific(String word) {
    return honorifics.stream().anyMatch(h -> h.equalsIgnoreCase(word));
  }

  /** Whether a capitalised word is never part of a person's name. */
  boolean isNotName(String word) {
    return notNames.contains(word.toLowerCase(Locale.ROOT));
  }

  private static List<String> strings(JsonNode root, String key) {
    List<String> out = new ArrayList<>();
    for (JsonNode node : root.path(key)) {
      String text = node.asText("").strip();
      if (!text.isEmpty()) {
        out.add(text);
      }
    }
    return List.copyOf(out);
  }

  private static Set<String> lower(List<String> words) {
    Set<String> out = new LinkedHashSet<>();
    words.forEach(w -> out.add(w.toLowerCase(Locale.ROOT)));
    return Set.copyOf(out);
  }

  /** Longest first, quoted, any white space between words. */
  private static String alternatives(List<String> phrases, boolean upper) {
    return phrases.stream()
        .map(p -> upper ? p.toUpperCase(Locale.ROOT) : p)
        .sorted(Comparator.comparingInt(String::length).reversed())
        .map(p -> Pattern.quote(p).replace(" ", "\\E\\s+\\Q"))
        .collect(Collectors.joining("|"));
  }
}
