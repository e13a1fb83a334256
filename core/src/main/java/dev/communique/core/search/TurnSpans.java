package dev.communique.core.search;

import dev.communique.core.Turn;
import dev.communique.core.schema.CommuniqueSchema;
import dev.communique.core.schema.DocumentMapper;
import dev.communique.core.schema.TurnFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Keeps the occurrences that lie inside the turns of some people: a {@link MatchOffsets.Visitor} in
 * front of another, reading each document's stored turns. Used where occurrences are counted or
 * shown in some people's words only (keyword in context). Thread-safe factory; each visitor it
 * makes is used by one thread.
 */
final class TurnSpans {

  private static final Set<String> TURNS = Set.of(CommuniqueSchema.TURNS);

  private TurnSpans() {}

  /**
   * A visitor that passes on, for each document, only the spans inside a turn whose speaker's key
   * is one of {@code speakers}, and skips documents left with none.
   */
  static MatchOffsets.Visitor within(Set<String> speakers, MatchOffsets.Visitor next) {
    return (leaf, doc, spans) -> {
      List<Turn> turns = DocumentMapper.turns(leaf.reader().storedFields().document(doc, TURNS));
      List<MatchOffsets.Span> kept = new ArrayList<>();
      for (MatchOffsets.Span span : spans) {
        for (Turn turn : turns) {
          if (span.start() >= turn.start()
              && span.end() <= turn.end()
              && speakers.contains(TurnFields.speakerKey(turn.speaker()))) {
            kept.add(span);
            break;
          }
        }
      }
      if (!kept.isEmpty()) {
        next.document(leaf, doc, kept);
      }
    };
  }
}
