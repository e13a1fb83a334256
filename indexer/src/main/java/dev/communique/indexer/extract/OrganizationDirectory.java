package dev.communique.indexer.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Issuing organisations by source host ({@code data/vocabulary/organizations.yaml}), for releases
 * that state none. Immutable and thread-safe.
 */
public final class OrganizationDirectory {
  private final Map<String, String> byHost;

  private OrganizationDirectory(Map<String, String> byHost) {
    this.byHost = Map.copyOf(byHost);
  }

  static OrganizationDirectory fromTree(JsonNode root) {
    Map<String, String> byHost = new HashMap<>();
    Iterator<Map.Entry<String, JsonNode>> hosts = root.path("hosts").fields();
    while (hosts.hasNext()) {
      Map.Entry<String, JsonNode> entry = hosts.next();
      byHost.put(entry.getKey().toLowerCase(Locale.ROOT), entry.getValue().asText());
    }
    return new OrganizationDirectory(byHost);
  }

  /** A directory that knows no hosts. */
  public static OrganizationDirectory empty() {
    return new OrganizationDirectory(Map.of());
  }

  /** The organisation whose host (or a parent domain of it) serves {@code source}, if known. */
  Optional<String> forSource(String source) {
    if (source == null || !(source.startsWith("http://") || source.startsWith("https://"))) {
      return Optional.empty();
    }
    String host;
    try {
      host = URI.create(source.strip()).getHost();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    if (host == null) {
      return Optional.empty();
    }
    host = host.toLowerCase(Locale.ROOT);
    while (true) {
      String found = byHost.get(host);
      if (found != null) {
        return Optional.of(found);
      }
      int dot = host.indexOf('.');
      if (dot < 0) {
        return Optional.empty();
      }
      host = host.substring(dot + 1);
    }
  }
}
