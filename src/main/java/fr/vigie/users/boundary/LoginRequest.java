package fr.vigie.users.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Sign-in form of the web interface. A POJO, not a record: see docs/architecture.md (OpenAPI). */
public class LoginRequest {

  @NotBlank
  @Size(max = 100)
  public String username;

  @NotBlank
  @Size(max = 200)
  public String password;
}
