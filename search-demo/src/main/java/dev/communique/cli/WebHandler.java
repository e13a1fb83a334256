package dev.communique.cli;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.AbstractHandler;

/**
 * Takes every request to the web server: refuses what the server never accepts (a host name it does
 * not answer to, methods other than GET and HEAD, request bodies, long query strings), then hands
 * {@code /api/…} to the {@link ApiHandler} and everything else to the page's {@link StaticAssets}.
 * Thread-safe.
 */
final class WebHandler extends AbstractHandler {

  /** The longest query string accepted, in characters. */
  static final int MAX_QUERY_STRING = 16_384;

  private final ApiHandler api;
  private final StaticAssets assets = new StaticAssets();
  private final Set<String> hosts;

  /**
   * @param hosts the host names requests may be addressed to (lower case, IPv6 in brackets); empty
   *     for any, as when listening on every interface
   */
  WebHandler(ApiHandler api, Set<String> hosts) {
    this.api = api;
    this.hosts = Set.copyOf(hosts);
  }

  /**
   * The host names a server listening on this address answers to: this machine's names for a
   * loopback address; that address and this machine's names for another; any for a wildcard.
   */
  static Set<String> hostsFor(InetAddress address) {
    if (address.isAnyLocalAddress()) {
      return Set.of();
    }
    Set<String> names = new HashSet<>(Set.of("localhost", "127.0.0.1", "[::1]"));
    String literal = address.getHostAddress().toLowerCase(Locale.ROOT);
    names.add(address instanceof Inet6Address ? "[" + literal + "]" : literal);
    return names;
  }

  /** The host name of a Host header, without its port, lower case. */
  static String hostName(String header) {
    String host = header.strip().toLowerCase(Locale.ROOT);
    if (host.startsWith("[")) {
      int close = host.indexOf(']');
      return close < 0 ? host : host.substring(0, close + 1);
    }
    int colon = host.indexOf(':');
    return colon < 0 ? host : host.substring(0, colon);
  }

  @Override
  public void handle(
      String target, Request base, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    base.setHandled(true);
    String host = request.getHeader("Host");
    if (!hosts.isEmpty() && host != null && !hosts.contains(hostName(host))) {
      // A page elsewhere whose name was made to point here (DNS rebinding) must get nothing.
      WebReplies.error(
          response, 421, "this server answers to " + String.join(", ", new TreeSet<>(hosts)), -1);
      return;
    }
    String method = request.getMethod();
    if (!method.equals("GET") && !method.equals("HEAD")) {
      response.setHeader("Allow", "GET, HEAD");
      WebReplies.error(response, 405, "only GET and HEAD are allowed", -1);
      return;
    }
    if (request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null) {
      WebReplies.error(response, 413, "requests to this server have no body", -1);
      return;
    }
    String query = request.getQueryString();
    if (query != null && query.length() > MAX_QUERY_STRING) {
      WebReplies.error(
          response, 414, "the query string is longer than " + MAX_QUERY_STRING + " characters", -1);
      return;
    }
    String path = request.getRequestURI();
    if (path.startsWith("/api/")) {
      api.answer(path.substring("/api/".length()), query, response);
    } else {
      assets.answer(path, response);
    }
  }
}
