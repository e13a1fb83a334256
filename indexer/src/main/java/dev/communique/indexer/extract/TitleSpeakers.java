package dev.communique.indexer.extract;

import dev.communique.indexer.extract.SpeakerExtractor.Speaker;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Speakers named by a headline: "Remarks by President Biden and NATO Secretary General Jens
 * Stoltenberg…", "Statement from Press Secretary Karine Jean-Pierre on…", "Readout of …'s Call"
 * (only the first person of a readout). Immutable and thread-safe.
 */
final class TitleSpeakers {
  private final SpeakerResolver resolver;

  TitleSpeakers(SpeakerResolver resolver) {
    this.resolver = resolver;
  }

  List<Speaker> find(SpeakerContext c) {
    return find(c.title(), c);
  }

  /**
   * Speakers named by a kicker at the head of the body ("STATEMENT BY SPOKESPERSON ANNA KOVACH"
   * above the headline of a plain-text release): one of its first three lines that opens as a
   * headline naming speakers does.
   */
  List<Speaker> findInKicker(SpeakerContext c) {
    String[] lines = c.body().strip().split("\n", 4);
    for (int i = 0; i < Math.min(3, lines.length); i++) {
      String line = lines[i].strip();
      if (!line.isEmpty() && line.split("\\s+").length <= 12) {
        List<Speaker> found = find(line, c);
        if (!found.isEmpty()) {
          return found;
        }
      }
    }
    return List.of();
  }

  private List<Speaker> find(String headline, SpeakerContext c) {
    String title = headline.replace('\u00A0', ' ').replaceAll("\\s+", " ");
    if (title.chars().noneMatch(Character::isLowerCase)) {
      title = NameReader.titleCase(title); // a shouted headline: "STATEMENT BY SPOKESPERSON …"
    }
    Matcher lead = resolver.names().rules().titleLead.matcher(title);
    if (!lead.find()) {
      return List.of();
    }
    boolean readout = title.regionMatches(true, 0, "Readout", 0, 7);
    String clause = title.substring(lead.end());
    Matcher cut = resolver.names().rules().titleCut.matcher(clause);
    if (cut.find()) {
      clause = clause.substring(0, cut.start());
    }
    List<Speaker> speakers = new ArrayList<>();
    for (String part : clause.split(",\\s*(?:and\\s+)?|\\s+and\\s+|\\s+&\\s+")) {
      resolver.person(part.strip(), c, true).ifPresent(speakers::add);
      if (readout && !speakers.isEmpty()) {
        break;
      }
    }
    return speakers;
  }
}
