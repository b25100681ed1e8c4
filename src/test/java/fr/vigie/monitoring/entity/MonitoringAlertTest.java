package fr.vigie.monitoring.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vigie.platform.persistence.VersionedEntity;
import fr.vigie.platform.stats.Severity;
import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** An alert's own rules: counting breaches, severity raised never lowered, the allowed transitions. */
class MonitoringAlertTest {

  static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

  static <T> T withId(T entity, Class<?> declaring, long id) throws Exception {
    Field field = declaring.getDeclaredField("id");
    field.setAccessible(true);
    field.set(entity, id);
    return entity;
  }

  static MonitoringLine line() throws Exception {
    return withId(new MonitoringLine(7), VersionedEntity.class, 3);
  }

  static MonitoringCheck check(long id, Severity severity, LocalDate end) throws Exception {
    return withId(new MonitoringCheck(3, end.withDayOfMonth(1), end, MonitoringMethod.PSI, severity, "psi", 0.2,
        "{}", "{}", "{}", "{}", "qualite", NOW), MonitoringCheck.class, id);
  }

  @Test
  void breachesAreCountedAndRaiseTheSeverityWhichIsNeverLowered() throws Exception {
    var alert = new MonitoringAlert(line(), check(10, Severity.MODERATE, LocalDate.of(2026, 1, 31)));
    assertThat(alert.getStatus()).isEqualTo(AlertStatus.OPEN);
    assertThat(alert.getAiSystemId()).isEqualTo(7);
    alert.breach(check(11, Severity.SIGNIFICANT, LocalDate.of(2026, 2, 28)));
    alert.breach(check(12, Severity.MODERATE, LocalDate.of(2026, 3, 31)));
    assertThat(alert.getBreachCount()).isEqualTo(3);
    assertThat(alert.getSeverity()).isEqualTo(AlertSeverity.SIGNIFICANT);
    assertThat(alert.getFirstCheckId()).isEqualTo(10);
    assertThat(alert.getLastCheckId()).isEqualTo(12);
    assertThat(alert.getFirstPeriodEnd()).isEqualTo(LocalDate.of(2026, 1, 31));
    assertThat(alert.getLastPeriodEnd()).isEqualTo(LocalDate.of(2026, 3, 31));
    assertThatThrownBy(() -> alert.breach(check(13, Severity.NONE, LocalDate.of(2026, 4, 30))))
        .as("a check without breach is no breach").isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void openThenAcknowledgedThenResolvedAndNothingAfter() throws Exception {
    var alert = new MonitoringAlert(line(), check(10, Severity.SIGNIFICANT, LocalDate.of(2026, 1, 31)));
    assertThat(alert.canAcknowledge()).isTrue();
    alert.acknowledge("qualite", NOW, null);
    assertThat(alert.canAcknowledge()).isFalse();
    assertThat(alert.canResolve()).isTrue();
    assertThatThrownBy(() -> alert.acknowledge("qualite", NOW, null)).isInstanceOf(IllegalStateException.class);
    alert.resolve("admin", NOW, "Recalibré", "Suivi au prochain contrôle");
    assertThat(alert.getStatus()).isEqualTo(AlertStatus.RESOLVED);
    assertThat(alert.isUnresolved()).isFalse();
    assertThat(alert.canResolve()).isFalse();
    assertThatThrownBy(() -> alert.resolve("admin", NOW, "Encore", null)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> alert.breach(check(11, Severity.MODERATE, LocalDate.of(2026, 2, 28))))
        .as("a resolved alert takes no more breaches").isInstanceOf(IllegalStateException.class);
  }
}
