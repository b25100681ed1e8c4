package fr.vigie.ethics.boundary;

import fr.vigie.ethics.entity.DecisionOutcome;
import fr.vigie.ethics.entity.SignOffStatus;
import java.time.LocalDate;
import java.util.List;

/**
 * The ethics sign-off of an AI system, computed on each read from the database (docs/computations.md).
 *
 * @param decisionId the binding decision, if any
 * @param fingerprint the material version the binding decision recorded
 * @param currentFingerprint the system's version over the same fields now
 * @param changes material fields changed since the binding decision (favourable decisions)
 * @param materialFields the fields configured as material now
 */
public record EthicsSignOffDto(
    long aiSystemId,
    SignOffStatus status,
    Long decisionId,
    DecisionOutcome outcome,
    LocalDate meetingDate,
    String fingerprint,
    String currentFingerprint,
    List<MaterialChangeDto> changes,
    long openConditions,
    long overdueConditions,
    List<String> materialFields) {}
