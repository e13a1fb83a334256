package dev.communique.cli;

import dev.communique.core.index.CommuniqueBackend;
import dev.communique.core.index.CommuniqueIndex;
import dev.communique.core.search.InvalidQueryException;
import dev.communique.core.search.QueryLimitException;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
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
 * command's own one-line message, as JSON with an HTTP status. An embedded index is reopened at its
 * latest commit at most once a second. Thread-safe: each request thread parses on a command line of
 * its own.
 */
final class ApiHandler {

  /** How stale an embedded index may be: a new commit shows within this many milliseconds. */
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
    PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
    CommandLine cli = root.commandLine(nowhere, nowhere);
    // A word of a request is never the name of a file to read more words from.
    cli.setExpandAtFiles(false);
    return cli;
  }

  /**
   * Answers a request for {@code /api/REST?RAWQUERY}: the command's output, or an error as JSON.
   */
  void answer(String rest, String rawQuery, HttpServletResponse response) throws IOException {
    long started = System.nanoTime();
    ApiAnswer body = null;
    try {
      Map<String, List<String>> params = QueryString.parameters(rawQuery);
      String name = rest;
      if (rest.startsWith("show/")) {
        name = "show";
        if (params.containsKey("id")) {
          throw new IllegalArgumentException("give the id in the path or as 'id', not both");
        }
        params.put("id", List.of(QueryString.pathSegment(rest.substring("show/".length()))));
      }
      Optional<ApiRoute> found = ApiRoute.named(name);
      if (found.isEmpty()) {
        WebReplies.error(response, 404, "no such endpoint: /api/" + rest, -1);
        return;
      }
      ApiRoute route = found.get();
      List<String> words = route.words(params);
      if (route == ApiRoute.SIMILAR && backend.get(params.get("id").get(0)).isEmpty()) {
        throw UnknownId.of(backend, params.get("id").get(0));
      }
      body = new ApiAnswer(response, route, params, started);
      run(words, body);
      body.finish();
    } catch (CommandLine.ParameterException e) {
      refuse(response, body, 400, e.getMessage(), -1, e);
    } catch (InvalidQueryException e) {
      refuse(response, body, 400, e.getMessage(), e.position(), e);
    } catch (QueryLimitException e) {
      int status = e.limit() == QueryLimitException.Limit.TIME ? 503 : 400;
      refuse(response, body, status, e.getMessage(), -1, e);
    } catch (NoSuchElementException e) {
      refuse(response, body, 404, e.getMessage(), -1, e);
    } catch (IllegalArgumentException | UnsupportedOperationException e) {
      refuse(response, body, 400, e.getMessage(), -1, e);
    } catch (UncheckedIOException e) {
      refuse(response, body, 500, e.getCause().getMessage(), -1, e);
    } catch (Exception e) {
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      refuse(response, body, 500, message.lines().findFirst().orElse(message), -1, e);
    }
  }

  /** Runs the command the words name, writing what it prints into the body. */
  private void run(List<String> words, ApiAnswer body) throws Exception {
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

  /**
   * Opens an embedded index's latest commit, at most once a second whatever the rate of requests. A
   * cluster shows its commits by itself: refreshing it would commit, which a reader must not do.
   */
  private void refreshIfDue() throws IOException {
    if (!(backend instanceof CommuniqueIndex)) {
      return;
    }
    long last = refreshedAt.get();
    long now = System.nanoTime();
    if (now - last >= REFRESH_EVERY_MILLIS * 1_000_000 && refreshedAt.compareAndSet(last, now)) {
      backend.refresh();
    }
  }

  /**
   * Sends an error, unless part of the answer has gone out already: then the answer is cut off, so
   * that the client sees it is incomplete.
   */
  private static void refuse(
      HttpServletResponse response,
      ApiAnswer body,
      int status,
      String message,
      int position,
      Throwable cause)
      throws IOException {
    if (body != null && body.committed()) {
      body.abort(cause);
      return;
    }
    response.reset();
    WebReplies.error(response, status, message == null ? "error" : message, position);
  }
}
