package fr.vigie.ethics.boundary;

import fr.vigie.ethics.entity.ConditionStatus;
import fr.vigie.platform.crud.Versioned;
import java.time.Instant;
import java.time.LocalDate;

/** A condition of a decision and its follow-up; {@code overdue}: open and due before today (Europe/Paris). */
public record EthicsConditionDto(
    long id,
    long decisionId,
    long aiSystemId,
    String aiSystemName,
    int itemNo,
    String description,
    String owner,
    LocalDate dueOn,
    ConditionStatus status,
    LocalDate closedOn,
    String closingComment,
    boolean overdue,
    long version,
    Instant updatedAt) implements Versioned {}
