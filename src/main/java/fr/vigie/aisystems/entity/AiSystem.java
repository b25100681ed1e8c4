package fr.vigie.aisystems.entity;

import fr.vigie.establishments.entity.Establishment;
import fr.vigie.platform.i18n.Messages;
import fr.vigie.platform.persistence.VersionedEntity;
import fr.vigie.platform.problem.Violation;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An AI system ("SIA") used in the hospital group, with the fields the quality team needs for the
 * HAS certification and the EU AI Act (see docs/domain-glossary.md). Cross-field rules that make a
 * record incomplete or unlawful are checked by {@link #fieldViolations()} and {@link
 * #ruleViolations()}, and enforced again before every write.
 */
@Entity
@Table(name = "ai_system")
public class AiSystem extends VersionedEntity {

  /** AI Act Art. 26(6): deployers of high-risk systems keep the logs at least six months. */
  public static final int HIGH_RISK_MIN_LOG_MONTHS = 6;

  @Column(name = "name", nullable = false, length = 150)
  private String name;

  @Column(name = "short_description", nullable = false, length = 350)
  private String shortDescription;

  @Column(name = "intended_purpose", nullable = false, length = 4000)
  private String intendedPurpose;

  @Column(name = "out_of_scope_uses", length = 4000)
  private String outOfScopeUses;

  @Column(name = "responsible_service", length = 200)
  private String responsibleService;

  @Column(name = "accountable_owner", nullable = false, length = 200)
  private String accountableOwner;

  @Column(name = "technical_lead", length = 200)
  private String technicalLead;

  @Column(name = "public_contact", length = 200)
  private String publicContact;

  @Enumerated(EnumType.STRING)
  @Column(name = "category", nullable = false, length = 30)
  private AiCategory category;

  @Column(name = "in_house", nullable = false)
  private boolean inHouse;

  @Column(name = "supplier", length = 200)
  private String supplier;

  @Column(name = "product", length = 200)
  private String product;

  @Column(name = "product_version", length = 50)
  private String productVersion;

  @Column(name = "foundation_model", length = 200)
  private String foundationModel;

  @Column(name = "self_learning", nullable = false)
  private Boolean selfLearning;

  @Enumerated(EnumType.STRING)
  @Column(name = "automation_level", nullable = false, length = 30)
  private AutomationLevel automationLevel;

  @Enumerated(EnumType.STRING)
  @Column(name = "medical_device_class", nullable = false, length = 30)
  private MedicalDeviceClass medicalDeviceClass;

  @Column(name = "ce_certificate_reference", length = 100)
  private String ceCertificateReference;

  @Enumerated(EnumType.STRING)
  @Column(name = "ai_act_role", nullable = false, length = 30)
  private AiActRole aiActRole;

  @Enumerated(EnumType.STRING)
  @Column(name = "ai_act_route", nullable = false, length = 30)
  private AiActRoute aiActRoute;

  @Column(name = "annex_iii_point", length = 10)
  private String annexIiiPoint;

  @Column(name = "ai_act_justification", nullable = false, length = 4000)
  private String aiActJustification;

  @Column(name = "personal_data", nullable = false)
  private Boolean personalData;

  @Column(name = "health_data", nullable = false)
  private Boolean healthData;

  @Enumerated(EnumType.STRING)
  @Column(name = "hosting", nullable = false, length = 30)
  private Hosting hosting;

  @Column(name = "host_name", length = 200)
  private String hostName;

  @Enumerated(EnumType.STRING)
  @Column(name = "data_location", nullable = false, length = 30)
  private DataLocation dataLocation;

  @Column(name = "log_retention_months")
  private Integer logRetentionMonths;

  @Enumerated(EnumType.STRING)
  @Column(name = "dpia_status", nullable = false, length = 30)
  private DpiaStatus dpiaStatus;

  @Column(name = "dpia_reference", length = 100)
  private String dpiaReference;

  @Column(name = "human_oversight", length = 4000)
  private String humanOversight;

  @Column(name = "oversight_persons", length = 500)
  private String oversightPersons;

  @Column(name = "patient_staff_information", length = 4000)
  private String patientStaffInformation;

  @Column(name = "known_limitations", length = 4000)
  private String knownLimitations;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 30)
  private LifecycleStatus status;

  @Column(name = "status_changed_on", nullable = false)
  private LocalDate statusChangedOn;

  @Column(name = "production_start_date")
  private LocalDate productionStartDate;

  @Column(name = "retirement_date")
  private LocalDate retirementDate;

  @Column(name = "next_review_date")
  private LocalDate nextReviewDate;
  @Column(nullable = false)
  private boolean demo;

  @ElementCollection
  @CollectionTable(name = "ai_system_tag", joinColumns = @JoinColumn(name = "ai_system_id"))
  @OrderColumn(name = "position")
  @Column(name = "tag", nullable = false, length = 50)
  private List<String> tags = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "ai_system_integration", joinColumns = @JoinColumn(name = "ai_system_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "integration", nullable = false, length = 30)
  private Set<SystemIntegration> integrations = EnumSet.noneOf(SystemIntegration.class);

  @ElementCollection
  @CollectionTable(name = "ai_system_data_category", joinColumns = @JoinColumn(name = "ai_system_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "data_category", nullable = false, length = 30)
  private Set<DataCategory> dataCategories = EnumSet.noneOf(DataCategory.class);

  @ManyToMany
  @JoinTable(
      name = "ai_system_establishment",
      joinColumns = @JoinColumn(name = "ai_system_id"),
      inverseJoinColumns = @JoinColumn(name = "establishment_id"))
  @OrderBy("shortName")
  private Set<Establishment> establishments = new LinkedHashSet<>();

  public AiSystem() {
    // fields are set through the mapper, then checked by fieldViolations()/ruleViolations()
  }

  /**
   * Fields that are missing or inconsistent given other fields (400, one violation per field).
   */
  public List<Violation> fieldViolations() {
    List<Violation> violations = new ArrayList<>();
    if (!inHouse && isBlank(supplier)) {
      violations.add(new Violation("supplier", Messages.get("vigie.supplier.required")));
    }
    if (medicalDeviceClass != null && medicalDeviceClass.needsCertificate() && isBlank(ceCertificateReference)) {
      violations.add(new Violation("ceCertificateReference", Messages.get("vigie.ceCertificate.required")));
    }
    if (aiActRoute == AiActRoute.HIGH_RISK_ANNEX_III && isBlank(annexIiiPoint)) {
      violations.add(new Violation("annexIiiPoint", Messages.get("vigie.annexIiiPoint.required")));
    }
    if (hosting != null && hosting != Hosting.ON_PREMISES && isBlank(hostName)) {
      violations.add(new Violation("hostName", Messages.get("vigie.hostName.required")));
    }
    if (dpiaStatus == DpiaStatus.COMPLETED && isBlank(dpiaReference)) {
      violations.add(new Violation("dpiaReference", Messages.get("vigie.dpiaReference.required")));
    }
    if (Boolean.TRUE.equals(healthData) && Boolean.FALSE.equals(personalData)) {
      violations.add(new Violation("personalData", Messages.get("vigie.personalData.health")));
    }
    if (productionStartDate != null && retirementDate != null && retirementDate.isBefore(productionStartDate)) {
      violations.add(new Violation("retirementDate", Messages.get("vigie.retirementDate.beforeStart")));
    }
    return violations;
  }

  /** Business rules the record breaks although each field is valid (422). */
  public List<String> ruleViolations() {
    List<String> rules = new ArrayList<>();
    if (aiActRoute != null && aiActRoute.isHighRisk() && logRetentionMonths != null
        && logRetentionMonths < HIGH_RISK_MIN_LOG_MONTHS) {
      rules.add(Messages.get("vigie.rule.highRiskLogs", HIGH_RISK_MIN_LOG_MONTHS, logRetentionMonths));
    }
    if (aiActRoute == AiActRoute.PROHIBITED && status != null && status != LifecycleStatus.RETIRED
        && status != LifecycleStatus.SUSPENDED && status != LifecycleStatus.IDEA) {
      rules.add(Messages.get("vigie.rule.prohibited"));
    }
    return rules;
  }

  @PrePersist
  @PreUpdate
  void guard() {
    if (!fieldViolations().isEmpty() || !ruleViolations().isEmpty()) {
      throw new IllegalStateException("AI system " + name + " breaks its invariants");
    }
  }

  /** The next review date has passed while the system is still in use. */
  public boolean isReviewOverdue(LocalDate today) {
    return reviewOverdue(nextReviewDate, status, today);
  }

  /** The rule itself, shared with the register list. */
  public static boolean reviewOverdue(LocalDate nextReviewDate, LifecycleStatus status, LocalDate today) {
    return nextReviewDate != null && nextReviewDate.isBefore(today) && status != LifecycleStatus.RETIRED;
  }

  /** A review is "due soon" when its date is within this many days from today (today included). */
  public static final int REVIEW_DUE_SOON_DAYS = 30;

  /**
   * The next review falls within the next {@value #REVIEW_DUE_SOON_DAYS} days (today included, so
   * never at the same time as overdue) while the system is still in use.
   */
  public static boolean reviewDueSoon(LocalDate nextReviewDate, LifecycleStatus status, LocalDate today) {
    return nextReviewDate != null && !nextReviewDate.isBefore(today)
        && !nextReviewDate.isAfter(today.plusDays(REVIEW_DUE_SOON_DAYS)) && status != LifecycleStatus.RETIRED;
  }

  /**
   * The DPIA (AIPD) is missing: the system processes personal data today (in experimentation or in
   * production) and its DPIA is required but not completed (not started or in progress). A DPIA
   * recorded as not required is a decision, not a gap; without personal data the GDPR asks for none;
   * a system in idea, design, suspended or retired processes no data now (GDPR Art. 35: the DPIA
   * comes before the processing).
   */
  public boolean isDpiaMissing() {
    return dpiaMissing(personalData, dpiaStatus, status);
  }

  /** The rule itself, shared with the register list. */
  public static boolean dpiaMissing(Boolean personalData, DpiaStatus dpiaStatus, LifecycleStatus status) {
    return Boolean.TRUE.equals(personalData)
        && (dpiaStatus == DpiaStatus.REQUIRED_NOT_STARTED || dpiaStatus == DpiaStatus.IN_PROGRESS)
        && (status == LifecycleStatus.PILOT || status == LifecycleStatus.PRODUCTION);
  }

  /**
   * No accountable owner is recorded (blank). The API requires one, so this finds records that
   * reached the database another way (a SQL import, a script, an older migration).
   */
  public static boolean ownerMissing(String accountableOwner) {
    return isBlank(accountableOwner);
  }

  /**
   * Changes the status. When the status really changes, the date of the change is today unless the
   * caller gives another one: a client that sends the record back as it read it (a PUT with the old
   * {@code statusChangedOn}) has given no date for the new status, so the old date is not kept.
   * When the status does not change, a given date corrects the date of the current status.
   */
  public void changeStatus(LifecycleStatus newStatus, LocalDate changedOn, LocalDate today) {
    boolean changed = newStatus != status;
    LocalDate previous = statusChangedOn;
    this.status = newStatus;
    boolean dateGiven = changedOn != null && !(changed && changedOn.equals(previous));
    if (dateGiven) {
      this.statusChangedOn = changedOn;
    } else if (changed || statusChangedOn == null) {
      this.statusChangedOn = today;
    }
  }

  /** Changes the collection only when the set of establishments differs (no needless version). */
  public void replaceEstablishments(Collection<Establishment> newEstablishments) {
    Set<Long> now = establishments.stream().map(Establishment::getId).collect(Collectors.toSet());
    Set<Long> wanted = newEstablishments.stream().map(Establishment::getId).collect(Collectors.toSet());
    if (!now.equals(wanted)) {
      establishments.clear();
      establishments.addAll(newEstablishments);
    }
  }

  public void markAsDemo() {
    this.demo = true;
  }

  public boolean isDemo() {
    return demo;
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  public List<String> getTags() {
    return tags;
  }

  /** Setters of collections change them only when the content differs (no needless version). */
  public void setTags(List<String> tags) {
    List<String> wanted =
        tags == null
            ? List.of()
            : tags.stream().map(String::trim).filter(t -> !t.isEmpty()).distinct().toList();
    if (!this.tags.equals(wanted)) {
      this.tags.clear();
      this.tags.addAll(wanted);
    }
  }

  public Set<SystemIntegration> getIntegrations() {
    return integrations;
  }

  public void setIntegrations(Set<SystemIntegration> integrations) {
    replaceContent(this.integrations, integrations);
  }

  public Set<DataCategory> getDataCategories() {
    return dataCategories;
  }

  public void setDataCategories(Set<DataCategory> dataCategories) {
    replaceContent(this.dataCategories, dataCategories);
  }

  private static <T> void replaceContent(Set<T> target, Set<T> wanted) {
    Set<T> content = wanted == null ? Set.of() : wanted;
    if (!target.equals(content)) {
      target.clear();
      target.addAll(content);
    }
  }

  public Set<Establishment> getEstablishments() {
    return establishments;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getShortDescription() {
    return shortDescription;
  }

  public void setShortDescription(String shortDescription) {
    this.shortDescription = shortDescription;
  }

  public String getIntendedPurpose() {
    return intendedPurpose;
  }

  public void setIntendedPurpose(String intendedPurpose) {
    this.intendedPurpose = intendedPurpose;
  }

  public String getOutOfScopeUses() {
    return outOfScopeUses;
  }

  public void setOutOfScopeUses(String outOfScopeUses) {
    this.outOfScopeUses = outOfScopeUses;
  }

  public String getResponsibleService() {
    return responsibleService;
  }

  public void setResponsibleService(String responsibleService) {
    this.responsibleService = responsibleService;
  }

  public String getAccountableOwner() {
    return accountableOwner;
  }

  public void setAccountableOwner(String accountableOwner) {
    this.accountableOwner = accountableOwner;
  }

  public String getTechnicalLead() {
    return technicalLead;
  }

  public void setTechnicalLead(String technicalLead) {
    this.technicalLead = technicalLead;
  }

  public String getPublicContact() {
    return publicContact;
  }

  public void setPublicContact(String publicContact) {
    this.publicContact = publicContact;
  }

  public AiCategory getCategory() {
    return category;
  }

  public void setCategory(AiCategory category) {
    this.category = category;
  }

  public boolean isInHouse() {
    return inHouse;
  }

  public void setInHouse(boolean inHouse) {
    this.inHouse = inHouse;
  }

  public String getSupplier() {
    return supplier;
  }

  public void setSupplier(String supplier) {
    this.supplier = supplier;
  }

  public String getProduct() {
    return product;
  }

  public void setProduct(String product) {
    this.product = product;
  }

  public String getProductVersion() {
    return productVersion;
  }

  public void setProductVersion(String productVersion) {
    this.productVersion = productVersion;
  }

  public String getFoundationModel() {
    return foundationModel;
  }

  public void setFoundationModel(String foundationModel) {
    this.foundationModel = foundationModel;
  }

  public Boolean getSelfLearning() {
    return selfLearning;
  }

  public void setSelfLearning(Boolean selfLearning) {
    this.selfLearning = selfLearning;
  }

  public AutomationLevel getAutomationLevel() {
    return automationLevel;
  }

  public void setAutomationLevel(AutomationLevel automationLevel) {
    this.automationLevel = automationLevel;
  }

  public MedicalDeviceClass getMedicalDeviceClass() {
    return medicalDeviceClass;
  }

  public void setMedicalDeviceClass(MedicalDeviceClass medicalDeviceClass) {
    this.medicalDeviceClass = medicalDeviceClass;
  }

  public String getCeCertificateReference() {
    return ceCertificateReference;
  }

  public void setCeCertificateReference(String ceCertificateReference) {
    this.ceCertificateReference = ceCertificateReference;
  }

  public AiActRole getAiActRole() {
    return aiActRole;
  }

  public void setAiActRole(AiActRole aiActRole) {
    this.aiActRole = aiActRole;
  }

  public AiActRoute getAiActRoute() {
    return aiActRoute;
  }

  public void setAiActRoute(AiActRoute aiActRoute) {
    this.aiActRoute = aiActRoute;
  }

  public String getAnnexIiiPoint() {
    return annexIiiPoint;
  }

  public void setAnnexIiiPoint(String annexIiiPoint) {
    this.annexIiiPoint = annexIiiPoint;
  }

  public String getAiActJustification() {
    return aiActJustification;
  }

  public void setAiActJustification(String aiActJustification) {
    this.aiActJustification = aiActJustification;
  }

  public Boolean getPersonalData() {
    return personalData;
  }

  public void setPersonalData(Boolean personalData) {
    this.personalData = personalData;
  }

  public Boolean getHealthData() {
    return healthData;
  }

  public void setHealthData(Boolean healthData) {
    this.healthData = healthData;
  }

  public Hosting getHosting() {
    return hosting;
  }

  public void setHosting(Hosting hosting) {
    this.hosting = hosting;
  }

  public String getHostName() {
    return hostName;
  }

  public void setHostName(String hostName) {
    this.hostName = hostName;
  }

  public DataLocation getDataLocation() {
    return dataLocation;
  }

  public void setDataLocation(DataLocation dataLocation) {
    this.dataLocation = dataLocation;
  }

  public Integer getLogRetentionMonths() {
    return logRetentionMonths;
  }

  public void setLogRetentionMonths(Integer logRetentionMonths) {
    this.logRetentionMonths = logRetentionMonths;
  }

  public DpiaStatus getDpiaStatus() {
    return dpiaStatus;
  }

  public void setDpiaStatus(DpiaStatus dpiaStatus) {
    this.dpiaStatus = dpiaStatus;
  }

  public String getDpiaReference() {
    return dpiaReference;
  }

  public void setDpiaReference(String dpiaReference) {
    this.dpiaReference = dpiaReference;
  }

  public String getHumanOversight() {
    return humanOversight;
  }

  public void setHumanOversight(String humanOversight) {
    this.humanOversight = humanOversight;
  }

  public String getOversightPersons() {
    return oversightPersons;
  }

  public void setOversightPersons(String oversightPersons) {
    this.oversightPersons = oversightPersons;
  }

  public String getPatientStaffInformation() {
    return patientStaffInformation;
  }

  public void setPatientStaffInformation(String patientStaffInformation) {
    this.patientStaffInformation = patientStaffInformation;
  }

  public String getKnownLimitations() {
    return knownLimitations;
  }

  public void setKnownLimitations(String knownLimitations) {
    this.knownLimitations = knownLimitations;
  }

  public LifecycleStatus getStatus() {
    return status;
  }


  public LocalDate getStatusChangedOn() {
    return statusChangedOn;
  }


  public LocalDate getProductionStartDate() {
    return productionStartDate;
  }

  public void setProductionStartDate(LocalDate productionStartDate) {
    this.productionStartDate = productionStartDate;
  }

  public LocalDate getRetirementDate() {
    return retirementDate;
  }

  public void setRetirementDate(LocalDate retirementDate) {
    this.retirementDate = retirementDate;
  }

  public LocalDate getNextReviewDate() {
    return nextReviewDate;
  }

  public void setNextReviewDate(LocalDate nextReviewDate) {
    this.nextReviewDate = nextReviewDate;
  }
}
