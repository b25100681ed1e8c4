package fr.vigie.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import fr.vigie.Api;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Client mistakes at the HTTP level (headers, addresses, methods, sizes, paging and sorting) get a
 * problem+json answer with a stable type, never a 500 or the container's empty or HTML page; and
 * the headers every answer carries.
 */
@ExtendWith(ArquillianExtension.class)
class HttpHardeningIT {

  @ArquillianResource URL base;

  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

  private static String basic(String user) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + Api.PASSWORD).getBytes(StandardCharsets.UTF_8));
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", basic(Api.ADMIN));
  }

  private static void assertProblem(HttpResponse<String> response, int status, String type) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        ct -> assertThat(ct).startsWith("application/problem+json"));
    assertThat(response.body()).contains("\"type\":\"urn:vigie:problem:" + type + "\"", "\"status\":" + status);
  }

  @Test
  void malformedAcceptLanguageNeverFailsARequestAndFallsBackToFrench() throws Exception {
    for (String header : new String[] {"fr_FR", "fr;q=2", "*;q=x", ";;,"}) {
      var list = send(request("api/ai-systems?size=1").header("Accept-Language", header));
      assertThat(list.statusCode()).as(header).isEqualTo(200);
      var refused = send(request("api/ai-systems?size=0").header("Accept-Language", header));
      assertProblem(refused, 400, "validation-error");
      assertThat(refused.body()).as(header).contains("doit être compris entre 1 et 200");
      var login = send(HttpRequest.newBuilder(URI.create(base + "api/session"))
          .header("Accept-Language", header).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"\",\"password\":\"x\"}")));
      assertThat(login.statusCode()).as(header).isIn(400, 401);
    }
  }

  @Test
  void pageAndSizeAreBoundedSoTheirProductNeverOverflows() {
    Api.as(base, Api.VIEWER).get("api/ai-systems?page=2147483647&size=100")
        .then().statusCode(400).contentType("application/problem+json")
        .body("violations.field", hasItem("page"));
    Api.as(base, Api.VIEWER).get("api/establishments?page=1000001")
        .then().statusCode(400).body("violations.field", hasItem("page"));
    Api.as(base, Api.VIEWER).get("api/ai-systems?page=1000000&size=200")
        .then().statusCode(200).body("items.size()", equalTo(0));
  }

  @Test
  void malformedSortsAreRefusedListingTheAllowedFieldsOnEveryList() {
    for (String sort : new String[] {",", "-", "name,,status", "name,-name", "password"}) {
      Api.as(base, Api.VIEWER).queryParam("sort", sort).get("api/ai-systems")
          .then().statusCode(400).contentType("application/problem+json")
          .body("violations[0].field", equalTo("sort"))
          .body("violations[0].message", containsString("nextReviewDate"));
      Api.as(base, Api.VIEWER).queryParam("sort", sort).get("api/establishments")
          .then().statusCode(400).body("violations[0].message", containsString("finess"));
    }
    long id = Api.as(base, Api.VIEWER).get("api/ai-systems?size=1").then().extract().jsonPath().getLong("items[0].id");
    Api.as(base, Api.VIEWER).queryParam("sort", "name").get("api/ai-systems/" + id + "/history")
        .then().statusCode(400).body("violations[0].message", containsString("occurredAt"));
    var newestFirst = Api.as(base, Api.VIEWER).get("api/ai-systems/" + id + "/history").then().statusCode(200)
        .extract().jsonPath().getList("items.id", Long.class);
    var oldestFirst = Api.as(base, Api.VIEWER).queryParam("sort", "occurredAt").get("api/ai-systems/" + id + "/history")
        .then().statusCode(200).extract().jsonPath().getList("items.id", Long.class);
    var reversed = new java.util.ArrayList<>(newestFirst);
    java.util.Collections.reverse(reversed);
    assertThat(oldestFirst).containsExactlyElementsOf(reversed);
  }

  /** A NUL (or another control character) in a text query parameter is a 400 on it, as in a JSON body. */
  @Test
  void controlCharactersInTextQueryParametersAreRefusedOnTheParameter() throws Exception {
    for (String query : new String[] {"api/use-cases?tag=%00", "api/use-cases?q=a%00b", "api/establishments?q=%00",
        "api/ai-systems?q=%1B", "api/use-cases?q=%E2%80%AE"}) {
      var response = send(request(query));
      assertProblem(response, 400, "validation-error");
      assertThat(response.body()).contains(query.substring(query.indexOf('?') + 1, query.indexOf('=')));
    }
  }

  @Test
  void likeWildcardsInTheEstablishmentSearchMatchLiterally() {
    for (String wildcard : new String[] {"%", "_"}) {
      var found = Api.as(base, Api.VIEWER).queryParam("q", wildcard).queryParam("size", 200).get("api/establishments")
          .then().statusCode(200).extract().jsonPath();
      assertThat(found.getList("items", Map.class)).as(wildcard).allSatisfy(e -> assertThat(
          e.get("name") + " " + e.get("shortName") + " " + e.get("finess")).contains(wildcard));
    }
    String finess = "54" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
    String name = "CH 100%_sûr " + UUID.randomUUID();
    Api.as(base, Api.QUALITY).body(Map.of("name", name, "shortName", "E" + finess, "finess", finess, "type", "CH"))
        .post("api/establishments").then().statusCode(201);
    Api.as(base, Api.VIEWER).queryParam("q", "100%_SÛR").get("api/establishments")
        .then().statusCode(200).body("items.name", hasItem(name));
  }

  @Test
  void unreadableContentTypeAndAcceptHeadersAreProblems() throws Exception {
    for (String contentType : new String[] {"foo", "/", "application/", "a/b;c"}) {
      var response = send(request("api/ai-systems").header("Content-Type", contentType)
          .POST(HttpRequest.BodyPublishers.ofString("{}")));
      assertThat(response.statusCode()).as(contentType).isIn(400, 415);
      assertThat(response.headers().firstValue("Content-Type").orElse("")).as(contentType)
          .startsWith("application/problem+json");
    }
    for (String accept : new String[] {"application/json;q=abc", "application/json;q=2", "text/html;;q"}) {
      assertProblem(send(request("api/ai-systems").header("Accept", accept)), 400, "malformed-request");
    }
    assertProblem(send(request("api/ai-systems").header("Accept", "text/csv")), 406, "not-acceptable");
  }

  @Test
  void badAddressesAndMethodsAreProblems() throws Exception {
    assertProblem(send(request("api/ai-systems?q=" + "a".repeat(20_000))), 414, "uri-too-long");
    for (String method : new String[] {"TRACE", "PATCH", "PROPFIND"}) {
      var response = send(request("api/ai-systems").method(method, HttpRequest.BodyPublishers.noBody()));
      assertProblem(response, 405, "method-not-allowed");
      assertThat(response.body()).doesNotContain("Authorization");
    }
    assertProblem(send(request("").method("TRACE", HttpRequest.BodyPublishers.noBody())), 405, "method-not-allowed");
    assertProblem(send(request("api/ai-systems/1").DELETE()), 428, "if-match-required");
    assertProblem(send(request("api/nothing")), 404, "not-found");
    assertProblem(send(request("no-such-file.png")), 404, "not-found");
    for (String id : new String[] {"abc", "-1", "0", "99999999999999999999"}) {
      var response = send(request("api/ai-systems/" + id));
      assertThat(response.statusCode()).as(id).isIn(400, 404);
      assertThat(response.headers().firstValue("Content-Type").orElse("")).as(id).startsWith("application/problem+json");
    }
  }

  @Test
  void bodiesAboveTwoMegabytesAreRefusedWith413WithOrWithoutALength() throws Exception {
    String big = "{\"name\":\"" + "a".repeat(2 * 1024 * 1024) + "\"}";
    var withLength = send(request("api/ai-systems").header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(big)));
    assertProblem(withLength, 413, "payload-too-large");
    var chunked = send(request("api/ai-systems").header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofInputStream(
            () -> new java.io.ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8)))));
    assertProblem(chunked, 413, "payload-too-large");
  }

  @Test
  void everyAnswerCarriesTheSecurityHeadersAndNamesNoProduct() throws Exception {
    for (String path : new String[] {"", "registre/1", "api/ai-systems?size=1", "api/nothing", "health"}) {
      var response = send(request(path));
      var headers = response.headers();
      assertThat(headers.firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
      assertThat(headers.firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
      assertThat(headers.firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(csp ->
          assertThat(csp).contains("script-src 'self'", "frame-ancestors 'none'").doesNotContain("unsafe-inline"));
      assertThat(headers.firstValue("Server")).as(path).isEmpty();
      assertThat(headers.firstValue("X-Powered-By")).as(path).isEmpty();
      if (path.startsWith("api/")) {
        assertThat(headers.firstValue("Cache-Control")).as(path).hasValue("no-store");
      }
    }
    var unauthenticated = send(HttpRequest.newBuilder(URI.create(base + "api/ai-systems")));
    assertThat(unauthenticated.headers().firstValue("Cache-Control")).hasValue("no-store");
  }

  @Test
  void noWadlIsPublished() throws Exception {
    assertProblem(send(HttpRequest.newBuilder(URI.create(base + "openapi/application.wadl"))), 404, "not-found");
    assertProblem(send(request("api/application.wadl")), 404, "not-found");
  }

  @Test
  void theSessionCookieIsSecureWhenTheProxySaysTheRequestCameOverHttps() throws Exception {
    String login = "{\"username\":\"lecteur\",\"password\":\"" + Api.PASSWORD + "\"}";
    var overHttps = send(HttpRequest.newBuilder(URI.create(base + "api/session"))
        .header("Content-Type", "application/json").header("X-Forwarded-Proto", "https")
        .POST(HttpRequest.BodyPublishers.ofString(login)));
    assertThat(overHttps.statusCode()).isEqualTo(200);
    assertThat(overHttps.headers().firstValue("Set-Cookie")).hasValueSatisfying(c ->
        assertThat(c).contains("VIGIE_SESSION=", "Secure", "HttpOnly").containsIgnoringCase("SameSite=Strict"));
    var plain = send(HttpRequest.newBuilder(URI.create(base + "api/session"))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(login)));
    assertThat(plain.headers().firstValue("Set-Cookie")).hasValueSatisfying(c ->
        assertThat(c).contains("HttpOnly").doesNotContain("Secure"));
  }

  @Test
  void healthSaysLiveAndReadyWithTheDatabaseCheck() {
    Api.anonymous(base).get("health/live").then().statusCode(200).body("status", equalTo("UP"));
    Api.anonymous(base).get("health/ready").then().statusCode(200).body("status", equalTo("UP"))
        .body("checks.find { it.name == 'database' }.status", equalTo("UP"));
  }

  @Test
  void metricsCountRequestsPerEndpointTemplate() throws Exception {
    long id = Api.as(base, Api.VIEWER).get("api/ai-systems?size=1").then().extract().jsonPath().getLong("items[0].id");
    Api.as(base, Api.VIEWER).get("api/ai-systems/" + id).then().statusCode(200);
    var metrics = send(HttpRequest.newBuilder(URI.create(base + "metrics?scope=application")).header("Accept", "text/plain"));
    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.body())
        .contains("vigie_http_requests_seconds_count{endpoint=\"/ai-systems/{id}\",method=\"GET\"")
        .doesNotContain("endpoint=\"/ai-systems/" + id + "\"");
  }

  @Test
  void failedBasicCredentialsAreThrottledPerClientAddressWhateverTheUserName() throws Exception {
    Api.as(base, Api.VIEWER).get("api/ping").then().statusCode(200); // verified now, then cached
    // eight clients at once guess passwords for ever new names, as a scripted attack would
    var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
    var answers = new java.util.concurrent.ConcurrentLinkedQueue<HttpResponse<String>>();
    var refused = new java.util.concurrent.atomic.AtomicBoolean();
    var sent = new java.util.concurrent.atomic.AtomicInteger();
    try {
      var clients = new java.util.ArrayList<java.util.concurrent.Future<?>>();
      for (int c = 0; c < 8; c++) {
        clients.add(pool.submit(() -> {
          while (!refused.get() && sent.incrementAndGet() <= 400) {
            var response = send(HttpRequest.newBuilder(URI.create(base + "api/ping"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    ("nobody-" + UUID.randomUUID() + ":wrong").getBytes(StandardCharsets.UTF_8))));
            answers.add(response);
            if (response.statusCode() == 429) {
              refused.set(true);
            }
          }
          return null;
        }));
      }
      for (var client : clients) {
        client.get();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(401, 429);
    var throttled = answers.stream().filter(r -> r.statusCode() == 429).findFirst();
    assertThat(throttled).as("a 429 within 400 guesses").isPresent();
    assertProblem(throttled.get(), 429, "too-many-attempts");
    assertThat(throttled.get().headers().firstValue("Retry-After"))
        .hasValueSatisfying(s -> assertThat(Long.parseLong(s)).isPositive());
    // (the burst size and the refill are unit-tested: SignInThrottleTest; earlier tests may have spent some)
    // credentials already verified keep working; then let the budget refill for the other tests
    // (the test server refills 0.5 check per second: 40 s for the burst of 20)
    Api.as(base, Api.VIEWER).get("api/ping").then().statusCode(200);
    Thread.sleep(40_000);
  }
}
