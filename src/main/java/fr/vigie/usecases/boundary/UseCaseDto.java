package fr.vigie.usecases.boundary;

import fr.vigie.aisystems.entity.AiCategory;
import fr.vigie.platform.crud.Versioned;
import fr.vigie.usecases.entity.UseCaseOrigin;
import fr.vigie.usecases.entity.UseCaseStage;
import fr.vigie.usecases.entity.VolumePeriod;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A use-case card. {@code estimate} is null while the volumetry is incomplete; {@code missingForQualification}
 * names what the card lacks to be complete (gate names, see {@code Gates}); {@code nextStages} are the
 * stages the pipeline allows from here (gates aside).
 */
public record UseCaseDto(
    long id,
    String title,
    String irritant,
    String currentProcess,
    String proposedSolution,
    String gainTime,
    String gainCareQuality,
    String gainWorkingConditions,
    String gainPatientExperience,
    String gainCost,
    List<String> services,
    List<String> jobFunctions,
    Integer volume,
    VolumePeriod volumePeriod,
    BigDecimal minutesBefore,
    BigDecimal minutesAfter,
    BigDecimal reworkRatePercent,
    BigDecimal reviewMinutes,
    UseCaseEstimate estimate,
    String dataAndSystems,
    AiCategory category,
    UseCaseOrigin origin,
    Long workshopId,
    String submittedBy,
    List<String> tags,
    UseCaseRef duplicateOf,
    List<UseCaseRef> duplicates,
    List<UseCaseSystemRef> aiSystems,
    UseCaseStage stage,
    Instant stageSince,
    List<UseCaseStage> nextStages,
    List<String> missingForQualification,
    Instant createdAt,
    Instant updatedAt,
    long version)
    implements Versioned {}
