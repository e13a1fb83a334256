package dev.communique.indexer.extract;

import dev.communique.indexer.SampleCorpus;
import dev.communique.indexer.extract.SpeakerExtractor.Speaker;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

/** A speaker extractor over the sample vocabulary, and the names it finds, for speaker tests. */
final class SampleSpeakers {
  private SampleSpeakers() {}

  /** A new extractor over the sample vocabulary's speakers. */
  static SpeakerExtractor extractor() throws IOException {
    return new SpeakerExtractor(Vocabulary.load(SampleCorpus.vocabulary()).speakers());
  }

  /** The names of the speakers {@code extractor} finds in one document. */
  static List<String> names(SpeakerExtractor extractor, String title, String body, LocalDate date) {
    return extractor.extract(title, body, date).stream().map(Speaker::name).toList();
  }
}
