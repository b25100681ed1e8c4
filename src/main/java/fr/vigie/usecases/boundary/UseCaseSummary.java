package fr.vigie.usecases.boundary;

import fr.vigie.aisystems.entity.AiCategory;
import fr.vigie.usecases.entity.UseCaseOrigin;
import fr.vigie.usecases.entity.UseCaseStage;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A use case in the list and on the kanban. */
public record UseCaseSummary(
    long id,
    String title,
    UseCaseStage stage,
    Instant stageSince,
    AiCategory category,
    UseCaseOrigin origin,
    String submittedBy,
    List<String> tags,
    BigDecimal estimatedHoursPerYear,
    Instant updatedAt,
    long version) {}
