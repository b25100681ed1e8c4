package fr.vigie.monitoring.boundary;

import java.util.List;

public record MonitoringCheckPage(List<MonitoringCheckDto> items, long total, int page, int size) {}
