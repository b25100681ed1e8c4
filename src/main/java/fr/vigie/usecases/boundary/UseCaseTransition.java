package fr.vigie.usecases.boundary;

import fr.vigie.usecases.entity.UseCaseStage;
import java.time.Instant;

/** One recorded stage change. */
public record UseCaseTransition(
    long id, UseCaseStage from, UseCaseStage to, String actor, Instant occurredAt, String comment) {}
