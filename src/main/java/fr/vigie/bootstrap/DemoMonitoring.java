package fr.vigie.bootstrap;

import fr.vigie.monitoring.boundary.CheckRequest;
import fr.vigie.monitoring.boundary.MonitoringLineRequest;
import fr.vigie.monitoring.boundary.MonitoringService;
import fr.vigie.monitoring.entity.BreachActionKind;
import fr.vigie.monitoring.entity.Cadence;
import fr.vigie.monitoring.entity.WatchedKind;
import fr.vigie.platform.json.JsonConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The demo monitoring plans: three lines of two demo AI systems with the last five months of checks, recorded
 * through the service so that every figure and severity is computed by the core. The lactate distribution of the
 * sepsis alert drifts (PSI 0.11 then 0.32), so its line has a significant breach. Loaded with the rest of the demo
 * data, once, on an empty database. Checks are written as their JSON bodies (the summary data types are the
 * monitoring core's own).
 */
@ApplicationScoped
class DemoMonitoring {

  private static final List<Double> LACTATE_EDGES = List.of(0.0, 1.0, 2.0, 4.0, 8.0, 20.0);
  private static final List<Double> LACTATE_REFERENCE = List.of(400.0, 300.0, 180.0, 90.0, 30.0);
  /** Per month, oldest first: stable, stable, stable, moderate (PSI 0.106), significant (PSI 0.320). */
  private static final double[][] LACTATE_MONTHS = {
    {410, 295, 175, 88, 32}, {395, 305, 185, 85, 30}, {380, 300, 190, 95, 35},
    {270, 285, 235, 135, 60}, {200, 260, 260, 180, 100}};

  @Inject MonitoringService service;

  void load(long sepsis, long fracture) {
    LocalDate firstMonth = LocalDate.now().withDayOfMonth(1).minusMonths(LACTATE_MONTHS.length);
    long lactate = service.create(line(sepsis, "Lactatémie à l’admission", WatchedKind.INPUT_DISTRIBUTION,
        Cadence.MONTHLY, "Dr Réa (référent IA de réanimation)", BreachActionKind.INVESTIGATE,
        "Vérifier avec le laboratoire un changement d’automate ou de recrutement, puis informer l’éditeur.",
        firstMonth)).id();
    for (int k = 0; k < LACTATE_MONTHS.length; k++) {
      LocalDate start = firstMonth.plusMonths(k);
      List<Double> counts = new ArrayList<>();
      for (double c : LACTATE_MONTHS[k]) {
        counts.add(c);
      }
      service.record(lactate, check(start, start.plusMonths(1).minusDays(1), Map.of(
          "reference", Map.of("binEdges", LACTATE_EDGES, "counts", LACTATE_REFERENCE),
          "current", Map.of("binEdges", LACTATE_EDGES, "counts", counts))));
    }

    LocalDate firstQuarter = firstMonth.minusMonths(1);
    long sensitivity = service.create(line(sepsis, "Sensibilité de l’alerte", WatchedKind.SENSITIVITY,
        Cadence.QUARTERLY, "Cellule qualité et gestion des risques", BreachActionKind.SUSPEND_USE,
        "Suspendre l’alerte si la baisse est confirmée par la revue des dossiers, et déclarer en matériovigilance.",
        firstQuarter)).id();
    double[][] quarters = {{85, 100}, {88, 102}};
    for (int q = 0; q < quarters.length; q++) {
      LocalDate start = firstQuarter.plusMonths(3L * q);
      service.record(sensitivity, check(start, start.plusMonths(3).minusDays(1), Map.of(
          "reference", Map.of("events", 172, "total", 200),
          "current", Map.of("events", quarters[q][0], "total", quarters[q][1]))));
    }

    long override = service.create(line(fracture, "Taux de désaccord du radiologue", WatchedKind.CLINICIAN_OVERRIDE_RATE,
        Cadence.MONTHLY, "Chef du service d’imagerie", BreachActionKind.INVESTIGATE,
        "Relire les radiographies en désaccord et remonter les cas à l’éditeur.", firstMonth)).id();
    double[][] rates = {{31, 410}, {28, 395}, {35, 420}, {30, 405}, {33, 415}};
    for (int k = 2; k < rates.length; k++) {
      LocalDate start = firstMonth.plusMonths(k);
      List<Map<String, Object>> periods = new ArrayList<>();
      for (int p = 0; p <= k; p++) {
        periods.add(Map.of("period", firstMonth.plusMonths(p).toString().substring(0, 7), "events", rates[p][0],
            "total", rates[p][1]));
      }
      service.record(override, check(start, start.plusMonths(1).minusDays(1),
          Map.of("periods", periods, "referencePeriods", 2)));
    }
  }

  private static MonitoringLineRequest line(long system, String name, WatchedKind kind, Cadence cadence,
      String owner, BreachActionKind action, String what, LocalDate startsOn) {
    var line = new MonitoringLineRequest();
    line.aiSystemId = system;
    line.name = name;
    line.watchedKind = kind;
    line.cadence = cadence;
    line.owner = owner;
    line.breachActionKind = action;
    line.breachAction = what;
    line.startsOn = startsOn;
    return line;
  }

  /** A check's body as the API reads it, for one period. */
  private static CheckRequest check(LocalDate start, LocalDate end, Map<String, Object> data) {
    CheckRequest check = JsonConfiguration.MAPPER.convertValue(data, CheckRequest.class);
    check.periodStart = start;
    check.periodEnd = end;
    return check;
  }
}
