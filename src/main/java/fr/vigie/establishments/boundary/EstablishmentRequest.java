package fr.vigie.establishments.boundary;

import fr.vigie.establishments.entity.EstablishmentType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Body of POST and PUT /api/establishments. */
public class EstablishmentRequest {

  /** 9 characters: département code (01–95 except 20, 2A/2B for Corsica, 97x/98x overseas) + 7 digits. */
  public static final String FINESS_PATTERN =
      "(?:0[1-9]|1[0-9]|2[1-9AaBb]|[3-8][0-9]|9[0-5])[0-9]{7}|9[78][0-9]{7}";

  @NotBlank
  @Size(max = 200)
  public String name;

  @NotBlank
  @Size(max = 30)
  public String shortName;

  @NotNull
  @Pattern(
      regexp = FINESS_PATTERN,
      message = "{vigie.finess.invalid}")
  public String finess;

  @NotNull public EstablishmentType type;

  /**
   * An archived establishment (closed, merged) stays on the records that name it but can no longer
   * be linked to another AI system. Absent means false, as for every field of a PUT.
   */
  public boolean archived;
}
