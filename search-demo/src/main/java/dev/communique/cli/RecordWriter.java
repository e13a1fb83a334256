package dev.communique.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Streams rows (column name to value) as JSON, JSON Lines or RFC 4180 CSV, one row at a time, so
 * that an export of any size runs in constant memory. Values may be strings, numbers, booleans,
 * {@code null} or lists of strings (joined with {@code "; "} in CSV). CSV always has a header row
 * and the same columns in the same order; JSON is {@code {header fields…, "ARRAY": [rows]}}. Not
 * thread-safe.
 */
final class RecordWriter implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ExportFormat format;
  private final PrintWriter out;
  private final List<String> columns;
  private final JsonGenerator json;
  private final CSVPrinter csv;

  private RecordWriter(
      ExportFormat format,
      PrintWriter out,
      List<String> columns,
      String arrayName,
      Map<String, ?> header)
      throws IOException {
    this.format = format;
    this.out = out;
    this.columns = List.copyOf(columns);
    switch (format) {
      case JSON -> {
        this.csv = null;
        this.json = JSON.createGenerator(out);
        json.writeStartObject();
        for (Map.Entry<String, ?> field : header.entrySet()) {
          json.writeFieldName(field.getKey());
          json.writeObject(field.getValue());
        }
        json.writeArrayFieldStart(arrayName);
      }
      case CSV -> {
        this.json = null;
        this.csv =
            new CSVPrinter(
                out, CSVFormat.RFC4180.builder().setHeader(columns.toArray(String[]::new)).get());
      }
      case JSONL -> {
        this.csv = null;
        this.json = null;
      }
      default -> throw new IllegalArgumentException("not an export format: " + format);
    }
  }

  /**
   * A writer of rows with these columns.
   *
   * @param arrayName the name of the array of rows in JSON
   * @param header fields written before the array in JSON (ignored by JSON Lines and CSV)
   */
  static RecordWriter open(
      ExportFormat format,
      PrintWriter out,
      List<String> columns,
      String arrayName,
      Map<String, ?> header)
      throws IOException {
    return new RecordWriter(format, out, columns, arrayName, header);
  }

  /**
   * Writes one row; columns it lacks are written as {@code null} (empty in CSV).
   *
   * @throws IOException once the output can no longer be written (a closed pipe, a full disk), so
   *     that a long export stops instead of running on unread
   */
  void write(Map<String, ?> row) throws IOException {
    if (out.checkError()) {
      throw new OutputClosedException();
    }
    switch (format) {
      case JSON -> json.writeObject(ordered(row));
      case JSONL -> {
        out.print(JSON.writeValueAsString(ordered(row)));
        out.print('\n');
      }
      case CSV -> {
        List<Object> cells = new ArrayList<>(columns.size());
        for (String column : columns) {
          cells.add(cell(row.get(column)));
        }
        csv.printRecord(cells);
      }
      default -> throw new IllegalStateException();
    }
  }

  private Map<String, Object> ordered(Map<String, ?> row) {
    Map<String, Object> ordered = new LinkedHashMap<>();
    for (String column : columns) {
      ordered.put(column, row.get(column));
    }
    return ordered;
  }

  private static Object cell(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof List<?> list) {
      return SpreadsheetSafe.cell(String.join("; ", list.stream().map(String::valueOf).toList()));
    }
    if (value instanceof CharSequence text) {
      return SpreadsheetSafe.cell(text.toString());
    }
    return value;
  }

  /** The output stopped taking what is written to it. */
  static final class OutputClosedException extends IOException {
    private static final long serialVersionUID = 1L;

    OutputClosedException() {
      super("could not write the output (a closed pipe or a full disk)");
    }
  }

  @Override
  public void close() throws IOException {
    switch (format) {
      case JSON -> {
        json.writeEndArray();
        json.writeEndObject();
        json.flush();
        out.println();
      }
      case CSV -> csv.flush();
      default -> {}
    }
    out.flush();
  }
}
