package fr.vigie.biasreviews.boundary;

import java.util.List;

public record BiasReviewDuePage(List<BiasReviewDue> items, long total, int page, int size) {}
