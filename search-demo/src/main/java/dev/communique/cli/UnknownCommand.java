package dev.communique.cli;

import java.util.List;
import org.apache.lucene.search.spell.LevenshteinDistance;
import picocli.CommandLine;

/** Words that name no subcommand ({@code communique serach x}), with the nearest command. */
final class UnknownCommand {

  /** The least Levenshtein similarity (0 to 1) at which a command is offered as a correction. */
  private static final float CLOSE_ENOUGH = 0.5f;

  private UnknownCommand() {}

  /**
   * The one-line message for an unknown subcommand given to the root command, or {@code null} if
   * the parse error is something else.
   */
  static String message(CommandLine.ParameterException e) {
    if (!(e instanceof CommandLine.UnmatchedArgumentException unmatched)
        || e.getCommandLine().getParent() != null
        || e.getCommandLine().getSubcommands().isEmpty()
        || unmatched.getUnmatched().isEmpty()) {
      return null;
    }
    String word = unmatched.getUnmatched().get(0);
    if (word.startsWith("-")) {
      return null;
    }
    LevenshteinDistance distance = new LevenshteinDistance();
    // The nearest first: picocli lists its candidates in its own order.
    List<String> suggestions =
        unmatched.getSuggestions().stream()
            .filter(name -> distance.getDistance(word, name) >= CLOSE_ENOUGH)
            .sorted(
                java.util.Comparator.comparingDouble(
                    (String name) -> -distance.getDistance(word, name)))
            .toList();
    if (suggestions.isEmpty()) {
      return "unknown command '"
          + word
          + "' (commands: "
          + String.join(", ", e.getCommandLine().getSubcommands().keySet())
          + ")";
    }
    return "unknown command '" + word + "'; did you mean " + suggestions.get(0) + "?";
  }
}
