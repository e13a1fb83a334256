package dev.communique.bench;

import dev.communique.core.schema.CommuniqueSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

/**
 * The raw-Lucene baseline indexer: reads each file whole and adds it with a plain {@link
 * IndexWriter}, using the project's index analyzer, the title (the file name) and body stored and
 * indexed with offsets, and a date point with doc values taken from a {@code date:} line when the
 * file has one. No extraction, no near-duplicate detection. Not thread-safe; one run per instance.
 */
final class RawLuceneIndex {

  static final String DATE = "date";
  private static final Pattern DATE_LINE =
      Pattern.compile("(?m)^date:\\s*'?(\\d{4}-\\d{2}-\\d{2})");
  private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

  private static FieldType textWithOffsets() {
    FieldType type = new FieldType(TextField.TYPE_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }

  private RawLuceneIndex() {}

  /** Indexes {@code files} into a new index at {@code target} with {@code threads} threads. */
  static void build(List<Path> files, Path target, int threads) throws Exception {
    IndexWriterConfig config = new IndexWriterConfig(CommuniqueSchema.indexAnalyzer());
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try (IndexWriter writer = new IndexWriter(FSDirectory.open(target), config)) {
      List<Future<?>> done = new java.util.ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int first = t;
        done.add(
            pool.submit(
                () -> {
                  for (int i = first; i < files.size(); i += threads) {
                    writer.addDocument(document(files.get(i)));
                  }
                  return null;
                }));
      }
      for (Future<?> future : done) {
        future.get();
      }
      writer.commit();
    } finally {
      pool.shutdown();
    }
  }

  private static Document document(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    Document doc = new Document();
    doc.add(new StringField("id", file.toString(), Field.Store.YES));
    doc.add(new Field(CommuniqueSchema.TITLE, file.getFileName().toString(), TEXT_WITH_OFFSETS));
    doc.add(new Field(CommuniqueSchema.BODY, text, TEXT_WITH_OFFSETS));
    long day = 0;
    Matcher date = DATE_LINE.matcher(text.length() > 400 ? text.substring(0, 400) : text);
    if (date.find()) {
      day = LocalDate.parse(date.group(1)).toEpochDay();
    }
    doc.add(new LongPoint(DATE, day));
    doc.add(new NumericDocValuesField(DATE, day));
    return doc;
  }
}
