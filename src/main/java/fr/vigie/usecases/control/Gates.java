package fr.vigie.usecases.control;

import fr.vigie.platform.i18n.Messages;
import fr.vigie.platform.problem.Violation;
import fr.vigie.usecases.entity.UseCase;
import fr.vigie.usecases.entity.UseCaseStage;
import java.util.ArrayList;
import java.util.List;

/**
 * The gates of the pipeline (docs/computations.md, "Use-case pipeline"). A gate guards a stage and
 * every later pipeline stage: entering QUALIFIED or beyond needs a complete card; PRIORITISED or
 * beyond needs at least one complete rating; PRODUCTION needs a linked SIA. Each unmet gate is one
 * violation named {@code gate.<name>} with the reason in the caller's language.
 */
public final class Gates {

  private Gates() {}

  /**
   * What a complete card has, beyond the title and irritant every card has: the current process, the
   * proposed solution, at least one expected gain, at least one affected service and one job
   * function, a volumetry the estimate can be computed from, the data and systems needed, and a
   * technology category. One violation per missing element.
   */
  public static List<Violation> missingForCompleteCard(UseCase u) {
    List<Violation> missing = new ArrayList<>();
    if (u.getCurrentProcess() == null) {
      missing.add(gate("card.currentProcess"));
    }
    if (u.getProposedSolution() == null) {
      missing.add(gate("card.proposedSolution"));
    }
    if (!u.getGains().any()) {
      missing.add(gate("card.gains"));
    }
    if (u.getServices().isEmpty()) {
      missing.add(gate("card.services"));
    }
    if (u.getJobFunctions().isEmpty()) {
      missing.add(gate("card.jobFunctions"));
    }
    if (!u.getVolumetry().complete()) {
      missing.add(gate("card.volumetry"));
    }
    if (u.getDataAndSystems() == null) {
      missing.add(gate("card.dataAndSystems"));
    }
    if (u.getCategory() == null) {
      missing.add(gate("card.category"));
    }
    return missing;
  }

  /** Every gate the use case fails for entering {@code to}; empty when it may. */
  public static List<Violation> unmet(UseCase u, UseCaseStage to, boolean rated) {
    List<Violation> unmet = new ArrayList<>();
    if (to.atLeast(UseCaseStage.QUALIFIED)) {
      unmet.addAll(missingForCompleteCard(u));
    }
    if (to.atLeast(UseCaseStage.PRIORITISED) && !rated) {
      unmet.add(gate("rating"));
    }
    if (to == UseCaseStage.PRODUCTION && u.getAiSystems().isEmpty()) {
      unmet.add(gate("aiSystem"));
    }
    return unmet;
  }

  private static Violation gate(String name) {
    return new Violation("gate." + name, Messages.get("vigie.usecase.gate." + name));
  }
}
