package dev.communique.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.communique.core.index.CommuniqueBackend;
import dev.communique.core.index.CommuniqueIndex;
import dev.communique.core.search.QueryLimitException;
import dev.communique.core.search.SearchRequest;
import dev.communique.indexer.extract.QueryVocabularies;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server's limits: a slow query holds only its own thread, and a timed-out query is a 503. */
class WebServerLimitsTest {

  @TempDir Path dir;

  /**
   * The sample index, except that a search for "slow" waits until released and one for "timeout"
   * fails as a query past its time limit does.
   */
  private static CommuniqueBackend slowOn(
      CommuniqueBackend real, CountDownLatch entered, CountDownLatch release) {
    return (CommuniqueBackend)
        Proxy.newProxyInstance(
            CommuniqueBackend.class.getClassLoader(),
            new Class<?>[] {CommuniqueBackend.class},
            (proxy, method, args) -> {
              if (method.getName().equals("search") && args[0] instanceof SearchRequest r) {
                if (r.query().equals("slow")) {
                  entered.countDown();
                  release.await(30, TimeUnit.SECONDS);
                } else if (r.query().equals("timeout")) {
                  throw new QueryLimitException(
                      QueryLimitException.Limit.TIME,
                      "the query ran longer than 10 s and was stopped");
                }
              }
              try {
                return method.invoke(real, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }

  @Test
  void aSlowQueryDoesNotHoldUpTheOthers() throws Exception {
    Path index = CliRun.indexSample(dir);
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    HttpClient http = HttpClient.newHttpClient();
    try (CommuniqueBackend real = CommuniqueIndex.openReadOnly(index, QueryVocabularies.bundled());
        WebServer server =
            WebServer.start(
                Workspace.current(),
                slowOn(real, entered, release),
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                2)) {
      CompletableFuture<HttpResponse<String>> slow =
          http.sendAsync(
              HttpRequest.newBuilder(server.address().resolve("api/search?q=slow")).build(),
              HttpResponse.BodyHandlers.ofString());
      // The slow query holds its thread before the fast one is asked.
      assertThat(entered.await(30, TimeUnit.SECONDS)).isTrue();
      HttpResponse<String> fast =
          http.send(
              HttpRequest.newBuilder(server.address().resolve("api/search?q=interoperability"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(fast.statusCode()).isEqualTo(200);
      assertThat(new ObjectMapper().readTree(fast.body()).get("total").asInt()).isEqualTo(9);
      assertThat(slow).as("the slow query is still running").isNotDone();

      HttpResponse<String> timedOut =
          http.send(
              HttpRequest.newBuilder(server.address().resolve("api/search?q=timeout")).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(timedOut.statusCode()).isEqualTo(503);
      assertThat(timedOut.body())
          .isEqualTo(
              "{\"status\":503,\"error\":\"the query ran longer than 10 s and was stopped\"}");

      release.countDown();
      assertThat(slow.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
    }
  }

  @Test
  void theServerRefusesBadSettings() throws IOException {
    assertThat(CliRun.run("serve", "--port", "70000").err())
        .isEqualTo(
            "communique: --port must be between 0 and 65535, not 70000" + System.lineSeparator());
    try (java.net.ServerSocket taken =
        new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Path index = CliRun.indexSample(dir);
      CliRun.Run run =
          CliRun.run(
              "serve", "--index", index.toString(), "--port", String.valueOf(taken.getLocalPort()));
      assertThat(run.status()).isEqualTo(2);
      assertThat(run.err())
          .startsWith("communique: --port " + taken.getLocalPort() + ": cannot listen on 127.0.0.1")
          .doesNotContain("Exception");
    }
  }
}
