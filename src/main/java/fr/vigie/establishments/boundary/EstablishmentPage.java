package fr.vigie.establishments.boundary;

import java.util.List;

public record EstablishmentPage(List<EstablishmentDto> items, long total, int page, int size) {}
