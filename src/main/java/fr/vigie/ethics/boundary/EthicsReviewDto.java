package fr.vigie.ethics.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A request for the ethics committee's opinion, immutable, with its decisions (oldest first). */
public record EthicsReviewDto(
    long id,
    long aiSystemId,
    List<String> questions,
    List<String> stakeholders,
    boolean representativesInvolved,
    List<DocumentLinkDto> documents,
    String requestedBy,
    LocalDate requestedOn,
    String recordedBy,
    Instant recordedAt,
    List<EthicsDecisionDto> decisions) {}
