package fr.vigie.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import fr.vigie.Api;
import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bad requests generated from the committed OpenAPI document ({@code openapi/openapi.yaml}) for
 * every operation it lists, so a new endpoint is covered without editing this test: malformed and
 * truncated JSON, wrong types, missing required fields, 100,000-character strings, unknown enum
 * values and fields, bad ids, bad query values and headers, wrong methods, each as every demo role,
 * anonymously and (rarely, it costs a password check) with wrong credentials.
 *
 * <p>Asserted for every answer: no 5xx; no stack trace, class or package name; every non-2xx is
 * problem+json whose {@code status} is the HTTP status and whose {@code type} is a Vigie problem
 * type; no generated request is accepted by a write operation; and after each operation's batch,
 * the lists read back the same (totals, ids, versions), so no rejected request wrote anything.
 *
 * <p>Generation is seeded: the seed is printed and {@code -Dfuzz.seed=…} replays a run; {@code
 * -Dfuzz.requests=…} changes the total (default {@value #DEFAULT_REQUESTS}). No Java library
 * generates negative cases from an OpenAPI document (the known tools are Python or stand-alone
 * services), so the generator is this class: a few mutations per schema keyword.
 */
@ExtendWith(ArquillianExtension.class)
class ApiFuzzIT {

  static final int DEFAULT_REQUESTS = 10_400;
  /** Sign-in and wrong credentials cost a password hash each, and spend the sign-in throttle. */
  static final int MAX_PASSWORD_CHECKS = 10;
  static final List<String> USERS =
      List.of("admin", "qualite", "innovation", "ethique", "direction", "contributeur", "lecteur");
  static final Set<String> WRITE_METHODS = Set.of("POST", "PUT", "DELETE");
  /**
   * Methods sent with a body. GET, HEAD, OPTIONS and TRACE define no request content (RFC 9110,
   * 9.3): the connector does not read a body sent with them, so it would spill into the next request
   * on the connection; no real client sends one.
   */
  static final Set<String> BODY_METHODS = Set.of("POST", "PUT", "PATCH", "DELETE");
  static final List<String> ALL_METHODS = List.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", "TRACE");
  static final List<String> BAD_IDS =
      List.of("-1", "0", "99999999999999999999", "abc", "%2e%2e", "1.5", "1e3", "%20", "٣", "0x1F",
          "9223372036854775808", "null", "%F0%9F%92%A9");
  static final List<String> BAD_SCALARS =
      List.of("", " ", "-1", "abc", "99999999999999999999", "1.5", "true", "null", "%00", "%27%3B--",
          "%3Cscript%3E", "2026-13-45", "NaN", "x".repeat(300));
  /** Leaks in an answer body: Java stack frames, exception and package names, SQL. */
  static final Pattern LEAK =
      Pattern.compile("\\bat (?:java|jakarta|org|com|fr)\\.[\\w.$]+\\(|Exception\\b|\\b(?:java|jakarta|org\\.hibernate|org\\.glassfish|fr\\.vigie)\\.[a-z]\\w*\\.|\\bSELECT\\b.*\\bFROM\\b|SQLState",
          Pattern.CASE_INSENSITIVE);

  @ArquillianResource URL base;

  private final ObjectMapper json = new ObjectMapper();
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
  private final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
  private final AtomicInteger passwordChecks = new AtomicInteger();
  private final AtomicInteger throttled = new AtomicInteger();
  private JsonNode spec;

  record Operation(String method, String path, JsonNode definition) {
    String name() {
      return method + " " + path;
    }

    boolean isSignIn() {
      return method.equals("POST") && path.endsWith("/session");
    }
  }

  record Fuzzed(String method, String path, String body, Map<String, String> headers, String why) {}

  @Test
  void badRequestsToEveryOperationGetClearProblemsAndChangeNothing() throws Exception {
    long seed = Long.getLong("fuzz.seed", System.nanoTime());
    int budget = Integer.getInteger("fuzz.requests", DEFAULT_REQUESTS);
    System.out.println("ApiFuzzIT seed " + seed + " (replay with -Dfuzz.seed=" + seed + ")");
    Random random = new Random(seed);
    spec = new ObjectMapper(new YAMLFactory()).readTree(new File("openapi/openapi.yaml"));
    List<Operation> operations = operations();
    assertThat(operations).hasSizeGreaterThan(10);
    long existingSystem = firstId("api/ai-systems");
    long existingEstablishment = firstId("api/establishments");
    int signInShare = 20;
    int perOperation = (budget - signInShare) / (operations.size() - 1);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    int sent = 0;
    try {
      for (Operation operation : operations) {
        int count = operation.isSignIn() ? signInShare : perOperation;
        List<Fuzzed> batch = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
          batch.add(generate(operation, random, existingSystem, existingEstablishment));
        }
        String before = fingerprint();
        List<Future<?>> running = new ArrayList<>();
        for (Fuzzed request : batch) {
          String credentials = credentials(operation, random);
          running.add(pool.submit(() -> {
            check(request, send(request, credentials));
            return null;
          }));
        }
        for (Future<?> f : running) {
          f.get();
        }
        sent += batch.size();
        String after = fingerprint();
        if (!before.equals(after)) {
          failures.add(operation.name() + ": the lists changed although every request was refused");
        }
      }
    } finally {
      pool.shutdownNow();
    }
    System.out.println("ApiFuzzIT sent " + sent + " requests over " + operations.size() + " operations; "
        + passwordChecks.get() + " with wrong credentials, " + throttled.get() + " throttled (429)");
    if (throttled.get() > 0 || passwordChecks.get() > 0) {
      // let the sign-in budgets refill for the other tests of this deployment: wrong passwords spend them even
      // when none was throttled here
      Thread.sleep(11_000);
    }
    assertThat(sent).isGreaterThanOrEqualTo(Math.min(budget, DEFAULT_REQUESTS) - operations.size());
    assertThat(failures).as("seed " + seed).isEmpty();
  }

  // ---------------------------------------------------------------- operations and credentials

  private List<Operation> operations() {
    List<Operation> operations = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> paths = spec.path("paths").fields(); paths.hasNext(); ) {
      var path = paths.next();
      for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
        var op = ops.next();
        if (ALL_METHODS.contains(op.getKey().toUpperCase())) {
          operations.add(new Operation(op.getKey().toUpperCase(), path.getKey(), op.getValue()));
        }
      }
    }
    return operations;
  }

  /** A demo role, anonymous, or (within the password-check budget) wrong credentials. */
  private String credentials(Operation operation, Random random) {
    if (operation.isSignIn()) {
      return null;
    }
    int pick = random.nextInt(100);
    if (pick == 0 && passwordChecks.get() < MAX_PASSWORD_CHECKS && passwordChecks.incrementAndGet() <= MAX_PASSWORD_CHECKS) {
      return basic(USERS.get(random.nextInt(USERS.size())), "wrong-" + random.nextInt(1000));
    }
    if (pick < 10) {
      return null;
    }
    return basic(USERS.get(random.nextInt(USERS.size())), Api.PASSWORD);
  }

  private static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  // ---------------------------------------------------------------- generation

  private Fuzzed generate(Operation op, Random random, long system, long establishment) {
    Map<String, String> headers = new LinkedHashMap<>();
    JsonNode parameters = op.definition().path("parameters");
    String path = op.path();
    boolean badId = false;
    for (JsonNode p : parameters) {
      if (p.path("in").asText().equals("path")) {
        String name = p.path("name").asText();
        String id;
        if (random.nextInt(3) == 0) {
          id = BAD_IDS.get(random.nextInt(BAD_IDS.size()));
          badId = true;
        } else {
          id = Long.toString(op.path().startsWith("/api/establishments") ? establishment : system);
        }
        path = path.replace("{" + name + "}", id);
      }
    }
    String why;
    String method = op.method();
    String body = null;
    JsonNode schema = bodySchema(op);
    StringBuilder query = new StringBuilder();
    int choice = random.nextInt(10);
    if (choice == 0) {
      method = otherMethod(op, random);
      why = "method " + method;
    } else if (choice <= 2) {
      why = badHeader(op, headers, random);
    } else if (choice <= 5 && schema != null && BODY_METHODS.contains(method)) {
      body = badBody(schema, random);
      why = "body";
    } else {
      why = badQuery(parameters, query, random);
    }
    if (schema != null && body == null && BODY_METHODS.contains(method)) {
      body = json(sample(schema, random, 0));
      if (!op.isSignIn() && !badId && !headers.containsKey("If-Match") && op.method().equals("POST")) {
        // a valid body would be accepted: break it so that every generated request is a mistake
        body = badBody(schema, random);
        why += " + body";
      }
    }
    if (op.method().equals("PUT") || op.method().equals("DELETE")) {
      headers.putIfAbsent("If-Match", random.nextBoolean() ? "\"987654\"" : "*");
    }
    if (op.isSignIn() && body != null) {
      body = body.replaceAll("\"username\":\"[^\"]*\"", "\"username\":\"fuzz-nobody\"");
    }
    return new Fuzzed(method, path.substring(1) + query, body, headers, why);
  }

  private JsonNode bodySchema(Operation op) {
    JsonNode content = op.definition().path("requestBody").path("content");
    JsonNode media = content.path("application/json");
    return media.isMissingNode() ? null : resolve(media.path("schema"));
  }

  private String otherMethod(Operation op, Random random) {
    Set<String> declared = new java.util.HashSet<>();
    spec.path("paths").path(op.path()).fieldNames().forEachRemaining(m -> declared.add(m.toUpperCase()));
    List<String> others = ALL_METHODS.stream().filter(m -> !declared.contains(m)).toList();
    return others.isEmpty() ? "PATCH" : others.get(random.nextInt(others.size()));
  }

  private String badHeader(Operation op, Map<String, String> headers, Random random) {
    switch (random.nextInt(8)) {
      case 0 -> headers.put("Accept", List.of("application/json;q=abc", "application/json;q=2", "text/html", "*/;", "image/png").get(random.nextInt(5)));
      case 1 -> headers.put("Content-Type", List.of("foo", "/", "text/plain", "application/xml", "application/json; charset=klingon").get(random.nextInt(5)));
      case 2 -> headers.put("Accept-Language", List.of("fr_FR", "fr;q=2", "*;q=x", ";;;", "x".repeat(500)).get(random.nextInt(5)));
      case 3 -> headers.put("If-Match", List.of("", "abc", "W/\"1\"", "\"-1\"", "\"99999999999999999999\"", "\"1\", \"2\"").get(random.nextInt(6)));
      case 4 -> headers.put("X-Forwarded-Proto", "gopher");
      case 5 -> headers.put("Authorization", List.of("Basic", "Basic !!!", "Basic " + Base64.getEncoder().encodeToString("no-colon".getBytes(StandardCharsets.UTF_8)), "Bearer x", "Basic " + Base64.getEncoder().encodeToString((":" + "x").getBytes(StandardCharsets.UTF_8))).get(random.nextInt(5)));
      case 6 -> headers.put("Cookie", "VIGIE_SESSION=" + "f".repeat(random.nextInt(2) == 0 ? 28 : 400));
      default -> headers.put("Range", "bytes=0-1");
    }
    return "header " + headers.keySet();
  }

  private String badQuery(JsonNode parameters, StringBuilder query, Random random) {
    List<JsonNode> queryParams = new ArrayList<>();
    for (JsonNode p : parameters) {
      if (p.path("in").asText().equals("query")) {
        queryParams.add(p);
      }
    }
    String name;
    String value;
    if (queryParams.isEmpty() || random.nextInt(6) == 0) {
      name = List.of("sort", "page", "size", "unknown", "q").get(random.nextInt(5));
      value = BAD_SCALARS.get(random.nextInt(BAD_SCALARS.size()));
    } else {
      JsonNode p = queryParams.get(random.nextInt(queryParams.size()));
      name = p.path("name").asText();
      JsonNode schema = resolve(p.path("schema"));
      value = switch (random.nextInt(4)) {
        case 0 -> BAD_SCALARS.get(random.nextInt(BAD_SCALARS.size()));
        case 1 -> schema.has("enum") ? "NOT_" + schema.path("enum").path(0).asText() : "-" + "9".repeat(12);
        case 2 -> schema.path("type").asText().equals("integer") ? Long.toString(Long.MAX_VALUE) : "x".repeat(5_000);
        default -> List.of(",", "-", "name,,", "-nextReviewDate,-nextReviewDate", "%25", "_", "\\").get(random.nextInt(7));
      };
    }
    query.append('?').append(name).append('=').append(value.startsWith("%") ? value : URLEncoder.encode(value, StandardCharsets.UTF_8));
    if (random.nextBoolean()) {
      query.append('&').append(name).append("=1");
    }
    return "query " + name + "=" + (value.length() > 30 ? value.substring(0, 30) + "…" : value);
  }

  /** A body that breaks its schema in one way. */
  private String badBody(JsonNode schema, Random random) {
    JsonNode valid = sample(schema, random, 0);
    String text = json(valid);
    switch (random.nextInt(9)) {
      case 0:
        return text.substring(0, Math.max(1, random.nextInt(text.length())));
      case 1:
        return List.of("", "{", "[]", "null", "42", "\"text\"", "{\"a\":}", "{'name':'x'}", "\u0000", "{\"name\":\"\\ud800\"}").get(random.nextInt(10));
      case 2:
        return "[".repeat(5_000) + "]".repeat(5_000);
      default:
        break;
    }
    if (!(valid instanceof ObjectNode object) || object.isEmpty()) {
      return "{\"unknownField\":1}";
    }
    List<String> fields = new ArrayList<>();
    object.fieldNames().forEachRemaining(fields::add);
    String field = fields.get(random.nextInt(fields.size()));
    JsonNode property = resolve(schema.path("properties").path(field));
    JsonNodeFactory f = JsonNodeFactory.instance;
    switch (random.nextInt(6)) {
      case 0 -> {
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        object.remove(required.isEmpty() ? field : required.get(random.nextInt(required.size())));
        if (required.isEmpty()) {
          object.put("unknownField", true);
        }
      }
      case 1 -> object.set(field, wrongType(property, f, random));
      case 2 -> object.put(field, "é".repeat(100_000));
      case 3 -> object.put(field, property.has("enum") || property.has("$ref") ? "NOT_A_VALUE" : "\u202Ebidi\u0000nul");
      case 4 -> object.put("unknownField" + random.nextInt(10), "x");
      default -> object.set(field, f.numberNode(new java.math.BigDecimal("1e400")));
    }
    return json(object);
  }

  private JsonNode wrongType(JsonNode property, JsonNodeFactory f, Random random) {
    String type = property.path("type").asText("string");
    return switch (type) {
      case "string" -> random.nextBoolean() ? f.booleanNode(true) : f.numberNode(7.5);
      // 7.5 is a wrong type only for an integer: a number field gets a boolean instead (a generated request
      // must stay a mistake even when its path addresses an existing resource, e.g. a line's checks)
      case "integer" -> random.nextBoolean() ? f.textNode("12") : f.numberNode(7.5);
      case "number" -> random.nextBoolean() ? f.textNode("12") : f.booleanNode(true);
      case "boolean" -> f.textNode("yes");
      case "array" -> f.textNode("not-a-list");
      default -> f.arrayNode().add(1);
    };
  }

  /** A plausible value for a schema: required and optional properties, first enum values, minimal sizes. */
  private JsonNode sample(JsonNode schema, Random random, int depth) {
    schema = resolve(schema);
    JsonNodeFactory f = JsonNodeFactory.instance;
    if (schema.has("enum")) {
      return schema.path("enum").path(random.nextInt(schema.path("enum").size()));
    }
    String type = schema.path("type").asText(schema.has("properties") ? "object" : "string");
    switch (type) {
      case "object": {
        ObjectNode node = f.objectNode();
        if (depth < 3) {
          schema.path("properties").fields().forEachRemaining(e -> {
            if (!e.getValue().path("readOnly").asBoolean(false)) {
              node.set(e.getKey(), sample(e.getValue(), random, depth + 1));
            }
          });
        }
        return node;
      }
      case "array": {
        ArrayNode array = f.arrayNode();
        if (random.nextBoolean()) {
          array.add(sample(schema.path("items"), random, depth + 1));
        }
        return array;
      }
      case "integer":
        return f.numberNode(schema.has("minimum") ? schema.path("minimum").asLong() : 1);
      case "number":
        return f.numberNode(1.0);
      case "boolean":
        return f.booleanNode(random.nextBoolean());
      default:
        if ("date".equals(schema.path("format").asText())) {
          return f.textNode("2026-06-30");
        }
        int min = Math.max(1, schema.path("minLength").asInt(1));
        return f.textNode("Fuzz " + "z".repeat(Math.max(0, min - 5)));
    }
  }

  private JsonNode resolve(JsonNode schema) {
    int guard = 0;
    while (schema.has("$ref") && guard++ < 10) {
      String ref = schema.path("$ref").asText();
      schema = spec.at(ref.substring(1));
    }
    if (schema.has("allOf") && schema.path("allOf").size() == 1) {
      return resolve(schema.path("allOf").path(0));
    }
    return schema;
  }

  private String json(JsonNode node) {
    try {
      return json.writeValueAsString(node);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  // ---------------------------------------------------------------- sending and checking

  private HttpResponse<String> send(Fuzzed request, String credentials) throws Exception {
    HttpRequest.Builder builder;
    try {
      builder = HttpRequest.newBuilder(URI.create(base + request.path())).timeout(Duration.ofSeconds(30));
    } catch (IllegalArgumentException notAUri) {
      builder = HttpRequest.newBuilder(URI.create(base + request.path().replace("%", "%25")))
          .timeout(Duration.ofSeconds(30));
    }
    if (request.body() != null) {
      builder.header("Content-Type", "application/json");
    }
    if (credentials != null) {
      builder.header("Authorization", credentials);
    }
    for (var header : request.headers().entrySet()) {
      builder.setHeader(header.getKey(), header.getValue());
    }
    builder.method(request.method(), request.body() == null
        ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(request.body()));
    return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
  }

  private void check(Fuzzed request, HttpResponse<String> response) {
    String what = request.method() + " /" + abbreviate(request.path()) + " (" + request.why() + ") → "
        + response.statusCode();
    int status = response.statusCode();
    String body = response.body();
    if (status == 429) {
      throttled.incrementAndGet();
    }
    if (status >= 500) {
      failures.add(what + ": server error " + abbreviate(body));
      return;
    }
    if (LEAK.matcher(body).find()) {
      failures.add(what + ": the body leaks internals: " + abbreviate(body));
    }
    if (status >= 200 && status < 300) {
      if (WRITE_METHODS.contains(request.method()) && !request.path().startsWith("api/session")) {
        failures.add(what + ": a generated bad request was accepted by a write: "
            + abbreviate(String.valueOf(request.body())) + " → " + abbreviate(body));
      }
      return;
    }
    if (request.method().equals("HEAD")) {
      return; // no body by definition
    }
    String contentType = response.headers().firstValue("Content-Type").orElse("");
    if (!contentType.startsWith("application/problem+json")) {
      failures.add(what + ": not problem+json but '" + contentType + "' " + abbreviate(body));
      return;
    }
    try {
      JsonNode problem = json.readTree(body);
      if (problem.path("status").asInt() != status
          || !problem.path("type").asText().startsWith("urn:vigie:problem:")) {
        failures.add(what + ": problem with wrong status or type " + abbreviate(body));
      }
    } catch (Exception e) {
      failures.add(what + ": unreadable problem body " + abbreviate(body));
    }
  }

  private static String abbreviate(String text) {
    return text.length() > 160 ? text.substring(0, 160) + "…" : text;
  }

  // ---------------------------------------------------------------- state

  private long firstId(String list) throws Exception {
    var response = http.send(HttpRequest.newBuilder(URI.create(base + list + "?size=1"))
        .header("Authorization", basic(Api.ADMIN, Api.PASSWORD)).build(), HttpResponse.BodyHandlers.ofString());
    return json.readTree(response.body()).path("items").path(0).path("id").asLong();
  }

  /** The totals, ids and versions of every list of the API, as one digest. */
  private String fingerprint() throws Exception {
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    for (String list : List.of("api/ai-systems?size=200&sort=-updatedAt", "api/establishments?size=200")) {
      var response = http.send(HttpRequest.newBuilder(URI.create(base + list))
          .header("Authorization", basic(Api.ADMIN, Api.PASSWORD)).build(), HttpResponse.BodyHandlers.ofString());
      JsonNode page = json.readTree(response.body());
      digest.update(page.path("total").asText().getBytes(StandardCharsets.UTF_8));
      for (JsonNode item : page.path("items")) {
        digest.update((item.path("id").asText() + ":" + item.path("version").asText() + ";").getBytes(StandardCharsets.UTF_8));
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }
}
