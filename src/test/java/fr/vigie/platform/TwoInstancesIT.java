package fr.vigie.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.vigie.Api;
import fr.vigie.aisystems.AiSystemsIT;
import io.restassured.response.Response;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two Vigie instances on one PostgreSQL database, as a hospital runs them behind a load balancer:
 * the shared test deployment (A) and a second Payara Micro process started here (B) on the same
 * database. A request on one instance, started after a write on the other has returned, sees the
 * write; concurrent writers on both lose no update and leave a consistent audit trail. Skipped
 * unless the suite runs on PostgreSQL (CI's second run).
 */
@ExtendWith(ArquillianExtension.class)
class TwoInstancesIT {

  private static final String DB_URL = System.getenv("DB_URL");
  private static Process second;
  private static URL secondBase;
  private static final ConcurrentLinkedDeque<String> secondLog = new ConcurrentLinkedDeque<>();

  @ArquillianResource URL base;

  private static boolean onPostgres() {
    return DB_URL != null && DB_URL.startsWith("jdbc:postgresql:");
  }

  /** Starts instance B once for the class (about 20 s), with the same WAR, settings and database. */
  private synchronized URL b() throws Exception {
    assumeTrue(onPostgres(), "two instances need a shared PostgreSQL database (DB_URL)");
    if (secondBase != null) {
      return secondBase;
    }
    int port;
    try (var socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    var command = List.of(
        "java", "-Xmx512m", "-XX:TieredStopAtLevel=1", "-Duser.timezone=UTC", "-jar", "target/payara-micro.jar",
        "--deploy", new File("target/vigie.war").getAbsolutePath(), "--contextroot", "/",
        "--port", Integer.toString(port), "--nocluster",
        "--prebootcommandfile", "src/main/resources/pre-boot-commands.txt",
        "--postbootcommandfile", "src/test/resources/post-boot-commands-test.txt");
    second = new ProcessBuilder(command).redirectErrorStream(true).start();
    var reader = new Thread(() -> {
      try (var out = new BufferedReader(new InputStreamReader(second.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line; (line = out.readLine()) != null; ) {
          secondLog.add(line);
          while (secondLog.size() > 200) {
            secondLog.poll();
          }
        }
      } catch (Exception ignored) {
        // the process ended
      }
    }, "instance-B-output");
    reader.setDaemon(true);
    reader.start();
    URL url = new URL("http://127.0.0.1:" + port + "/");
    long deadline = System.nanoTime() + Duration.ofSeconds(240).toNanos();
    while (System.nanoTime() < deadline) {
      assertThat(second.isAlive()).as("instance B exited:\n%s", String.join("\n", secondLog)).isTrue();
      try {
        if (Api.as(url, Api.QUALITY).get("api/ping").statusCode() == 200) {
          secondBase = url;
          return url;
        }
      } catch (Exception notYet) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    throw new AssertionError("instance B did not start in 240 s:\n" + String.join("\n", secondLog));
  }

  @AfterAll
  static void stopSecond() throws Exception {
    if (second != null) {
      second.destroy();
      if (!second.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
        second.destroyForcibly();
      }
    }
  }

  private static String unique(String prefix) {
    return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
  }

  private static List<String> listNames(URL on, String query) {
    return Api.as(on, Api.QUALITY).get("api/ai-systems?size=200&" + query)
        .then().statusCode(200).extract().jsonPath().getList("items.name", String.class);
  }

  private static String exportCsv(URL on, String q) {
    return Api.as(on, Api.QUALITY).accept("text/csv").queryParam("q", q).get("api/ai-systems/export")
        .then().statusCode(200).extract().asString();
  }

  @Test
  void whatOneInstanceWritesTheOtherShowsAtOnceInListSearchExportAndDetail() throws Exception {
    URL a = base;
    URL b = b();
    String word = "bi" + UUID.randomUUID().toString().substring(0, 6);
    String name = "Assistant " + word;
    listNames(b, "q=" + word); // B has a read model loaded before the write

    Response created = Api.as(a, Api.QUALITY).body(AiSystemsIT.validSystem(name)).post("api/ai-systems");
    assertThat(created.statusCode()).isEqualTo(201);
    long id = created.jsonPath().getLong("id");
    assertThat(listNames(b, "q=" + word)).containsExactly(name);
    assertThat(listNames(b, "status=PILOT&sort=-createdAt")).contains(name);
    assertThat(exportCsv(b, word)).contains(name);
    Api.as(b, Api.QUALITY).get("api/ai-systems/" + id).then().statusCode(200);

    var body = AiSystemsIT.validSystem(name + " v2");
    body.put("status", "PRODUCTION");
    Api.as(a, Api.QUALITY).header("If-Match", "\"0\"").body(body).put("api/ai-systems/" + id).then().statusCode(200);
    assertThat(listNames(b, "q=" + word)).containsExactly(name + " v2");
    assertThat(listNames(b, "q=" + word + "&status=PILOT")).isEmpty();
    assertThat(exportCsv(b, word)).contains(name + " v2");
    Api.as(b, Api.QUALITY).get("api/ai-systems/" + id).then().statusCode(200).header("ETag", "\"1\"");

    // A DBA's SQL behind both instances' backs
    try (var sql = DriverManager.getConnection(DB_URL, System.getenv("DB_USER"), System.getenv("DB_PASSWORD"));
        var update = sql.prepareStatement("UPDATE ai_system SET name = ? WHERE id = ?")) {
      update.setString(1, name + " SQL");
      update.setLong(2, id);
      assertThat(update.executeUpdate()).isEqualTo(1);
    }
    assertThat(listNames(a, "q=" + word)).containsExactly(name + " SQL");
    assertThat(listNames(b, "q=" + word)).containsExactly(name + " SQL");

    Api.as(a, Api.QUALITY).header("If-Match", "\"1\"").delete("api/ai-systems/" + id).then().statusCode(204);
    assertThat(listNames(b, "q=" + word)).isEmpty();
    assertThat(exportCsv(b, word)).doesNotContain(name);
    Api.as(b, Api.QUALITY).get("api/ai-systems/" + id).then().statusCode(404);
  }

  /** The home page's figures and recent changes on B follow a write on A at once (no per-JVM cache). */
  @Test
  void theOverviewOnOneInstanceCountsWhatTheOtherWrote() throws Exception {
    URL a = base;
    URL b = b();
    var before = Api.as(b, Api.QUALITY).get("api/ai-systems/overview").then().statusCode(200).extract().jsonPath();
    var body = AiSystemsIT.validSystem(unique("Aperçu"));
    body.put("status", "PRODUCTION");
    body.put("nextReviewDate", "2020-01-01");
    long id = Api.as(a, Api.QUALITY).body(body).post("api/ai-systems").then().statusCode(201).extract().jsonPath().getLong("id");
    var after = Api.as(b, Api.QUALITY).get("api/ai-systems/overview").then().statusCode(200).extract().jsonPath();
    assertThat(after.getLong("all.count")).isEqualTo(before.getLong("all.count") + 1);
    assertThat(after.getLong("reviewOverdue.count")).isEqualTo(before.getLong("reviewOverdue.count") + 1);
    assertThat(after.getLong("dpiaMissing.count")).isEqualTo(before.getLong("dpiaMissing.count") + 1);
    assertThat(after.getLong("recentChanges[0].aiSystemId")).isEqualTo(id);
    Api.as(a, Api.QUALITY).header("If-Match", "\"0\"").delete("api/ai-systems/" + id).then().statusCode(204);
    var gone = Api.as(b, Api.QUALITY).get("api/ai-systems/overview").then().statusCode(200).extract().jsonPath();
    assertThat(gone.getLong("reviewOverdue.count")).isEqualTo(before.getLong("reviewOverdue.count"));
    assertThat(gone.getString("recentChanges[0].action")).isEqualTo("DELETED");
  }

  /** A breach recorded on A turns the system red in B's list at once; resolved on B, A's list shows it green. */
  @Test
  void aBreachRecordedOnOneInstanceTurnsTheSystemRedInTheOtherInstancesList() throws Exception {
    URL a = base;
    URL b = b();
    String word = "mo" + UUID.randomUUID().toString().substring(0, 6);
    long id = Api.as(a, Api.QUALITY).body(AiSystemsIT.validSystem("Surveillance " + word)).post("api/ai-systems")
        .then().statusCode(201).extract().jsonPath().getLong("id");
    var line = fr.vigie.monitoring.MonitoringIT.line(id, "INPUT_DISTRIBUTION");
    long lineId = fr.vigie.monitoring.MonitoringIT.createLine(a, line);
    assertThat(listNames(b, "q=" + word + "&monitoringStatus=GREEN")).hasSize(1);

    String today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris")).toString();
    long alert = Api.as(a, Api.QUALITY)
        .body(fr.vigie.monitoring.MonitoringIT.histogramCheck(today, today, List.of(100, 100, 100), List.of(10, 40, 250)))
        .post("api/monitoring-lines/" + lineId + "/checks").then().statusCode(201).extract().jsonPath().getLong("alertId");
    assertThat(listNames(b, "q=" + word + "&monitoringStatus=RED")).hasSize(1);
    assertThat(listNames(b, "q=" + word + "&monitoringStatus=GREEN")).isEmpty();

    Api.as(b, Api.QUALITY).header("If-Match", "\"0\"").body(Map.of("actionTaken", "Recalibré"))
        .post("api/monitoring-alerts/" + alert + "/resolve").then().statusCode(200);
    assertThat(listNames(a, "q=" + word + "&monitoringStatus=GREEN")).hasSize(1);
  }

  @Test
  void anEstablishmentRenamedOnOneInstanceShowsInTheOtherInstancesListRows() throws Exception {
    URL a = base;
    URL b = b();
    String finess = "54" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
    long establishment = Api.as(a, Api.QUALITY)
        .body(Map.of("name", "CH " + finess, "shortName", "CH-" + finess, "finess", finess, "type", "CH"))
        .post("api/establishments").then().statusCode(201).extract().jsonPath().getLong("id");
    String name = unique("Tri des courriers");
    var system = AiSystemsIT.validSystem(name);
    system.put("establishmentIds", List.of(establishment));
    Api.as(a, Api.QUALITY).body(system).post("api/ai-systems").then().statusCode(201);
    assertThat(shortNamesOf(b, establishment)).containsExactly("CH-" + finess);

    Api.as(a, Api.QUALITY).header("If-Match", "\"0\"")
        .body(Map.of("name", "CH " + finess, "shortName", "CHR-" + finess, "finess", finess, "type", "CH"))
        .put("api/establishments/" + establishment).then().statusCode(200);
    assertThat(shortNamesOf(b, establishment)).containsExactly("CHR-" + finess);
  }

  private static List<String> shortNamesOf(URL on, long establishment) {
    return Api.as(on, Api.QUALITY).get("api/ai-systems?establishmentId=" + establishment)
        .then().statusCode(200).extract().jsonPath().getList("items[0].establishments.shortName", String.class);
  }

  /**
   * 16 writers, half on each instance, each reading the ETag and replacing the same two systems with
   * If-Match: every accepted write raises the version by exactly one, the others are refused (412),
   * and the history holds one entry per accepted write, each starting where the previous one ended.
   */
  @Test
  void sixteenConcurrentWritersOnTwoInstancesLoseNoUpdateAndKeepTheAuditConsistent() throws Exception {
    URL a = base;
    URL b = b();
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      ids.add(Api.as(a, Api.QUALITY).body(AiSystemsIT.validSystem(unique("Concurrence"))).post("api/ai-systems")
          .then().statusCode(201).extract().jsonPath().getLong("id"));
    }
    ExecutorService pool = Executors.newFixedThreadPool(16);
    List<String> accepted = Collections.synchronizedList(new ArrayList<>());
    Map<Integer, Integer> statuses = Collections.synchronizedMap(new HashMap<>());
    try {
      List<Callable<Void>> writers = new ArrayList<>();
      for (int w = 0; w < 16; w++) {
        URL on = w % 2 == 0 ? a : b;
        long id = ids.get(w % 4 < 2 ? 0 : 1);
        int writer = w;
        writers.add(() -> {
          for (int round = 0; round < 5; round++) {
            String etag = Api.as(on, Api.QUALITY).get("api/ai-systems/" + id).header("ETag");
            String name = "Écrit par " + writer + "." + round;
            int status = Api.as(on, Api.QUALITY).header("If-Match", etag)
                .body(AiSystemsIT.validSystem(name)).put("api/ai-systems/" + id).statusCode();
            statuses.merge(status, 1, Integer::sum);
            if (status == 200) {
              accepted.add(id + ":" + name);
            }
          }
          return null;
        });
      }
      for (Future<Void> done : pool.invokeAll(writers)) {
        done.get();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(statuses.keySet()).as("statuses %s", statuses).isSubsetOf(200, 409, 412);
    for (long id : ids) {
      long wins = accepted.stream().filter(s -> s.startsWith(id + ":")).count();
      assertThat(wins).isPositive();
      Response current = Api.as(b, Api.QUALITY).get("api/ai-systems/" + id);
      assertThat(current.header("ETag")).as("one version per accepted write").isEqualTo("\"" + wins + "\"");
      List<Map<String, Object>> history = Api.as(a, Api.QUALITY).get("api/ai-systems/" + id + "/history?size=200")
          .then().statusCode(200).extract().jsonPath().getList("items");
      assertThat(history).as("one history entry per accepted write, plus the creation").hasSize((int) wins + 1);
      // newest first: each update's "before" name is the name the previous entry left
      List<String> names = new ArrayList<>();
      for (int i = history.size() - 1; i >= 0; i--) {
        names.add(nameChange(history.get(i), "after"));
        if (i < history.size() - 1) {
          assertThat(nameChange(history.get(i), "before")).as("chain of names in the history")
              .isEqualTo(names.get(names.size() - 2));
        }
      }
      assertThat(names.get(names.size() - 1)).isEqualTo(current.jsonPath().getString("name"));
    }
  }

  @SuppressWarnings("unchecked")
  private static String nameChange(Map<String, Object> entry, String side) {
    for (Map<String, Object> change : (List<Map<String, Object>>) entry.get("changes")) {
      if ("name".equals(change.get("field"))) {
        return String.valueOf(change.get(side));
      }
    }
    throw new AssertionError("no name change in " + entry);
  }
}
