package fr.vigie.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The resident memory (VmRSS, Linux) of the Payara Micro process that Arquillian started for this
 * test run: the only {@code payara-micro} process among this JVM's descendants, so another server
 * running on the same machine is never measured.
 */
final class ServerMemory {

  private static final long SAMPLE_MILLIS = 250;

  private final ProcessHandle server;
  private final AtomicLong maxBytes = new AtomicLong();

  private ServerMemory(ProcessHandle server) {
    this.server = server;
  }

  static ServerMemory ofArquillianServer() {
    var servers = ProcessHandle.current().descendants()
        .filter(p -> p.info().commandLine().orElse("").contains("payara-micro"))
        .toList();
    if (servers.size() != 1) {
      throw new IllegalStateException("Expected one Payara Micro process started by this test, found " + servers);
    }
    return new ServerMemory(servers.get(0));
  }

  long pid() {
    return server.pid();
  }

  /** The server's maximum heap option (the heap is most of its memory), as on its command line. */
  String heapOption() {
    return Arrays.stream(server.info().arguments().orElse(new String[0]))
        .filter(argument -> argument.startsWith("-Xmx"))
        .findFirst()
        .orElse("default maximum heap");
  }

  /** The largest resident memory sampled so far, in bytes. */
  long maxBytes() {
    return maxBytes.get();
  }

  /** Runs the work while sampling the server's resident memory every {@value #SAMPLE_MILLIS} ms. */
  <T> T sampleDuring(Callable<T> work) throws Exception {
    ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
    try {
      sampler.scheduleAtFixedRate(this::sample, 0, SAMPLE_MILLIS, TimeUnit.MILLISECONDS);
      return work.call();
    } finally {
      sampler.shutdownNow();
      sample();
    }
  }

  private void sample() {
    maxBytes.accumulateAndGet(residentBytes(), Math::max);
  }

  private long residentBytes() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid()), "status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
        }
      }
      throw new IllegalStateException("No VmRSS in /proc/" + pid() + "/status");
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read the memory of process " + pid(), e);
    }
  }
}
