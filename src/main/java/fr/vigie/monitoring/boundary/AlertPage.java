package fr.vigie.monitoring.boundary;

import java.util.List;

public record AlertPage(List<AlertDto> items, long total, int page, int size) {}
