package dev.communique.indexer.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.communique.core.DatePrecision;
import java.io.EOFException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipException;

/**
 * Reads JSON Lines: one communiqué per line, with the model's field names ({@code id}, {@code
 * title}, {@code organization}, {@code speakers}, {@code roles}, {@code date}, {@code
 * datePrecision}, {@code type}, {@code topics}, {@code body}, {@code source}). BEIR-style records
 * ({@code _id}, {@code title}, {@code text}) read too. A malformed line or a line without a body is
 * skipped with its line number; the rest of the file is read. The file may be of any size; each
 * line may hold at most {@value #MAX_LINE_CHARS} characters (32 Mi, the text one file of another
 * format may hold), and a longer one is read past, never held, and skipped. A file that yields
 * {@value #MAX_BAD_LINES} bad lines is given up as not JSON Lines. Thread-safe.
 */
public final class JsonLinesReader implements FormatReader {

  /** The longest line read as a record, in characters. */
  static final int MAX_LINE_CHARS = (int) BoundedInput.MAX_BYTES;

  /** The bad lines after which a file is given up. */
  static final int MAX_BAD_LINES = 10_000;

  private final ObjectMapper json = new ObjectMapper();

  @Override
  public void read(SourceFile file, ReleaseSink sink) throws IOException, SourceException {
    int lineNumber = 0;
    int records = 0;
    int bad = 0;
    String path = file.indexedPath();
    try (Reader reader = TextFiles.open(file.path(), false)) {
      BoundedLines lines = new BoundedLines(reader, MAX_LINE_CHARS);
      while (lines.advance()) {
        lineNumber = lines.number();
        String location = file.display() + ":" + lineNumber;
        if (lines.tooLong()) {
          records++;
          bad++;
          sink.skip(
              location,
              "a line of "
                  + lines.length()
                  + " characters, more than the "
                  + MAX_LINE_CHARS
                  + " one record may hold; the line is skipped");
        } else {
          String line = lines.text();
          if (line.isBlank()) {
            continue;
          }
          records++;
          try {
            sink.accept(release(file, path, location, lineNumber, json.readTree(line)));
          } catch (JsonProcessingException e) {
            bad++;
            sink.skip(location, "malformed JSON: " + firstLine(e.getOriginalMessage()) + column(e));
          } catch (IllegalArgumentException e) {
            bad++;
            sink.skip(location, e.getMessage());
          }
        }
        if (bad >= MAX_BAD_LINES) {
          throw new SourceException(
              location,
              bad + " bad lines so far; the rest of the file is not read (is it JSON Lines?)");
        }
      }
    } catch (CharacterCodingException e) {
      throw new SourceException(
          file.display() + ":" + (lineNumber + 1),
          "not valid UTF-8 at line " + (lineNumber + 1) + "; convert the file to UTF-8");
    } catch (ZipException | EOFException e) {
      throw new SourceException(
          file.display() + ":" + (lineNumber + 1),
          "not a valid gzip file after line "
              + lineNumber
              + " ("
              + (e.getMessage() == null ? "truncated" : e.getMessage())
              + "); the lines before it are read, but for any in its last few thousand"
              + " characters");
    }
    if (records == 0) {
      throw new SourceException(file.display(), "empty file");
    }
  }

  private static RawRelease release(
      SourceFile file, String path, String location, int line, JsonNode node) {
    if (!node.isObject()) {
      throw new IllegalArgumentException("not a JSON object");
    }
    String id = text(node, "id", "_id", "docid");
    String body = text(node, "body", "text", "contents");
    String title = text(node, "title");
    if ((body == null || body.isBlank()) && (title == null || title.isBlank())) {
      throw new IllegalArgumentException(
          "no text (expected a \"body\", \"text\" or \"title\" field)");
    }
    String source = text(node, "source", "url", "source_url");
    RawRelease.Builder release =
        RawRelease.builder(
                id == null || id.isBlank() ? file.id() + "#" + line : id,
                source == null ? location : source)
            .location(location)
            .fileName(file.fileName())
            .path(path)
            .title(title)
            .organization(text(node, "organization", "organisation"))
            .type(text(node, "type"))
            .body(body);
    strings(node, "speakers", "speaker").forEach(release::speaker);
    strings(node, "roles", "role").forEach(release::role);
    strings(node, "topics", "topic").forEach(release::topic);
    String date = text(node, "date");
    if (date != null && !date.isBlank()) {
      StatedDate stated = StatedDate.parse(date);
      String precision = text(node, "datePrecision", "date_precision");
      release.date(
          stated.date(),
          precision == null
              ? stated.precision()
              : DatePrecision.parse(precision.toLowerCase(Locale.ROOT)));
    }
    return release.build();
  }

  private static String text(JsonNode node, String... names) {
    for (String name : names) {
      JsonNode value = node.get(name);
      if (value != null && !value.isNull()) {
        if (!value.isValueNode()) {
          throw new IllegalArgumentException("field \"" + name + "\" must be a string");
        }
        return value.asText();
      }
    }
    return null;
  }

  private static List<String> strings(JsonNode node, String listName, String singleName) {
    List<String> values = new ArrayList<>();
    JsonNode list = node.get(listName);
    if (list != null && list.isArray()) {
      list.forEach(v -> values.add(v.asText()));
    } else if (list != null && list.isValueNode() && !list.isNull()) {
      values.add(list.asText());
    }
    JsonNode single = node.get(singleName);
    if (single != null && single.isValueNode() && !single.isNull()) {
      values.add(single.asText());
    }
    return values;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    String line = message.lines().findFirst().orElse(message);
    int detail = line.indexOf(" (");
    return detail < 0 ? line : line.substring(0, detail);
  }

  private static String column(JsonProcessingException e) {
    return e.getLocation() == null ? "" : " (column " + e.getLocation().getColumnNr() + ")";
  }
}
