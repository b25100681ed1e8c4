package fr.vigie.monitoring.entity;

import static fr.vigie.monitoring.entity.MonitoringReason.OPEN_MODERATE_ALERT;
import static fr.vigie.monitoring.entity.MonitoringReason.OPEN_SIGNIFICANT_ALERT;
import static fr.vigie.monitoring.entity.MonitoringReason.OVERDUE_LINE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The monitoring status rule of docs/computations.md §7. */
class MonitoringFactsTest {

  static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

  static MonitoringStatus status(boolean lines, LocalDate due, boolean significant, boolean moderate) {
    var facts = new MonitoringFacts(lines, due, significant, moderate);
    assertThat(facts.level(TODAY)).as("level alone").isEqualTo(facts.status(TODAY).level());
    return facts.status(TODAY);
  }

  @Test
  void noLineIsNoneAndLinesOnTimeWithoutAlertAreGreen() {
    assertThat(MonitoringFacts.NONE.status(TODAY)).isEqualTo(new MonitoringStatus(MonitoringLevel.NONE, List.of()));
    assertThat(status(true, TODAY, false, false))
        .as("due today is not late").isEqualTo(new MonitoringStatus(MonitoringLevel.GREEN, List.of()));
  }

  @Test
  void anOverdueLineOrAModerateAlertIsOrangeAndASignificantAlertIsRedWithEveryReason() {
    assertThat(status(true, TODAY.minusDays(1), false, false))
        .isEqualTo(new MonitoringStatus(MonitoringLevel.ORANGE, List.of(OVERDUE_LINE)));
    assertThat(status(true, TODAY.plusDays(9), false, true))
        .isEqualTo(new MonitoringStatus(MonitoringLevel.ORANGE, List.of(OPEN_MODERATE_ALERT)));
    assertThat(status(true, TODAY.plusDays(9), true, false))
        .isEqualTo(new MonitoringStatus(MonitoringLevel.RED, List.of(OPEN_SIGNIFICANT_ALERT)));
    assertThat(status(true, TODAY.minusDays(30), true, true)).isEqualTo(new MonitoringStatus(MonitoringLevel.RED,
        List.of(OPEN_SIGNIFICANT_ALERT, OPEN_MODERATE_ALERT, OVERDUE_LINE)));
  }
}
