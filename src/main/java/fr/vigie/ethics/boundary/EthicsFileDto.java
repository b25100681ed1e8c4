package fr.vigie.ethics.boundary;

import java.util.List;

/** The ethics file of an AI system: its sign-off and its reviews (oldest first) with their decisions. */
public record EthicsFileDto(EthicsSignOffDto signOff, List<EthicsReviewDto> reviews) {}
