package fr.vigie.audit.boundary;

import fr.vigie.audit.entity.AuditAction;
import java.time.Instant;
import java.util.List;

/** One audited change of any record of a type: which record, who, when, and the names of the changed fields. */
public record TrailEntry(long entityId, Instant occurredAt, String actor, AuditAction action, List<String> fields) {}
