package fr.vigie.aisystems.boundary;

/** A number of AI systems and the list query that shows them ({@code ""}: the whole register). */
public record RegisterFigure(long count, String query) {}
