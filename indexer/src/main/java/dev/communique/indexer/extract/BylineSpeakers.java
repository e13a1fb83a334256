package dev.communique.indexer.extract;

import dev.communique.indexer.extract.SpeakerExtractor.Speaker;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The authors of a blog post from its byline ("By Heather Boushey"). Immutable and thread-safe. */
final class BylineSpeakers {
  private static final Pattern BYLINE =
      Pattern.compile("\\A[\\s*_]*(?:By\\s+)?([^,\\n*_]{3,120})[,*_\\n]");

  private final SpeakerResolver resolver;

  BylineSpeakers(SpeakerResolver resolver) {
    this.resolver = resolver;
  }

  List<Speaker> find(SpeakerContext c) {
    Matcher m = BYLINE.matcher(c.body());
    if (!m.find()) {
      return List.of();
    }
    List<Speaker> speakers = new ArrayList<>();
    for (String part : m.group(1).split("\\s+and\\s+|\\s*&\\s*")) {
      String phrase = part.strip();
      String name = resolver.names().nameAfter(phrase, 0, false);
      if (name.split("\\s+").length >= 2 && name.length() == phrase.length()) {
        resolver.person(phrase, c, false).ifPresent(speakers::add);
      }
    }
    return speakers;
  }
}
