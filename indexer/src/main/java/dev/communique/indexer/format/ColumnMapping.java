package dev.communique.indexer.format;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Says which manifest column fills which release field. Written as comma-separated {@code
 * field=value} pairs, for example
 *
 * <pre>{@code
 * speaker="Name of Person Speaking", organization=Country, date=Year, role=Post,
 * title="{Country}: UN General Debate, {Year}", type='general-debate'
 * }</pre>
 *
 * <p>A value is one of:
 *
 * <ul>
 *   <li>a column name, bare or in double quotes (quotes are needed when it holds a comma);
 *   <li>a template: text with {@code {Column}} placeholders, in double quotes when it holds a
 *       comma; <code>{{</code> and <code>}}</code> stand for literal braces. A template gives no
 *       value for a row in which any of its columns is empty, rather than a half-filled one;
 *   <li>a literal in single quotes, the same for every row.
 * </ul>
 *
 * <p>Inside quotes, a backslash escapes the next character. Fields are {@code file}, {@code id},
 * {@code title}, {@code organization}, {@code speaker}, {@code role}, {@code date}, {@code type},
 * {@code topics} and {@code source}. An unmapped {@code file} reads the column named {@code file}
 * or {@code path}; other unmapped fields are left for the extractor. Cells of {@code speaker},
 * {@code role} and {@code topics} may list several values separated by {@code ;}.
 *
 * <p>Immutable and thread-safe.
 */
public final class ColumnMapping {

  /** A release field a manifest column can fill. */
  public enum Field {
    /** The text file, relative to the manifest's folder. */
    FILE,
    /** The release id; derived from the file path when unmapped. */
    ID,
    /** The title. */
    TITLE,
    /** The issuing organisation. */
    ORGANIZATION,
    /** The speakers, {@code ;}-separated. */
    SPEAKER,
    /** The speakers' roles, {@code ;}-separated. */
    ROLE,
    /** The date: {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}. */
    DATE,
    /** The document type. */
    TYPE,
    /** The topics, {@code ;}-separated. */
    TOPICS,
    /** The source shown to users; the text file's path when unmapped. */
    SOURCE;

    /** The field's name in a mapping, such as {@code organization}. */
    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The field with this name (any case; {@code organisation} is accepted too).
     *
     * @throws IllegalArgumentException listing the known fields if there is none
     */
    public static Field of(String key) {
      String name = key.strip().toLowerCase(Locale.ROOT);
      if (name.equals("organisation")) {
        return ORGANIZATION;
      }
      for (Field field : values()) {
        if (field.key().equals(name)) {
          return field;
        }
      }
      throw new IllegalArgumentException(
          "unknown field '" + key.strip() + "'; known fields: " + known());
    }

    private static String known() {
      return Arrays.stream(values()).map(Field::key).collect(Collectors.joining(", "));
    }
  }

  /** Column names {@code file} is read from when it is not mapped. */
  private static final List<String> DEFAULT_FILE_COLUMNS = List.of("file", "path");

  private final Map<Field, Value> values;

  private ColumnMapping(Map<Field, Value> values) {
    EnumMap<Field, Value> copy = new EnumMap<>(Field.class);
    copy.putAll(values);
    this.values = Collections.unmodifiableMap(copy);
  }

  /** The mapping that maps nothing: the file from a {@code file} or {@code path} column. */
  public static ColumnMapping defaults() {
    return new ColumnMapping(Map.of());
  }

  /**
   * Parses comma-separated {@code field=value} pairs; an empty or blank spec maps nothing.
   *
   * @throws IllegalArgumentException naming the field or position that is wrong
   */
  public static ColumnMapping parse(String spec) {
    Map<Field, Value> values = new EnumMap<>(Field.class);
    new SpecParser(spec, "").parseInto(values);
    return new ColumnMapping(values);
  }

  /**
   * Parses several specs, as given by repeated {@code --map} options, as one.
   *
   * @throws IllegalArgumentException if one is malformed or two map the same field
   */
  public static ColumnMapping parse(List<String> specs) {
    Map<Field, Value> values = new EnumMap<>(Field.class);
    for (String spec : specs) {
      new SpecParser(spec, "").parseInto(values);
    }
    return new ColumnMapping(values);
  }

  /**
   * Reads a mapping file: one {@code field = value} per line (or several, comma-separated); blank
   * lines and lines starting with {@code #} are ignored. UTF-8, with or without a byte-order mark.
   *
   * @throws IllegalArgumentException naming {@code file:line} if a line is malformed
   * @throws IOException if the file cannot be read
   */
  public static ColumnMapping load(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    Map<Field, Value> values = new EnumMap<>(Field.class);
    for (int i = 0; i < lines.size(); i++) {
      String line = i == 0 ? lines.get(0).replace("\uFEFF", "") : lines.get(i);
      if (line.isBlank() || line.strip().startsWith("#")) {
        continue;
      }
      new SpecParser(line, file + ":" + (i + 1) + ": ").parseInto(values);
    }
    return new ColumnMapping(values);
  }

  /**
   * This mapping with {@code overrides}' fields put over it, as when {@code --map} options refine a
   * mapping file.
   */
  public ColumnMapping overriddenBy(ColumnMapping overrides) {
    Map<Field, Value> merged = new EnumMap<>(Field.class);
    merged.putAll(values);
    merged.putAll(overrides.values);
    return new ColumnMapping(merged);
  }

  /** The fields mapped explicitly. */
  public Set<Field> fields() {
    return values.keySet();
  }

  /**
   * Checks that every column this mapping reads is in {@code headers}, and that there is a file
   * column.
   *
   * @throws IllegalArgumentException naming the missing columns and listing the header
   */
  public void validate(List<String> headers) {
    Set<String> header = headers.stream().map(String::strip).collect(Collectors.toSet());
    Map<String, Field> absent = new LinkedHashMap<>();
    for (Map.Entry<Field, Value> entry : values.entrySet()) {
      for (String column : entry.getValue().columns()) {
        if (!header.contains(column)) {
          absent.putIfAbsent(column, entry.getKey());
        }
      }
    }
    List<String> missing = new ArrayList<>();
    absent.forEach((column, field) -> missing.add("'" + column + "' (for " + field.key() + ")"));
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException(
          (missing.size() == 1 ? "mapped column " : "mapped columns ")
              + String.join(", ", missing)
              + (missing.size() == 1 ? " is" : " are")
              + " not in the manifest header; the header has: "
              + String.join(", ", headers));
    }
    if (!values.containsKey(Field.FILE) && defaultFileColumn(headers) == null) {
      throw new IllegalArgumentException(
          "the manifest has no 'file' or 'path' column; map one with file=COLUMN; the header has: "
              + String.join(", ", headers));
    }
  }

  /**
   * The value of {@code field} in a row, given as column name to cell; empty if the field is
   * unmapped or its cell is blank. Values are stripped.
   */
  public Optional<String> value(Field field, Map<String, String> row) {
    Value value = values.get(field);
    if (value == null && field == Field.FILE) {
      String column = defaultFileColumn(row.keySet());
      value = column == null ? null : new Column(column);
    }
    return value == null ? Optional.empty() : Optional.ofNullable(value.apply(row));
  }

  /** The values of a list field in a row: its cell split at {@code ;}, blanks dropped. */
  public List<String> values(Field field, Map<String, String> row) {
    List<String> list = new ArrayList<>();
    value(field, row)
        .ifPresent(
            cell -> {
              for (String item : cell.split(";")) {
                if (!item.isBlank()) {
                  list.add(item.strip());
                }
              }
            });
    return list;
  }

  /** How {@code field} is mapped, as in a spec ({@code date=Year}), for messages. */
  public String describe(Field field) {
    Value value = values.get(field);
    if (value == null && field == Field.FILE) {
      return "file=file|path";
    }
    return field.key() + "=" + (value == null ? "(unmapped)" : value.spec());
  }

  /** The mapping as a spec that {@link #parse(String)} reads back. */
  @Override
  public String toString() {
    return values.entrySet().stream()
        .map(e -> e.getKey().key() + "=" + e.getValue().spec())
        .collect(Collectors.joining(", "));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ColumnMapping mapping && mapping.values.equals(values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  private static String defaultFileColumn(Collection<String> headers) {
    for (String wanted : DEFAULT_FILE_COLUMNS) {
      for (String header : headers) {
        if (header.strip().equalsIgnoreCase(wanted)) {
          return header;
        }
      }
    }
    return null;
  }

  private static String quote(String text, char quote) {
    StringBuilder out = new StringBuilder().append(quote);
    for (char c : text.toCharArray()) {
      if (c == quote || c == '\\') {
        out.append('\\');
      }
      out.append(c);
    }
    return out.append(quote).toString();
  }

  /** How one field is filled from a row. */
  private sealed interface Value permits Column, Template, Literal {

    /** The value in this row, stripped, or null if there is none. */
    String apply(Map<String, String> row);

    /** The columns it reads. */
    List<String> columns();

    /** How it is written in a spec. */
    String spec();
  }

  /** The cell of one column. */
  private record Column(String name) implements Value {
    @Override
    public String apply(Map<String, String> row) {
      String cell = row.get(name);
      return cell == null || cell.isBlank() ? null : cell.strip();
    }

    @Override
    public List<String> columns() {
      return List.of(name);
    }

    @Override
    public String spec() {
      return quote(name, '"');
    }
  }

  /** The same text for every row. */
  private record Literal(String text) implements Value {
    @Override
    public String apply(Map<String, String> row) {
      return text.isBlank() ? null : text.strip();
    }

    @Override
    public List<String> columns() {
      return List.of();
    }

    @Override
    public String spec() {
      return quote(text, '\'');
    }
  }

  /**
   * Text with {@code {Column}} placeholders.
   *
   * @param pieces alternately literal text and column names, starting with literal text
   */
  private record Template(List<String> pieces) implements Value {

    static Template parse(String text) {
      List<String> pieces = new ArrayList<>();
      StringBuilder literal = new StringBuilder();
      int i = 0;
      while (i < text.length()) {
        char c = text.charAt(i);
        if ((c == '{' || c == '}') && i + 1 < text.length() && text.charAt(i + 1) == c) {
          literal.append(c);
          i += 2;
        } else if (c == '{') {
          int close = text.indexOf('}', i);
          if (close < 0) {
            throw new IllegalArgumentException("unclosed '{' in template \"" + text + "\"");
          }
          String column = text.substring(i + 1, close).strip();
          if (column.isEmpty() || column.contains("{")) {
            throw new IllegalArgumentException(
                "expected a column name inside {} in template \"" + text + "\"");
          }
          pieces.add(literal.toString());
          pieces.add(column);
          literal.setLength(0);
          i = close + 1;
        } else if (c == '}') {
          throw new IllegalArgumentException(
              "unmatched '}' in template \"" + text + "\" (write }} for a literal brace)");
        } else {
          literal.append(c);
          i++;
        }
      }
      pieces.add(literal.toString());
      return new Template(List.copyOf(pieces));
    }

    @Override
    public String apply(Map<String, String> row) {
      StringBuilder out = new StringBuilder();
      for (int i = 0; i < pieces.size(); i++) {
        if (i % 2 == 0) {
          out.append(pieces.get(i));
        } else {
          String cell = row.get(pieces.get(i));
          if (cell == null || cell.isBlank()) {
            return null;
          }
          out.append(cell.strip());
        }
      }
      String text = out.toString().strip();
      return text.isEmpty() ? null : text;
    }

    @Override
    public List<String> columns() {
      List<String> columns = new ArrayList<>();
      for (int i = 1; i < pieces.size(); i += 2) {
        columns.add(pieces.get(i));
      }
      return columns;
    }

    @Override
    public String spec() {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < pieces.size(); i++) {
        text.append(
            i % 2 == 0
                ? pieces.get(i).replace("{", "{{").replace("}", "}}")
                : "{" + pieces.get(i) + "}");
      }
      return quote(text.toString(), '"');
    }
  }

  /** Reads {@code field=value} pairs from one spec. Not thread-safe; one per spec. */
  private static final class SpecParser {
    private final String text;
    private final String where;
    private int pos;

    SpecParser(String text, String where) {
      this.text = text == null ? "" : text;
      this.where = where;
    }

    void parseInto(Map<Field, Value> values) {
      skipSpaces();
      while (pos < text.length()) {
        int start = pos;
        while (pos < text.length()
            && (Character.isLetter(text.charAt(pos)) || text.charAt(pos) == '_')) {
          pos++;
        }
        if (pos == start) {
          throw error("expected a field name at position " + (pos + 1));
        }
        Field field = field(text.substring(start, pos));
        skipSpaces();
        if (pos >= text.length() || text.charAt(pos) != '=') {
          throw error("expected '=' after '" + field.key() + "'");
        }
        pos++;
        skipSpaces();
        Value value = value(field);
        if (values.putIfAbsent(field, value) != null) {
          throw error("field '" + field.key() + "' is mapped twice");
        }
        skipSpaces();
        if (pos < text.length()) {
          if (text.charAt(pos) != ',') {
            throw error(
                "expected ',' after the value of '" + field.key() + "' at position " + (pos + 1));
          }
          pos++;
          skipSpaces();
        }
      }
    }

    private Field field(String name) {
      try {
        return Field.of(name);
      } catch (IllegalArgumentException e) {
        throw error(e.getMessage());
      }
    }

    private Value value(Field field) {
      char first = pos < text.length() ? text.charAt(pos) : ',';
      if (first == '\'') {
        String literal = quoted('\'', field);
        if (literal.isBlank()) {
          throw error("no value for '" + field.key() + "'");
        }
        return new Literal(literal);
      }
      String raw;
      if (first == '"') {
        raw = quoted('"', field);
      } else {
        int end = text.indexOf(',', pos);
        end = end < 0 ? text.length() : end;
        raw = text.substring(pos, end).strip();
        pos = end;
        if (raw.contains("=") || raw.contains("\"") || raw.contains("'")) {
          throw error(
              "unquoted value '"
                  + raw
                  + "' of '"
                  + field.key()
                  + "' holds = or a quote; separate pairs with ',' or quote the value");
        }
      }
      if (raw.isBlank()) {
        throw error("no value for '" + field.key() + "'");
      }
      if (raw.contains("{") || raw.contains("}")) {
        try {
          return Template.parse(raw);
        } catch (IllegalArgumentException e) {
          throw error(e.getMessage());
        }
      }
      return new Column(raw.strip());
    }

    /** Reads a quoted string starting at {@code pos}; a backslash escapes the next character. */
    private String quoted(char quote, Field field) {
      StringBuilder out = new StringBuilder();
      for (int i = pos + 1; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '\\' && i + 1 < text.length()) {
          out.append(text.charAt(++i));
        } else if (c == quote) {
          pos = i + 1;
          return out.toString();
        } else {
          out.append(c);
        }
      }
      throw error("unclosed " + quote + " in the value of '" + field.key() + "'");
    }

    private void skipSpaces() {
      while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
        pos++;
      }
    }

    private IllegalArgumentException error(String message) {
      return new IllegalArgumentException(where + message + " (in mapping: " + text.strip() + ")");
    }
  }
}
