package fr.vigie.aisystems.boundary;

import fr.vigie.aisystems.entity.AiActRole;
import fr.vigie.aisystems.entity.AiActRoute;
import fr.vigie.aisystems.entity.AiCategory;
import fr.vigie.aisystems.entity.AutomationLevel;
import fr.vigie.aisystems.entity.DataCategory;
import fr.vigie.aisystems.entity.DataLocation;
import fr.vigie.aisystems.entity.DpiaStatus;
import fr.vigie.aisystems.entity.Hosting;
import fr.vigie.aisystems.entity.LifecycleStatus;
import fr.vigie.aisystems.entity.MedicalDeviceClass;
import fr.vigie.aisystems.entity.SystemIntegration;
import fr.vigie.platform.validation.MultiLine;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Body of POST (create) and PUT (replace) on /api/ai-systems. Shape rules are here; rules that
 * depend on several fields are checked by the entity. Text fields are single-line unless marked
 * {@link MultiLine}; dates lie in the API's date range (both checked by the JSON reader). A POJO, not a record, because Payara's
 * OpenAPI scanner crashes on constrained record components.
 */
public class AiSystemRequest {

  // Identity
  @NotBlank @Size(max = 150) public String name;
  @MultiLine @NotBlank @Size(max = 350) public String shortDescription;
  @MultiLine @NotBlank @Size(max = 4000) public String intendedPurpose;
  @MultiLine @Size(max = 4000) public String outOfScopeUses;
  @Size(max = 20, message = "{vigie.tags.size}") public List<@NotBlank @Size(max = 50) String> tags;

  // Organisation
  @Size(max = 50, message = "{vigie.establishmentIds.size}") public Set<@NotNull Long> establishmentIds;
  @Size(max = 200) public String responsibleService;
  @NotBlank @Size(max = 200) public String accountableOwner;
  @Size(max = 200) public String technicalLead;
  @Size(max = 200) public String publicContact;

  // Technology
  @NotNull public AiCategory category;
  public boolean inHouse;
  @Size(max = 200) public String supplier;
  @Size(max = 200) public String product;
  @Size(max = 50) public String productVersion;
  @Size(max = 200) public String foundationModel;
  @NotNull public Boolean selfLearning;
  @NotNull public AutomationLevel automationLevel;
  public Set<@NotNull SystemIntegration> integrations;

  // Regulation
  @NotNull public MedicalDeviceClass medicalDeviceClass;
  @Size(max = 100) public String ceCertificateReference;
  @NotNull public AiActRole aiActRole;
  @NotNull public AiActRoute aiActRoute;

  @Pattern(regexp = "[1-8](\\([a-h]\\))?", message = "{vigie.annexIiiPoint.pattern}")
  public String annexIiiPoint;

  @MultiLine @NotBlank @Size(max = 4000) public String aiActJustification;

  // Data and hosting
  public Set<@NotNull DataCategory> dataCategories;
  @NotNull public Boolean personalData;
  @NotNull public Boolean healthData;
  @NotNull public Hosting hosting;
  @Size(max = 200) public String hostName;
  @NotNull public DataLocation dataLocation;

  @Min(value = 0, message = "{vigie.logRetention.range}")
  @Max(value = 120, message = "{vigie.logRetention.range}")
  public Integer logRetentionMonths;

  @NotNull public DpiaStatus dpiaStatus;
  @Size(max = 100) public String dpiaReference;

  // Oversight
  @MultiLine @Size(max = 4000) public String humanOversight;
  @MultiLine @Size(max = 500) public String oversightPersons;
  @MultiLine @Size(max = 4000) public String patientStaffInformation;
  @MultiLine @Size(max = 4000) public String knownLimitations;

  // Lifecycle
  @NotNull public LifecycleStatus status;
  public LocalDate statusChangedOn;
  public LocalDate productionStartDate;
  public LocalDate retirementDate;
  public LocalDate nextReviewDate;
}
