package dev.communique.indexer.extract;

import dev.communique.indexer.extract.SpeakerExtractor.Speaker;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Speakers from the prose of a joint text: the authors it names after its "we", each by a role
 * ("We, President of the United States of America Joseph R. Biden and President of the Russian
 * Federation Vladimir Putin, note …"). A "we" of people named without a role ("We, the
 * undersigned") names no one. Immutable and thread-safe.
 */
final class JointAuthors {

  /**
   * The authors of a joint text, named after its "we": "We, President … Joseph R. Biden and
   * President … Vladimir Putin, note", "we — President Macron of France, …, and President Biden of
   * the United States — express". Group 1 is the list.
   */
  private static final Pattern WE_AUTHORS =
      Pattern.compile(
          "(?<![\\p{L}])[Ww]e\\s*(?:,|[—–])\\s*((?:the\\s+)?\\p{Lu}(?:[^\\n]|\\n(?!\\s*\\n)){8,300}?)"
              + "(?:,|\\s[—–])\\s+(?!and\\b)\\p{Ll}");

  private static final Pattern LIST_SEPARATOR = Pattern.compile(",\\s*(?:and\\s+)?|\\s+and\\s+");

  private final SpeakerResolver resolver;

  JointAuthors(SpeakerResolver resolver) {
    this.resolver = resolver;
  }

  /** The people a joint text names as its "we", each by a role and a name. */
  List<Speaker> find(String text, SpeakerContext c) {
    List<Speaker> speakers = new ArrayList<>();
    Matcher we = WE_AUTHORS.matcher(text);
    while (we.find()) {
      String list = we.group(1).replaceAll("\\s+", " ");
      String[] parts = LIST_SEPARATOR.split(list);
      for (int i = 0; i < parts.length; i++) {
        String author = parts[i].strip();
        Matcher role = resolver.names().rules().roleFirst.matcher(author);
        if (!role.find()) {
          // "We, Astrid Lindqvist, President of the Commission, …": a name, then its role
          if (i + 1 < parts.length
              && resolver.names().rules().roleFirst.matcher(parts[i + 1].strip()).find()) {
            resolver
                .person(author, c, false)
                .filter(s -> s.name().contains(" "))
                .ifPresent(speakers::add);
          }
          continue; // every author is named with a role or an honorific
        }
        // A lone word after the role is a name only if the registry knows it: in "Deputy
        // Secretary Cyber and Infrastructure Security …" it is part of the office.
        String name = resolver.names().nameAfter(author, role.end(), false);
        Optional<Speaker> found =
            name.contains(" ") || resolver.registry().person(name).isPresent()
                ? resolver.resolve(name, resolver.roleOf(role.group(1)), c)
                : Optional.empty();
        found.or(() -> trailingName(author, c)).ifPresent(speakers::add);
      }
    }
    return speakers;
  }

  /**
   * The name at the end of "President of the Russian Federation Vladimir Putin": the longest run of
   * its last words (up to four) that the registry knows, else its last two words if they read as a
   * name.
   */
  private Optional<Speaker> trailingName(String part, SpeakerContext c) {
    String[] words = part.strip().split(" ");
    for (int n = Math.min(4, words.length - 1); n >= 2; n--) {
      String name = String.join(" ", Arrays.copyOfRange(words, words.length - n, words.length));
      if (resolver.registry().person(name).isPresent()
          || resolver.registry().person(resolver.names().stripInitials(name)).isPresent()) {
        return resolver.resolve(name, "", c);
      }
    }
    if (words.length < 4) {
      return Optional.empty();
    }
    String last = words[words.length - 2] + " " + words[words.length - 1];
    return resolver.names().looksLikeName(last)
            && last.chars().filter(Character::isUpperCase).count() == 2
        ? resolver.resolve(last, "", c)
        : Optional.empty();
  }
}
