package dev.communique.indexer.format;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One usable row of a CSV manifest: where it is, the text file it names, and the release metadata
 * the row states. Made by {@link CsvManifestReader#entries}; turned into a release by {@link
 * CsvManifestReader#read}, which reads the text file. Immutable and thread-safe.
 *
 * @param location the manifest and the row's line, {@code manifest.csv:LINE}, for messages
 * @param file the text file, inside the manifest's folder
 * @param metadata what the row states: id, source, title, organisation, speakers, roles, date, type
 *     and topics, with an empty body until the file is read
 */
public record ManifestEntry(String location, Path file, RawRelease metadata) {

  /** Checks that nothing is missing. */
  public ManifestEntry {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(metadata, "metadata");
  }

  /** The row's release with this body. */
  RawRelease withBody(String body) {
    RawRelease m = metadata;
    return new RawRelease(
        m.id(),
        m.source(),
        m.location(),
        m.title(),
        m.organization(),
        m.speakers(),
        m.roles(),
        m.date(),
        m.datePrecision(),
        m.type(),
        m.topics(),
        body,
        m.fileName(),
        m.path());
  }
}
