package fr.vigie.incidents.boundary;

/** One line of "what needs doing": a TO_DO duty with its incident and AI system. */
public record IncidentDutyDue(long incidentId, long aiSystemId, String aiSystemName, IncidentDutyDto duty) {}
