package dev.communique.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code communique serve} as a process: it prints its address, answers, warns when it listens
 * beyond this machine, and stops cleanly on a termination signal (as on Ctrl-C).
 */
class ServeCommandTest {

  @TempDir Path dir;

  @Test
  void servesUntilSignalledThenStopsCleanly() throws Exception {
    Path index = CliRun.indexSample(dir);
    Process serve =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                CommuniqueCli.class.getName(),
                "serve",
                "--index",
                index.toString(),
                "--port",
                "0",
                "--host",
                "0.0.0.0")
            .redirectError(dir.resolve("err.txt").toFile())
            .start();
    try {
      BufferedReader out =
          new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
      String first = out.readLine();
      Matcher address =
          Pattern.compile("communique: serving 48 communiqués at http://0\\.0\\.0\\.0:(\\d+)/")
              .matcher(first);
      assertThat(address.matches()).as(first).isTrue();
      assertThat(out.readLine()).isEqualTo("communique: press Ctrl-C to stop");
      HttpResponse<String> search =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create(
                              "http://127.0.0.1:"
                                  + address.group(1)
                                  + "/api/search?q=interoperability&limit=1"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(search.statusCode()).isEqualTo(200);
      assertThat(search.body()).contains("\"total\":9");
    } finally {
      serve.destroy();
      assertThat(serve.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    String err = java.nio.file.Files.readString(dir.resolve("err.txt"));
    assertThat(err)
        .startsWith(
            "communique: warning: listening on 0.0.0.0, not on this machine only: anyone who can"
                + " reach it can read the whole index")
        .endsWith("communique: stopped" + System.lineSeparator())
        .doesNotContain("Exception");
  }
}
