package fr.vigie.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * The benchmark data set, created through the API like a real user's (so every write goes through
 * validation, the audit trail and the register revision triggers). Deterministic: the same count
 * gives the same bodies, so runs on different days compare the same data.
 *
 * <p>Today: six establishments of one hospital group (CHU, CHs, CHS, EHPAD,
 * day hospital), then the AI systems (10,000 in the benchmark), each used in one to three
 * establishments, with categories, statuses, AI Act routes, review dates and tags spread so that
 * every list filter selects a real subset.
 *
 * <p>Then (issue 12) the monitoring plans: every system gets one monitoring line (the distribution of an input
 * variable, PSI over 10 bins, monthly) and 24 months of checks, December 2024 to November 2026, posted in one bulk
 * posting per system. One system in ten drifts from month 13 on (moderate, then significant: its alert stays open);
 * one in seven stopped being checked after 22 months (its line is overdue from January 2027, or earlier when the
 * benchmark runs later); the others stay stable.
 *
 * <p>Data for a later issue: add one step to {@link #create} after the data it refers to (for
 * example the bias reviews of some systems, using the ids the earlier steps returned), with its own
 * body method here. Never change what an earlier step generates: the published figures were taken
 * on it.
 */
final class BenchmarkData {

  /** Writes through the API. */
  interface Api {
    /** POSTs a JSON body that creates one resource (201), returns the new resource's id. */
    long create(String path, String json) throws Exception;

    /** POSTs a JSON body that must answer 200 (a bulk posting). */
    void post(String path, String json) throws Exception;
  }

  private static final int WRITERS = 8;

  /** Name, short name and type of each establishment. */
  private static final String[][] ESTABLISHMENTS = {
    {"CHU Banc d'essai de Val-de-Seine", "B-CHU", "CHU"},
    {"Centre hospitalier Banc d'essai des Falaises", "B-CH-FALAISES", "CH"},
    {"Centre hospitalier Banc d'essai de la Vallée", "B-CH-VALLEE", "CH"},
    {"Centre hospitalier spécialisé Banc d'essai Les Érables", "B-CHS-ERABLES", "CHS"},
    {"EHPAD Banc d'essai Les Mimosas", "B-EHPAD-MIMOSAS", "EHPAD"},
    {"Hôpital de jour Banc d'essai du Port", "B-HDJ-PORT", "OTHER"},
  };
  private static final String[] CATEGORIES = {"RPA", "RPA_AI", "GENERATIVE_AI", "AGENTIC_AI", "PREDICTIVE_ML", "NLP", "COMPUTER_VISION", "OTHER"};
  private static final String[] STATUSES = {"IDEA", "DESIGN", "PILOT", "PRODUCTION", "PRODUCTION", "PRODUCTION", "SUSPENDED", "RETIRED"};
  private static final String[] NOUNS = {"robot", "assistant", "prévision", "tri", "synthèse", "extraction", "détection", "planification"};
  private static final String[] DOMAINS = {"facturation", "RH", "imagerie", "urgences", "pharmacie", "restauration", "bloc", "courrier"};

  private BenchmarkData() {}

  /** Creates the whole data set, in dependency order. */
  static void create(Api api, int systems) throws Exception {
    List<Long> establishments = new ArrayList<>();
    for (int i = 0; i < ESTABLISHMENTS.length; i++) {
      establishments.add(api.create("api/establishments", establishment(i)));
    }
    List<Long> ids = java.util.Collections.synchronizedList(new ArrayList<>(java.util.Collections.nCopies(systems, 0L)));
    createInParallel(systems, i -> ids.set(i, api.create("api/ai-systems", system(i, establishments))));
    createInParallel(systems, i -> {
      long line = api.create("api/monitoring-lines", monitoringLine(i, ids.get(i)));
      api.post("api/monitoring-lines/bulk-checks", monthlyChecks(i, line));
    });
  }

  /** Months of checks per system (December 2024 to November 2026). */
  static final int MONTHS = 24;
  private static final LocalDate FIRST_MONTH = LocalDate.of(2024, 12, 1);
  private static final int[] REFERENCE_COUNTS = {40, 90, 160, 230, 260, 230, 160, 90, 40, 20};

  static String monitoringLine(int i, long system) {
    return String.format(Locale.ROOT, """
        {"aiSystemId":%d,"name":"Âge des patients à l'admission","watchedKind":"INPUT_DISTRIBUTION","method":"PSI",
         "cadence":"MONTHLY","owner":"Responsable %d","breachActionKind":"INVESTIGATE",
         "breachAction":"Analyser la dérive avec l'éditeur","startsOn":"%s"}""",
        system, i % 97, FIRST_MONTH.minusMonths(1));
  }

  /** The bulk posting of a system's months: all of them, or 22 for one system in seven. */
  static String monthlyChecks(int i, long line) {
    int months = i % 7 == 3 ? MONTHS - 2 : MONTHS;
    List<String> checks = new ArrayList<>();
    for (int m = 0; m < months; m++) {
      LocalDate start = FIRST_MONTH.plusMonths(m);
      checks.add(String.format(Locale.ROOT,
          "{\"lineId\":%d,\"periodStart\":\"%s\",\"periodEnd\":\"%s\",\"reference\":%s,\"current\":%s}",
          line, start, start.plusMonths(1).minusDays(1), histogram(REFERENCE_COUNTS), histogram(monthCounts(i, m))));
    }
    return "{\"checks\":[" + String.join(",", checks) + "]}";
  }

  /** A month's counts: the reference with a little noise; shifted towards old ages from month 13 for drifting systems. */
  static int[] monthCounts(int i, int month) {
    int[] counts = new int[REFERENCE_COUNTS.length];
    int shift = i % 10 == 7 && month >= 12 ? (month - 11) * 12 : 0;
    for (int b = 0; b < counts.length; b++) {
      int noise = ((i * 31 + month * 17 + b * 7) % 11) - 5;
      counts[b] = Math.max(1, REFERENCE_COUNTS[b] + noise + (b >= 6 ? shift : -shift / 2));
    }
    return counts;
  }

  /** A histogram over the age bins 0, 10, …, 100 years. */
  static String histogram(int[] counts) {
    StringBuilder edges = new StringBuilder();
    for (int b = 0; b <= counts.length; b++) {
      edges.append(b == 0 ? "" : ",").append(b * 10);
    }
    String values = java.util.Arrays.stream(counts).mapToObj(Integer::toString).collect(Collectors.joining(","));
    return "{\"binEdges\":[" + edges + "],\"counts\":[" + values + "]}";
  }

  static int establishmentCount() {
    return ESTABLISHMENTS.length;
  }

  static String establishment(int i) {
    String[] e = ESTABLISHMENTS[i];
    // FINESS numbers of département 76 that the demo data set does not use (they must be unique)
    return String.format(Locale.ROOT, "{\"name\":\"%s\",\"shortName\":\"%s\",\"finess\":\"7699000%02d\",\"type\":\"%s\"}",
        e[0], e[1], i + 1, e[2]);
  }

  /**
   * The i-th AI system, used in one to three of the given establishments: every system in one of
   * them in turn, one in three also in the first (the CHU), one in five also in a third one.
   */
  static String system(int i, List<Long> establishments) {
    String category = CATEGORIES[i % CATEGORIES.length];
    String status = STATUSES[(i / 3) % STATUSES.length];
    boolean device = i % 10 == 0;
    String route = device ? "HIGH_RISK_ANNEX_I" : (i % 7 == 0 ? "TRANSPARENCY_ART_50" : "MINIMAL");
    String review = LocalDate.of(2025, 1, 1).plusDays(i % 900).toString();
    String name = NOUNS[i % NOUNS.length] + " " + DOMAINS[(i / 8) % DOMAINS.length] + " n°" + i;
    Set<Long> usedIn = new LinkedHashSet<>();
    usedIn.add(establishments.get(i % establishments.size()));
    if (i % 3 == 0) {
      usedIn.add(establishments.get(0));
    }
    if (i % 5 == 0) {
      usedIn.add(establishments.get((i / 5) % establishments.size()));
    }
    String establishmentIds = usedIn.stream().map(String::valueOf).collect(Collectors.joining(","));
    return String.format(Locale.ROOT, """
        {"name":"%s","shortDescription":"Système généré pour le banc d'essai n°%d","intendedPurpose":"Banc d'essai",
         "accountableOwner":"Responsable %d","category":"%s","inHouse":true,"selfLearning":false,
         "automationLevel":"DECISION_SUPPORT","medicalDeviceClass":"%s","ceCertificateReference":%s,
         "aiActRole":"DEPLOYER","aiActRoute":"%s","aiActJustification":"Banc d'essai","personalData":false,
         "healthData":false,"hosting":"ON_PREMISES","dataLocation":"FRANCE","dpiaStatus":"NOT_REQUIRED",
         "logRetentionMonths":12,"status":"%s","nextReviewDate":"%s","tags":["banc","%s"],
         "establishmentIds":[%s]}""",
        name, i, i % 97, category, device ? "MDR_IIA" : "NOT_MEDICAL_DEVICE", device ? "\"CE-" + i + "\"" : "null",
        route, status, review, DOMAINS[i % DOMAINS.length], establishmentIds);
  }

  private interface Step {
    void run(int i) throws Exception;
  }

  /** Runs the step for 0 to count - 1, on {@value #WRITERS} threads. */
  private static void createInParallel(int count, Step step) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
    try {
      AtomicInteger next = new AtomicInteger();
      List<Future<?>> writers = new ArrayList<>();
      for (int t = 0; t < WRITERS; t++) {
        writers.add(pool.submit(() -> {
          for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
            step.run(i);
          }
          return null;
        }));
      }
      for (Future<?> writer : writers) {
        writer.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
