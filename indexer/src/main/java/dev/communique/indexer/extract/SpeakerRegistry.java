package dev.communique.indexer.extract;

import com.fasterxml.jackson.databind.JsonNode;
import dev.communique.core.search.QueryVocabulary;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The editable speaker registry ({@code data/vocabulary/speakers.yaml}): canonical people with
 * their aliases and usual role, and offices ("THE PRESIDENT") whose holder on a date is the
 * speaker. It carries the {@link SpeakerRules} (from {@code speaker-rules.yaml}) that names are
 * read with. Immutable and thread-safe.
 */
public final class SpeakerRegistry {

  /** A person: canonical name and usual role (may be empty). */
  record Person(String name, String role) {}

  private record Term(String person, LocalDate from, LocalDate to) {
    boolean covers(LocalDate date) {
      return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }
  }

  private record Office(String role, List<Term> holders) {}

  private final Map<String, Person> byAlias;
  private final Map<String, Office> offices;
  private final SpeakerRules rules;

  private SpeakerRegistry(
      Map<String, Person> byAlias, Map<String, Office> offices, SpeakerRules rules) {
    this.byAlias = Map.copyOf(byAlias);
    this.offices = Map.copyOf(offices);
    this.rules = rules;
  }

  /** A registry that knows nobody: names are only normalised, with the bundled rules. */
  public static SpeakerRegistry empty() {
    return new SpeakerRegistry(Map.of(), Map.of(), SpeakerRules.bundled());
  }

  /** The rules names are read with. */
  SpeakerRules rules() {
    return rules;
  }

  static SpeakerRegistry fromTree(JsonNode root, SpeakerRules rules) {
    Map<String, Person> byAlias = new HashMap<>();
    for (JsonNode node : root.path("people")) {
      String name = node.path("name").asText("").strip();
      if (name.isEmpty()) {
        throw new IllegalArgumentException("a person in the speaker registry has no name");
      }
      Person person = new Person(name, node.path("role").asText("").strip());
      byAlias.put(key(name), person);
      for (JsonNode alias : node.path("aliases")) {
        byAlias.putIfAbsent(key(alias.asText()), person);
      }
    }
    Map<String, Office> offices = new HashMap<>();
    for (JsonNode node : root.path("offices")) {
      List<Term> holders = new ArrayList<>();
      for (JsonNode holder : node.path("holders")) {
        holders.add(
            new Term(
                holder.path("name").asText(), date(holder.path("from")), date(holder.path("to"))));
      }
      offices.put(
          key(node.path("label").asText()), new Office(node.path("role").asText(""), holders));
    }
    return new SpeakerRegistry(byAlias, offices, rules);
  }

  private static LocalDate date(JsonNode node) {
    return node.isMissingNode() || node.isNull() ? null : LocalDate.parse(node.asText());
  }

  /** The person a full or partial name stands for, ignoring case, dots and extra spaces. */
  Optional<Person> person(String name) {
    return Optional.ofNullable(byAlias.get(key(name)));
  }

  /**
   * The person a name of three or more words stands for when its middle names are left out ("Klaus
   * Werner Iohannis" is the registry's "Klaus Iohannis").
   */
  Optional<Person> personWithoutMiddleNames(String name) {
    String[] words = name.strip().split("\\s+");
    if (words.length < 3) {
      return Optional.empty();
    }
    return person(words[0] + " " + words[words.length - 1]);
  }

  /**
   * The person whose one-word alias is one typing slip away from {@code surname} ("Sullian" for
   * "Sullivan"), if exactly one is; only for words of six letters or more.
   */
  Optional<Person> nearSurname(String surname) {
    String wanted = key(surname);
    if (wanted.length() < 6 || wanted.contains(" ")) {
      return Optional.empty();
    }
    Person found = null;
    for (Map.Entry<String, Person> alias : byAlias.entrySet()) {
      String candidate = alias.getKey();
      if (!candidate.contains(" ")
          && candidate.charAt(0) == wanted.charAt(0)
          && oneEditApart(candidate, wanted)) {
        if (found != null && !found.equals(alias.getValue())) {
          return Optional.empty();
        }
        found = alias.getValue();
      }
    }
    return Optional.ofNullable(found);
  }

  private static boolean oneEditApart(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 1 || a.equals(b)) {
      return false;
    }
    int i = 0;
    int j = 0;
    boolean edited = false;
    while (i < a.length() && j < b.length()) {
      if (a.charAt(i) == b.charAt(j)) {
        i++;
        j++;
        continue;
      }
      if (edited) {
        return false;
      }
      edited = true;
      if (a.length() > b.length()) {
        i++;
      } else if (a.length() < b.length()) {
        j++;
      } else {
        i++;
        j++;
      }
    }
    return true;
  }

  /** Whether {@code label} ("THE PRESIDENT") names an office. */
  boolean isOffice(String label) {
    return offices.containsKey(key(label));
  }

  /** The holder of the office {@code label} on {@code date}, with the office's role. */
  Optional<Person> holder(String label, LocalDate date) {
    Office office = offices.get(key(label));
    if (office == null || date == null) {
      return Optional.empty();
    }
    for (Term term : office.holders()) {
      if (term.covers(date)) {
        Person known = byAlias.get(key(term.person()));
        return Optional.of(new Person(known == null ? term.person() : known.name(), office.role()));
      }
    }
    return Optional.empty();
  }

  /** The lookup key of a name, the same as the one searches use for speaker aliases. */
  static String key(String name) {
    return QueryVocabulary.speakerKey(name);
  }

  /**
   * Every alias the registry knows, normalised as {@link #key(String)} does, mapped to its
   * canonical name: the names and aliases, and each preceded by the person's usual role ("president
   * biden").
   */
  Map<String, String> aliases() {
    Map<String, String> names = new HashMap<>();
    for (Map.Entry<String, Person> alias : byAlias.entrySet()) {
      names.putIfAbsent(alias.getKey(), alias.getValue().name());
    }
    for (Map.Entry<String, Person> alias : byAlias.entrySet()) {
      String role = alias.getValue().role();
      if (!role.isBlank()) {
        names.putIfAbsent(key(role + " " + alias.getKey()), alias.getValue().name());
      }
    }
    return names;
  }
}
