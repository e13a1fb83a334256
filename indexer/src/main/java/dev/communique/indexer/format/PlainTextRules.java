package dev.communique.indexer.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The layout conventions of plain-text releases, from the bundled {@code plain-text.yaml} (kept in
 * {@code data/vocabulary}): header boilerplate, reference-number labels, end markers and contact
 * labels. Lines are compared normalised: lower case, dashes made {@code -}, runs of spaces made
 * one. Immutable and thread-safe.
 */
final class PlainTextRules {
  private static final String BUNDLED = "/dev/communique/indexer/vocabulary/plain-text.yaml";
  private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015\\u2212]");
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");
  private static final Pattern AFTER_SEPARATOR =
      Pattern.compile("^[^:|\\-\\u2010-\\u2015]*[:|\\-\\u2010-\\u2015]\\s*");

  private final Set<String> boilerplate;
  private final List<String> boilerplatePrefixes;
  private final List<String> datedPrefixes;
  private final List<String> referenceLabels;
  private final Set<String> endMarkers;
  private final List<String> contactLabels;
  private final List<String> documentKinds;
  private final Set<String> issuerWords;
  private final Set<String> issuerSmallWords;

  private PlainTextRules(JsonNode root) {
    this.boilerplate = Set.copyOf(strings(root, "boilerplate"));
    this.boilerplatePrefixes = strings(root, "boilerplate-prefixes");
    this.datedPrefixes = strings(root, "dated-prefixes");
    this.referenceLabels = strings(root, "reference-labels");
    this.endMarkers = Set.copyOf(strings(root, "end-markers"));
    this.contactLabels = strings(root, "contact-labels");
    this.documentKinds = strings(root, "document-kinds");
    this.issuerWords = Set.copyOf(strings(root, "issuer-words"));
    this.issuerSmallWords = Set.copyOf(strings(root, "issuer-small-words"));
  }

  /** The rules bundled in the jar. */
  static PlainTextRules bundled() {
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    try (InputStream in = PlainTextRules.class.getResourceAsStream(BUNDLED)) {
      JsonNode root = in == null ? null : yaml.readTree(in);
      return new PlainTextRules(root == null ? yaml.createObjectNode() : root);
    } catch (IOException e) {
      throw new UncheckedIOException("the bundled plain-text.yaml cannot be read", e);
    }
  }

  /** The line lower-cased, dashes made {@code -}, spaces collapsed, stripped. */
  static String normalise(String line) {
    String text = DASHES.matcher(line).replaceAll("-");
    return SPACES.matcher(text).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
  }

  /**
   * If the line is header boilerplate, what follows its phrase after a colon or dash (possibly
   * empty); {@code null} if it is not boilerplate. Prefix boilerplate ("Embargoed until …") gives
   * an empty remainder.
   */
  String boilerplateRemainder(String line) {
    String text = normalise(line);
    for (String prefix : boilerplatePrefixes) {
      if (text.startsWith(prefix)) {
        return "";
      }
    }
    for (String prefix : datedPrefixes) {
      if (text.startsWith(prefix + " ") && DatelineLine.containsDate(line)) {
        return ""; // "Released 07:00 15-Mar-2019", but not "Released hostages return home"
      }
    }
    String bare = text.replaceAll("[:.\\-\\s]+$", "");
    if (boilerplate.contains(bare)) {
      return "";
    }
    for (String phrase : boilerplate) {
      if (text.startsWith(phrase)
          && text.substring(phrase.length()).matches("\\s*[:|\\-]\\s*\\S.*")) {
        return AFTER_SEPARATOR.matcher(line).replaceFirst("").strip();
      }
      if (text.startsWith(phrase + " ")) {
        // "Press Release (2018) 121", "Issued on 04 Oct. 2018": a number or a date, no separator
        String rest = line.strip().substring(phrase.length()).strip();
        if (rest.matches("[\\d\\s()/.#\\-]+") && rest.chars().anyMatch(Character::isDigit)) {
          return "";
        }
        if (DatelineLine.isDatelineOnly(rest)) {
          return rest;
        }
      }
    }
    return null;
  }

  /** Whether the line is a reference or release number, with or without its label. */
  boolean isReference(String line) {
    String text = normalise(line);
    for (String label : referenceLabels) {
      if (text.startsWith(label)) {
        String rest = text.substring(label.length());
        if (rest.matches(
            "\\.?\\s*[:#.]?\\s*(?:[a-z]{1,6}[\\-/.])*[a-z]{0,4}[\\-/.]?\\d[\\w\\-/.]*\\s*")) {
          return true;
        }
      }
    }
    return text.matches("(?:[a-z]{1,6}[\\-/.])*[a-z]{0,6}\\d[\\w]*(?:[\\-/.][\\w]+)+")
        && !text.matches("\\d{4}")
        && !DatelineLine.isDatelineOnly(text);
  }

  /**
   * Whether the line names the kind of document ("Public Notice", "STATEMENT BY THE SPOKESPERSON",
   * "Statement by Spokesperson Anna Kovach") rather than being a headline.
   */
  boolean isDocumentKind(String line) {
    String text = normalise(line).replaceAll("[:.\\-\\s]+$", "");
    for (String kind : documentKinds) {
      if (text.equals(kind) || kind.endsWith(" by") && text.startsWith(kind + " ")) {
        return true;
      }
    }
    return false;
  }

  /** Whether the line ends the release. */
  boolean isEndMarker(String line) {
    return endMarkers.contains(normalise(line));
  }

  /** Whether the line opens a contact block. */
  boolean opensContactBlock(String line) {
    String text = normalise(line);
    for (String label : contactLabels) {
      if (text.startsWith(label)
          && (text.length() == label.length()
              || ":-".indexOf(text.charAt(label.length())) >= 0
              || text.charAt(label.length()) == ' ' && text.contains("@"))) {
        return true;
      }
    }
    return false;
  }

  private static List<String> strings(JsonNode root, String field) {
    List<String> values = new ArrayList<>();
    for (JsonNode value : root.path(field)) {
      String text = normalise(value.asText());
      if (!text.isEmpty()) {
        values.add(text);
      }
    }
    return List.copyOf(values);
  }

  /**
   * Whether the line names an issuing body or unit: written like a name (each word capitalised or
   * an issuer small word), with an issuer word as its last word or before "of" or "for".
   */
  boolean isIssuer(String line) {
    String[] words = SPACES.split(line.strip());
    boolean headed = false;
    for (int i = 0; i < words.length; i++) {
      String word = words[i];
      String bare = word.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "").toLowerCase(Locale.ROOT);
      if (bare.isEmpty()) {
        if (word.chars().anyMatch(Character::isDigit)) {
          return false;
        }
        continue;
      }
      boolean small = issuerSmallWords.contains(bare);
      if (!small && !Character.isUpperCase(word.codePointAt(firstLetter(word)))) {
        return false;
      }
      if (issuerWords.contains(bare)) {
        String next = i + 1 < words.length ? words[i + 1].toLowerCase(Locale.ROOT) : null;
        headed |= next == null || next.equals("of") || next.equals("for");
      }
    }
    return headed;
  }

  private static int firstLetter(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (Character.isLetter(word.charAt(i))) {
        return i;
      }
    }
    return 0;
  }
}
