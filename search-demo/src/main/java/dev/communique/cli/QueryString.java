package dev.communique.cli;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.util.URIUtil;

/** Decodes what a request's address carries: its query string's parameters, a path segment. */
final class QueryString {

  private QueryString() {}

  /**
   * The parameters of a query string, in order, each with its values ({@code +} is a space).
   *
   * @throws IllegalArgumentException for a malformed escape
   */
  static Map<String, List<String>> parameters(String rawQuery) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return params;
    }
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = form(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : form(pair.substring(eq + 1));
      params.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }
    return params;
  }

  /**
   * A path segment decoded: {@code %2F} is a slash and {@code +} stays a plus.
   *
   * @throws IllegalArgumentException for a malformed escape
   */
  static String pathSegment(String raw) {
    try {
      return URIUtil.decodePath(raw);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("malformed escape in the path: " + raw, e);
    }
  }

  private static String form(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("malformed escape in the query string: " + text, e);
    }
  }
}
