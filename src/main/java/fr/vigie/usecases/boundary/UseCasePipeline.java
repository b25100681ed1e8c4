package fr.vigie.usecases.boundary;

import java.util.List;

/** The pipeline history of a use case: transitions in order, the stays they make and time per stage. */
public record UseCasePipeline(
    List<UseCaseTransition> transitions, List<UseCaseStay> stays, List<UseCaseStageTotal> timePerStage) {}
