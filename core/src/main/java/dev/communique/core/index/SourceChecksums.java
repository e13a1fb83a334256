package dev.communique.core.index;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The checksum of each source (a file, a manifest row) whose communiqués are fully written, kept in
 * the commit user data under {@value #PREFIX}{@code <source>} so that it is durable exactly when
 * the communiqués it vouches for are. A source is recorded only after its communiqués went to the
 * writer, and each commit stores a snapshot taken before it starts, so a committed checksum never
 * claims communiqués the commit lacks. Thread-safe.
 */
final class SourceChecksums {

  /** The user-data key prefix of a source's checksum. */
  static final String PREFIX = "communique.source:";

  private final ConcurrentHashMap<String, String> checksums = new ConcurrentHashMap<>();

  /** Reads the checksums of an existing commit's user data. */
  SourceChecksums(Map<String, String> userData) {
    userData.forEach(
        (key, value) -> {
          if (key.startsWith(PREFIX)) {
            checksums.put(key.substring(PREFIX.length()), value);
          }
        });
  }

  Optional<String> get(String source) {
    return Optional.ofNullable(checksums.get(source));
  }

  void put(String source, String checksum) {
    checksums.put(source, checksum);
  }

  void remove(String source) {
    checksums.remove(source);
  }

  /** The user data of a commit: {@code base} and every checksum recorded so far. */
  Map<String, String> commitData(Map<String, String> base) {
    Map<String, String> data = new HashMap<>(base);
    checksums.forEach((source, checksum) -> data.put(PREFIX + source, checksum));
    return data;
  }
}
