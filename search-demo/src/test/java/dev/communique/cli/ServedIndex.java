package dev.communique.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.communique.core.index.CommuniqueBackend;
import dev.communique.core.index.CommuniqueIndex;
import dev.communique.indexer.extract.QueryVocabularies;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A web server for tests over the sample corpus plus one hostile release (markup and scripts in its
 * title, organisation and body), indexed into a temporary directory.
 */
final class ServedIndex implements AutoCloseable {

  /** The id of the hostile release. */
  static final String HOSTILE_ID = "releases/quokka-hostile-markup-2024-02-02";

  /** Its text: each payload would set {@code window.__xssRan} if it ever ran. */
  static final String HOSTILE_TEXT =
      String.join(
          "\n",
          "Quokka statement <script>window.__xssRan = 1</script>"
              + " <img src=x onerror=\"window.__xssRan = 2\">",
          "Ministry of <b>Bold</b> Claims",
          "2024-02-02",
          "",
          "Quokka monitoring resumes today. See <a href=\"javascript:window.__xssRan=3\">this"
              + " javascript: link</a> and <img src=x onerror=\"window.__xssRan=4\"> for the"
              + " quokka figures. <script>window.__xssRan = 5</script>",
          "");

  final Path index;
  final CommuniqueBackend backend;
  final WebServer server;
  private final HttpClient http = HttpClient.newHttpClient();

  private ServedIndex(Path index, CommuniqueBackend backend, WebServer server) {
    this.index = index;
    this.backend = backend;
    this.server = server;
  }

  /** Copies the sample corpus and the hostile release under {@code dir}, indexes and serves it. */
  static ServedIndex start(Path dir) throws IOException {
    Path corpus = dir.resolve("releases");
    Files.createDirectories(corpus);
    try (Stream<Path> files = Files.list(Workspace.current().sampleCorpus())) {
      for (Path f : files.toList()) {
        Files.copy(f, corpus.resolve(f.getFileName()));
      }
    }
    Files.writeString(corpus.resolve("quokka-hostile-markup-2024-02-02.txt"), HOSTILE_TEXT);
    Path index = dir.resolve("index");
    CliRun.Run run = CliRun.run("index", "--index", index.toString(), corpus.toString());
    assertThat(run.status()).as(run.err()).isZero();
    CommuniqueBackend backend = CommuniqueIndex.openReadOnly(index, QueryVocabularies.bundled());
    WebServer server =
        WebServer.start(
            Workspace.current(),
            backend,
            new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
            4);
    return new ServedIndex(index, backend, server);
  }

  /** The page's address. */
  URI page() {
    return server.address();
  }

  /** GETs a path relative to the server (such as {@code api/search?q=x}). */
  HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(page().resolve(path)).GET().build());
  }

  HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() throws IOException {
    server.close();
    backend.close();
  }
}
