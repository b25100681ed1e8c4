package fr.vigie.ethics.boundary;

import java.util.List;

public record EthicsConditionPage(List<EthicsConditionDto> items, long total, int page, int size) {}
