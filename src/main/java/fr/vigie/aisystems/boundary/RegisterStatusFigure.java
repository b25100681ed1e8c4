package fr.vigie.aisystems.boundary;

import fr.vigie.aisystems.entity.LifecycleStatus;

/** The number of AI systems in one lifecycle status, and the list query that shows them. */
public record RegisterStatusFigure(LifecycleStatus status, long count, String query) {}
