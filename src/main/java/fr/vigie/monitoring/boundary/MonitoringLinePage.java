package fr.vigie.monitoring.boundary;

import java.util.List;

public record MonitoringLinePage(List<MonitoringLineDto> items, long total, int page, int size) {}
