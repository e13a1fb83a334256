package dev.communique.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import javax.servlet.http.HttpServletResponse;

/**
 * Writes the web server's responses: the security headers every response carries, whole bodies, and
 * errors as JSON ({@code {"status": 400, "error": "…", "position": 12}}). Stateless.
 */
final class WebReplies {

  /**
   * No inline script, no script or style from elsewhere, no plugins, no framing: a script in a
   * document's text could not run even if it reached the page unescaped.
   */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

  /**
   * An SVG chart's own policy: its styles are inline attributes, and it may load and run nothing.
   */
  static final String SVG_POLICY = "default-src 'none'; style-src 'unsafe-inline'";

  private static final ObjectMapper JSON = new ObjectMapper();

  private WebReplies() {}

  /** Adds the headers every response carries. */
  static void secure(HttpServletResponse response) {
    response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("X-Frame-Options", "DENY");
  }

  /** Sets the content type, and the SVG policy for an SVG. */
  static void type(HttpServletResponse response, String contentType) {
    response.setContentType(contentType);
    if (contentType.startsWith("image/svg+xml")) {
      response.setHeader("Content-Security-Policy", SVG_POLICY);
    }
  }

  /** Sends a whole body with this status and content type (the server drops it for HEAD). */
  static void send(HttpServletResponse response, int status, String contentType, byte[] body)
      throws IOException {
    secure(response);
    type(response, contentType);
    response.setStatus(status);
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  /** Sends an error as JSON: its status, its one-line message and, for a bad query, where. */
  static void error(HttpServletResponse response, int status, String message, int position)
      throws IOException {
    StringWriter text = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(text)) {
      g.writeStartObject();
      g.writeNumberField("status", status);
      g.writeStringField("error", message);
      if (position >= 0) {
        g.writeNumberField("position", position);
      }
      g.writeEndObject();
    }
    response.setHeader("Cache-Control", "no-store");
    send(
        response,
        status,
        "application/json; charset=utf-8",
        text.toString().getBytes(StandardCharsets.UTF_8));
  }
}
