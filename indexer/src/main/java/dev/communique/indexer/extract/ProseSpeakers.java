package dev.communique.indexer.extract;

import dev.communique.indexer.extract.SpeakerExtractor.Speaker;
import dev.communique.indexer.format.TranscriptLabel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Speakers from the prose: "Senator X: “…”" quotes, and attribution ("Secretary General Jens
 * Stoltenberg announced that", "Chairman Alan Greenspan announced today that", "said Foreign
 * Minister Ingrid Solheim-Berg", "“…” — White House spokesperson Abigail Jackson"). A reporter's
 * question never makes a speaker: its words are left out. Immutable and thread-safe.
 */
final class ProseSpeakers {
  private static final Pattern QUOTE_BEFORE = Pattern.compile("[”\"]\\s*$");

  /**
   * “…” — White House spokesperson Abigail Jackson; or the quote, then "-- Name, Role" (or "-Name,
   * Role") after it, on the same line, the next, or below a blank line.
   */
  private static final Pattern QUOTE_DASH =
      Pattern.compile("[”\"](?:\\s*[—–]|\\s*(--?))[ \\t]*(?=\\p{Lu})");

  private static final Pattern COLON_QUOTE =
      Pattern.compile(
          "^[ \\t*_]*([\\p{Lu}][^:\\n“”\"]{2,80}?)(?:\\s*\\([^)\\n]{1,30}\\))?[*_]*:[*_]*\\s*[*_]*[“\"]",
          Pattern.MULTILINE);

  private final SpeakerResolver resolver;
  private final SpeakerRules rules;
  private final JointAuthors authors;

  ProseSpeakers(SpeakerResolver resolver) {
    this.resolver = resolver;
    this.rules = resolver.names().rules();
    this.authors = new JointAuthors(resolver);
  }

  List<Speaker> find(SpeakerContext c) {
    String text = withoutQuestions(c.body());
    List<Speaker> speakers = new ArrayList<>();
    colonQuotes(text, c, speakers);
    attribution(text, c, speakers);
    speakers.addAll(authors.find(text, c));
    return speakers;
  }

  /** The body without reporters' questions: from a "Q" line up to the next turn. */
  static String withoutQuestions(String body) {
    if (body.indexOf('Q') < 0) {
      return body;
    }
    StringBuilder out = new StringBuilder(body.length());
    boolean question = false;
    for (String line : body.split("\n", -1)) {
      if (TranscriptLabel.isQuestion(line)) {
        question = true;
      } else if (question && TranscriptLabel.startsTurn(line)) {
        question = false;
      }
      out.append(question ? "" : line).append('\n');
    }
    return out.toString();
  }

  private void colonQuotes(String text, SpeakerContext c, List<Speaker> speakers) {
    Matcher m = COLON_QUOTE.matcher(text);
    while (m.find()) {
      String phrase = m.group(1).strip();
      boolean introduced =
          rules.role.matcher(phrase).find() || resolver.registry().person(phrase).isPresent();
      if (!introduced) {
        continue;
      }
      if (phrase.split("\\s+").length > 8) {
        // "Statement attributable to the Ministry's spokesperson, Colonel Anders Vik:" names the
        // person by the last role; "Dana Rao, General Counsel & Chief Trust Officer, Adobe:" first
        lastRolePerson(phrase, c).or(() -> leadingName(phrase, c)).ifPresent(speakers::add);
      } else {
        resolver.person(phrase, c, false).ifPresent(speakers::add);
      }
    }
  }

  /** The person the last role of a long label introduces, if named in full. */
  private Optional<Speaker> lastRolePerson(String phrase, SpeakerContext c) {
    Matcher last = rules.role.matcher(phrase);
    int start = -1;
    while (last.find()) {
      start = last.start();
    }
    return start < 0
        ? Optional.empty()
        : resolver.person(phrase.substring(start), c, false).filter(p -> p.name().contains(" "));
  }

  /** A full name of two or three words before the first comma of a long label. */
  private Optional<Speaker> leadingName(String phrase, SpeakerContext c) {
    String first = phrase.split(",", 2)[0].strip();
    int words = first.split("\\s+").length;
    if (words < 2 || words > 3 || !resolver.names().looksLikeName(first)) {
      return Optional.empty();
    }
    return resolver.person(first, c, false).filter(p -> p.name().contains(" "));
  }

  /** Where {@code name} ends in {@code text} after {@code from}, its words split by any space. */
  private static int endOf(String name, String text, int from) {
    int plain = text.indexOf(name, from);
    if (plain >= 0) {
      return plain + name.length();
    }
    Matcher m =
        Pattern.compile(Pattern.quote(name).replace(" ", "\\E[\\s\\u00A0]+\\Q")).matcher(text);
    return m.find(from) ? m.end() : -1;
  }

  /** Whether a name was read from prose, not from a title-cased line ("Biden Will Call"). */
  private boolean readsAsProse(String name) {
    return Arrays.stream(name.split("\\s+"))
        .noneMatch(w -> rules.titleStopWords.contains(w.toLowerCase(Locale.ROOT)));
  }

  /** Whether a sentence or a paragraph begins at {@code pos}. */
  private static boolean opensSentence(String text, int pos) {
    String window = text.substring(Math.max(0, pos - 200), pos);
    String before = window.stripTrailing();
    return before.isEmpty()
        || ".!?:".indexOf(before.charAt(before.length() - 1)) >= 0
        || window.matches("(?s).*\\n\\s*\\n\\s*$");
  }

  private void attribution(String text, SpeakerContext c, List<Speaker> speakers) {
    NameReader names = resolver.names();
    // One pass over the roles in the text: "Role Name …", "the Role, Name, …" and "the Role said".
    Map<String, Set<String>> holders = new HashMap<>();
    Matcher role = rules.roleInProse.matcher(text);
    while (role.find()) {
      String roleText = resolver.roleOf(role.group(2));
      String roleKey = roleText.toLowerCase(Locale.ROOT);
      boolean apposed = text.startsWith(",", role.end());
      int nameStart = apposed ? role.end() + 1 : role.end();
      String name = names.nameAfter(text, nameStart, false);
      int after = name.isEmpty() ? -1 : endOf(name, text, nameStart);
      if (after < 0) {
        // "the Ambassador said": the one person the text before named with that role
        Set<String> named = holders.getOrDefault(roleKey, Set.of());
        if (role.group(1) != null
            && !apposed
            && named.size() == 1
            && rules
                .verbAfter
                .matcher(text.substring(role.end(), Math.min(text.length(), role.end() + 160)))
                .find()) {
          resolver.resolve(named.iterator().next(), roleText, c).ifPresent(speakers::add);
        }
        continue;
      }
      boolean prose = readsAsProse(name);
      if (prose) {
        holders.computeIfAbsent(roleKey, k -> new LinkedHashSet<>()).add(name);
      }
      String following = text.substring(after, Math.min(text.length(), after + 160));
      if (apposed) {
        if (!roleText.isEmpty()
            && following.startsWith(",")
            && rules.verbAfter.matcher(following.substring(1)).find()) {
          resolver.resolve(name, roleText, c).ifPresent(speakers::add);
        }
        continue;
      }
      boolean afterQuote =
          QUOTE_BEFORE.matcher(text.substring(Math.max(0, role.start() - 3), role.start())).find();
      if ((afterQuote ? rules.verbAfterQuote : rules.verbAfter).matcher(following).find()
          || prose
              && opensSentence(text, role.start())
              && rules.participleLater.matcher(following).find()) {
        resolver.resolve(name, roleText, c).ifPresent(speakers::add);
      }
    }
    Matcher before = rules.verbBefore.matcher(text);
    while (before.find()) {
      String rest = text.substring(before.end(), Math.min(text.length(), before.end() + 120));
      String firstLine = rest.split("\\n|[“\"]", 2)[0];
      String[] parts = firstLine.split(",", 3);
      // "according to the report's lead author, Dr. Mei-Lin Tsao": the name after an apposition
      for (int i = 0; i < Math.min(2, parts.length); i++) {
        Optional<Speaker> found =
            resolver
                .person(parts[i].strip(), c, false)
                .filter(s -> !s.role().isEmpty() || s.name().contains(" "));
        if (found.isPresent() || !parts[i].strip().startsWith("the ")) {
          found.ifPresent(speakers::add);
          break;
        }
      }
    }
    Matcher dash = QUOTE_DASH.matcher(text);
    while (dash.find()) {
      String rest = text.substring(dash.end(), Math.min(text.length(), dash.end() + 120));
      String line = rest.split("\\n", 2)[0];
      if (dash.group(1) != null && !line.contains(",") && line.split("\\s+").length > 4) {
        continue; // a list item after a quote ("- Minister Jane Doe will attend …"), no signature
      }
      resolver
          .person(rest.split("\\n|\\.\\s|[“\",;]", 2)[0].strip(), c, false)
          .filter(s -> !s.role().isEmpty() || s.name().contains(" "))
          .ifPresent(speakers::add);
    }
    Matcher bare = rules.bareNameSubject.matcher(text);
    while (bare.find()) {
      String name = bare.group(1);
      if (names.looksLikeName(name)) {
        resolver.resolve(name, "", c).ifPresent(speakers::add);
      }
    }
  }
}
