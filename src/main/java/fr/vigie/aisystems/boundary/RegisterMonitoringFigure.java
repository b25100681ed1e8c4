package fr.vigie.aisystems.boundary;

import fr.vigie.monitoring.entity.MonitoringLevel;

/** The number of AI systems at one monitoring status, and the list query that shows them. */
public record RegisterMonitoringFigure(MonitoringLevel level, long count, String query) {}
