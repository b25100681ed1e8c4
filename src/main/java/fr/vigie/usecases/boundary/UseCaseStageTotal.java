package fr.vigie.usecases.boundary;

import fr.vigie.usecases.entity.UseCaseStage;

/** Total time spent in one stage (stays summed), in seconds and in days rounded to 0.1. */
public record UseCaseStageTotal(UseCaseStage stage, long seconds, double days) {}
