package dev.communique.indexer.format;

import dev.communique.core.DatePrecision;
import dev.communique.indexer.format.ColumnMapping.Field;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV manifest that describes text files, one row per release, as the UN General Debate
 * corpus ships: a header row, then rows naming a text file (relative to the manifest's folder) and
 * its metadata, mapped to release fields by a {@link ColumnMapping}. A {@code .tsv} manifest is
 * read tab-separated. The manifest is UTF-8, with or without a byte-order mark.
 *
 * <p>Reading is in two steps so that an indexer can spread the expensive one over threads: {@link
 * #entries} reads the manifest alone (cheap, on one thread) and checks each row; {@link #read}
 * reads one entry's text file into a release and may run for many entries at once:
 *
 * <pre>{@code
 * List<ManifestEntry> entries = reader.entries(manifest, mapping, sink);
 * for (ManifestEntry entry : entries) {
 *   pool.submit(() -> { reader.read(entry, sink); return null; });
 * }
 * }</pre>
 *
 * <p>A row is skipped, with {@code manifest.csv:LINE} and a reason, when it has the wrong number of
 * fields, names no file, names a file outside the manifest's folder ({@code ..}, an absolute path,
 * or a symbolic link out of it), names a missing file, repeats an earlier row's id, or has a date
 * that does not parse. A year such as {@code 1946} is kept with {@link DatePrecision#YEAR}, never
 * as a day. The id is the manifest folder's name and the file's path below it without extension,
 * whitespace runs made {@code _} ({@code ungdc/TXT/Session_01_-_1946/ARG_01_1946}), unless an
 * {@code id} column is mapped.
 *
 * <p>Stateless and thread-safe.
 */
public final class CsvManifestReader {

  private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();
  private static final CSVFormat TSV =
      CSVFormat.DEFAULT.builder().setDelimiter('\t').setIgnoreEmptyLines(true).get();

  private static final Pattern LINE_IN_MESSAGE = Pattern.compile("line:? (\\d+)");

  /** Creates a reader. */
  public CsvManifestReader() {}

  /**
   * Reads the manifest's rows (not their text files), giving each unusable row to {@code
   * skips.skip} with its {@code manifest.csv:LINE} and a reason.
   *
   * @return the usable rows, in manifest order
   * @throws SourceException if the manifest as a whole cannot be read: empty, not UTF-8, malformed
   *     CSV, a duplicate column name, or a header without the columns {@code mapping} reads
   * @throws IOException if reading fails
   */
  public List<ManifestEntry> entries(Path manifest, ColumnMapping mapping, ReleaseSink skips)
      throws IOException, SourceException {
    String text = TextFiles.read(manifest);
    String display = manifest.toString();
    Lines lines = new Lines(text);
    Folder folder = Folder.of(manifest);
    List<ManifestEntry> entries = new ArrayList<>();
    Map<String, Integer> idLines = new HashMap<>();
    try (CSVParser parser = CSVParser.parse(text, format(manifest))) {
      Iterator<CSVRecord> records = parser.iterator();
      if (!records.hasNext()) {
        throw new SourceException(display, "empty manifest: no header row");
      }
      CSVRecord headerRecord = records.next();
      String headerLocation = display + ":" + lines.lineOf(headerRecord.getCharacterPosition());
      List<String> header = header(headerRecord, headerLocation);
      try {
        mapping.validate(header);
      } catch (IllegalArgumentException e) {
        throw new SourceException(headerLocation, e.getMessage());
      }
      while (records.hasNext()) {
        CSVRecord record = records.next();
        int line = lines.lineOf(record.getCharacterPosition());
        String location = display + ":" + line;
        ManifestEntry entry;
        try {
          entry = entry(record, header, mapping, folder, location);
        } catch (IllegalArgumentException e) {
          skips.skip(location, e.getMessage());
          continue;
        }
        Integer first = idLines.putIfAbsent(entry.metadata().id(), line);
        if (first != null) {
          skips.skip(
              location,
              "duplicate id '" + entry.metadata().id() + "' (first at line " + first + ")");
          continue;
        }
        entries.add(entry);
      }
    } catch (UncheckedIOException e) {
      String message = e.getCause() == null ? e.getMessage() : e.getCause().getMessage();
      Matcher at = LINE_IN_MESSAGE.matcher(message == null ? "" : message);
      throw new SourceException(
          at.find() ? display + ":" + at.group(1) : display,
          "malformed CSV: " + (message == null ? "unreadable" : message.replace('\n', ' ')));
    }
    return List.copyOf(entries);
  }

  /**
   * Reads one entry's text file into a release for {@code sink}, with the republisher footer
   * removed. A file that cannot be read as text (gone, empty, binary, not UTF-8) is given to {@code
   * sink.skip} with the entry's {@code manifest.csv:LINE}. Thread-safe: call it for many entries at
   * once.
   *
   * @throws IOException if reading fails otherwise
   */
  public void read(ManifestEntry entry, ReleaseSink sink) throws IOException {
    String text;
    try {
      text = TextFiles.read(entry.file());
    } catch (SourceException e) {
      sink.skip(entry.location(), "text file " + entry.file() + ": " + e.getMessage());
      return;
    } catch (NoSuchFileException e) {
      sink.skip(entry.location(), "text file " + entry.file() + " not found");
      return;
    }
    String body = RepublisherFooter.strip(text).strip();
    if (body.isEmpty()) {
      sink.skip(entry.location(), "text file " + entry.file() + " has no text");
      return;
    }
    sink.accept(entry.withBody(body));
  }

  /**
   * Reads the manifest and every text file it names, one after the other: {@link #entries}, then
   * {@link #read} for each entry.
   *
   * @throws SourceException if the manifest as a whole cannot be read
   * @throws IOException if reading fails
   */
  public void readAll(Path manifest, ColumnMapping mapping, ReleaseSink sink)
      throws IOException, SourceException {
    for (ManifestEntry entry : entries(manifest, mapping, sink)) {
      read(entry, sink);
    }
  }

  private static CSVFormat format(Path manifest) {
    String name = manifest.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".tsv") || name.endsWith(".tsv.gz") ? TSV : CSV;
  }

  private static List<String> header(CSVRecord record, String location) throws SourceException {
    List<String> header = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String cell : record) {
      String name = cell.replace("\uFEFF", "").strip();
      if (!name.isEmpty() && !seen.add(name)) {
        throw new SourceException(location, "column '" + name + "' appears twice in the header");
      }
      header.add(name);
    }
    return header;
  }

  /**
   * The entry for one row.
   *
   * @throws IllegalArgumentException saying why the row is skipped
   */
  private static ManifestEntry entry(
      CSVRecord record,
      List<String> header,
      ColumnMapping mapping,
      Folder folder,
      String location) {
    if (record.size() != header.size()) {
      throw new IllegalArgumentException(
          "row has "
              + record.size()
              + (record.size() == 1 ? " field" : " fields")
              + " but the header has "
              + header.size());
    }
    Map<String, String> row = new LinkedHashMap<>();
    for (int i = 0; i < header.size(); i++) {
      row.putIfAbsent(header.get(i), record.get(i));
    }
    String given =
        mapping
            .value(Field.FILE, row)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "no file name (" + mapping.describe(Field.FILE) + ")"));
    Path relative = folder.relative(given);
    Path file = folder.base().resolve(relative);
    String id =
        mapping
            .value(Field.ID, row)
            .orElseGet(() -> SourceFile.id(folder.name(), relative.toString().replace('\\', '/')));
    RawRelease.Builder release =
        RawRelease.builder(id, mapping.value(Field.SOURCE, row).orElse(file.toString()))
            .location(location)
            .fileName(new SourceFile(file, "").fileName())
            .path(SourceFile.realPath(file))
            .title(mapping.value(Field.TITLE, row).orElse(null))
            .organization(mapping.value(Field.ORGANIZATION, row).orElse(null))
            .type(mapping.value(Field.TYPE, row).orElse(null));
    mapping.values(Field.SPEAKER, row).forEach(release::speaker);
    mapping.values(Field.ROLE, row).forEach(release::role);
    mapping.values(Field.TOPICS, row).forEach(release::topic);
    mapping.value(Field.DATE, row).ifPresent(date -> statedDate(date, mapping, release));
    return new ManifestEntry(location, file, release.build());
  }

  private static void statedDate(String value, ColumnMapping mapping, RawRelease.Builder release) {
    try {
      StatedDate.parse(value).applyTo(release);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unparseable date '"
              + value
              + "' ("
              + mapping.describe(Field.DATE)
              + "; expected YYYY, YYYY-MM or YYYY-MM-DD)",
          e);
    }
  }

  /** The relative path with {@code /} separators, without {@code .gz} and its extension. */
  /**
   * The manifest's folder, which every text file must be inside.
   *
   * @param base the folder as given (relative paths stay relative)
   * @param absolute the folder, absolute and normalised
   * @param real the folder with symbolic links resolved
   * @param name the folder's name, which ids start with
   */
  private record Folder(Path base, Path absolute, Path real, String name) {

    static Folder of(Path manifest) throws IOException {
      Path parent = manifest.getParent();
      Path base = parent == null ? Path.of("") : parent;
      Path absolute = base.toAbsolutePath().normalize();
      Path name = absolute.getFileName();
      return new Folder(base, absolute, absolute.toRealPath(), name == null ? "" : name.toString());
    }

    /**
     * The file path of a row, normalised and relative to this folder.
     *
     * @throws IllegalArgumentException if it leads outside the folder or names no file
     */
    Path relative(String given) {
      String path = given.strip().replace('\\', '/');
      Path relative;
      try {
        relative = Path.of(path);
      } catch (InvalidPathException e) {
        throw new IllegalArgumentException(
            "file path '" + given + "' is not a valid path: " + e.getReason());
      }
      if (relative.isAbsolute() || path.startsWith("/")) {
        throw new IllegalArgumentException(
            "file path '" + given + "' is absolute; it must be relative to the manifest's folder");
      }
      Path resolved = absolute.resolve(relative).normalize();
      if (!resolved.startsWith(absolute)) {
        throw new IllegalArgumentException(
            "file path '" + given + "' leads outside the manifest's folder");
      }
      if (!Files.exists(resolved)) {
        throw new IllegalArgumentException("file '" + given + "' not found");
      }
      Path target;
      try {
        target = resolved.toRealPath();
      } catch (IOException e) {
        throw new IllegalArgumentException("file '" + given + "' cannot be opened: " + e);
      }
      if (!target.startsWith(real)) {
        throw new IllegalArgumentException(
            "file path '"
                + given
                + "' leads outside the manifest's folder through a symbolic link");
      }
      if (!Files.isRegularFile(target)) {
        throw new IllegalArgumentException("'" + given + "' is not a file");
      }
      return absolute.relativize(resolved);
    }
  }

  /** Finds the line of a character offset. Immutable. */
  private static final class Lines {
    private final String text;
    private final int[] starts;

    Lines(String text) {
      this.text = text;
      List<Integer> list = new ArrayList<>();
      list.add(0);
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) == '\n') {
          list.add(i + 1);
        }
      }
      starts = list.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The 1-based line of a record starting at {@code offset}, past any empty lines skipped. */
    int lineOf(long offset) {
      int at = (int) Math.min(offset, text.length());
      while (at < text.length() && text.charAt(at) == '\n') {
        at++;
      }
      int index = Arrays.binarySearch(starts, at);
      return index >= 0 ? index + 1 : -index - 1;
    }
  }
}
