package dev.communique.cli;

import dev.communique.indexer.format.ColumnMapping;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The column mapping given on the command line: {@code --map-file} first, then {@code --map} values
 * over it.
 *
 * @param maps the {@code --map} values
 * @param mapFile the {@code --map-file}, or {@code null}
 */
record ManifestOptions(List<String> maps, Path mapFile) {

  ColumnMapping mapping() throws IOException {
    ColumnMapping mapping =
        mapFile == null ? ColumnMapping.defaults() : ColumnMapping.load(mapFile);
    return maps.isEmpty() ? mapping : mapping.overriddenBy(ColumnMapping.parse(maps));
  }
}
