package fr.vigie.biasreviews.boundary;

import java.util.List;

public record BiasReviewPage(List<BiasReviewDto> items, long total, int page, int size) {}
