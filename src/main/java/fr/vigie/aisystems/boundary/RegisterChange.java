package fr.vigie.aisystems.boundary;

import fr.vigie.audit.entity.AuditAction;
import java.time.Instant;
import java.util.List;

/**
 * A recent change to the register, from the audit trail: the system (its current name, or the last
 * recorded one when it was deleted), what was done, by whom, when, and the changed fields (the
 * names of the detail's properties, as in its history).
 */
public record RegisterChange(
    long aiSystemId,
    String name,
    boolean deleted,
    AuditAction action,
    String actor,
    Instant occurredAt,
    List<String> fields) {}
