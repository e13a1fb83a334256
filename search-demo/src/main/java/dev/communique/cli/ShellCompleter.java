package dev.communique.cli;

import dev.communique.core.schema.CommuniqueSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.shell.jline3.PicocliJLineCompleter;

/**
 * Tab completion in the shell: the subcommands, options and option values of the command line
 * (through picocli's JLine completer, so commands added later complete too), {@code exit} and
 * {@code quit}, and the query field names ({@code speaker:}, {@code date:}, …) in query words.
 * Offers only candidates that start with the word being completed. Thread-safe.
 */
final class ShellCompleter implements Completer {

  private static final List<String> LEAVE = List.of("exit", "quit");

  /** Characters that may stand before a field name in a query word: {@code +speaker:}. */
  private static final Set<Character> QUERY_PREFIXES = Set.of('+', '-', '(', '!');

  private final CommandSpec root;
  private final Completer commands;

  ShellCompleter(CommandLine commands) {
    this.root = commands.getCommandSpec();
    this.commands = new PicocliJLineCompleter(root);
  }

  @Override
  public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
    String word = line.word().substring(0, Math.min(line.wordCursor(), line.word().length()));
    List<Candidate> all = new ArrayList<>();
    OptionSpec option = optionBefore(line);
    if (option != null) {
      // The value of an option: its own choices, if it names them (picocli's completer loses
      // track of them after a query word).
      Iterable<String> choices = option.completionCandidates();
      if (choices != null) {
        choices.forEach(choice -> all.add(new Candidate(choice)));
      }
    } else {
      commands.complete(reader, line, all);
      if (line.wordIndex() == 0) {
        LEAVE.forEach(name -> all.add(new Candidate(name)));
      } else if (!word.startsWith("--")) {
        all.addAll(fieldCandidates(word));
      }
    }
    for (Candidate candidate : all) {
      if (candidate.value().startsWith(word)) {
        candidates.add(candidate);
      }
    }
  }

  /** Field names after the word's leading query operators, left open for the value. */
  private static List<Candidate> fieldCandidates(String word) {
    int start = 0;
    while (start < word.length() && QUERY_PREFIXES.contains(word.charAt(start))) {
      start++;
    }
    String operators = word.substring(0, start);
    List<Candidate> fields = new ArrayList<>();
    for (String field : CommuniqueSchema.QUERY_FIELD_NAMES) {
      String value = operators + field + ":";
      fields.add(new Candidate(value, value, "query fields", null, null, null, false));
    }
    return fields;
  }

  /** The option whose value the word being completed is, or null if it is no option's value. */
  private OptionSpec optionBefore(ParsedLine line) {
    CommandLine subcommand = root.subcommands().get(line.words().get(0));
    if (subcommand == null || line.wordIndex() < 2) {
      return null;
    }
    String previous = line.words().get(line.wordIndex() - 1);
    if (!previous.startsWith("-")) {
      return null;
    }
    OptionSpec option = subcommand.getCommandSpec().findOption(previous);
    return option != null && option.arity().max() > 0 ? option : null;
  }
}
