package fr.vigie.incidents.boundary;

import java.util.List;

/** A page of incidents; {@code total} with {@code open=true&aiSystemId=…} is the system's open-incident count. */
public record IncidentPage(List<IncidentDto> items, long total, int page, int size) {}
