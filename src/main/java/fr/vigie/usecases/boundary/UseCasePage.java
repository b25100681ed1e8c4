package fr.vigie.usecases.boundary;

import java.util.List;

public record UseCasePage(List<UseCaseSummary> items, long total, int page, int size) {}
