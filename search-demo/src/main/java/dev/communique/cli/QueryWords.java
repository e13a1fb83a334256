package dev.communique.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Stack;
import picocli.CommandLine;

/**
 * Takes query words one at a time, so that a word that starts with '-' and merely looks like an
 * option ({@code -hungary}, like {@code -h}) is a query word (NOT hungary), not an unknown option.
 * Options that exist are still parsed by picocli before this is asked; a word starting with '--' is
 * reported as an unknown option, as no query starts so. Put it on a command's {@code QUERY}
 * positional parameters: {@code @Parameters(preprocessor = QueryWords.class)}. Stateless.
 */
final class QueryWords implements CommandLine.IParameterPreprocessor {

  @Override
  public boolean preprocess(
      Stack<String> args,
      CommandLine.Model.CommandSpec commandSpec,
      CommandLine.Model.ArgSpec argSpec,
      Map<String, Object> info) {
    String word = args.peek();
    boolean endOfOptions =
        commandSpec.root().userObject() instanceof CommuniqueCli cli
            && cli.afterEndOfOptions(args.size());
    if (word.startsWith("--") && word.length() > 2 && !endOfOptions) {
      // Never query syntax, so most likely a mistyped option (--limt): say so.
      throw new CommandLine.ParameterException(
          commandSpec.commandLine(), "Unknown option: '" + word + "'");
    }
    List<String> words = new ArrayList<>(argSpec.<List<String>>getValue());
    words.add(args.pop());
    // A new list each time: the initial one stays empty for the next parse (the shell).
    argSpec.setValue(words);
    return true;
  }
}
