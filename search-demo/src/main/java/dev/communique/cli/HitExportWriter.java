package dev.communique.cli;

import dev.communique.core.index.CommuniqueBackend;
import dev.communique.core.search.ExportSink;
import dev.communique.core.search.SearchHit;
import dev.communique.core.search.SearchRequest;
import dev.communique.core.search.SearchResults;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes search hits as JSON, JSON Lines or CSV rows through {@link RecordWriter}: a page of
 * results, or every hit streamed from {@link CommuniqueBackend#export}. JSON has the {@code --json}
 * header fields ({@code query}, {@code total}, {@code offset}) and the rows under {@code hits}.
 */
final class HitExportWriter {

  private HitExportWriter() {}

  /** Writes one page of results. */
  static void write(
      SearchResults results, ExportFormat format, List<String> columns, PrintWriter out)
      throws IOException {
    try (RecordWriter writer =
        RecordWriter.open(
            format,
            out,
            columns,
            "hits",
            header(results.request(), results.totalHits(), results.request().offset()))) {
      for (SearchHit hit : results.hits()) {
        writer.write(HitFields.row(hit));
      }
    }
  }

  /** Streams every hit of the request, in its order, one row at a time. */
  static long export(
      CommuniqueBackend index,
      SearchRequest request,
      ExportFormat format,
      List<String> columns,
      PrintWriter out)
      throws IOException {
    RecordWriter[] writer = {null};
    boolean complete = false;
    try {
      long sent =
          index.export(
              request,
              new ExportSink() {
                @Override
                public void begin(long total) throws IOException {
                  writer[0] =
                      RecordWriter.open(format, out, columns, "hits", header(request, total, 0));
                }

                @Override
                public void accept(SearchHit hit) throws IOException {
                  writer[0].write(HitFields.row(hit));
                }
              });
      complete = true;
      return sent;
    } finally {
      if (writer[0] != null && complete) {
        writer[0].close();
      }
    }
  }

  private static Map<String, Object> header(SearchRequest request, long total, int offset) {
    Map<String, Object> header = new LinkedHashMap<>();
    header.put("query", request.query());
    header.put("total", total);
    header.put("offset", offset);
    return header;
  }
}
