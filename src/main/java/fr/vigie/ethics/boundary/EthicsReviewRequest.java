package fr.vigie.ethics.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** Body of POST /api/ethics/reviews: a request for the ethics committee's opinion on an AI system. */
public class EthicsReviewRequest {

  public static final int MAX_ITEMS = 50;

  @NotNull public Long aiSystemId;

  /** The ethical questions raised (at least one). */
  @NotEmpty @Size(max = MAX_ITEMS, message = "{vigie.ethics.items.size}")
  public List<@NotBlank @Size(max = 2000) String> questions;

  /** Stakeholders consulted before the request (services, professions, associations). */
  @Size(max = MAX_ITEMS, message = "{vigie.ethics.items.size}")
  public List<@NotBlank @Size(max = 300) String> stakeholders;

  /** Whether patient or user representatives (représentants des usagers) took part. */
  @NotNull public Boolean representativesInvolved;

  @Valid @Size(max = 30, message = "{vigie.ethics.items.size}")
  public List<@NotNull DocumentLinkRequest> documents;

  /** The person or body asking for the review. */
  @NotBlank @Size(max = 200) public String requestedBy;

  /** Not in the future. */
  @NotNull public LocalDate requestedOn;
}
