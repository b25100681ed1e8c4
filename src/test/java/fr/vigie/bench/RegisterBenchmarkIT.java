package fr.vigie.bench;

import fr.vigie.Api;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Register list benchmark (docs/benchmarks.md). Run with {@code mvn -Pbench-api verify} (H2), or on
 * PostgreSQL with {@code bash bench/register-pg.sh}: creates the {@link BenchmarkData} set (10,000
 * AI systems over six establishments) through the API, then drives 32 concurrent clients against
 * the filtered register list and against the trivial {@code /api/ping} of the same server (same
 * authentication), sampling the server's resident memory. On PostgreSQL, pgbench runs at the same
 * concurrency the SQL a list request runs (the register revision read) and the SQL of a plain-SQL
 * list page, in rounds interleaved with the HTTP ones. Reports throughput and p50/p99 latency
 * (medians of the rounds). Not part of the normal test run; it asserts no timing.
 */
@ExtendWith(ArquillianExtension.class)
class RegisterBenchmarkIT {

  static final int SYSTEMS = Integer.getInteger("bench.systems", 10_000);
  static final int CLIENTS = Integer.getInteger("bench.clients", 32);
  static final Duration WARM_UP = Duration.ofSeconds(Integer.getInteger("bench.warmupSeconds", 30));
  static final Duration MEASURE = Duration.ofSeconds(Integer.getInteger("bench.measureSeconds", 20));
  static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
  /** Concurrent clients posting checks (issue 12: a check answers in <= 50 ms p99 at 8 clients). */
  static final int CHECK_CLIENTS = Integer.getInteger("bench.checkClients", 8);
  /** {@code -Dbench.only=checks}: the check rounds (and ping, their yardstick) without the list's, for a shorter run. */
  static final boolean CHECKS_ONLY = "checks".equals(System.getProperty("bench.only"));
  static final int CHECK_BINS = 1_000;
  static final int SERIES_PERIODS = 120;

  static final String[] LIST_QUERIES = {
    "api/ai-systems?status=PRODUCTION&size=20&sort=name",
    "api/ai-systems?category=GENERATIVE_AI&medicalDevice=false&size=20&sort=-updatedAt",
    "api/ai-systems?q=robot&size=20",
    "api/ai-systems?reviewOverdue=true&size=20&sort=nextReviewDate",
    "api/ai-systems?aiActRoute=HIGH_RISK_ANNEX_I&status=PILOT&size=50",
  };

  static final String PING = "GET /api/ping";
  static final String LIST = "GET /api/ai-systems (filters)";
  static final String REVISION_SQL = "pgbench: the list's SQL (register revision)";
  static final String PLAIN_SQL = "pgbench: plain-SQL list page";
  static final String CHECK_BINS_POST = "POST a check, 1,000-bin histogram (PSI)";
  static final String CHECK_SERIES_POST = "POST a check, 120-period series (EWMA)";
  static final String CHECK_SQL = "pgbench: a breaching check's writes (1,000-bin row, audits, alert, due date)";

  /** The plain-SQL list page pgbench runs: the first list query's filter, order and page size. */
  static final String PLAIN_SQL_STATUS = "PRODUCTION";
  static final int PLAIN_SQL_PAGE_SIZE = 20;

  static final String DB_URL = System.getenv("DB_URL");
  static final boolean ON_POSTGRESQL = DB_URL != null && DB_URL.startsWith("jdbc:postgresql:");

  @ArquillianResource URL base;

  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
  private final String auth =
      "Basic " + Base64.getEncoder().encodeToString(("qualite:" + Api.PASSWORD).getBytes(StandardCharsets.UTF_8));

  @Test
  void registerListAgainstTrivialEndpoint() throws Exception {
    double speedBefore = machineSpeed();
    long start = System.nanoTime();
    BenchmarkData.create(new BenchmarkData.Api() {
      @Override
      public long create(String path, String json) throws Exception {
        return RegisterBenchmarkIT.this.create(path, json);
      }

      @Override
      public void post(String path, String json) throws Exception {
        RegisterBenchmarkIT.this.post(path, json);
      }
    }, SYSTEMS);
    System.out.printf(Locale.ROOT, "Generated %d AI systems with their monitoring lines and %d months of checks in %.1f s%n",
        SYSTEMS, BenchmarkData.MONTHS, (System.nanoTime() - start) / 1e9);

    ServerMemory server = ServerMemory.ofArquillianServer();
    Load ping = Load.get(CLIENTS, i -> "api/ping");
    Load list = Load.get(CLIENTS, i -> LIST_QUERIES[i % LIST_QUERIES.length]);
    CheckLoads checks = new CheckLoads(systemIds(2 * CHECK_CLIENTS));
    Load binsCheck = new Load(CHECK_CLIENTS, 201, checks::histogram);
    Load seriesCheck = new Load(CHECK_CLIENTS, 201, checks::series);
    for (Load load : CHECKS_ONLY ? List.of(ping, binsCheck, seriesCheck) : List.of(ping, list, binsCheck, seriesCheck)) {
      server.sampleDuring(() -> drive(load, WARM_UP));
    }
    Map<String, Measurement> measurements = new LinkedHashMap<>();
    measurements.put(PING, round -> summarise(PING, round, server.sampleDuring(() -> drive(ping, MEASURE)), MEASURE));
    if (!CHECKS_ONLY) {
      measurements.put(LIST, round -> summarise(LIST, round, server.sampleDuring(() -> drive(list, MEASURE)), MEASURE));
    }
    measurements.put(CHECK_BINS_POST, round -> summarise(CHECK_BINS_POST, round, server.sampleDuring(() -> drive(binsCheck, MEASURE)), MEASURE));
    measurements.put(CHECK_SERIES_POST, round -> summarise(CHECK_SERIES_POST, round, server.sampleDuring(() -> drive(seriesCheck, MEASURE)), MEASURE));
    DatabaseBaseline database = ON_POSTGRESQL ? new DatabaseBaseline() : null;
    if (database != null && !CHECKS_ONLY) {
      measurements.put(REVISION_SQL, round -> database.run(REVISION_SQL, round, "register-revision.sql", Map.of()));
      measurements.put(PLAIN_SQL, round -> database.run(PLAIN_SQL, round, "register-list-plain-sql.sql", database.plainSqlVariables));
    }
    if (database != null) {
      Path checkScript = database.checkWritesScript(checks.histogramLines);
      measurements.put(CHECK_SQL, round -> database.run(CHECK_SQL, round, checkScript, CHECK_CLIENTS));
    }
    // Interleaved rounds: this shared 2-core machine drifts by tens of percent from one minute to the
    // next, so one round of each would compare two different machines. The medians are the figures.
    List<Result> rounds = new ArrayList<>();
    for (int round = 1; round <= ROUNDS; round++) {
      for (Measurement measurement : measurements.values()) {
        rounds.add(measurement.round(round));
      }
    }
    double speedAfter = machineSpeed();
    Map<String, Result> medians = new LinkedHashMap<>();
    for (String name : measurements.keySet()) {
      medians.put(name, Result.median(rounds.stream().filter(r -> r.name().equals(name)).toList()));
    }

    List<String> lines = new ArrayList<>(List.of(
        "| Endpoint or SQL | Round | Requests/s | p50 (ms) | p99 (ms) | Errors |",
        "|---|---|---|---|---|---|"));
    rounds.forEach(r -> lines.add(r.row()));
    medians.values().forEach(r -> lines.add(r.row()));
    lines.add("");
    lines.add(String.format(Locale.ROOT, "Setup: %s; %d AI systems over %d establishments (BenchmarkData, plus the demo data); %d clients; %d rounds of %d s after %d s warm-up per HTTP endpoint%s.",
        database == null ? "embedded H2 in memory" : database.description, SYSTEMS, BenchmarkData.establishmentCount(), CLIENTS,
        ROUNDS, MEASURE.toSeconds(), WARM_UP.toSeconds(), database == null ? "" : "; pgbench -n -c " + CLIENTS + " -j 2 -M prepared, its transactions/s in the Requests/s column"));
    if (!CHECKS_ONLY) {
      listFigures(lines, medians, database);
    }
    lines.add(String.format(Locale.ROOT, "Medians: check p99 = %.2f ms with %d bins, %.2f ms with a %d-period series, at %d clients (target <= 50 ms)%s.",
        medians.get(CHECK_BINS_POST).p99(), CHECK_BINS, medians.get(CHECK_SERIES_POST).p99(), SERIES_PERIODS, CHECK_CLIENTS,
        database == null ? "" : String.format(Locale.ROOT, "; pgbench writing the same rows at %d clients: p99 %.2f ms, %.0f /s",
            CHECK_CLIENTS, medians.get(CHECK_SQL).p99(), medians.get(CHECK_SQL).throughput())));
    lines.add(String.format(Locale.ROOT, "Server RSS under HTTP load: max %.0f MB (target <= 600 MB; VmRSS of the Payara Micro process %d, %s, sampled every 250 ms during the HTTP warm-ups and rounds; 1 MB = 10^6 bytes).",
        server.maxBytes() / 1e6, server.pid(), server.heapOption()));
    lines.add(String.format(Locale.ROOT, "Machine speed (SHA-256 on one thread, to compare runs made at different times): %.0f MB/s before, %.0f MB/s after.",
        speedBefore, speedAfter));
    String report = String.join("\n", lines);
    System.out.println(report);
    Path out = Path.of("target/benchmarks/register-list.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report + "\n");
  }

  private static void listFigures(List<String> lines, Map<String, Result> medians, DatabaseBaseline database) {
    double listThroughput = medians.get(LIST).throughput();
    lines.add(String.format(Locale.ROOT, "Medians: list throughput = %.1f %% of the trivial endpoint (target >= 50 %%); list p99 = %.2f ms (target <= 25 ms).",
        100 * listThroughput / medians.get(PING).throughput(), medians.get(LIST).p99()));
    if (database == null) {
      lines.add("List throughput as a share of pgbench: not measured (PostgreSQL only: bash bench/register-pg.sh).");
    } else {
      lines.add(String.format(Locale.ROOT, "Medians: list throughput = %.1f %% of pgbench running the list's own SQL, the register revision read (the database's own limit; target >= 50 %%); %.1f %% of pgbench running a plain-SQL list page (page by name, its establishments, count).",
          100 * listThroughput / medians.get(REVISION_SQL).throughput(), 100 * listThroughput / medians.get(PLAIN_SQL).throughput()));
    }
  }

  /** One measured round of one endpoint or SQL script. */
  private interface Measurement {
    Result round(int round) throws Exception;
  }

  /**
   * PostgreSQL's own limit at the same concurrency: pgbench running the SQL scripts of
   * src/test/resources/bench against the benchmark's database.
   */
  private static final class DatabaseBaseline {
    final String description;
    final Map<String, String> plainSqlVariables;
    private final Pgbench pgbench = Pgbench.on(DB_URL, environment("DB_USER"), environment("DB_PASSWORD"));

    DatabaseBaseline() throws SQLException {
      try (Connection connection = DriverManager.getConnection(DB_URL, environment("DB_USER"), environment("DB_PASSWORD"))) {
        description = "PostgreSQL " + connection.getMetaData().getDatabaseProductVersion();
        plainSqlVariables = Map.of("status", PLAIN_SQL_STATUS, "first_result", "0",
            "max_results", Integer.toString(PLAIN_SQL_PAGE_SIZE), "page_ids", firstPageIds(connection));
      }
    }

    Result run(String name, int round, String script, Map<String, String> variables) throws Exception {
      Path file = Path.of(RegisterBenchmarkIT.class.getResource("/bench/" + script).toURI());
      Pgbench.Run run = pgbench.run(file, variables, CLIENTS, MEASURE);
      return Result.of(name, round, run.throughput(), run.latencies(), run.failed());
    }

    Result run(String name, int round, Path script, int clients) throws Exception {
      Pgbench.Run run = pgbench.run(script, Map.of(), clients, MEASURE);
      return Result.of(name, round, run.throughput(), run.latencies(), run.failed());
    }

    /**
     * The database's part of a 1,000-bin check, as one transaction: lock the line, look for the period, insert the
     * check row with the input and result of a check the server stored during the warm-up (same sizes; copied into
     * the table {@code bench_check_payload} of the throwaway database, as pgbench would read a JSON literal's colons
     * as variables), and its audit entry with its changes. Periods are drawn far in the future.
     */
    Path checkWritesScript(List<Long> lines) throws Exception {
      try (Connection connection = DriverManager.getConnection(DB_URL, environment("DB_USER"), environment("DB_PASSWORD"));
          PreparedStatement statement = connection.prepareStatement(
              "CREATE TABLE bench_check_payload AS SELECT input_json, result_json FROM monitoring_check"
                  + " WHERE line_id = ? FETCH FIRST 1 ROWS ONLY")) {
        statement.setLong(1, lines.get(0));
        statement.executeUpdate();
      }
      String template = new String(RegisterBenchmarkIT.class.getResourceAsStream("/bench/monitoring-check-writes.sql")
          .readAllBytes(), StandardCharsets.UTF_8);
      String lineIds = lines.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","));
      Path file = Files.createTempFile("monitoring-check-writes", ".sql");
      file.toFile().deleteOnExit();
      Files.writeString(file, template.replace("{{lines}}", lineIds).replace("{{lineCount}}", Integer.toString(lines.size())));
      return file;
    }

    /**
     * The ids of the plain-SQL page, as {@code {id,...}}: Hibernate binds them to the batch fetch
     * of the establishments after reading the page (same filter and order as the page query).
     */
    private static String firstPageIds(Connection connection) throws SQLException {
      List<String> ids = new ArrayList<>();
      try (PreparedStatement statement = connection.prepareStatement(
          "SELECT id FROM ai_system WHERE status = ? ORDER BY name, id FETCH FIRST ? ROWS ONLY")) {
        statement.setString(1, PLAIN_SQL_STATUS);
        statement.setInt(2, PLAIN_SQL_PAGE_SIZE);
        try (ResultSet result = statement.executeQuery()) {
          while (result.next()) {
            ids.add(Long.toString(result.getLong(1)));
          }
        }
      }
      return "{" + String.join(",", ids) + "}";
    }

    private static String environment(String name) {
      String value = System.getenv(name);
      if (value == null) {
        throw new IllegalStateException(name + " is not set (bench/register-pg.sh sets it)");
      }
      return value;
    }
  }

  /**
   * A fixed piece of CPU work, so that figures taken on different days can be compared: this
   * machine's speed varies by a factor of up to three between sessions with the same code.
   */
  private static double machineSpeed() throws Exception {
    byte[] block = new byte[1 << 20];
    new Random(1).nextBytes(block);
    var sha = MessageDigest.getInstance("SHA-256");
    double best = 0;
    for (int pass = 0; pass < 3; pass++) {
      long t0 = System.nanoTime();
      for (int i = 0; i < 256; i++) {
        sha.update(block);
      }
      sha.digest();
      best = Math.max(best, 256 / ((System.nanoTime() - t0) / 1e9));
    }
    return best;
  }

  /** POSTs a body, returns the id of the created resource (from its Location). */
  private long create(String path, String json) throws Exception {
    var response = send(HttpRequest.newBuilder(uri(path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)));
    if (response.statusCode() != 201) {
      throw new IllegalStateException("POST " + path + ": " + response.statusCode() + " " + response.body());
    }
    String location = response.headers().firstValue("Location").orElseThrow();
    return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
  }

  /** POSTs a body that must answer 200 (a bulk posting). */
  private void post(String path, String json) throws Exception {
    var response = send(HttpRequest.newBuilder(uri(path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)));
    if (response.statusCode() != 200) {
      throw new IllegalStateException("POST " + path + ": " + response.statusCode() + " " + response.body());
    }
  }

  /** The ids of the first {@code count} AI systems by name. */
  private List<Long> systemIds(int count) throws Exception {
    var response = send(HttpRequest.newBuilder(uri("api/ai-systems?sort=name&size=" + count)).GET());
    List<Long> ids = new ArrayList<>();
    var matcher = java.util.regex.Pattern.compile("\\{\"id\":(\\d+)").matcher(response.body());
    while (matcher.find()) {
      ids.add(Long.parseLong(matcher.group(1)));
    }
    if (ids.size() < count) {
      throw new IllegalStateException("expected " + count + " AI systems: " + response.body());
    }
    return ids;
  }

  interface Address {
    String of(int i);
  }

  /** The i-th request of a load, its path resolved against the server by {@code uri}. */
  interface Request {
    HttpRequest.Builder of(int i, java.util.function.Function<String, URI> uri);
  }

  /** What a round drives: how many clients, the status each answer must have, the requests. */
  record Load(int clients, int expectedStatus, Request request) {
    static Load get(int clients, Address address) {
      return new Load(clients, 200, (i, uri) -> HttpRequest.newBuilder(uri.apply(address.of(i))).GET());
    }
  }

  /**
   * The check postings: client c posts to its own lines (as the scripts of different teams would), each request a
   * new period (a day from 2040 on), so every request computes and stores a check.
   */
  private final class CheckLoads {
    final List<Long> histogramLines = new ArrayList<>();
    final List<Long> seriesLines = new ArrayList<>();
    private final java.util.concurrent.atomic.AtomicInteger period = new java.util.concurrent.atomic.AtomicInteger();
    private final String histogramData;
    private final String seriesData;

    CheckLoads(List<Long> systems) throws Exception {
      for (int c = 0; c < CHECK_CLIENTS; c++) {
        histogramLines.add(create("api/monitoring-lines", String.format(Locale.ROOT,
            "{\"aiSystemId\":%d,\"name\":\"Banc d'essai : score sur %d classes\",\"watchedKind\":\"OUTPUT_DISTRIBUTION\","
                + "\"method\":\"PSI\",\"cadence\":\"WEEKLY\",\"owner\":\"Banc d'essai\",\"breachActionKind\":\"INFORM\","
                + "\"breachAction\":\"Aucune\"}", systems.get(c), CHECK_BINS)));
        seriesLines.add(create("api/monitoring-lines", String.format(Locale.ROOT,
            "{\"aiSystemId\":%d,\"name\":\"Banc d'essai : AUROC sur %d périodes\",\"watchedKind\":\"AUROC\","
                + "\"method\":\"EWMA\",\"cadence\":\"WEEKLY\",\"owner\":\"Banc d'essai\",\"breachActionKind\":\"INFORM\","
                + "\"breachAction\":\"Aucune\"}", systems.get(CHECK_CLIENTS + c), SERIES_PERIODS)));
      }
      StringBuilder edges = new StringBuilder();
      StringBuilder reference = new StringBuilder();
      StringBuilder current = new StringBuilder();
      for (int b = 0; b <= CHECK_BINS; b++) {
        edges.append(b == 0 ? "" : ",").append(b);
        if (b < CHECK_BINS) {
          reference.append(b == 0 ? "" : ",").append(50 + (b * 37) % 101);
          current.append(b == 0 ? "" : ",").append(50 + (b * 53) % 113);
        }
      }
      histogramData = "\"reference\":{\"binEdges\":[" + edges + "],\"counts\":[" + reference + "]},"
          + "\"current\":{\"binEdges\":[" + edges + "],\"counts\":[" + current + "]}";
      StringBuilder values = new StringBuilder();
      for (int p = 0; p < SERIES_PERIODS; p++) {
        values.append(p == 0 ? "" : ",").append(String.format(Locale.ROOT, "%.3f", 0.82 + 0.02 * Math.sin(p / 5.0) - (p > 100 ? 0.002 * (p - 100) : 0)));
      }
      seriesData = "\"reference\":{\"values\":[0.82,0.83,0.81,0.84,0.82,0.80,0.83,0.82,0.81,0.83,0.82,0.84]},"
          + "\"current\":{\"values\":[" + values + "]}";
    }

    HttpRequest.Builder histogram(int i, java.util.function.Function<String, URI> uri) {
      return post(uri, histogramLines.get(i % CHECK_CLIENTS), histogramData);
    }

    HttpRequest.Builder series(int i, java.util.function.Function<String, URI> uri) {
      return post(uri, seriesLines.get(i % CHECK_CLIENTS), seriesData);
    }

    private HttpRequest.Builder post(java.util.function.Function<String, URI> uri, long line, String data) {
      java.time.LocalDate day = java.time.LocalDate.of(2040, 1, 1).plusDays(period.getAndIncrement());
      String body = "{\"periodStart\":\"" + day + "\",\"periodEnd\":\"" + day + "\"," + data + "}";
      return HttpRequest.newBuilder(uri.apply("api/monitoring-lines/" + line + "/checks"))
          .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
    }
  }

  /** One measured round, or (round 0) the median of each figure over the rounds. */
  record Result(String name, int round, double throughput, double p50, double p99, int errors) {
    String row() {
      return String.format(Locale.ROOT, "| %s | %s | %.0f | %.2f | %.2f | %d |",
          name, round == 0 ? "**median**" : Integer.toString(round), throughput, p50, p99, errors);
    }

    /** A round's figures from its latencies (ns, sorted). */
    static Result of(String name, int round, double throughput, long[] latencies, int errors) {
      return new Result(name, round, throughput, percentile(latencies, 50), percentile(latencies, 99), errors);
    }

    static Result median(List<Result> rounds) {
      return new Result(rounds.get(0).name(), 0,
          median(rounds, Result::throughput), median(rounds, Result::p50), median(rounds, Result::p99),
          rounds.stream().mapToInt(Result::errors).sum());
    }

    private static double median(List<Result> rounds, java.util.function.ToDoubleFunction<Result> figure) {
      double[] values = rounds.stream().mapToDouble(figure).sorted().toArray();
      int middle = values.length / 2;
      return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }
  }

  private List<long[]> drive(Load load, Duration duration) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(load.clients());
    long end = System.nanoTime() + duration.toNanos();
    List<Future<long[]>> futures = new ArrayList<>();
    for (int c = 0; c < load.clients(); c++) {
      int client = c;
      futures.add(pool.submit(() -> {
        long[] latencies = new long[1 << 16];
        int n = 0;
        int errors = 0;
        for (int i = client; System.nanoTime() < end; i += load.clients()) {
          HttpRequest.Builder request = load.request().of(i, RegisterBenchmarkIT.this::uri);
          long t0 = System.nanoTime();
          var response = send(request);
          long elapsed = System.nanoTime() - t0;
          if (response.statusCode() != load.expectedStatus()) {
            errors++;
          }
          if (n == latencies.length) {
            latencies = Arrays.copyOf(latencies, n * 2);
          }
          latencies[n++] = elapsed;
        }
        long[] result = Arrays.copyOf(latencies, n + 1);
        result[n] = errors;
        return result;
      }));
    }
    List<long[]> all = new ArrayList<>();
    for (Future<long[]> f : futures) {
      all.add(f.get());
    }
    pool.shutdown();
    return all;
  }

  private static Result summarise(String name, int round, List<long[]> perClient, Duration duration) {
    int errors = 0;
    int total = 0;
    for (long[] l : perClient) {
      errors += (int) l[l.length - 1];
      total += l.length - 1;
    }
    long[] latencies = new long[total];
    int k = 0;
    for (long[] l : perClient) {
      System.arraycopy(l, 0, latencies, k, l.length - 1);
      k += l.length - 1;
    }
    Arrays.sort(latencies);
    return Result.of(name, round, total / (duration.toNanos() / 1e9), latencies, errors);
  }

  /** Nearest-rank percentile, in milliseconds. */
  static double percentile(long[] sorted, double p) {
    int rank = (int) Math.ceil(p / 100 * sorted.length);
    return sorted[Math.max(0, rank - 1)] / 1e6;
  }

  private URI uri(String path) {
    return URI.create(base.toString()).resolve(path);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    return http.send(request.header("Authorization", auth).header("Accept", "application/json").build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
