package fr.vigie.usecases.control;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.usecases.entity.StageTransition;
import fr.vigie.usecases.entity.UseCaseStage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StageDurationsTest {

  private static final Instant CREATED = Instant.parse("2026-01-05T08:00:00Z");

  private static StageTransition t(UseCaseStage from, UseCaseStage to, String at) {
    return new StageTransition(1, from, to, "innovation", Instant.parse(at), null);
  }

  @Test
  void eachStayRunsToTheNextTransitionAndRepeatedStagesAddUp() {
    var transitions = List.of(
        t(UseCaseStage.IDENTIFIED, UseCaseStage.QUALIFIED, "2026-01-07T08:00:00Z"), // 2 days identified
        t(UseCaseStage.QUALIFIED, UseCaseStage.IDENTIFIED, "2026-01-07T20:00:00Z"), // 12 h qualified
        t(UseCaseStage.IDENTIFIED, UseCaseStage.QUALIFIED, "2026-01-08T08:00:00Z")); // 12 h identified
    var stays = StageDurations.stays(CREATED, transitions, Instant.parse("2026-01-10T08:00:00Z"));
    assertThat(stays).extracting(StageDurations.Stay::stage).containsExactly(UseCaseStage.IDENTIFIED,
        UseCaseStage.QUALIFIED, UseCaseStage.IDENTIFIED, UseCaseStage.QUALIFIED);
    assertThat(stays.get(3).leftAt()).isNull();
    var totals = StageDurations.totals(stays);
    assertThat(totals.get(UseCaseStage.IDENTIFIED)).isEqualTo(Duration.ofHours(60));
    // 12 h, then the current stay from 8 Jan 08:00 to 10 Jan 08:00: 48 h
    assertThat(totals.get(UseCaseStage.QUALIFIED)).isEqualTo(Duration.ofHours(60));
    assertThat(totals).hasSize(2);
  }

  @Test
  void aNewUseCaseHasOneCurrentStay() {
    var stays = StageDurations.stays(CREATED, List.of(), Instant.parse("2026-01-05T09:30:00Z"));
    assertThat(stays).hasSize(1);
    assertThat(stays.get(0).duration()).isEqualTo(Duration.ofMinutes(90));
  }
}
