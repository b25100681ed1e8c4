package fr.vigie.biasreviews.control;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * An attribute examined by a review (age band, sex, establishment…). A quantitative review gives its groups with
 * their confusion matrices; a qualitative one names the attribute only.
 */
public class ExaminedAttribute {

  public static final int MAX_GROUPS = 50;

  @NotBlank @Size(max = 100) public String name;

  /** The group the others are compared with; default: the largest group (first one on ties). */
  @Size(max = 100) public String referenceGroup;

  @Valid @Size(max = MAX_GROUPS, message = "{vigie.bias.groups.size}") public List<@NotNull GroupCounts> groups;
}
