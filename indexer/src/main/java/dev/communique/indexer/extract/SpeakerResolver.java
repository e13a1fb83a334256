package dev.communique.indexer.extract;

import dev.communique.indexer.extract.SpeakerExtractor.Speaker;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a name or a short phrase found by an evidence source into one canonical person: through the
 * {@link SpeakerRegistry} (names, aliases, offices held on the date), else a fuller mention in the
 * same release completes a lone surname. A lone surname neither can complete is kept as written and
 * marked unresolved; no first name is ever invented. Immutable and thread-safe.
 */
final class SpeakerResolver {

  private final SpeakerRegistry registry;
  private final NameReader names;

  SpeakerResolver(SpeakerRegistry registry, NameReader names) {
    this.registry = registry;
    this.names = names;
  }

  SpeakerRegistry registry() {
    return registry;
  }

  NameReader names() {
    return names;
  }

  Speaker known(SpeakerRegistry.Person person) {
    return new Speaker(person.name(), person.role(), true);
  }

  /**
   * A person named by a short phrase: "NATO Secretary General Jens Stoltenberg", "the President".
   * Without a role, the phrase is a person only if the registry knows it or it reads as a full
   * name.
   */
  Optional<Speaker> person(String phrase, SpeakerContext c, boolean titleCase) {
    if (phrase.isEmpty()) {
      return Optional.empty();
    }
    Matcher role = names.rules().role.matcher(phrase);
    if (role.find()) {
      String roleText = roleOf(role.group(1));
      String name = names.nameAfter(phrase, role.end(), titleCase);
      if (!name.isEmpty()) {
        return resolve(name, roleText, c);
      }
    }
    String lower = phrase.toLowerCase(java.util.Locale.ROOT);
    String office = lower.startsWith("the ") ? phrase : "the " + phrase;
    Optional<SpeakerRegistry.Person> holder = registry.holder(office, c.date());
    if (holder.isPresent()) {
      return holder.map(this::known);
    }
    Optional<SpeakerRegistry.Person> known = registry.person(phrase);
    if (known.isPresent()) {
      return known.map(this::known);
    }
    String name = names.nameAfter(phrase, 0, titleCase);
    if (name.equals(phrase.replaceAll("['’]s$", ""))
        && name.split("\\s+").length >= 2
        && names.looksLikeName(name)) {
      return resolve(name, "", c);
    }
    return Optional.empty();
  }

  /** A matched role phrase as a role: white space folded; honorifics are no role. */
  String roleOf(String matched) {
    String role = matched.replaceAll("\\s+", " ").strip();
    return names.rules().isHonorific(role) ? "" : role;
  }

  /**
   * The registry's person for a name as written, else without its initials and honorifics, else
   * without its middle names ("Klaus Werner Iohannis").
   */
  Optional<SpeakerRegistry.Person> registered(String written) {
    Optional<SpeakerRegistry.Person> known = registry.person(written);
    if (known.isPresent()) {
      return known;
    }
    String bare = names.stripInitials(written);
    return registry.person(bare).or(() -> registry.personWithoutMiddleNames(bare));
  }

  /** Resolves a raw name to the canonical person, completing a lone surname where it can. */
  Optional<Speaker> resolve(String raw, String role, SpeakerContext c) {
    String cleaned = NameReader.withoutPossessive(raw.replace('\u00A0', ' ').strip());
    Optional<SpeakerRegistry.Person> known = registered(cleaned);
    if (known.isPresent()) {
      return Optional.of(
          new Speaker(known.get().name(), role.isEmpty() ? known.get().role() : role, true));
    }
    String name = names.stripInitials(cleaned);
    if (name.isEmpty() || !names.looksLikeName(name) && name.split("\\s+").length > 1) {
      return Optional.empty();
    }
    if (name.contains(" ")) {
      return Optional.of(new Speaker(name, role, true));
    }
    if (names.rules().isNotName(name) || names.rules().isRoleWord(name)) {
      return Optional.empty();
    }
    Optional<String> full = c.fullName(name, s -> fullNameInText(s, c.all()));
    if (full.isPresent()) {
      Optional<SpeakerRegistry.Person> fuller = registry.person(full.get());
      return Optional.of(
          fuller
              .map(p -> new Speaker(p.name(), role.isEmpty() ? p.role() : role, true))
              .orElse(new Speaker(full.get(), role, true)));
    }
    Optional<SpeakerRegistry.Person> near = registry.nearSurname(name);
    if (near.isPresent()) {
      return Optional.of(
          new Speaker(near.get().name(), role.isEmpty() ? near.get().role() : role, true));
    }
    return Optional.of(new Speaker(name, role, false));
  }

  /** Whether the text gives {@code surname} a fuller name ("Stoltenberg" → "Jens Stoltenberg"). */
  boolean hasFullName(String surname, SpeakerContext c) {
    return c.fullName(surname, s -> fullNameInText(s, c.all())).isPresent();
  }

  private Optional<String> fullNameInText(String surname, String text) {
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
      if (!names.mayBeGivenName(first)
          || last.equals(last.toUpperCase(java.util.Locale.ROOT)) && last.length() > 2) {
        continue;
      }
      boolean twoGiven =
          earlier != null
              && names.mayBeGivenName(earlier)
              && introducesName(text.substring(Math.max(0, m.start() - 40), m.start()));
      return Optional.of((twoGiven ? earlier + " " : "") + first + " " + last);
    }
    return Optional.empty();
  }

  /** Whether the text before a name ends in a role, an honorific or punctuation. */
  private boolean introducesName(String before) {
    String trimmed = before.stripTrailing();
    if (trimmed.isEmpty() || "\n,.;:“\"(—–".indexOf(trimmed.charAt(trimmed.length() - 1)) >= 0) {
      return true;
    }
    String[] words = trimmed.split("\\s+");
    return names.rules().isRoleWord(words[words.length - 1]);
  }
}
