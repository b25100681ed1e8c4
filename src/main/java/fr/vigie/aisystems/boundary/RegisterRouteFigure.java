package fr.vigie.aisystems.boundary;

import fr.vigie.aisystems.entity.AiActRoute;

/** The number of AI systems on one AI Act route, and the list query that shows them. */
public record RegisterRouteFigure(AiActRoute aiActRoute, long count, String query) {}
