package dev.communique.indexer.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issuing organisations ({@code data/vocabulary/organizations.yaml}): by source host, for releases
 * that state none; by name, so that "FOMC", "Federal Open Market Committee" and "the Fed" are all
 * the Federal Reserve; and acting in a release's first sentence ("the Federal Open Market Committee
 * decided", "NATO Allies agreed"). Immutable and thread-safe.
 */
public final class OrganizationDirectory {
  /** Words that may stand between an organisation's name and its verb. */
  private static final String FILLER =
      "(?:\\s+(?:Allies|Ministers|Leaders|Members|members|leaders|ministers|allies|officials"
          + "|today|has|have|had|also|jointly|unanimously|formally|on\\s+\\w+day))*";

  private final Map<String, String> byHost;
  private final Map<String, String> byName;
  private final Pattern acting;
  private final Pattern actingUnknown;
  private final Set<String> nameWords;

  private OrganizationDirectory(
      Map<String, String> byHost,
      Map<String, String> byName,
      List<String> written,
      List<String> verbs,
      Set<String> nameWords,
      List<String> smallWords) {
    this.byHost = Map.copyOf(byHost);
    this.byName = Map.copyOf(byName);
    this.acting = actingPattern(written, verbs);
    this.actingUnknown = verbs.isEmpty() ? null : openingPattern(verbs, smallWords);
    this.nameWords = Set.copyOf(nameWords);
  }

  static OrganizationDirectory fromTree(JsonNode root) {
    Map<String, String> byHost = new HashMap<>();
    Iterator<Map.Entry<String, JsonNode>> hosts = root.path("hosts").fields();
    while (hosts.hasNext()) {
      Map.Entry<String, JsonNode> entry = hosts.next();
      byHost.put(entry.getKey().toLowerCase(Locale.ROOT), entry.getValue().asText());
    }
    Map<String, String> byName = new HashMap<>();
    List<String> written = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> names = root.path("names").fields();
    while (names.hasNext()) {
      Map.Entry<String, JsonNode> entry = names.next();
      String canonical = entry.getKey().strip();
      byName.putIfAbsent(key(canonical), canonical);
      written.add(canonical);
      for (JsonNode alias : entry.getValue()) {
        byName.putIfAbsent(key(alias.asText()), canonical);
        written.add(alias.asText().strip());
      }
    }
    List<String> verbs = new ArrayList<>();
    for (JsonNode verb : root.path("acting-verbs")) {
      verbs.add(verb.asText().strip().toLowerCase(Locale.ROOT));
    }
    Set<String> nameWords = new HashSet<>();
    for (JsonNode word : root.path("name-words")) {
      nameWords.add(word.asText().strip().toLowerCase(Locale.ROOT));
    }
    List<String> smallWords = new ArrayList<>();
    for (JsonNode word : root.path("name-small-words")) {
      smallWords.add(Pattern.quote(word.asText().strip()));
    }
    return new OrganizationDirectory(byHost, byName, written, verbs, nameWords, smallWords);
  }

  /** A directory that knows no hosts and no names. */
  public static OrganizationDirectory empty() {
    return new OrganizationDirectory(Map.of(), Map.of(), List.of(), List.of(), Set.of(), List.of());
  }

  /**
   * The canonical name of an organisation as a source writes it ("FOMC", "the State Department"),
   * or the name as written, tidied, if the directory does not know it.
   */
  String resolve(String name) {
    String tidy = name.strip().replaceAll("\\s+", " ");
    return byName.getOrDefault(key(tidy), tidy);
  }

  /**
   * The organisation that acts in this sentence: a known one, by its name or an alias followed by
   * an acting verb, perhaps with words such as "Allies" or "today" between (the earliest one); else
   * an unknown one opening the sentence ({@code name-words}), unless {@code namesAPerson} says the
   * phrase names a person by a role ("Police Chief Maria Lopez said").
   */
  Optional<String> actingIn(String sentence, Predicate<String> namesAPerson) {
    if (acting == null) {
      return Optional.empty();
    }
    Matcher m = acting.matcher(sentence);
    if (m.find()) {
      return Optional.of(resolve(m.group(1)));
    }
    return openingUnknown(sentence).filter(name -> !namesAPerson.test(name));
  }

  /**
   * An organisation the directory does not know, named at the opening of the sentence and acting in
   * it, whose name holds one of the {@code name-words} ("Norvik Foods ASA today announced").
   */
  private Optional<String> openingUnknown(String sentence) {
    if (actingUnknown == null) {
      return Optional.empty();
    }
    Matcher m = actingUnknown.matcher(sentence.strip());
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    String name = m.group(1);
    for (String word : name.split("\\s+")) {
      if (nameWords.contains(word.toLowerCase(Locale.ROOT))) {
        return Optional.of(resolve(name));
      }
    }
    return Optional.empty();
  }

  /**
   * A sentence opening with a name written in capitals (small words between), then an acting verb.
   */
  private static Pattern openingPattern(List<String> verbs, List<String> smallWords) {
    List<String> quotedVerbs = new ArrayList<>();
    verbs.forEach(v -> quotedVerbs.add(Pattern.quote(v)));
    String word = "\\p{Lu}[\\p{L}\\d&.'’\\-]*";
    return Pattern.compile(
        "(?:The\\s+)?("
            + word
            + "(?:\\s+(?:"
            + String.join("|", smallWords)
            + "|"
            + word
            + ")){1,8})"
            + FILLER
            + "\\s+(?:"
            + String.join("|", quotedVerbs)
            + ")\\b");
  }

  /** The organisation whose host (or a parent domain of it) serves {@code source}, if known. */
  Optional<String> forSource(String source) {
    if (source == null || !(source.startsWith("http://") || source.startsWith("https://"))) {
      return Optional.empty();
    }
    String host;
    try {
      host = URI.create(source.strip()).getHost();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    if (host == null) {
      return Optional.empty();
    }
    host = host.toLowerCase(Locale.ROOT);
    while (true) {
      String found = byHost.get(host);
      if (found != null) {
        return Optional.of(found);
      }
      int dot = host.indexOf('.');
      if (dot < 0) {
        return Optional.empty();
      }
      host = host.substring(dot + 1);
    }
  }

  /** The lookup key of a name: lower case, single spaces, without a leading "the". */
  private static String key(String name) {
    String text = name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    text = text.replaceAll("[.,;:]+$", "");
    return text.startsWith("the ") ? text.substring(4) : text;
  }

  /** Every known name as written, longest first, case-sensitive, then an acting verb. */
  private static Pattern actingPattern(List<String> written, List<String> verbs) {
    if (written.isEmpty() || verbs.isEmpty()) {
      return null;
    }
    List<String> names = new ArrayList<>();
    for (String name : written) {
      String bare = name.replaceFirst("^(?i:the)\\s+", "");
      if (!bare.isEmpty() && !names.contains(bare)) {
        names.add(bare);
      }
    }
    names.sort(Comparator.comparingInt(String::length).reversed());
    List<String> quoted = new ArrayList<>();
    names.forEach(n -> quoted.add(Pattern.quote(n)));
    List<String> quotedVerbs = new ArrayList<>();
    verbs.forEach(v -> quotedVerbs.add(Pattern.quote(v)));
    return Pattern.compile(
        "(?<![\\w.])("
            + String.join("|", quoted)
            + ")"
            + FILLER
            + "\\s+(?:"
            + String.join("|", quotedVerbs)
            + ")\\b");
  }
}
