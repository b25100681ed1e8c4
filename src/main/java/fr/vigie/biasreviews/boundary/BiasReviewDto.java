package fr.vigie.biasreviews.boundary;

import fr.vigie.biasreviews.control.ReviewThresholds;
import fr.vigie.biasreviews.entity.ReviewKind;
import fr.vigie.biasreviews.entity.ReviewOutcome;
import fr.vigie.platform.crud.Versioned;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A recorded bias review, immutable; its version (the ETag) changes once, when a later review supersedes it.
 *
 * @param minimumGroupSize the minimum group size used (quantitative; null for a qualitative review)
 * @param thresholds the thresholds used, every field set (quantitative; null for a qualitative review)
 * @param supersedesId the review this one corrects, if any
 * @param supersededById the review that corrects this one, if any
 * @param current true while no review supersedes this one
 */
public record BiasReviewDto(
    long id,
    long aiSystemId,
    ReviewKind kind,
    LocalDate reviewedOn,
    List<String> reviewers,
    List<BiasAttributeDto> attributes,
    Long minimumGroupSize,
    ReviewThresholds thresholds,
    String findings,
    String mitigations,
    ReviewOutcome outcome,
    LocalDate nextReviewOn,
    Long supersedesId,
    Long supersededById,
    boolean current,
    String recordedBy,
    Instant recordedAt,
    long version) implements Versioned {}
