package fr.vigie.aisystems.control;

import fr.vigie.aisystems.entity.AiActRoute;
import fr.vigie.aisystems.entity.AiCategory;
import fr.vigie.aisystems.entity.LifecycleStatus;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

/** Filters of the register list and exports; all optional, combined with AND. */
public class AiSystemFilter {

  /** Text contained in the name, short description, owner, supplier, product or a tag. */
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
}
