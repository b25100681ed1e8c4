package fr.vigie.ethics.boundary;

import fr.vigie.ethics.entity.DecisionOutcome;
import fr.vigie.platform.crud.Versioned;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A decision of the ethics committee, immutable; its version (the ETag) changes once, when a correcting decision
 * supersedes it.
 *
 * @param materialValues the canonical values of the material fields when the decision was recorded
 * @param fingerprint SHA-256 of their canonical form (docs/computations.md, "Ethics sign-off")
 */
public record EthicsDecisionDto(
    long id,
    long reviewId,
    long aiSystemId,
    LocalDate meetingDate,
    List<String> membersPresent,
    DecisionOutcome outcome,
    String rationale,
    List<EthicsConditionDto> conditions,
    Map<String, String> materialValues,
    String fingerprint,
    Long supersedesId,
    Long supersededById,
    boolean current,
    String recordedBy,
    Instant recordedAt,
    long version) implements Versioned {}
