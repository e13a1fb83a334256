package dev.communique.cli;

import java.io.IOException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.AbstractHandler;

/**
 * Takes every request to the web server: refuses what the server never accepts (methods other than
 * GET and HEAD, request bodies, long query strings), then hands {@code /api/…} to the {@link
 * ApiHandler} and everything else to the page's {@link StaticAssets}. Thread-safe.
 */
final class WebHandler extends AbstractHandler {

  /** The longest query string accepted, in characters. */
  static final int MAX_QUERY_STRING = 16_384;

  private final ApiHandler api;
  private final StaticAssets assets = new StaticAssets();

  WebHandler(ApiHandler api) {
    this.api = api;
  }

  @Override
  public void handle(
      String target, Request base, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    base.setHandled(true);
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
