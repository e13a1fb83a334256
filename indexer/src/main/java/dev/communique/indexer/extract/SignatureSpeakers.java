package dev.communique.indexer.extract;

import dev.communique.indexer.extract.SpeakerExtractor.Speaker;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A signature the registry knows under a proclamation or an order ("JOSEPH R. BIDEN JR."), in the
 * last lines of the body. Immutable and thread-safe.
 */
final class SignatureSpeakers {
  private static final Pattern SIGNATURE_LINE = Pattern.compile("^[A-Z][A-Z.'’\\- ]{4,60}$");
  private static final int LINES = 6;

  private final SpeakerResolver resolver;

  SignatureSpeakers(SpeakerResolver resolver) {
    this.resolver = resolver;
  }

  List<Speaker> find(SpeakerContext c) {
    String[] lines = c.body().strip().split("\\n");
    List<Speaker> speakers = new ArrayList<>();
    for (int i = lines.length - 1, seen = 0; i >= 0 && seen < LINES; i--) {
      String line = lines[i].replace('\u00A0', ' ').strip();
      if (line.isEmpty()) {
        continue;
      }
      seen++;
      if (SIGNATURE_LINE.matcher(line).matches()) {
        resolver.registry().person(line).map(resolver::known).ifPresent(speakers::add);
      }
    }
    return speakers;
  }
}
