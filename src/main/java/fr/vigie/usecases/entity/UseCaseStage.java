package fr.vigie.usecases.entity;

import java.util.List;

/**
 * Where a use case is in the innovation pipeline. The first seven are the pipeline in order; the
 * last four are side states. The transitions allowed between them are in
 * {@code fr.vigie.usecases.control.Pipeline} (table in docs/computations.md).
 */
public enum UseCaseStage {
  IDENTIFIED,
  QUALIFIED,
  PRIORITISED,
  STUDY,
  DEVELOPMENT,
  TEST,
  PRODUCTION,
  ON_HOLD,
  ABANDONED,
  DUPLICATE,
  RETIRED;

  /** The pipeline stages in order (the kanban's main columns). */
  public static final List<UseCaseStage> PIPELINE =
      List.of(IDENTIFIED, QUALIFIED, PRIORITISED, STUDY, DEVELOPMENT, TEST, PRODUCTION);

  /** Whether this stage is at or beyond {@code other} in the pipeline (false for side states). */
  public boolean atLeast(UseCaseStage other) {
    return PIPELINE.contains(this) && PIPELINE.contains(other) && ordinal() >= other.ordinal();
  }
}
