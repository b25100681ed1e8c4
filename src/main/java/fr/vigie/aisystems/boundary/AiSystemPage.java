package fr.vigie.aisystems.boundary;

import java.util.List;

/** A page of the register, with the total number of systems matching the filters. */
public record AiSystemPage(List<AiSystemSummary> items, long total, int page, int size) {}
