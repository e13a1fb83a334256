package dev.communique.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON API of {@code communique serve}: the commands' own JSON, errors, limits, headers. */
class WebApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  private static ServedIndex served;

  @BeforeAll
  static void serve() throws IOException {
    served = ServedIndex.start(dir);
  }

  @AfterAll
  static void stop() throws IOException {
    served.close();
  }

  /** The CLI's output for these words over the served index. */
  private static JsonNode cli(String... words) throws IOException {
    List<String> args = new ArrayList<>(List.of(words));
    args.add("--index");
    args.add(served.index.toString());
    CliRun.Run run = CliRun.run(args.toArray(String[]::new));
    assertThat(run.status()).as(run.err()).isZero();
    return JSON.readTree(run.out());
  }

  private static JsonNode api(String path) throws IOException {
    HttpResponse<String> response = served.get(path);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(type(response)).isEqualTo("application/json;charset=utf-8");
    return JSON.readTree(response.body());
  }

  /** The Content-Type header without spaces (servers differ on "type; charset" spacing). */
  private static String type(HttpResponse<String> response) {
    return response.headers().firstValue("Content-Type").orElse("").replace(" ", "");
  }

  /** Sends a request as raw bytes (what an ordinary client would refuse to send) and reads all. */
  private static String raw(String requestLine, String host) throws IOException {
    try (java.net.Socket socket =
        new java.net.Socket(served.page().getHost(), served.page().getPort())) {
      socket
          .getOutputStream()
          .write(
              (requestLine + "\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String enc(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  @Test
  void searchAnswersTheJsonOfSearchJson() throws IOException {
    JsonNode api =
        api("api/search?q=interoperability&org=NATO&sort=date&limit=3&facets=year,speaker");
    JsonNode cli =
        cli(
            "search",
            "interoperability",
            "--org",
            "NATO",
            "--sort",
            "date",
            "--limit",
            "3",
            "--facets",
            "year,speaker",
            "--json");
    assertThat(api).isEqualTo(cli);
    assertThat(api.get("total").asInt()).isEqualTo(4);
    assertThat(api.get("hits").get(0).get("id").asText())
        .isEqualTo("releases/nato-foreign-ministers-2023-11-29");
    assertThat(api.get("hits").get(0).get("snippets").get(0).asText())
        .contains("<mark>interoperability</mark>");
  }

  @Test
  void everyEndpointMirrorsItsCommand() throws IOException {
    assertThat(api("api/facets?q=interoperability"))
        .isEqualTo(
            cli(
                "search",
                "interoperability",
                "--json",
                "--limit",
                "0",
                "--facets",
                "year,organization,speaker,topic,type"));
    assertThat(api("api/kwic?q=interoperability&sort=right&limit=4"))
        .isEqualTo(
            cli("kwic", "interoperability", "--sort", "right", "--limit", "4", "--format", "json"));
    assertThat(api("api/trend?q=interoperability&by=year&group=speaker&top=2"))
        .isEqualTo(
            cli(
                "trend",
                "interoperability",
                "--by",
                "year",
                "--group",
                "speaker",
                "--top",
                "2",
                "--format",
                "json"));
    assertThat(api("api/who?q=interoperability&limit=3"))
        .isEqualTo(cli("who", "interoperability", "--limit", "3", "--json"));
    assertThat(api("api/similar?id=" + enc("releases/nato-ai-principles-2021-10-22") + "&limit=3"))
        .isEqualTo(
            cli("similar", "releases/nato-ai-principles-2021-10-22", "--limit", "3", "--json"));
    assertThat(api("api/show/" + enc("releases/nato-ai-principles-2021-10-22") + "?turns=true"))
        .isEqualTo(cli("show", "releases/nato-ai-principles-2021-10-22", "--turns", "--json"));
    assertThat(api("api/values?field=organization&limit=3"))
        .isEqualTo(cli("values", "organization", "--limit", "3", "--format", "json"));
    JsonNode saidBy = api("api/search?q=interoperability&said-by=" + enc("Teodor Valdane"));
    assertThat(saidBy)
        .isEqualTo(cli("search", "interoperability", "--said-by", "Teodor Valdane", "--json"));
    assertThat(saidBy.get("hits").get(0).get("turns").get(0).get("speaker").asText())
        .isEqualTo("Teodor Valdane");
  }

  @Test
  void aQueryThatLooksLikeAnOptionStaysAQuery() throws IOException {
    JsonNode api = api("api/search?q=" + enc("NATO -interoperability") + "&limit=0");
    assertThat(api.get("query").asText()).isEqualTo("NATO -interoperability");
    assertThat(api).isEqualTo(cli("search", "NATO", "-interoperability", "--json", "--limit", "0"));
    assertThat(api.get("total").asInt()).isEqualTo(6);
    assertThat(api("api/search?q=NATO&limit=0").get("total").asInt()).isEqualTo(11);
  }

  @Test
  void exportsStreamCsvAndJsonLinesAsDownloads() {
    HttpResponse<String> csv = served.get("api/export?format=csv&q=interoperability");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(type(csv)).isEqualTo("text/csv;charset=utf-8");
    assertThat(csv.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"communique-export.csv\"");
    assertThat(csv.body().lines().count()).isEqualTo(10);
    assertThat(csv.body().lines().findFirst()).hasValue(String.join(",", HitFields.CSV_DEFAULT));
    HttpResponse<String> jsonl = served.get("api/export?format=jsonl&q=interoperability&org=NATO");
    assertThat(jsonl.body().lines().count()).isEqualTo(4);
    assertThat(type(jsonl)).isEqualTo("application/x-ndjson;charset=utf-8");
  }

  @Test
  void theTrendChartIsTheCommandsSvgWithOneGroupPerLine() {
    HttpResponse<String> svg = served.get("api/trend?q=interoperability&format=svg");
    assertThat(svg.statusCode()).isEqualTo(200);
    assertThat(type(svg)).isEqualTo("image/svg+xml;charset=utf-8");
    assertThat(svg.headers().firstValue("Content-Security-Policy")).hasValue(WebReplies.SVG_POLICY);
    assertThat(svg.body()).contains("class='trend-series'").contains("data-points='6'");
  }

  @Test
  void aBadQueryIsA400WithItsPosition() throws IOException {
    HttpResponse<String> response = served.get("api/search?q=" + enc("interoperability AND ("));
    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode error = JSON.readTree(response.body());
    assertThat(error.get("status").asInt()).isEqualTo(400);
    assertThat(error.get("position").asInt()).isEqualTo(22);
    assertThat(error.get("error").asText()).contains("position 22").contains("'('");
  }

  @Test
  void badParametersAre400sNamingThem() throws IOException {
    JsonNode unknown = JSON.readTree(served.get("api/search?q=x&index=" + enc("/etc")).body());
    assertThat(unknown.get("status").asInt()).isEqualTo(400);
    assertThat(unknown.get("error").asText())
        .startsWith("unknown parameter 'index' for /api/search");
    assertThat(JSON.readTree(served.get("api/search?q=x&limit=ten").body()).get("error").asText())
        .contains("--limit")
        .contains("ten");
    assertThat(
            JSON.readTree(served.get("api/search?q=x&from=2023-13").body()).get("error").asText())
        .startsWith("--from: ");
    assertThat(served.get("api/trend?q=x&format=png").statusCode()).isEqualTo(400);
    assertThat(served.get("api/export?q=x").statusCode()).isEqualTo(400);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> QueryString.parameters("q=%zz"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("malformed escape in the query string: %zz");
  }

  @Test
  void unknownIdsAndPathsAre404s() throws IOException {
    HttpResponse<String> show = served.get("api/show/" + enc("releases/no-such-release"));
    assertThat(show.statusCode()).isEqualTo(404);
    assertThat(JSON.readTree(show.body()).get("error").asText())
        .isEqualTo("no communiqué with id 'releases/no-such-release'");
    assertThat(served.get("api/similar?id=nope").statusCode()).isEqualTo(404);
    assertThat(served.get("api/nothing").statusCode()).isEqualTo(404);
    HttpResponse<String> traversal = served.get("app.js/../../etc/passwd");
    assertThat(traversal.statusCode()).isIn(400, 404);
    assertThat(traversal.body()).doesNotContain("root:");
    assertThat(served.get("pom.xml").statusCode()).isEqualTo(404);
  }

  @Test
  void onlyGetWithoutABodyAndShortQueryStringsAreAccepted() {
    HttpResponse<String> post =
        served.send(
            HttpRequest.newBuilder(served.page().resolve("api/search?q=x"))
                .POST(HttpRequest.BodyPublishers.ofString("q=x"))
                .build());
    assertThat(post.statusCode()).isEqualTo(405);
    assertThat(post.headers().firstValue("Allow")).hasValue("GET, HEAD");
    HttpResponse<String> body =
        served.send(
            HttpRequest.newBuilder(served.page().resolve("api/search?q=x"))
                .method("GET", HttpRequest.BodyPublishers.ofString("x".repeat(100)))
                .build());
    assertThat(body.statusCode()).isEqualTo(413);
    assertThat(served.get("api/search?q=" + "a".repeat(WebHandler.MAX_QUERY_STRING)).statusCode())
        .isEqualTo(414);
  }

  @Test
  void thePageIsServedFromTheJarUnderAStrictPolicy() {
    HttpResponse<String> page = served.get("");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<script src=\"/app.js\" defer></script>");
    assertThat(page.body()).doesNotContain("<script>").doesNotContain("onclick=");
    String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
    assertThat(policy).contains("script-src 'self'").doesNotContain("unsafe-inline");
    assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(type(served.get("app.js"))).isEqualTo("text/javascript;charset=utf-8");
  }

  @Test
  void theHostileReleaseComesBackEscapedInSnippets() throws IOException {
    JsonNode hit = api("api/search?q=quokka&markup=html").get("hits").get(0);
    assertThat(hit.get("id").asText()).isEqualTo(ServedIndex.HOSTILE_ID);
    String snippets = hit.get("snippets").toString();
    assertThat(snippets)
        .doesNotContain("<script")
        .doesNotContain("<img")
        .contains("&lt;script&gt;");
  }

  @Test
  void noParameterIsEverReadAsAFileOrAsAnotherOption() throws Exception {
    Path secret = dir.resolve("secret.txt");
    java.nio.file.Files.writeString(secret, "year --svg " + dir.resolve("written.svg"));
    JsonNode sort = JSON.readTree(served.get("api/search?q=x&sort=" + enc("@" + secret)).body());
    assertThat(sort.get("status").asInt()).isEqualTo(400);
    assertThat(sort.get("error").asText())
        .isEqualTo("--sort must be relevance, date or date-asc, not '@" + secret + "'");
    // The query is the word itself, not the file's text (here a bad query, for its slashes).
    HttpResponse<String> query = served.get("api/search?q=" + enc("@" + secret) + "&limit=0");
    assertThat(query.statusCode()).isEqualTo(400);
    assertThat(query.body()).doesNotContain("svg");
    assertThat(api("api/search?q=" + enc("@nato") + "&limit=0").get("query").asText())
        .isEqualTo("@nato");
    assertThat(served.get("api/trend?q=x&by=" + enc("@" + secret)).statusCode()).isEqualTo(400);
    JsonNode by = JSON.readTree(served.get("api/trend?q=x&by=" + enc("year --svg x.svg")).body());
    assertThat(by.get("error").asText()).startsWith("--by: unknown period 'year --svg");
    assertThat(served.get("api/search?q=x&sort=--explain").statusCode()).isEqualTo(400);
    assertThat(dir.resolve("written.svg")).doesNotExist();
  }

  @Test
  void aRequestForAnotherHostNameGetsNothing() throws Exception {
    String answer =
        raw(
            "GET /api/search?q=interoperability HTTP/1.1",
            "rebound.example:" + served.page().getPort());
    assertThat(answer).startsWith("HTTP/1.1 421 ").doesNotContain("interoperability");
    assertThat(WebHandler.hostName("LocalHost:8080")).isEqualTo("localhost");
    assertThat(WebHandler.hostName("[::1]:8080")).isEqualTo("[::1]");
    assertThat(WebHandler.hostsFor(java.net.InetAddress.getByName("0.0.0.0"))).isEmpty();
  }

  @Test
  void aPathThatClimbsOutOfThePageIsRefused() throws Exception {
    assertThat(raw("GET /../../../../etc/passwd HTTP/1.1", "127.0.0.1"))
        .matches("(?s)HTTP/1\\.1 4\\d\\d .*")
        .doesNotContain("root:");
  }

  @Test
  void aLargeExportStreamsWhole() throws IOException {
    HttpResponse<String> jsonl = served.get("api/export?format=jsonl&fields=id,body");
    assertThat(jsonl.statusCode()).isEqualTo(200);
    assertThat(jsonl.body().length()).isGreaterThan(ApiAnswer.STREAM_AFTER);
    assertThat(jsonl.headers().firstValue("Content-Length")).isEmpty();
    List<String> lines = jsonl.body().lines().toList();
    assertThat(lines).hasSize(45);
    for (String line : lines) {
      assertThat(JSON.readTree(line).get("body").asText()).isNotEmpty();
    }
  }

  @Test
  void unknownIdsSayWhichIdIsClosest() throws IOException {
    String near = "releases/nato-ai-principles-2021-10-2";
    for (String path : List.of("api/show/" + enc(near), "api/similar?id=" + enc(near))) {
      HttpResponse<String> response = served.get(path);
      assertThat(response.statusCode()).as(path).isEqualTo(404);
      assertThat(JSON.readTree(response.body()).get("error").asText())
          .as(path)
          .isEqualTo(
              "no communiqué with id '"
                  + near
                  + "'; did you mean releases/nato-ai-principles-2021-10-22?");
    }
    assertThat(QueryString.pathSegment("a+b%2Fc")).isEqualTo("a+b/c");
  }
}
