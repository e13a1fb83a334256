package dev.communique.indexer.extract;

import dev.communique.indexer.extract.SpeakerExtractor.Speaker;
import dev.communique.indexer.format.TranscriptLabel;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Speakers from transcript labels ("SECRETARY GENERAL STOLTENBERG:", "THE PRESIDENT:", "MS.
 * JEAN-PIERRE:", "DR. FAUCI:"). Labels that name a role in the room ("MODERATOR:", "WHITE HOUSE
 * AIDE:", "NSC SPOKESPERSON:") are never people. Immutable and thread-safe.
 */
final class LabelSpeakers {
  private final SpeakerResolver resolver;
  private final SpeakerRules rules;

  LabelSpeakers(SpeakerResolver resolver) {
    this.resolver = resolver;
    this.rules = resolver.names().rules();
  }

  List<Speaker> find(SpeakerContext c) {
    Set<String> labels = new LinkedHashSet<>();
    Matcher m = TranscriptLabel.labels(c.body());
    while (m.find()) {
      String label = m.group(1).replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
      if (label.length() >= 2 && !isRole(label)) {
        labels.add(label);
      }
    }
    List<Speaker> speakers = new ArrayList<>();
    for (String label : labels) {
      speaker(label, c).ifPresent(speakers::add);
    }
    return speakers;
  }

  /** Whether a label names a role in the room or a heading, never a person. */
  private boolean isRole(String label) {
    if (rules.labelRoles.contains(label)) {
      return true;
    }
    for (String word : label.split(" ")) {
      if (rules.labelRoleWords.contains(word)) {
        return true;
      }
    }
    return rules.labelSkippedPrefixes.stream().anyMatch(label::startsWith);
  }

  private Optional<Speaker> speaker(String label, SpeakerContext c) {
    SpeakerRegistry registry = resolver.registry();
    Optional<SpeakerRegistry.Person> holder = registry.holder(label, c.date());
    if (holder.isPresent()) {
      return holder.map(resolver::known);
    }
    if (registry.isOffice(label)) {
      return Optional.empty();
    }
    Optional<SpeakerRegistry.Person> known = registry.person(label);
    if (known.isPresent()) {
      return known.map(resolver::known); // "DR. FAUCI" as the registry lists it
    }
    String role = "";
    String rest = label;
    boolean introduced = false;
    Matcher m = rules.roleUpper.matcher(rest);
    while (m.find()) {
      introduced = true;
      String found = m.group(1);
      if (!rules.isHonorific(found)) {
        role = NameReader.titleCase(found);
      }
      rest = rest.substring(m.end());
      m = rules.roleUpper.matcher(rest);
    }
    // "ACTING ADMINISTRATOR SLAVITT", "SENIOR ADVISOR LANDRIEU": drop modifiers and role words.
    List<String> words = new ArrayList<>(List.of(rest.strip().split("\\s+")));
    List<String> dropped = new ArrayList<>();
    while (words.size() > 1
        && (rules.isRoleWord(words.get(0)) || rules.labelModifiers.contains(words.get(0)))) {
      dropped.add(words.remove(0));
    }
    if (!dropped.isEmpty()) {
      role = NameReader.titleCase(String.join(" ", dropped));
      introduced = true;
    }
    rest = String.join(" ", words).strip();
    if (rest.isEmpty() || !rest.matches("[\\p{Lu}.'’\\- ]*") || !rest.matches("^\\p{Lu}.*")) {
      return Optional.empty();
    }
    String name = NameReader.titleCase(rest);
    // What is left must read as a name: "THE DIRECTOR", "PRESS CREDENTIALING" leave none.
    if (!resolver.names().looksLikeName(name)) {
      return Optional.empty();
    }
    // A bare label ("AP:", "ESTABLISHING PROJECT HOMECOMING:") is a speaker only if it is a known
    // person or the surname of someone the text names in full.
    if (!introduced
        && registry.person(rest).isEmpty()
        && (rest.contains(" ") || !resolver.hasFullName(name, c))) {
      return Optional.empty();
    }
    return resolver.resolve(name, roleIn(role), c);
  }

  /** A role read from a label, or none if it is only an article ("THE"). */
  private String roleIn(String role) {
    return role.equalsIgnoreCase("The") ? "" : role;
  }

  /**
   * The person one transcript label names, resolved as {@link #find} resolves it; empty for a role
   * in the room, a heading, or a label that names nobody certain.
   */
  Optional<Speaker> named(String label, SpeakerContext c) {
    return isRole(label) ? Optional.empty() : speaker(label, c);
  }
}
