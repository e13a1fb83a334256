package dev.communique.cli;

import java.util.List;
import picocli.CommandLine;

/** Words that name no subcommand ({@code communique serach x}), with the nearest command. */
final class UnknownCommand {

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
    List<String> suggestions = unmatched.getSuggestions();
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
