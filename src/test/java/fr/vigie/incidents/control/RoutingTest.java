package fr.vigie.incidents.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fr.vigie.aisystems.entity.AiActRole;
import fr.vigie.aisystems.entity.AiActRoute;
import fr.vigie.aisystems.entity.MedicalDeviceClass;
import fr.vigie.incidents.entity.DeadlineUnit;
import fr.vigie.incidents.entity.DutyKind;
import fr.vigie.incidents.entity.HealthConsequence;
import fr.vigie.incidents.entity.IncidentHarm;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The routing over the AI Act rules as seeded by V051 (the dates after which the IT cannot go: awareness is never in
 * the future, and the AI Act rules apply from 2 Dec 2027 and 2 Aug 2028), deadlines computed by hand.
 */
class RoutingTest {

  static final LocalDate ANNEX_III = LocalDate.parse("2027-12-02");
  static final LocalDate ANNEX_I = LocalDate.parse("2028-08-02");

  static Routing.RuleVersion rule(String code, DutyKind kind, String predicate, int position, Integer amount,
      DeadlineUnit unit, LocalDate from) {
    return new Routing.RuleVersion(code, kind, predicate, position, amount, unit, from, null);
  }

  static final List<Routing.RuleVersion> RULES = List.of(
      rule("AI_ACT_PROVIDER_ANNEX_III", DutyKind.AI_ACT_PROVIDER, "AI_ACT_SERIOUS_ANNEX_III_DEPLOYER", 10, 0, DeadlineUnit.HOURS, ANNEX_III),
      rule("AI_ACT_PROVIDER_ANNEX_I", DutyKind.AI_ACT_PROVIDER, "AI_ACT_SERIOUS_ANNEX_I_DEPLOYER", 11, 0, DeadlineUnit.HOURS, ANNEX_I),
      rule("AI_ACT_MSA_15D_ANNEX_III", DutyKind.AI_ACT_AUTHORITY, "AI_ACT_SERIOUS_ANNEX_III", 20, 15, DeadlineUnit.DAYS, ANNEX_III),
      rule("AI_ACT_MSA_10D_ANNEX_III", DutyKind.AI_ACT_AUTHORITY, "AI_ACT_DEATH_ANNEX_III", 21, 10, DeadlineUnit.DAYS, ANNEX_III),
      rule("AI_ACT_MSA_2D_ANNEX_III", DutyKind.AI_ACT_AUTHORITY, "AI_ACT_WIDESPREAD_ANNEX_III", 22, 2, DeadlineUnit.DAYS, ANNEX_III),
      rule("AI_ACT_MSA_15D_ANNEX_I", DutyKind.AI_ACT_AUTHORITY, "AI_ACT_SERIOUS_ANNEX_I", 23, 15, DeadlineUnit.DAYS, ANNEX_I),
      rule("AI_ACT_MSA_10D_ANNEX_I", DutyKind.AI_ACT_AUTHORITY, "AI_ACT_DEATH_ANNEX_I", 24, 10, DeadlineUnit.DAYS, ANNEX_I),
      rule("AI_ACT_MSA_2D_ANNEX_I", DutyKind.AI_ACT_AUTHORITY, "AI_ACT_WIDESPREAD_ANNEX_I", 25, 2, DeadlineUnit.DAYS, ANNEX_I),
      rule("MATERIOVIGILANCE_R5212_14", DutyKind.DEVICE_VIGILANCE, "DEVICE_SERIOUS_MDR", 30, 0, DeadlineUnit.HOURS, LocalDate.parse("2021-05-26")),
      rule("GDPR_ART_33", DutyKind.GDPR_BREACH, "PERSONAL_DATA_BREACH", 40, 72, DeadlineUnit.HOURS, LocalDate.parse("2018-05-25")),
      rule("EIGS_PART_1", DutyKind.SERIOUS_ADVERSE_EVENT, "PATIENT_SERIOUS_HARM", 60, 0, DeadlineUnit.HOURS, LocalDate.parse("2016-11-25")),
      rule("EIAS_INTERNAL", DutyKind.ADVERSE_EVENT_INTERNAL, "PATIENT_HARM", 70, null, null, LocalDate.parse("2010-11-12")));

  static RoutingFacts facts(IncidentHarm harm, HealthConsequence health, boolean widespread, AiActRoute route,
      AiActRole role, MedicalDeviceClass device) {
    return new RoutingFacts(harm, health, false, false, widespread, false, route, role, device);
  }

  static Instant at(String s) {
    return OffsetDateTime.parse(s).toInstant();
  }

  @Test
  void triageUnderTriageWithSeriousDeteriorationIn2028() {
    // Annex III 5(d) triage, deployer; aware 10 Jan 2028 10:00 CET = 09:00Z.
    var duties = Routing.route(facts(IncidentHarm.PATIENT, HealthConsequence.SERIOUS_HEALTH_DETERIORATION, false,
        AiActRoute.HIGH_RISK_ANNEX_III, AiActRole.DEPLOYER, MedicalDeviceClass.NOT_MEDICAL_DEVICE),
        at("2028-01-10T10:00+01:00"), RULES);
    assertThat(duties).extracting(Routing.RoutedDuty::kind, Routing.RoutedDuty::ruleCode, Routing.RoutedDuty::deadlineAt,
            Routing.RoutedDuty::notInForce)
        .containsExactly(
            tuple(DutyKind.AI_ACT_PROVIDER, "AI_ACT_PROVIDER_ANNEX_III", Instant.parse("2028-01-10T09:00:00Z"), false),
            // + 15 days, no change of time: 25 Jan 10:00 CET
            tuple(DutyKind.AI_ACT_AUTHORITY, "AI_ACT_MSA_15D_ANNEX_III", Instant.parse("2028-01-25T09:00:00Z"), false),
            tuple(DutyKind.SERIOUS_ADVERSE_EVENT, "EIGS_PART_1", Instant.parse("2028-01-10T09:00:00Z"), false),
            tuple(DutyKind.ADVERSE_EVENT_INTERNAL, "EIAS_INTERNAL", null, false));
  }

  @Test
  void aDeathShortensTheAuthorityDeadlineToTenDaysAcrossTheSpringChange() {
    // aware 20 Mar 2028 08:00 CET (07:00Z); + 10 days = 30 Mar 08:00 CEST = 06:00Z.
    var duties = Routing.route(facts(IncidentHarm.PATIENT, HealthConsequence.DEATH, false,
        AiActRoute.HIGH_RISK_ANNEX_III, AiActRole.DEPLOYER, MedicalDeviceClass.NOT_MEDICAL_DEVICE),
        at("2028-03-20T08:00+01:00"), RULES);
    assertThat(duties).filteredOn(d -> d.kind() == DutyKind.AI_ACT_AUTHORITY)
        .extracting(Routing.RoutedDuty::ruleCode, Routing.RoutedDuty::amount, Routing.RoutedDuty::deadlineAt)
        .containsExactly(tuple("AI_ACT_MSA_10D_ANNEX_III", 10, Instant.parse("2028-03-30T06:00:00Z")));
  }

  @Test
  void aWidespreadInfringementIsTwoDaysEvenWithADeath() {
    // aware 1 Sep 2028 23:30 CEST (21:30Z); + 2 days = 3 Sep 23:30 CEST = 21:30Z.
    var duties = Routing.route(facts(IncidentHarm.PATIENT, HealthConsequence.DEATH, true,
        AiActRoute.HIGH_RISK_ANNEX_III, AiActRole.PROVIDER_AND_DEPLOYER, MedicalDeviceClass.NOT_MEDICAL_DEVICE),
        at("2028-09-01T23:30+02:00"), RULES);
    assertThat(duties).extracting(Routing.RoutedDuty::kind).doesNotContain(DutyKind.AI_ACT_PROVIDER);
    assertThat(duties).filteredOn(d -> d.kind() == DutyKind.AI_ACT_AUTHORITY)
        .extracting(Routing.RoutedDuty::ruleCode, Routing.RoutedDuty::deadlineAt)
        .containsExactly(tuple("AI_ACT_MSA_2D_ANNEX_III", Instant.parse("2028-09-03T21:30:00Z")));
  }

  @Test
  void beforeTheAiActDatesTheDutiesAreNotInForceAndNameTheDate() {
    var duties = Routing.route(facts(IncidentHarm.PATIENT, HealthConsequence.DEATH, false,
        AiActRoute.HIGH_RISK_ANNEX_III, AiActRole.DEPLOYER, MedicalDeviceClass.NOT_MEDICAL_DEVICE),
        at("2026-12-01T07:05+01:00"), RULES);
    assertThat(duties).filteredOn(Routing.RoutedDuty::notInForce)
        .extracting(Routing.RoutedDuty::kind, Routing.RoutedDuty::ruleCode, Routing.RoutedDuty::inForceFrom,
            Routing.RoutedDuty::deadlineAt)
        .containsExactly(tuple(DutyKind.AI_ACT_PROVIDER, "AI_ACT_PROVIDER_ANNEX_III", ANNEX_III, null),
            tuple(DutyKind.AI_ACT_AUTHORITY, "AI_ACT_MSA_10D_ANNEX_III", ANNEX_III, null));
    // the day before 2 Dec 2027 on the Paris clock (1 Dec 23:30 CET = 22:30Z) is still before; 2 Dec 00:30 CET is in force
    assertThat(Routing.route(facts(IncidentHarm.RIGHTS, HealthConsequence.NONE, false, AiActRoute.HIGH_RISK_ANNEX_III,
        AiActRole.DEPLOYER, MedicalDeviceClass.NOT_MEDICAL_DEVICE), at("2027-12-01T23:30+01:00"), RULES))
        .allMatch(Routing.RoutedDuty::notInForce);
    assertThat(Routing.route(facts(IncidentHarm.RIGHTS, HealthConsequence.NONE, false, AiActRoute.HIGH_RISK_ANNEX_III,
        AiActRole.DEPLOYER, MedicalDeviceClass.NOT_MEDICAL_DEVICE), at("2027-12-02T00:30+01:00"), RULES))
        .noneMatch(Routing.RoutedDuty::notInForce);
  }

  @Test
  void deviceAiHarmToHealthGoesThroughVigilanceNotTheAiAct() {
    // Annex I, MDR IIa imaging software; aware 12 Sep 2028 08:45 CEST = 06:45Z.
    var duties = Routing.route(facts(IncidentHarm.PATIENT, HealthConsequence.SERIOUS_HEALTH_DETERIORATION, false,
        AiActRoute.HIGH_RISK_ANNEX_I, AiActRole.DEPLOYER, MedicalDeviceClass.MDR_IIA),
        at("2028-09-12T08:45+02:00"), RULES);
    assertThat(duties).extracting(Routing.RoutedDuty::kind, Routing.RoutedDuty::deadlineAt).containsExactly(
        tuple(DutyKind.DEVICE_VIGILANCE, Instant.parse("2028-09-12T06:45:00Z")),
        tuple(DutyKind.SERIOUS_ADVERSE_EVENT, Instant.parse("2028-09-12T06:45:00Z")),
        tuple(DutyKind.ADVERSE_EVENT_INTERNAL, null));
  }

  @Test
  void deviceAiInfringingRightsIsAnAiActSeriousIncidentAfterAugust2028() {
    // aware 20 Oct 2028 09:30 CEST (07:30Z); + 15 days across 29 Oct = 4 Nov 09:30 CET = 08:30Z.
    var duties = Routing.route(facts(IncidentHarm.RIGHTS, HealthConsequence.NONE, false,
        AiActRoute.HIGH_RISK_ANNEX_I, AiActRole.DEPLOYER, MedicalDeviceClass.MDR_IIB),
        at("2028-10-20T09:30+02:00"), RULES);
    assertThat(duties).extracting(Routing.RoutedDuty::ruleCode, Routing.RoutedDuty::deadlineAt).containsExactly(
        tuple("AI_ACT_PROVIDER_ANNEX_I", Instant.parse("2028-10-20T07:30:00Z")),
        tuple("AI_ACT_MSA_15D_ANNEX_I", Instant.parse("2028-11-04T08:30:00Z")));
  }

  @Test
  void aNonHighRiskChatbotWithoutHarmHasNoDuty() {
    assertThat(Routing.route(facts(IncidentHarm.NONE, HealthConsequence.NONE, false, AiActRoute.TRANSPARENCY_ART_50,
        AiActRole.DEPLOYER, MedicalDeviceClass.NOT_MEDICAL_DEVICE), at("2026-11-02T09:00+01:00"), RULES)).isEmpty();
  }
}
