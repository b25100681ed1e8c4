package fr.vigie.aisystems.boundary;

import java.util.List;

/**
 * The register at a glance (the home page's register panel). Every figure carries the query string
 * of the register list that shows exactly those systems: {@code GET /api/ai-systems?<query>} has
 * {@code total} equal to {@code count}, because both are counted on the same read model with the
 * same filter. Recent changes come from the audit trail.
 */
public record RegisterOverview(
    RegisterFigure all,
    List<RegisterStatusFigure> byStatus,
    List<RegisterRouteFigure> byAiActRoute,
    RegisterFigure reviewOverdue,
    RegisterFigure reviewDueSoon,
    RegisterFigure dpiaMissing,
    RegisterFigure ownerMissing,
    List<RegisterMonitoringFigure> byMonitoringStatus,
    List<RegisterChange> recentChanges) {}
