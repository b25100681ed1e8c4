package fr.vigie.usecases.boundary;

import fr.vigie.usecases.entity.UseCaseStage;
import java.time.Instant;

/** One stay in a stage; {@code leftAt} null for the current stay, whose seconds run until now. */
public record UseCaseStay(UseCaseStage stage, Instant enteredAt, Instant leftAt, long seconds) {}
