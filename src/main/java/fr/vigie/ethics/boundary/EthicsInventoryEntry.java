package fr.vigie.ethics.boundary;

import fr.vigie.aisystems.boundary.AiSystemDto;

/** One AI system of the "état des lieux des questionnements éthiques" and its ethics file. */
public record EthicsInventoryEntry(AiSystemDto system, EthicsFileDto file) {}
