package fr.vigie.aisystems.entity;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.platform.problem.Violation;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AiSystemTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

  AiSystem system;

  @BeforeEach
  void aCompleteInHouseMinimalRiskSystem() {
    system = new AiSystem();
    system.setName("Assistant RH");
    system.setInHouse(true);
    system.setMedicalDeviceClass(MedicalDeviceClass.NOT_MEDICAL_DEVICE);
    system.setAiActRoute(AiActRoute.MINIMAL);
    system.setHosting(Hosting.ON_PREMISES);
    system.setDpiaStatus(DpiaStatus.NOT_REQUIRED);
    system.setPersonalData(false);
    system.setHealthData(false);
    system.changeStatus(LifecycleStatus.PILOT, null, TODAY);
  }

  @Test
  void aCompleteSystemBreaksNoRule() {
    assertThat(system.fieldViolations()).isEmpty();
    assertThat(system.ruleViolations()).isEmpty();
  }

  @Test
  void aBoughtSystemNamesItsSupplier() {
    system.setInHouse(false);
    assertThat(system.fieldViolations()).extracting(Violation::field).containsExactly("supplier");
    system.setSupplier("Éditeur");
    assertThat(system.fieldViolations()).isEmpty();
  }

  @Test
  void onlyNotifiedBodyClassesNeedACeCertificate() {
    system.setMedicalDeviceClass(MedicalDeviceClass.MDR_I);
    assertThat(system.fieldViolations()).isEmpty();
    system.setMedicalDeviceClass(MedicalDeviceClass.IVDR_B);
    assertThat(system.fieldViolations()).extracting(Violation::field).containsExactly("ceCertificateReference");
  }

  @Test
  void annexIiiRouteNeedsThePointAndOffPremisesHostingNeedsTheHost() {
    system.setAiActRoute(AiActRoute.HIGH_RISK_ANNEX_III);
    system.setHosting(Hosting.NON_HDS_CLOUD);
    system.setDpiaStatus(DpiaStatus.COMPLETED);
    system.setHealthData(true);
    assertThat(system.fieldViolations()).extracting(Violation::field)
        .containsExactlyInAnyOrder("annexIiiPoint", "hostName", "dpiaReference", "personalData");
  }

  @Test
  void retirementCannotPrecedeProductionStart() {
    system.setProductionStartDate(LocalDate.of(2025, 6, 1));
    system.setRetirementDate(LocalDate.of(2025, 5, 31));
    assertThat(system.fieldViolations()).extracting(Violation::field).containsExactly("retirementDate");
  }

  @Test
  void highRiskSystemsKeepLogsSixMonthsOrMore() {
    system.setAiActRoute(AiActRoute.HIGH_RISK_ANNEX_I);
    system.setLogRetentionMonths(5);
    assertThat(system.ruleViolations()).singleElement().asString().contains("26(6)").contains("5");
    system.setLogRetentionMonths(6);
    assertThat(system.ruleViolations()).isEmpty();
    system.setAiActRoute(AiActRoute.MINIMAL);
    system.setLogRetentionMonths(1);
    assertThat(system.ruleViolations()).isEmpty();
  }

  @Test
  void aProhibitedPracticeCannotRun() {
    system.setAiActRoute(AiActRoute.PROHIBITED);
    assertThat(system.ruleViolations()).hasSize(1);
    system.changeStatus(LifecycleStatus.RETIRED, null, TODAY);
    assertThat(system.ruleViolations()).isEmpty();
  }

  @Test
  void reviewIsOverdueOnlyAfterItsDateAndWhileInUse() {
    system.setNextReviewDate(TODAY);
    assertThat(system.isReviewOverdue(TODAY)).isFalse();
    system.setNextReviewDate(TODAY.minusDays(1));
    assertThat(system.isReviewOverdue(TODAY)).isTrue();
    system.changeStatus(LifecycleStatus.RETIRED, null, TODAY);
    assertThat(system.isReviewOverdue(TODAY)).isFalse();
  }

  @Test
  void statusDateFollowsRealChangesUnlessGiven() {
    assertThat(system.getStatusChangedOn()).isEqualTo(TODAY);
    system.changeStatus(LifecycleStatus.PILOT, null, TODAY.plusDays(10));
    assertThat(system.getStatusChangedOn()).as("same status: date kept").isEqualTo(TODAY);
    system.changeStatus(LifecycleStatus.PRODUCTION, null, TODAY.plusDays(10));
    assertThat(system.getStatusChangedOn()).isEqualTo(TODAY.plusDays(10));
    system.changeStatus(LifecycleStatus.PRODUCTION, LocalDate.of(2026, 1, 5), TODAY.plusDays(11));
    assertThat(system.getStatusChangedOn()).isEqualTo(LocalDate.of(2026, 1, 5));
  }

  @Test
  void aNewStatusSentWithTheOldDateIsDatedToday() {
    LocalDate old = system.getStatusChangedOn();
    // a client sending the record back as read, with only the status changed
    system.changeStatus(LifecycleStatus.PRODUCTION, old, TODAY.plusDays(30));
    assertThat(system.getStatusChangedOn()).isEqualTo(TODAY.plusDays(30));
    // the same status with the same date: nothing changes
    system.changeStatus(LifecycleStatus.PRODUCTION, TODAY.plusDays(30), TODAY.plusDays(40));
    assertThat(system.getStatusChangedOn()).isEqualTo(TODAY.plusDays(30));
    // a new status with a date of its own keeps that date
    system.changeStatus(LifecycleStatus.SUSPENDED, TODAY.plusDays(35), TODAY.plusDays(40));
    assertThat(system.getStatusChangedOn()).isEqualTo(TODAY.plusDays(35));
  }

  @Test
  void tagsAreTrimmedAndDeduplicatedInOrder() {
    system.setTags(java.util.List.of(" RH ", "LLM", "RH", ""));
    assertThat(system.getTags()).containsExactly("RH", "LLM");
  }
}
