package fr.vigie.incidents.control;

import fr.vigie.incidents.entity.DeadlineUnit;
import fr.vigie.incidents.entity.DutyKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which duties an incident has, from the rule versions (data) and the facts. Per duty kind: the rules whose
 * predicate holds; among those in force on the awareness date (Europe/Paris), the one with the earliest deadline
 * (no deadline counts as latest); when some hold but none is in force, the duty is not applicable, naming the
 * rule that applies first later (earliest effective date, then earliest deadline), or the first one if all ended.
 */
public final class Routing {

  /** A rule as the routing needs it. */
  public record RuleVersion(String code, DutyKind kind, String predicate, int position, Integer amount,
      DeadlineUnit unit, LocalDate effectiveFrom, LocalDate effectiveTo) {

    boolean inForceOn(LocalDate day) {
      return !day.isBefore(effectiveFrom) && (effectiveTo == null || day.isBefore(effectiveTo));
    }
  }

  /**
   * A routed duty. {@code notInForce}: true when the matching rules are not in force on the awareness date;
   * {@code inForceFrom}: then the date from which the rule applies (null if it no longer applies).
   */
  public record RoutedDuty(DutyKind kind, String ruleCode, Integer amount, DeadlineUnit unit, Instant deadlineAt,
      boolean notInForce, LocalDate inForceFrom) {}

  private Routing() {}

  public static List<RoutedDuty> route(RoutingFacts facts, Instant awareAt, List<RuleVersion> rules) {
    LocalDate day = awareAt.atZone(Deadlines.HOSPITAL_ZONE).toLocalDate();
    Map<DutyKind, List<RuleVersion>> matching = new LinkedHashMap<>();
    rules.stream().sorted(Comparator.comparingInt(RuleVersion::position))
        .filter(r -> RulePredicate.named(r.predicate())
            .orElseThrow(() -> new IllegalStateException("rule " + r.code() + ": unknown predicate " + r.predicate()))
            .test(facts))
        .forEach(r -> matching.computeIfAbsent(r.kind(), k -> new ArrayList<>()).add(r));
    List<RoutedDuty> duties = new ArrayList<>();
    for (var entry : matching.entrySet()) {
      List<RuleVersion> inForce = entry.getValue().stream().filter(r -> r.inForceOn(day)).toList();
      if (!inForce.isEmpty()) {
        RuleVersion chosen = inForce.stream().min(Comparator.comparing(
            (RuleVersion r) -> Deadlines.due(awareAt, r.amount(), r.unit()),
            Comparator.nullsLast(Comparator.naturalOrder()))).orElseThrow();
        duties.add(new RoutedDuty(entry.getKey(), chosen.code(), chosen.amount(), chosen.unit(),
            Deadlines.due(awareAt, chosen.amount(), chosen.unit()), false, null));
      } else {
        RuleVersion next = entry.getValue().stream().filter(r -> r.effectiveFrom().isAfter(day))
            .min(Comparator.comparing(RuleVersion::effectiveFrom).thenComparing(
                (RuleVersion r) -> Deadlines.due(awareAt, r.amount(), r.unit()),
                Comparator.nullsLast(Comparator.naturalOrder())))
            .orElse(entry.getValue().get(0));
        duties.add(new RoutedDuty(entry.getKey(), next.code(), next.amount(), next.unit(), null, true,
            next.effectiveFrom().isAfter(day) ? next.effectiveFrom() : null));
      }
    }
    return duties;
  }
}
