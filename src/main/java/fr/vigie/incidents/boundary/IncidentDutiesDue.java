package fr.vigie.incidents.boundary;

import java.util.List;

/** Overdue and due-soon duties, earliest deadline first (at most 200). */
public record IncidentDutiesDue(List<IncidentDutyDue> items) {}
