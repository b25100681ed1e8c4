package fr.vigie.aisystems.control;

import fr.vigie.aisystems.entity.AiActRoute;
import fr.vigie.aisystems.entity.AiCategory;
import fr.vigie.aisystems.entity.LifecycleStatus;
import fr.vigie.monitoring.entity.MonitoringLevel;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Filters of the register list and exports; all optional, combined with AND. */
public class AiSystemFilter {

  /**
   * Words searched in the name, short description, owner, supplier, product and tags: a system
   * matches when every word is found, in any order, ignoring case and accents.
   */
  @QueryParam("q")
  @Size(max = 200)
  public String q;

  @QueryParam("status")
  public LifecycleStatus status;

  @QueryParam("category")
  public AiCategory category;

  @QueryParam("aiActRoute")
  public AiActRoute aiActRoute;

  @QueryParam("establishmentId")
  public Long establishmentId;

  /** true: medical devices only (any MDR/IVDR class); false: non-medical-device tools only. */
  @QueryParam("medicalDevice")
  public Boolean medicalDevice;

  /** true: next review date passed on a system still in use; false: the others. */
  @QueryParam("reviewOverdue")
  public Boolean reviewOverdue;

  /** true: next review within the next 30 days (today included) on a system still in use; false: the others. */
  @QueryParam("reviewDueSoon")
  public Boolean reviewDueSoon;

  /**
   * true: personal data processed in experimentation or production with the DPIA required but not
   * completed (see {@code AiSystem.dpiaMissing}); false: the others.
   */
  @QueryParam("dpiaMissing")
  public Boolean dpiaMissing;

  /** true: no accountable owner recorded; false: the others. */
  @QueryParam("ownerMissing")
  public Boolean ownerMissing;

  /**
   * NONE: no monitoring line; GREEN: lines, none overdue, no unresolved alert; ORANGE: an unresolved moderate
   * alert or an overdue line, no unresolved significant alert; RED: an unresolved significant alert.
   */
  @QueryParam("monitoringStatus")
  public MonitoringLevel monitoringStatus;

  /**
   * The list's query string for this filter (parameters as above, unset ones left out): what the
   * home page links to, so that each figure is the total of the list it opens.
   */
  public String toQuery() {
    List<String> parts = new ArrayList<>();
    add(parts, "q", q == null || q.isBlank() ? null : URLEncoder.encode(q.strip(), StandardCharsets.UTF_8));
    add(parts, "status", status);
    add(parts, "category", category);
    add(parts, "aiActRoute", aiActRoute);
    add(parts, "establishmentId", establishmentId);
    add(parts, "medicalDevice", medicalDevice);
    add(parts, "reviewOverdue", reviewOverdue);
    add(parts, "reviewDueSoon", reviewDueSoon);
    add(parts, "dpiaMissing", dpiaMissing);
    add(parts, "ownerMissing", ownerMissing);
    add(parts, "monitoringStatus", monitoringStatus);
    return String.join("&", parts);
  }

  private static void add(List<String> parts, String name, Object value) {
    if (value != null) {
      parts.add(name + "=" + value);
    }
  }
}
