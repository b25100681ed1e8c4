package fr.vigie.usecases.control;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.aisystems.entity.AiCategory;
import fr.vigie.aisystems.entity.AiSystem;
import fr.vigie.platform.problem.Violation;
import fr.vigie.usecases.entity.ExpectedGains;
import fr.vigie.usecases.entity.UseCase;
import fr.vigie.usecases.entity.UseCaseStage;
import fr.vigie.usecases.entity.VolumePeriod;
import fr.vigie.usecases.entity.Volumetry;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PipelineTest {

  private static UseCase completeCard() {
    var u = new UseCase("innovation", Instant.now());
    u.describe("Courriers", "Ressaisie", "Frappe", "Brouillon", new ExpectedGains("Temps", null, null, null, null),
        "DPI", AiCategory.GENERATIVE_AI);
    u.estimate(new Volumetry(10, VolumePeriod.DAY, BigDecimal.TEN, BigDecimal.ONE, null, null), null);
    u.replaceServices(List.of("Cardiologie"));
    u.replaceJobFunctions(List.of("Secrétaire"));
    return u;
  }

  @Test
  void theTransitionTable() {
    assertThat(Pipeline.allowed(UseCaseStage.IDENTIFIED, UseCaseStage.QUALIFIED)).isTrue();
    assertThat(Pipeline.allowed(UseCaseStage.IDENTIFIED, UseCaseStage.STUDY)).isFalse();
    assertThat(Pipeline.allowed(UseCaseStage.TEST, UseCaseStage.PRODUCTION)).isTrue();
    assertThat(Pipeline.allowed(UseCaseStage.PRODUCTION, UseCaseStage.ON_HOLD)).isFalse();
    assertThat(Pipeline.next(UseCaseStage.PRODUCTION)).containsExactly(UseCaseStage.RETIRED);
    assertThat(Pipeline.next(UseCaseStage.RETIRED)).isEmpty();
    assertThat(Pipeline.next(UseCaseStage.ON_HOLD)).doesNotContain(UseCaseStage.PRODUCTION, UseCaseStage.ON_HOLD);
  }

  @Test
  void productionNeedsALinkedSystemOnTopOfTheEarlierGates() {
    var u = completeCard();
    assertThat(Gates.unmet(u, UseCaseStage.PRODUCTION, true)).extracting(Violation::field)
        .containsExactly("gate.aiSystem");
    assertThat(Gates.unmet(u, UseCaseStage.PRODUCTION, false)).extracting(Violation::field)
        .containsExactly("gate.rating", "gate.aiSystem");
    u.link(new AiSystem());
    assertThat(Gates.unmet(u, UseCaseStage.PRODUCTION, true)).isEmpty();
    // side states have no gate
    assertThat(Gates.unmet(new UseCase("x", Instant.now()), UseCaseStage.ON_HOLD, false)).isEmpty();
  }
}
