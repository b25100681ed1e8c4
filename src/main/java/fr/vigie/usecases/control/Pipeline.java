package fr.vigie.usecases.control;

import static fr.vigie.usecases.entity.UseCaseStage.ABANDONED;
import static fr.vigie.usecases.entity.UseCaseStage.DEVELOPMENT;
import static fr.vigie.usecases.entity.UseCaseStage.DUPLICATE;
import static fr.vigie.usecases.entity.UseCaseStage.IDENTIFIED;
import static fr.vigie.usecases.entity.UseCaseStage.ON_HOLD;
import static fr.vigie.usecases.entity.UseCaseStage.PRIORITISED;
import static fr.vigie.usecases.entity.UseCaseStage.PRODUCTION;
import static fr.vigie.usecases.entity.UseCaseStage.QUALIFIED;
import static fr.vigie.usecases.entity.UseCaseStage.RETIRED;
import static fr.vigie.usecases.entity.UseCaseStage.STUDY;
import static fr.vigie.usecases.entity.UseCaseStage.TEST;

import fr.vigie.usecases.entity.UseCaseStage;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The transitions allowed between stages (docs/computations.md, "Use-case pipeline"): one step
 * forward or back along the pipeline, to on hold, abandoned or duplicate before production; from
 * on hold back to any pipeline stage before production; production only to retired; abandoned and
 * duplicate can be reopened as identified; retired is final. Gates are checked separately
 * ({@link Gates}), on the stage entered.
 */
public final class Pipeline {

  private static final Map<UseCaseStage, EnumSet<UseCaseStage>> ALLOWED = new EnumMap<>(UseCaseStage.class);

  static {
    ALLOWED.put(IDENTIFIED, EnumSet.of(QUALIFIED, ON_HOLD, ABANDONED, DUPLICATE));
    ALLOWED.put(QUALIFIED, EnumSet.of(IDENTIFIED, PRIORITISED, ON_HOLD, ABANDONED, DUPLICATE));
    ALLOWED.put(PRIORITISED, EnumSet.of(QUALIFIED, STUDY, ON_HOLD, ABANDONED, DUPLICATE));
    ALLOWED.put(STUDY, EnumSet.of(PRIORITISED, DEVELOPMENT, ON_HOLD, ABANDONED, DUPLICATE));
    ALLOWED.put(DEVELOPMENT, EnumSet.of(STUDY, TEST, ON_HOLD, ABANDONED));
    ALLOWED.put(TEST, EnumSet.of(DEVELOPMENT, PRODUCTION, ON_HOLD, ABANDONED));
    ALLOWED.put(PRODUCTION, EnumSet.of(RETIRED));
    ALLOWED.put(ON_HOLD, EnumSet.of(IDENTIFIED, QUALIFIED, PRIORITISED, STUDY, DEVELOPMENT, TEST, ABANDONED));
    ALLOWED.put(ABANDONED, EnumSet.of(IDENTIFIED));
    ALLOWED.put(DUPLICATE, EnumSet.of(IDENTIFIED));
    ALLOWED.put(RETIRED, EnumSet.noneOf(UseCaseStage.class));
  }

  private Pipeline() {}

  public static boolean allowed(UseCaseStage from, UseCaseStage to) {
    return ALLOWED.get(from).contains(to);
  }

  /** The stages reachable from {@code from} in one transition (gates not considered). */
  public static Set<UseCaseStage> next(UseCaseStage from) {
    return EnumSet.copyOf(ALLOWED.get(from));
  }
}
