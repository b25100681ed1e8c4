package fr.vigie.ethics.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A document submitted to the committee, as a link (http or https) with its title. */
public class DocumentLinkRequest {

  @NotBlank @Size(max = 300) public String title;

  @NotBlank @Size(max = 2000) public String url;
}
