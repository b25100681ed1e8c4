package fr.vigie.audit.boundary;

import fr.vigie.audit.entity.AuditAction;
import java.time.Instant;
import java.util.List;

/** One audited change as returned by the history endpoints. */
public record HistoryEntry(
    long id, Instant occurredAt, String actor, AuditAction action, List<FieldChange> changes) {}
