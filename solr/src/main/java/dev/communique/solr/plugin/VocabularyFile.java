package dev.communique.solr.plugin;

import dev.communique.core.search.QueryVocabulary;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The query vocabulary as a file of the configset, so that the query parsers inside Solr apply the
 * same synonyms and speaker aliases as the client that set the collection up. One entry per line,
 * fields separated by tabs: {@code synonyms<TAB>term<TAB>term…} or {@code
 * speaker<TAB>alias<TAB>canonical name}. Stateless.
 */
public final class VocabularyFile {

  /** The file's name in the configset. */
  public static final String NAME = "communique-vocabulary.tsv";

  private VocabularyFile() {}

  /** The vocabulary as the file's text. */
  public static String write(QueryVocabulary vocabulary) {
    StringBuilder out = new StringBuilder();
    for (List<String> group : vocabulary.synonymGroups()) {
      out.append("synonyms");
      group.forEach(member -> out.append('\t').append(clean(member)));
      out.append('\n');
    }
    vocabulary.speakerAliases().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e ->
                out.append("speaker\t")
                    .append(clean(e.getKey()))
                    .append('\t')
                    .append(clean(e.getValue()))
                    .append('\n'));
    return out.toString();
  }

  /** Reads the file's text back; lines of another kind are ignored. */
  public static QueryVocabulary read(InputStream in) throws IOException {
    QueryVocabulary.Builder builder = QueryVocabulary.builder();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      String[] parts = line.split("\t");
      if (parts[0].equals("synonyms")) {
        builder.synonyms(Arrays.asList(parts).subList(1, parts.length));
      } else if (parts[0].equals("speaker") && parts.length == 3) {
        builder.speakerAlias(parts[1], parts[2]);
      }
    }
    return builder.build();
  }

  private static String clean(String value) {
    return value.replaceAll("[\\t\\r\\n]+", " ");
  }
}
