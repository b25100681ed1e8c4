package fr.vigie.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Runs a pgbench script against the benchmark's PostgreSQL database: {@code pgbench -n -c <clients>
 * -j 2 -T <seconds> -M prepared}, with a per-transaction log for the latency percentiles. Prepared
 * statements, because the JDBC driver prepares a statement on the server once it has run a few
 * times on a connection: this is how the application's own queries run.
 */
final class Pgbench {

  /** pgbench's own threads: one per core of the benchmark machine. */
  private static final int THREADS = 2;

  private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");
  private static final Pattern FAILED = Pattern.compile("number of failed transactions: (\\d+)");

  /** The transactions/s, the sorted latencies (ns) and the failed transactions of one run. */
  record Run(double throughput, long[] latencies, int failed) {}

  private final String host;
  private final int port;
  private final String database;
  private final String user;
  private final String password;

  private Pgbench(String host, int port, String database, String user, String password) {
    this.host = host;
    this.port = port;
    this.database = database;
    this.user = user;
    this.password = password;
  }

  /** The database of a {@code jdbc:postgresql://host[:port]/database} URL. */
  static Pgbench on(String jdbcUrl, String user, String password) {
    URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
    return new Pgbench(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(), uri.getPath().substring(1), user, password);
  }

  Run run(Path script, Map<String, String> variables, int clients, Duration duration)
      throws IOException, InterruptedException {
    Path logs = Files.createTempDirectory("pgbench");
    try {
      List<String> command = new ArrayList<>(List.of("pgbench", "-n", "-h", host, "-p", Integer.toString(port),
          "-U", user, "-c", Integer.toString(clients), "-j", Integer.toString(THREADS),
          "-T", Long.toString(duration.toSeconds()), "-M", "prepared",
          "--log", "--log-prefix=" + logs.resolve("transactions")));
      variables.forEach((name, value) -> command.addAll(List.of("-D", name + "=" + value)));
      command.addAll(List.of("-f", script.toString(), database));
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
      builder.environment().put("PGPASSWORD", password);
      Process process = builder.start();
      // read, not inherited: a child writing to the failsafe fork's own stdout corrupts its channel
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (process.waitFor() != 0) {
        throw new IllegalStateException("pgbench failed: " + String.join(" ", command) + "\n" + output);
      }
      return new Run(Double.parseDouble(find(TPS, output)), latencies(logs), Integer.parseInt(find(FAILED, output)));
    } finally {
      try (Stream<Path> files = Files.walk(logs)) {
        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(file);
        }
      }
    }
  }

  private static String find(Pattern pattern, String output) {
    Matcher m = pattern.matcher(output);
    if (!m.find()) {
      throw new IllegalStateException("pgbench output without " + pattern + ":\n" + output);
    }
    return m.group(1);
  }

  /**
   * The latencies of the successful transactions, in ns, sorted. Each log line reads {@code
   * client transaction time_us script epoch epoch_us}; the time is "failed" for a failure.
   */
  private static long[] latencies(Path logs) throws IOException {
    LongStream.Builder nanos = LongStream.builder();
    try (Stream<Path> files = Files.list(logs)) {
      for (Path file : files.toList()) {
        try (Stream<String> lines = Files.lines(file)) {
          lines.map(line -> line.split(" ")[2]).filter(time -> time.chars().allMatch(Character::isDigit))
              .forEach(time -> nanos.add(Long.parseLong(time) * 1_000));
        }
      }
    }
    return nanos.build().sorted().toArray();
  }
}
