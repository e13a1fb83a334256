package dev.communique.indexer.format;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads Markdown releases with YAML front matter, as the White House briefing-room corpus has them:
 * a {@code ---} fenced block of {@code title}, {@code date} (or {@code published_time}), {@code
 * source_url}, {@code tags} (the document type) and optionally {@code organization}, {@code
 * speakers}, {@code roles} and {@code topics}, then the body in Markdown. The body loses its markup
 * but none of its text; paragraphs stay apart as blank lines, lines wrapped inside a paragraph are
 * joined, transcript turns such as {@code THE PRESIDENT:} start their own paragraph, and a
 * republisher's footer is removed. A file without front matter takes its title from its first
 * {@code # heading}, if it has one.
 *
 * <p>The front matter is parsed with limits (1 million code points, nesting depth 32) and YAML
 * aliases are refused, so a hostile file fails fast with a {@link SourceException}.
 *
 * <p>Stateless and thread-safe: one instance reads many files at once.
 */
public final class MarkdownReader implements FormatReader {

  /** The largest front matter read, in code points. */
  private static final int MAX_FRONT_MATTER_CODE_POINTS = 1_000_000;

  /** The deepest nesting of lists and mappings read in front matter. */
  private static final int MAX_FRONT_MATTER_DEPTH = 32;

  private static final Pattern FENCE = Pattern.compile("---\\s*");
  private static final Pattern CLOSING_FENCE = Pattern.compile("(?:---|\\.\\.\\.)\\s*");
  private static final Pattern TITLE_HEADING = Pattern.compile(" {0,3}#[ \\t]+\\S.*");
  private static final Pattern CODE_FENCE = Pattern.compile("\\s*(?:```|~~~).*");

  private final ObjectMapper yaml = yamlMapper();

  /** Creates a reader. */
  public MarkdownReader() {}

  @Override
  public void read(SourceFile file, ReleaseSink sink) throws IOException, SourceException {
    String display = file.display();
    List<String> lines = TextFiles.read(file.path()).lines().toList();
    FrontMatter front = FrontMatter.none();
    int bodyStart = 0;
    if (!lines.isEmpty() && FENCE.matcher(lines.get(0)).matches()) {
      int close = closingFence(lines);
      if (close < 0) {
        throw new SourceException(
            display + ":1", "front matter starting at line 1 is not closed with ---");
      }
      front = frontMatter(lines.subList(1, close), display);
      bodyStart = close + 1;
    }
    String sourceUrl = front.first("source_url", "url", "source");
    RawRelease.Builder release =
        RawRelease.builder(file.id(), sourceUrl == null ? display : sourceUrl)
            .path(file.indexedPath())
            .location(display)
            .fileName(file.fileName())
            .organization(front.first("organization", "organisation"))
            .type(front.first("type", "tags"));
    front.all("speakers", "speaker").forEach(release::speaker);
    front.all("roles", "role").forEach(release::role);
    front.all("topics", "topic").forEach(release::topic);
    statedDate(front, release, sink);

    List<String> bodyLines = new ArrayList<>(lines.subList(bodyStart, lines.size()));
    String title = front.first("title");
    if (title == null) {
      title = takeTitleHeading(bodyLines);
    }
    String body = RepublisherFooter.strip(MarkdownText.toText(String.join("\n", bodyLines)));
    if (body.isBlank() && (title == null || title.isBlank())) {
      throw new SourceException(
          display,
          bodyStart > 0 ? "no text: no title and no body after the front matter" : "no text");
    }
    sink.accept(release.title(title).body(body).build());
  }

  /** The index of the line closing the front matter, or -1. */
  private static int closingFence(List<String> lines) {
    for (int i = 1; i < lines.size(); i++) {
      if (CLOSING_FENCE.matcher(lines.get(i)).matches()) {
        return i;
      }
    }
    return -1;
  }

  /** Removes the first {@code # heading} line from {@code lines} and returns its text, or null. */
  private static String takeTitleHeading(List<String> lines) {
    boolean code = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (CODE_FENCE.matcher(line).matches()) {
        code = !code;
      } else if (!code && TITLE_HEADING.matcher(line).matches()) {
        lines.remove(i);
        return oneLine(MarkdownText.toText(line));
      }
    }
    return null;
  }

  /**
   * Sets the release's date from {@code date}, or else {@code published_time}. A value that does
   * not parse is reported to the sink as a warning naming its line, and the release is dated from
   * its text instead.
   */
  private static void statedDate(FrontMatter front, RawRelease.Builder release, ReleaseSink sink)
      throws SourceException {
    String key = front.first("date") != null ? "date" : "published_time";
    String value = front.first(key);
    if (value == null) {
      return;
    }
    try {
      StatedDate.parse(value).applyTo(release);
      return;
    } catch (IllegalArgumentException e) {
      // reported below
    }
    sink.warn(
        front.location(key),
        "unparseable date '" + value + "' in front matter; dated from the text instead");
  }

  private FrontMatter frontMatter(List<String> yamlLines, String display)
      throws IOException, SourceException {
    String source = String.join("\n", yamlLines) + "\n";
    Map<String, Integer> keyLines = scan(source, yamlLines, display);
    JsonNode tree;
    try {
      tree = yaml.readTree(source);
    } catch (JsonProcessingException e) {
      throw yamlFailure(e, yamlLines, display, 1);
    }
    if (tree == null || tree.isMissingNode() || tree.isNull()) {
      return new FrontMatter(JsonNodeFactory.instance.objectNode(), keyLines, display);
    }
    if (!tree.isObject()) {
      throw new SourceException(
          display + ":2", "front matter is not a YAML mapping of 'field: value' lines");
    }
    return new FrontMatter((ObjectNode) tree, keyLines, display);
  }

  /**
   * Checks the front matter token by token before it is read into a tree: refuses aliases (Jackson
   * reads an alias as its anchor's name rather than expanding it, which defuses alias bombs but
   * would silently give wrong values) and enforces the limits, naming the line. Returns the file
   * line of each top-level key, for messages.
   */
  private Map<String, Integer> scan(String source, List<String> yamlLines, String display)
      throws IOException, SourceException {
    Map<String, Integer> keyLines = new HashMap<>();
    int yamlLine = 1;
    try (JsonParser parser = yaml.getFactory().createParser(source)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        yamlLine = Math.max(1, parser.currentTokenLocation().getLineNr());
        int line = yamlLine + 1;
        if (parser instanceof YAMLParser yamlParser && yamlParser.isCurrentAlias()) {
          throw new SourceException(
              display + ":" + line,
              "front matter uses the YAML alias *"
                  + parser.getText()
                  + " at line "
                  + line
                  + "; aliases are not supported");
        }
        if (token == JsonToken.FIELD_NAME && parser.getParsingContext().getParent().inRoot()) {
          keyLines.putIfAbsent(parser.currentName(), line);
        }
      }
    } catch (JsonProcessingException e) {
      throw yamlFailure(e, yamlLines, display, yamlLine);
    }
    return keyLines;
  }

  /** Turns a YAML parse failure into a one-line reason naming the file line and its text. */
  private static SourceException yamlFailure(
      JsonProcessingException e, List<String> yamlLines, String display, int lastLine) {
    String problem;
    int yamlLine;
    if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
      Mark mark = marked.getProblemMark();
      if (mark.getLine() >= yamlLines.size() && marked.getContextMark() != null) {
        mark = marked.getContextMark();
      }
      yamlLine = mark.getLine() + 1;
      problem = marked.getProblem();
      if (marked.getContext() != null) {
        problem += " (" + marked.getContext() + ")";
      }
    } else {
      problem = e.getOriginalMessage();
      yamlLine =
          e.getLocation() == null || e.getLocation().getLineNr() < 1
              ? lastLine
              : e.getLocation().getLineNr();
    }
    yamlLine = Math.max(1, Math.min(yamlLine, yamlLines.size()));
    int fileLine = yamlLine + 1;
    String text = yamlLines.isEmpty() ? "" : abbreviate(yamlLines.get(yamlLine - 1).strip());
    return new SourceException(
        display + ":" + fileLine,
        "front matter is not valid YAML at line "
            + fileLine
            + ": "
            + (problem == null ? "unreadable" : oneLine(problem))
            + " in '"
            + text
            + "'");
  }

  private static ObjectMapper yamlMapper() {
    LoaderOptions limits = new LoaderOptions();
    limits.setCodePointLimit(MAX_FRONT_MATTER_CODE_POINTS);
    limits.setNestingDepthLimit(MAX_FRONT_MATTER_DEPTH);
    // Jackson streams parser events and never expands aliases (scan() refuses them); this limit
    // only guards a composing SnakeYAML loader, should one ever be given these options.
    limits.setMaxAliasesForCollections(0);
    YAMLFactory factory =
        YAMLFactory.builder()
            .loaderOptions(limits)
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_FRONT_MATTER_DEPTH)
                    .maxStringLength(MAX_FRONT_MATTER_CODE_POINTS)
                    .build())
            .build();
    return new ObjectMapper(factory);
  }

  /** The text on one line: non-breaking spaces made ordinary, whitespace runs collapsed. */
  static String oneLine(String text) {
    if (text == null) {
      return null;
    }
    String line = MarkdownText.spaces(text).replaceAll("\\s+", " ").strip();
    return line.isEmpty() ? null : line;
  }

  private static String abbreviate(String text) {
    return text.length() <= 80 ? text : text.substring(0, 77) + "...";
  }

  /**
   * Parsed front matter: its top-level fields and the file line of each. Immutable once built (the
   * tree is never handed out); thread-confined.
   */
  record FrontMatter(ObjectNode fields, Map<String, Integer> lines, String display) {

    static FrontMatter none() {
      return new FrontMatter(JsonNodeFactory.instance.objectNode(), Map.of(), "");
    }

    /** The first of these fields that is set, as one line: a list gives its first item. */
    String first(String... names) throws SourceException {
      List<String> values = all(names);
      return values.isEmpty() ? null : values.get(0);
    }

    /** Every value of the first of these fields that is set: a list's items, or the one value. */
    List<String> all(String... names) throws SourceException {
      for (String name : names) {
        JsonNode value = fields.get(name);
        if (value == null || value.isNull()) {
          continue;
        }
        List<String> values = new ArrayList<>();
        if (value.isArray()) {
          for (JsonNode item : value) {
            values.add(scalar(name, item));
          }
        } else {
          values.add(scalar(name, value));
        }
        values.removeIf(v -> v == null);
        if (!values.isEmpty()) {
          return values;
        }
      }
      return List.of();
    }

    /** The file and line of a field, for messages. */
    String location(String name) {
      Integer line = lines.get(name);
      return line == null ? display : display + ":" + line;
    }

    private String scalar(String name, JsonNode value) throws SourceException {
      if (value.isNull()) {
        return null;
      }
      if (!value.isValueNode()) {
        throw new SourceException(
            location(name), "front-matter field '" + name + "' must be text or a list of text");
      }
      return oneLine(value.asText());
    }
  }

  /**
   * Turns a Markdown body into plain text without losing any of its words: headings, emphasis,
   * links, images (their alt text stays), code spans and fences, block quotes, list bullets, rules,
   * table pipes, HTML tags and comments, entities and backslash escapes are resolved. Paragraphs
   * are separated by one blank line, lines wrapped inside a paragraph are joined with a space, a
   * hard line break (two trailing spaces, a trailing backslash or {@code <br>}) keeps a line break,
   * and non-breaking spaces become ordinary spaces. Stateless and thread-safe.
   */
  static final class MarkdownText {

    /** An escaped ASCII punctuation character {@code c} is held as {@code ESCAPED + c}. */
    private static final char ESCAPED = '\uE100';

    /** Marks a hard line break at the end of a line. */
    private static final char HARD_BREAK = '\uE000';

    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern AUTOLINK =
        Pattern.compile(
            "<((?:[A-Za-z][A-Za-z0-9+.-]{1,31}:|www\\.)[^\\s<>]*|[^\\s<>@]+@[^\\s<>]+)>");
    private static final Pattern HTML_TAG =
        Pattern.compile("</?([A-Za-z][A-Za-z0-9-]*)(?:[\\s/][^<>]*)?>");
    private static final Set<String> BLOCK_TAGS = HtmlBlocks.NAMES;

    private static final Pattern RULE = Pattern.compile("[\\s|:+]*(?:[-=*_][\\s|:+]*){3,}");
    private static final Pattern LINK_DEFINITION =
        Pattern.compile(
            " {0,3}\\[[^\\]^][^\\]]*\\]:\\s+<?(?:[A-Za-z][A-Za-z0-9+.-]*:|/|#|www\\.)\\S*>?"
                + "(?:\\s+(?:\"[^\"]*\"|'[^']*'|\\([^)]*\\)))?\\s*");
    private static final Pattern QUOTE = Pattern.compile("\\s*(?:>\\s?)+");
    private static final Pattern HEADING =
        Pattern.compile("\\s{0,3}#{1,6}(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*");
    private static final Pattern BULLET = Pattern.compile("\\s*[-*+][ \\t]+(.*)");
    private static final Pattern ORDERED = Pattern.compile("\\s*(\\d{1,9}[.)])[ \\t]+(.*)");
    private static final Pattern TABLE_ROW = Pattern.compile("\\s*\\|.*");

    private static final Pattern CODE_SPAN = Pattern.compile("(`+)(.+?)\\1", Pattern.DOTALL);
    private static final Pattern IMAGE =
        Pattern.compile("!\\[([^\\[\\]]*)\\]\\((?:[^()]++|\\([^()]*+\\))*+\\)");
    private static final Pattern LINK =
        Pattern.compile("\\[([^\\[\\]]*)\\]\\((?:[^()]++|\\([^()]*+\\))*+\\)");

    /** A link whose destination never closes, as when a URL holds an unbalanced parenthesis. */
    private static final Pattern BROKEN_LINK =
        Pattern.compile("\\[([^\\[\\]]*)\\]\\((?:https?|mailto|ftp):[^\\s]*");

    /** The {@code ](url)} end of a link whose text began in an earlier paragraph. */
    private static final Pattern LINK_TAIL =
        Pattern.compile("\\]\\((?:https?|mailto|ftp):(?:[^()\\s]++|\\([^()]*+\\))*+\\)");

    private static final Pattern REFERENCE_LINK =
        Pattern.compile("\\[([^\\[\\]]+)\\]\\[[^\\[\\]]*\\]");
    private static final Pattern SPAN = Pattern.compile("\\[([^\\[\\]]*)\\]\\{[^{}]*\\}");

    private MarkdownText() {}

    /** The plain text of a Markdown document or fragment. */
    static String toText(String markdown) {
      String text = protectEscapes(markdown);
      text = COMMENT.matcher(text).replaceAll("");
      text = AUTOLINK.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
      text = HTML_TAG.matcher(text).replaceAll(MarkdownText::tagReplacement);
      List<String> paragraphs = new ArrayList<>();
      for (String paragraph : paragraphs(text)) {
        String plain = finish(inline(paragraph));
        if (!plain.isEmpty()) {
          paragraphs.add(plain);
        }
      }
      return String.join("\n\n", paragraphs);
    }

    /** Non-breaking and figure spaces made ordinary spaces. */
    static String spaces(String text) {
      return text.replace('\u00A0', ' ').replace('\u202F', ' ').replace('\u2007', ' ');
    }

    /** Replaces each backslash-escaped punctuation mark with a placeholder, so it is not markup. */
    private static String protectEscapes(String text) {
      StringBuilder out = new StringBuilder(text.length());
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '\\' && i + 1 < text.length()) {
          char next = text.charAt(i + 1);
          if (isAsciiPunctuation(next)) {
            out.append((char) (ESCAPED + next));
            i++;
            continue;
          }
          if (next == '\n') {
            out.append(HARD_BREAK);
            continue;
          }
        }
        out.append(c);
      }
      return out.toString();
    }

    /** Protects every punctuation mark of literal text (code) from markup processing. */
    private static String protect(String text) {
      StringBuilder out = new StringBuilder(text.length());
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        out.append(isAsciiPunctuation(c) ? (char) (ESCAPED + c) : c);
      }
      return out.toString();
    }

    private static String tagReplacement(MatchResult tag) {
      String name = tag.group(1).toLowerCase(Locale.ROOT);
      if (name.equals("br")) {
        return HARD_BREAK + "\n";
      }
      if (name.equals("td") || name.equals("th")) {
        return " ";
      }
      return BLOCK_TAGS.contains(name) ? "\n" : "";
    }

    /** Groups lines into paragraphs, dropping block markup; lines of a paragraph are joined. */
    private static List<String> paragraphs(String text) {
      Paragraphs out = new Paragraphs();
      boolean code = false;
      for (String raw : text.split("\n", -1)) {
        boolean hardBreak = raw.indexOf(HARD_BREAK) >= 0 || raw.endsWith("  ");
        String line = spaces(raw.replace(String.valueOf(HARD_BREAK), ""));
        // The first visible character rules out most block patterns without running them.
        char lead = lead(line);
        if ((lead == '`' || lead == '~') && CODE_FENCE.matcher(line).matches()) {
          out.end();
          code = !code;
          continue;
        }
        if (code) {
          out.line(protect(line.stripTrailing()), true);
          continue;
        }
        if (lead == '>') {
          Matcher quote = QUOTE.matcher(line);
          if (quote.lookingAt()) {
            line = line.substring(quote.end());
            lead = lead(line);
          }
        }
        if (lead == ' '
            || ("-=*_|:+".indexOf(lead) >= 0 && RULE.matcher(line).matches())
            || (lead == '[' && LINK_DEFINITION.matcher(line).matches())) {
          out.end();
          continue;
        }
        Matcher m;
        if (lead == '#' && (m = HEADING.matcher(line)).matches()) {
          out.end();
          out.line(m.group(1) == null ? "" : m.group(1), false);
          out.end();
        } else if (lead == '|' && TABLE_ROW.matcher(line).matches()) {
          out.end();
          out.line(String.join(" ", line.split("\\|")), false);
          out.end();
        } else {
          if ("-*+".indexOf(lead) >= 0 && (m = BULLET.matcher(line)).matches()) {
            out.end();
            line = m.group(1);
          } else if (lead >= '0' && lead <= '9' && (m = ORDERED.matcher(line)).matches()) {
            out.end();
            line = m.group(1) + " " + m.group(2);
          } else if (Character.isUpperCase(lead) && TranscriptLabel.startsTurn(line)) {
            out.end();
          }
          out.line(line.strip(), hardBreak);
        }
      }
      out.end();
      return out.paragraphs;
    }

    /** The first character that is not whitespace, or a space if the line is blank. */
    private static char lead(String line) {
      for (int i = 0; i < line.length(); i++) {
        char c = line.charAt(i);
        if (!Character.isWhitespace(c)) {
          return c;
        }
      }
      return ' ';
    }

    /** Resolves inline markup in one paragraph. */
    private static String inline(String paragraph) {
      String text = paragraph;
      if (text.indexOf('`') >= 0) {
        text =
            CODE_SPAN
                .matcher(text)
                .replaceAll(m -> Matcher.quoteReplacement(protect(m.group(2).strip())));
      }
      if (text.indexOf(']') < 0) {
        return removeEmphasis(text);
      }
      text = replaceAll(IMAGE, text);
      text = replaceAll(LINK, text);
      text = replaceAll(BROKEN_LINK, text);
      text = LINK_TAIL.matcher(text).replaceAll("");
      text = replaceAll(REFERENCE_LINK, text);
      text = replaceAll(SPAN, text);
      return removeEmphasis(text);
    }

    /** Replaces each match with its first group until none is left, for nested links. */
    private static String replaceAll(Pattern pattern, String text) {
      for (int i = 0; i < 8; i++) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
          return text;
        }
        text = matcher.replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
      }
      return text;
    }

    /**
     * Removes runs of {@code *}, {@code _} and {@code ~~} that open or close emphasis, by the
     * CommonMark flanking rules, and every run of two or more {@code *}; a single {@code *} between
     * spaces or an underscore inside a word stays.
     */
    private static String removeEmphasis(String text) {
      StringBuilder out = new StringBuilder(text.length());
      int i = 0;
      while (i < text.length()) {
        char c = text.charAt(i);
        if (c != '*' && c != '_' && c != '~') {
          out.append(c);
          i++;
          continue;
        }
        int end = i;
        while (end < text.length() && text.charAt(end) == c) {
          end++;
        }
        char before = i == 0 ? ' ' : text.charAt(i - 1);
        char after = end == text.length() ? ' ' : text.charAt(end);
        if (!isDelimiter(c, end - i, before, after)) {
          out.append(text, i, end);
        }
        i = end;
      }
      return out.toString();
    }

    private static boolean isDelimiter(char c, int run, char before, char after) {
      if (c == '~' && run != 2) {
        return false;
      }
      if (c == '*' && run >= 2) {
        return true; // literal asterisks are escaped; a stray ** is bold left unbalanced
      }
      boolean left =
          !isSpace(after) && (!isPunctuation(after) || isSpace(before) || isPunctuation(before));
      boolean right =
          !isSpace(before) && (!isPunctuation(before) || isSpace(after) || isPunctuation(after));
      if (c == '_') {
        return (left && (!right || isPunctuation(before)))
            || (right && (!left || isPunctuation(after)));
      }
      return left || right;
    }

    /** Restores escapes, decodes entities and tidies spaces, line by line. */
    private static String finish(String text) {
      String decoded = text.indexOf('&') < 0 ? text : Parser.unescapeEntities(text, false);
      StringBuilder restored = new StringBuilder(decoded.length());
      for (int i = 0; i < decoded.length(); i++) {
        char c = decoded.charAt(i);
        if (c > ESCAPED && c < ESCAPED + 0x80) {
          restored.append((char) (c - ESCAPED));
        } else if (c != HARD_BREAK) {
          restored.append(c);
        }
      }
      List<String> lines = new ArrayList<>();
      for (String line : spaces(restored.toString()).split("\n")) {
        String tidy = collapseSpaces(line);
        if (!tidy.isEmpty()) {
          lines.add(tidy);
        }
      }
      return String.join("\n", lines);
    }

    /** The line with runs of spaces and tabs made one space, stripped. */
    private static String collapseSpaces(String line) {
      StringBuilder out = new StringBuilder(line.length());
      boolean space = false;
      for (int i = 0; i < line.length(); i++) {
        char c = line.charAt(i);
        if (c == ' ' || c == '\t' || c == '\u000B' || c == '\f') {
          space = true;
        } else {
          if (space && out.length() > 0) {
            out.append(' ');
          }
          space = false;
          out.append(c);
        }
      }
      return out.toString();
    }

    private static boolean isAsciiPunctuation(char c) {
      return (c >= '!' && c <= '/')
          || (c >= ':' && c <= '@')
          || (c >= '[' && c <= '`')
          || (c >= '{' && c <= '~');
    }

    private static boolean isSpace(char c) {
      return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == HARD_BREAK;
    }

    private static boolean isPunctuation(char c) {
      if (c > ESCAPED && c < ESCAPED + 0x80) {
        return true;
      }
      return switch (Character.getType(c)) {
        case Character.CONNECTOR_PUNCTUATION,
            Character.DASH_PUNCTUATION,
            Character.START_PUNCTUATION,
            Character.END_PUNCTUATION,
            Character.INITIAL_QUOTE_PUNCTUATION,
            Character.FINAL_QUOTE_PUNCTUATION,
            Character.OTHER_PUNCTUATION,
            Character.MATH_SYMBOL,
            Character.CURRENCY_SYMBOL,
            Character.MODIFIER_SYMBOL,
            Character.OTHER_SYMBOL ->
            true;
        default -> false;
      };
    }

    /** Collects paragraphs line by line. Not thread-safe; one per conversion. */
    private static final class Paragraphs {
      private final List<String> paragraphs = new ArrayList<>();
      private final StringBuilder current = new StringBuilder();
      private boolean breakPending;

      /** Adds a line to the paragraph; {@code hardBreak} keeps a line break after it. */
      void line(String text, boolean hardBreak) {
        if (current.length() > 0) {
          current.append(breakPending ? '\n' : ' ');
        }
        current.append(text);
        breakPending = hardBreak;
      }

      /** Ends the paragraph, if one is open. */
      void end() {
        if (!current.toString().isBlank()) {
          paragraphs.add(current.toString());
        }
        current.setLength(0);
        breakPending = false;
      }
    }
  }
}
