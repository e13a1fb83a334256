package dev.communique.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.servlet.http.HttpServletResponse;

/**
 * Serves the page's own files (HTML, JavaScript, CSS) from the jar, never from the file system:
 * only the names listed in {@link #FILES} exist, so no request can reach another file. Thread-safe;
 * each file is read once.
 */
final class StaticAssets {

  /** Where the files sit on the class path. */
  private static final String ROOT = "/communique-web/";

  /** The files served, by URL path, with their content types. */
  private static final Map<String, String> FILES =
      Map.of(
          "/", "text/html; charset=utf-8",
          "/app.js", "text/javascript; charset=utf-8",
          "/app.css", "text/css; charset=utf-8",
          "/favicon.svg", "image/svg+xml");

  private final Map<String, byte[]> loaded = new ConcurrentHashMap<>();

  /** Answers a GET or HEAD of {@code path}: the file, or a 404. */
  void answer(String path, HttpServletResponse response) throws IOException {
    String type = FILES.get(path);
    if (type == null) {
      WebReplies.error(response, 404, "no such page: " + path, -1);
      return;
    }
    response.setHeader("Cache-Control", "no-cache");
    WebReplies.send(response, 200, type, file(path));
  }

  private byte[] file(String path) throws IOException {
    byte[] bytes = loaded.get(path);
    if (bytes != null) {
      return bytes;
    }
    String name = path.equals("/") ? "index.html" : path.substring(1);
    try (InputStream in = StaticAssets.class.getResourceAsStream(ROOT + name)) {
      if (in == null) {
        throw new IOException("the page's file " + name + " is missing from the jar");
      }
      bytes = in.readAllBytes();
    }
    loaded.put(path, bytes);
    return bytes;
  }
}
