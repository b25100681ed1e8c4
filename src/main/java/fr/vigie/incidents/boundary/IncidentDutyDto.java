package fr.vigie.incidents.boundary;

import fr.vigie.incidents.entity.DeadlineUnit;
import fr.vigie.incidents.entity.DutyKind;
import fr.vigie.incidents.entity.DutyState;
import fr.vigie.platform.crud.Versioned;
import java.time.Instant;

/**
 * A duty of an incident, with the rule's wording in the caller's language. {@code deadlineAt} null: no deadline
 * in the text; {@code deadlineAmount} 0: immediately. {@code overdue} / {@code dueSoon}: TO_DO and past due, or
 * due within 48 h (docs/computations.md). Its version is its own If-Match.
 */
public record IncidentDutyDto(
    long id,
    long incidentId,
    DutyKind kind,
    String ruleCode,
    String title,
    String addressee,
    String legalBasis,
    String sourceUrl,
    Integer deadlineAmount,
    DeadlineUnit deadlineUnit,
    Instant deadlineAt,
    DutyState state,
    Instant doneAt,
    String reference,
    String notApplicableReason,
    boolean automatic,
    boolean overdue,
    boolean dueSoon,
    long version) implements Versioned {}
