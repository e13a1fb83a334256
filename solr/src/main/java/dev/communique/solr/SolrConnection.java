package dev.communique.solr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.solr.client.solrj.impl.CloudHttp2SolrClient;
import org.apache.solr.client.solrj.impl.CloudSolrClient;

/**
 * Makes the cloud client for an address: Solr base URLs ({@code http://host:8983/solr}, several
 * separated by commas) or a ZooKeeper host string ({@code zk1:2181,zk2:2181/solr}). Stateless.
 */
final class SolrConnection {

  private SolrConnection() {}

  /**
   * A client for the address.
   *
   * @throws IllegalStateException if the address is empty
   */
  static CloudSolrClient client(String address) {
    String trimmed = address == null ? "" : address.trim();
    if (trimmed.isEmpty()) {
      throw new IllegalStateException(
          "no Solr address: give --solr URL (or a ZooKeeper host string), or set COMMUNIQUE_SOLR");
    }
    List<String> parts = new ArrayList<>();
    for (String part : trimmed.split(",")) {
      if (!part.isBlank()) {
        parts.add(part.trim());
      }
    }
    if (parts.get(0).startsWith("http://") || parts.get(0).startsWith("https://")) {
      return new CloudHttp2SolrClient.Builder(parts).build();
    }
    String last = parts.get(parts.size() - 1);
    int slash = last.indexOf('/');
    Optional<String> chroot = Optional.empty();
    if (slash >= 0) {
      chroot = Optional.of(last.substring(slash));
      parts.set(parts.size() - 1, last.substring(0, slash));
    }
    return new CloudHttp2SolrClient.Builder(parts, chroot).build();
  }

  /** The address as given, tidied for messages. */
  static String describe(String address) {
    return String.join(",", Arrays.stream(address.split(",")).map(String::trim).toList());
  }
}
