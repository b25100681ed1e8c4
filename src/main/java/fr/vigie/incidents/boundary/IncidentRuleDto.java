package fr.vigie.incidents.boundary;

import fr.vigie.incidents.entity.DeadlineUnit;
import fr.vigie.incidents.entity.DutyKind;
import java.time.LocalDate;

/** A reporting rule version as stored, in both languages, with its source and validity. */
public record IncidentRuleDto(
    String code,
    DutyKind dutyKind,
    String predicate,
    String titleFr,
    String titleEn,
    String addresseeFr,
    String addresseeEn,
    String legalBasis,
    String sourceUrl,
    String sourceText,
    Integer deadlineAmount,
    DeadlineUnit deadlineUnit,
    LocalDate effectiveFrom,
    LocalDate effectiveTo) {}
