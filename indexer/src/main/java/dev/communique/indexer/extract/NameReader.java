package dev.communique.indexer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and normalises people's names in text with the {@link SpeakerRules}: the name tokens after
 * a role, whether a phrase looks like a person's name, initials and honorifics dropped, shouted
 * labels title-cased. Immutable and thread-safe.
 */
final class NameReader {

  private static final Pattern CONTRACTION =
      Pattern.compile("\\p{L}+['’](?:m|s|ve|re|ll|d|t)", Pattern.CASE_INSENSITIVE);
  private static final Pattern POSSESSIVE = Pattern.compile("(?<=\\p{L})['’]s?$");
  private static final Pattern INITIAL = Pattern.compile("^\\p{Lu}\\.?$|^(?:\\p{Lu}\\.){2,3}$");
  private static final Pattern SUFFIX = Pattern.compile("^(?:Jr|Sr|II|III|IV)\\.?,?$");
  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[,;:!?)\\]\"“”]+$");

  private final SpeakerRules rules;

  NameReader(SpeakerRules rules) {
    this.rules = rules;
  }

  SpeakerRules rules() {
    return rules;
  }

  /**
   * Reads name tokens from {@code pos}: capitalised words, initials, particles, a suffix. Leading
   * role words ("Lt. Gen.") are passed over. In a title-cased headline ({@code titleCase}), title
   * stop words end the name.
   */
  String nameAfter(String text, int pos, boolean titleCase) {
    String[] tokens = text.substring(pos).strip().split("[\\s\\u00A0]+");
    List<String> name = new ArrayList<>();
    for (int t = 0; t < tokens.length; t++) {
      String raw = tokens[t];
      if (name.size() >= 5) {
        break;
      }
      String token = raw;
      boolean last = false;
      if (token.endsWith("’s") || token.endsWith("'s")) {
        token = token.substring(0, token.length() - 2);
        last = true;
      }
      if (TRAILING_PUNCTUATION.matcher(token).find()) {
        token = TRAILING_PUNCTUATION.matcher(token).replaceAll("");
        last = true;
      }
      if (name.isEmpty() && !last && token.endsWith(".") && rules.isRoleWord(token)) {
        continue; // a rank before the name: "Lt. Gen. Eyal Zamir"
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
      if (name.isEmpty()
          && !last
          && rules.notNames.contains(lower)
          && !(rules.givenNameWords.contains(lower) && nameWordFollows(tokens, t))) {
        continue; // a qualifier before the name: "Speaker Emerita Nancy Pelosi"
      }
      boolean particle = rules.particles.contains(token);
      boolean capitalised = Character.isUpperCase(token.codePointAt(0));
      if (SUFFIX.matcher(token).matches() && !name.isEmpty()) {
        name.add(token.replace(",", ""));
        if (last) {
          break;
        }
        continue;
      }
      if (!(capitalised || particle) || (titleCase && rules.titleStopWords.contains(lower))) {
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

  /** Whether the token after {@code t} is a capitalised word that may be part of a name. */
  private boolean nameWordFollows(String[] tokens, int t) {
    if (t + 1 >= tokens.length) {
      return false;
    }
    String next = TRAILING_PUNCTUATION.matcher(tokens[t + 1]).replaceAll("");
    return !next.isEmpty()
        && Character.isUpperCase(next.codePointAt(0))
        && !rules.notNames.contains(next.toLowerCase(Locale.ROOT))
        && !rules.isRoleWord(next);
  }

  /**
   * Whether no word of {@code name} is a role word, a word that is never a name (a first word of
   * {@code givenNameWords} before another word aside), or a contraction or possessive ("I’ve",
   * "It’s": no name is written so).
   */
  boolean looksLikeName(String name) {
    String[] tokens = name.split("\\s+");
    for (int t = 0; t < tokens.length; t++) {
      String token = tokens[t];
      String bare = token.replace("’s", "");
      boolean givenName =
          t == 0
              && tokens.length > 1
              && rules.givenNameWords.contains(bare.toLowerCase(Locale.ROOT));
      if (rules.isNotName(bare) && !givenName || rules.isRoleWord(token) || isContraction(token)) {
        return false;
      }
    }
    return true;
  }

  /** Whether a word may be someone's given name in a fuller mention. */
  boolean mayBeGivenName(String word) {
    return Character.isUpperCase(word.codePointAt(0))
        && !(word.equals(word.toUpperCase(Locale.ROOT)) && word.length() > 1)
        && !rules.isNotName(word)
        && !rules.titleStopWords.contains(word.toLowerCase(Locale.ROOT))
        && !rules.isRoleWord(word)
        && !isContraction(word);
  }

  /** "I’m", "It’s", "we’ve", "Harris’s": a word with a clitic after its apostrophe. */
  static boolean isContraction(String word) {
    return CONTRACTION.matcher(word).matches();
  }

  /** The name without a possessive ending: "Kamala Harris’" and "Don Graves’s" lose it. */
  static String withoutPossessive(String name) {
    return POSSESSIVE.matcher(name).replaceFirst("");
  }

  /**
   * Drops honorifics, middle initials and suffixes: "Joseph R. Biden Jr." → "Joseph Biden".
   * Initials that are the whole given name stay: "C.C. Wei" is not "Wei".
   */
  String stripInitials(String name) {
    List<String> kept = new ArrayList<>();
    List<String> initials = new ArrayList<>();
    String[] tokens = name.strip().split("[\\s\\u00A0]+");
    for (int i = 0; i < tokens.length; i++) {
      String bare = tokens[i].replace(",", "");
      if (i == 0 && rules.isHonorific(bare)) {
        continue;
      }
      if (tokens.length > 1 && SUFFIX.matcher(bare).matches()) {
        continue;
      }
      if (tokens.length > 1 && INITIAL.matcher(bare).matches()) {
        if (kept.isEmpty()) {
          initials.add(bare);
        }
        continue;
      }
      kept.add(bare);
    }
    if (kept.size() == 1 && !initials.isEmpty()) {
      kept.addAll(0, initials);
    }
    return String.join(" ", kept);
  }

  /**
   * A name without a rank or role before it: "General Musharraf" → "Musharraf", "Prime Minister
   * Narendra Modi" → "Narendra Modi".
   */
  String withoutLeadingRank(String name) {
    String text = name.strip();
    Matcher role = rules.roleFirst.matcher(text);
    if (role.find() && !rules.isHonorific(role.group(1)) && role.end() < text.length()) {
      String rest = text.substring(role.end()).strip();
      return rest.isEmpty() ? text : rest;
    }
    return text;
  }

  /** "JEAN-PIERRE" → "Jean-Pierre"; "SECRETARY GENERAL" → "Secretary General". */
  static String titleCase(String upper) {
    StringBuilder out = new StringBuilder(upper.length());
    boolean start = true;
    for (int i = 0; i < upper.length(); i++) {
      char ch = upper.charAt(i);
      out.append(start ? Character.toUpperCase(ch) : Character.toLowerCase(ch));
      boolean apostrophe = ch == '\'' || ch == '’';
      // a letter after O’ or D’ opens a name part ("O’DONNELL" → "O’Donnell"); after a longer
      // stem it is a clitic ("HARRIS’S" → "Harris’s")
      boolean afterInitial =
          apostrophe && i >= 1 && (i == 1 || !Character.isLetter(upper.charAt(i - 2)));
      start = afterInitial || !Character.isLetter(ch) && !apostrophe;
    }
    return out.toString();
  }
}
