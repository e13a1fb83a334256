package dev.communique.cli;

import dev.communique.core.index.CommuniqueBackend;
import dev.communique.core.search.InvalidQueryException;
import dev.communique.core.search.QueryLimitException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import javax.servlet.http.HttpServletResponse;
import picocli.CommandLine;

/**
 * Answers {@code /api/…}: turns a request into the words of the command its {@link ApiRoute} names,
 * runs that command over the server's one open index, and sends what it printed. So every answer is
 * the command's own {@code --json} (or CSV, JSON Lines, SVG), and every bad request gets the
 * command's own one-line message, as JSON with an HTTP status. The index is reopened at its latest
 * commit at most once a second. Thread-safe: each request thread parses on a command line of its
 * own.
 */
final class ApiHandler {

  /** How stale the index may be: a new commit shows within this many milliseconds. */
  static final long REFRESH_EVERY_MILLIS = 1000;

  private final Workspace workspace;
  private final CommuniqueBackend backend;
  private final AtomicLong refreshedAt = new AtomicLong(System.nanoTime());

  /**
   * One command line per request thread, reused: picocli resets every option before each parse, and
   * building the command tree costs more than the parse itself.
   */
  private final ThreadLocal<CommandLine> commandLines = ThreadLocal.withInitial(this::commandLine);

  ApiHandler(Workspace workspace, CommuniqueBackend backend) {
    this.workspace = workspace;
    this.backend = backend;
  }

  private CommandLine commandLine() {
    CommuniqueCli root = new CommuniqueCli(IndexAccess.serving(workspace, backend));
    return root.commandLine(
        new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
  }

  /**
   * Answers a request for {@code /api/REST?RAWQUERY}: the command's output, or an error as JSON.
   */
  void answer(String rest, String rawQuery, HttpServletResponse response) throws IOException {
    long started = System.nanoTime();
    ResponseStream body = null;
    try {
      Map<String, List<String>> params = parameters(rawQuery);
      String name = rest;
      int slash = rest.indexOf('/');
      if (slash >= 0 && rest.startsWith("show/")) {
        name = "show";
        if (params.containsKey("id")) {
          throw new IllegalArgumentException("give the id in the path or as 'id', not both");
        }
        params.put("id", List.of(decode(rest.substring(slash + 1))));
      }
      Optional<ApiRoute> found = ApiRoute.named(name);
      if (found.isEmpty()) {
        WebReplies.error(response, 404, "no such endpoint: /api/" + rest, -1);
        return;
      }
      ApiRoute route = found.get();
      List<String> words = route.words(params);
      if (params.containsKey("id")) {
        String id = params.get("id").get(0);
        if (backend.get(id).isEmpty()) {
          WebReplies.error(response, 404, "no communiqué with id '" + id + "'", -1);
          return;
        }
      }
      body = new ResponseStream(response, route, params, started);
      run(words, body);
      body.finish();
    } catch (CommandLine.ParameterException e) {
      refuse(response, body, 400, e.getMessage(), -1);
    } catch (InvalidQueryException e) {
      refuse(response, body, 400, e.getMessage(), e.position());
    } catch (QueryLimitException e) {
      int status = e.limit() == QueryLimitException.Limit.TIME ? 503 : 400;
      refuse(response, body, status, e.getMessage(), -1);
    } catch (NoSuchElementException e) {
      refuse(response, body, 404, e.getMessage(), -1);
    } catch (IllegalArgumentException | UnsupportedOperationException e) {
      refuse(response, body, 400, e.getMessage(), -1);
    } catch (UncheckedIOException e) {
      refuse(response, body, 500, e.getCause().getMessage(), -1);
    } catch (Exception e) {
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      refuse(response, body, 500, message.lines().findFirst().orElse(message), -1);
    }
  }

  /** Runs the command the words name, writing what it prints into the body. */
  private void run(List<String> words, ResponseStream body) throws Exception {
    refreshIfDue();
    PrintWriter out = new PrintWriter(new OutputStreamWriter(body, StandardCharsets.UTF_8), false);
    CommandLine cli = commandLines.get();
    cli.setOut(out);
    String[] args = words.toArray(String[]::new);
    ((CommuniqueCli) cli.getCommand()).parsing(args);
    CommandLine.ParseResult parsed = cli.parseArgs(args);
    Object command = parsed.subcommand().commandSpec().userObject();
    ((Callable<?>) command).call();
    out.flush();
  }

  /** Opens the index's latest commit, at most once a second whatever the rate of requests. */
  private void refreshIfDue() throws IOException {
    long last = refreshedAt.get();
    long now = System.nanoTime();
    if (now - last >= REFRESH_EVERY_MILLIS * 1_000_000 && refreshedAt.compareAndSet(last, now)) {
      backend.refresh();
    }
  }

  /** Sends an error, unless part of the answer has gone out already: then the answer is cut. */
  private static void refuse(
      HttpServletResponse response, ResponseStream body, int status, String message, int position)
      throws IOException {
    if (body != null && body.committed() || response.isCommitted()) {
      return;
    }
    WebReplies.error(response, status, message == null ? "error" : message, position);
  }

  /**
   * The parameters of a query string, in order, each with its values.
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
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      params.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }
    return params;
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("malformed escape in the query string: " + text, e);
    }
  }

  /**
   * The body of an answer: buffered, so that an error before the end can still be sent as an error,
   * except for exports, which stream once their first bytes are written.
   */
  private static final class ResponseStream extends OutputStream {
    private static final int STREAM_AFTER = 1 << 16;

    private final HttpServletResponse response;
    private final ApiRoute route;
    private final Map<String, List<String>> params;
    private final java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
    private final long started;
    private OutputStream streaming;

    ResponseStream(
        HttpServletResponse response,
        ApiRoute route,
        Map<String, List<String>> params,
        long started) {
      this.response = response;
      this.route = route;
      this.params = params;
      this.started = started;
    }

    boolean committed() {
      return streaming != null;
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
      if (route == ApiRoute.EXPORT && buffer.size() >= STREAM_AFTER) {
        headers();
        response.setStatus(200);
        streaming = response.getOutputStream();
        buffer.writeTo(streaming);
        buffer.reset();
      }
    }

    /** Sends whatever is left: the whole buffered answer, or the end of a streamed one. */
    void finish() throws IOException {
      if (streaming != null) {
        streaming.flush();
        return;
      }
      headers();
      WebReplies.send(response, 200, route.contentType(params), buffer.toByteArray());
    }

    private void headers() {
      WebReplies.secure(response);
      WebReplies.type(response, route.contentType(params));
      response.setHeader("Cache-Control", "no-store");
      // How long the answer took to compute, shown by browsers' developer tools.
      response.setHeader(
          "Server-Timing",
          String.format(
              java.util.Locale.ROOT, "app;dur=%.1f", (System.nanoTime() - started) / 1e6));
      route
          .attachment(params)
          .ifPresent(
              name ->
                  response.setHeader(
                      "Content-Disposition", "attachment; filename=\"" + name + "\""));
    }
  }
}
