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
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Register list benchmark (docs/benchmarks.md). Run with {@code mvn -Pbench-api verify}: generates
 * 10,000 AI systems through the API, then drives 32 concurrent clients against the filtered register
 * list and against the trivial {@code /api/ping} of the same server (same authentication), and
 * reports throughput and p50/p99 latency (median of alternating rounds). Not part of the normal test run; it asserts no timing.
 */
@ExtendWith(ArquillianExtension.class)
class RegisterBenchmarkIT {

  static final int SYSTEMS = Integer.getInteger("bench.systems", 10_000);
  static final int CLIENTS = Integer.getInteger("bench.clients", 32);
  static final Duration WARM_UP = Duration.ofSeconds(Integer.getInteger("bench.warmupSeconds", 30));
  static final Duration MEASURE = Duration.ofSeconds(Integer.getInteger("bench.measureSeconds", 20));
  static final int ROUNDS = Integer.getInteger("bench.rounds", 3);

  static final String[] LIST_QUERIES = {
    "api/ai-systems?status=PRODUCTION&size=20&sort=name",
    "api/ai-systems?category=GENERATIVE_AI&medicalDevice=false&size=20&sort=-updatedAt",
    "api/ai-systems?q=robot&size=20",
    "api/ai-systems?reviewOverdue=true&size=20&sort=nextReviewDate",
    "api/ai-systems?aiActRoute=HIGH_RISK_ANNEX_I&status=PILOT&size=50",
  };

  @ArquillianResource URL base;

  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
  private final String auth =
      "Basic " + Base64.getEncoder().encodeToString(("qualite:" + Api.PASSWORD).getBytes(StandardCharsets.UTF_8));

  @Test
  void registerListAgainstTrivialEndpoint() throws Exception {
    double speedBefore = machineSpeed();
    long start = System.nanoTime();
    generate();
    System.out.printf(Locale.ROOT, "Generated %d AI systems in %.1f s%n", SYSTEMS, (System.nanoTime() - start) / 1e9);

    Address ping = i -> "api/ping";
    Address list = i -> LIST_QUERIES[i % LIST_QUERIES.length];
    drive(ping, WARM_UP);
    drive(list, WARM_UP);
    // Alternating rounds: this shared 2-core machine drifts by tens of percent from one minute to the
    // next, so one round of each would compare two different machines. The medians are the figures.
    List<Result> pings = new ArrayList<>();
    List<Result> lists = new ArrayList<>();
    for (int round = 1; round <= ROUNDS; round++) {
      pings.add(summarise("GET /api/ping", round, drive(ping, MEASURE), MEASURE));
      lists.add(summarise("GET /api/ai-systems (filters)", round, drive(list, MEASURE), MEASURE));
    }
    double speedAfter = machineSpeed();
    Result pingMedian = Result.median(pings);
    Result listMedian = Result.median(lists);
    List<String> lines = new ArrayList<>(List.of(
        "| Endpoint | Round | Requests/s | p50 (ms) | p99 (ms) | Errors |",
        "|---|---|---|---|---|---|"));
    for (int round = 0; round < ROUNDS; round++) {
      lines.add(pings.get(round).row());
      lines.add(lists.get(round).row());
    }
    lines.add(pingMedian.row());
    lines.add(listMedian.row());
    lines.add("");
    lines.add(String.format(Locale.ROOT, "Medians: list throughput = %.1f %% of the trivial endpoint (target >= 50 %%); list p99 = %.1f ms (target <= 25 ms); %d clients, %d AI systems, %d rounds of %s after %s warm-up per endpoint.",
        100 * listMedian.throughput / pingMedian.throughput, listMedian.p99, CLIENTS, SYSTEMS, ROUNDS, MEASURE, WARM_UP));
    lines.add(String.format(Locale.ROOT, "Machine speed (SHA-256 on one thread, to compare runs made at different times): %.0f MB/s before, %.0f MB/s after.",
        speedBefore, speedAfter));
    String report = String.join("\n", lines);
    System.out.println(report);
    Path out = Path.of("target/benchmarks/register-list.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report + "\n");
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

  private void generate() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    AtomicInteger next = new AtomicInteger();
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      done.add(pool.submit(() -> {
        for (int i = next.getAndIncrement(); i < SYSTEMS; i = next.getAndIncrement()) {
          var response = send(HttpRequest.newBuilder(uri("api/ai-systems"))
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(BenchmarkData.system(i))));
          if (response.statusCode() != 201) {
            throw new IllegalStateException("create " + i + ": " + response.statusCode() + " " + response.body());
          }
        }
        return null;
      }));
    }
    for (Future<?> f : done) {
      f.get();
    }
    pool.shutdown();
  }

  interface Address {
    String of(int i);
  }

  /** One measured round, or (round 0) the median of each figure over the rounds. */
  record Result(String name, int round, double throughput, double p50, double p99, int errors) {
    String row() {
      return String.format(Locale.ROOT, "| %s | %s | %.0f | %.1f | %.1f | %d |",
          name, round == 0 ? "**median**" : Integer.toString(round), throughput, p50, p99, errors);
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

  private List<long[]> drive(Address address, Duration duration) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    long end = System.nanoTime() + duration.toNanos();
    List<Future<long[]>> futures = new ArrayList<>();
    for (int c = 0; c < CLIENTS; c++) {
      int client = c;
      futures.add(pool.submit(() -> {
        long[] latencies = new long[1 << 16];
        int n = 0;
        int errors = 0;
        for (int i = client; System.nanoTime() < end; i += CLIENTS) {
          long t0 = System.nanoTime();
          var response = send(HttpRequest.newBuilder(uri(address.of(i))).GET());
          long elapsed = System.nanoTime() - t0;
          if (response.statusCode() != 200) {
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
    return new Result(name, round, total / (duration.toNanos() / 1e9), percentile(latencies, 50), percentile(latencies, 99), errors);
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
