package dev.communique.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.servlet.http.HttpServletResponse;
import org.eclipse.jetty.server.Response;

/**
 * The body of one API answer as the command writes it: held back, so that an error before the end
 * can still be sent as an error, except for exports, which start streaming once they pass {@value
 * #STREAM_AFTER} bytes. A streamed answer that fails is cut off (the connection aborted), never
 * ended as if it were whole. One per request; not thread-safe.
 */
final class ApiAnswer extends OutputStream {

  /** The bytes an export holds back before it starts streaming. */
  static final int STREAM_AFTER = 1 << 16;

  private final HttpServletResponse response;
  private final ApiRoute route;
  private final Map<String, List<String>> params;
  private final long started;
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
  private OutputStream streaming;

  ApiAnswer(
      HttpServletResponse response,
      ApiRoute route,
      Map<String, List<String>> params,
      long started) {
    this.response = response;
    this.route = route;
    this.params = params;
    this.started = started;
  }

  /** Whether part of the answer has gone out already. */
  boolean committed() {
    return streaming != null || response.isCommitted();
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    if (streaming != null) {
      streaming.write(b, off, len);
      return;
    }
    buffer.write(b, off, len);
    if (route.streams() && buffer.size() >= STREAM_AFTER) {
      WebReplies.secure(response);
      WebReplies.type(response, route.contentType(params));
      headers();
      response.setStatus(200);
      streaming = response.getOutputStream();
      buffer.writeTo(streaming);
      buffer.reset();
    }
  }

  /** Sends whatever is left: the whole held-back answer, or the end of a streamed one. */
  void finish() throws IOException {
    if (streaming != null) {
      streaming.flush();
      return;
    }
    headers();
    WebReplies.send(response, 200, route.contentType(params), buffer.toByteArray());
  }

  /** Cuts off an answer that has started to stream, so the client sees it is incomplete. */
  void abort(Throwable cause) {
    if (response instanceof Response jetty) {
      jetty.getHttpChannel().abort(cause);
    }
  }

  /** The headers of an answer beyond those {@link WebReplies} sets on every response. */
  private void headers() {
    response.setHeader("Cache-Control", "no-store");
    // How long the answer took to compute, shown by browsers' developer tools.
    response.setHeader(
        "Server-Timing",
        String.format(Locale.ROOT, "app;dur=%.1f", (System.nanoTime() - started) / 1e6));
    route
        .attachment(params)
        .ifPresent(
            name ->
                response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\""));
  }
}
