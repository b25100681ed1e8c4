package fr.vigie.usecases.entity;

import fr.vigie.aisystems.entity.AiCategory;
import fr.vigie.aisystems.entity.AiSystem;
import fr.vigie.platform.persistence.VersionedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A use-case card ("fiche cas d'usage"): an irritant of daily work, the solution proposed, what it
 * should bring and where it is in the pipeline. The stage only changes through {@link #moveTo}, which
 * the pipeline service calls after checking the transition and its gates.
 */
@Entity
@Table(name = "use_case")
public class UseCase extends VersionedEntity {

  @Column(nullable = false, length = 200)
  private String title;

  @Column(nullable = false, length = 4000)
  private String irritant;

  @Column(name = "current_process", length = 4000)
  private String currentProcess;

  @Column(name = "proposed_solution", length = 4000)
  private String proposedSolution;

  @Embedded private ExpectedGains gains = new ExpectedGains();

  @Embedded private Volumetry volumetry = new Volumetry();

  @Column(name = "estimated_hours_per_year", precision = 14, scale = 1)
  private BigDecimal estimatedHoursPerYear;

  @Column(name = "data_and_systems", length = 4000)
  private String dataAndSystems;

  @Enumerated(EnumType.STRING)
  @Column(length = 30)
  private AiCategory category;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private UseCaseOrigin origin;

  @Column(name = "workshop_id")
  private Long workshopId;

  @Column(name = "submitted_by", nullable = false, length = 100, updatable = false)
  private String submittedBy;

  @Column(name = "duplicate_of_id")
  private Long duplicateOfId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private UseCaseStage stage = UseCaseStage.IDENTIFIED;

  @Column(name = "stage_since", nullable = false)
  private Instant stageSince;

  @Column(nullable = false)
  private boolean demo;

  @ElementCollection
  @CollectionTable(name = "use_case_tag", joinColumns = @JoinColumn(name = "use_case_id"))
  @OrderColumn(name = "position")
  @Column(name = "tag", nullable = false, length = 50)
  private List<String> tags = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "use_case_service", joinColumns = @JoinColumn(name = "use_case_id"))
  @OrderColumn(name = "position")
  @Column(name = "service", nullable = false, length = 200)
  private List<String> services = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "use_case_job_function", joinColumns = @JoinColumn(name = "use_case_id"))
  @OrderColumn(name = "position")
  @Column(name = "job_function", nullable = false, length = 200)
  private List<String> jobFunctions = new ArrayList<>();

  @ManyToMany
  @JoinTable(name = "use_case_ai_system", joinColumns = @JoinColumn(name = "use_case_id"),
      inverseJoinColumns = @JoinColumn(name = "ai_system_id"))
  private Set<AiSystem> aiSystems = new LinkedHashSet<>();

  protected UseCase() {}

  public UseCase(String submittedBy, Instant now) {
    this.submittedBy = Objects.requireNonNull(submittedBy);
    this.stageSince = now;
  }

  /** Replaces the description of the card (everything but the stage, submitter and links). */
  public void describe(String title, String irritant, String currentProcess, String proposedSolution,
      ExpectedGains gains, String dataAndSystems, AiCategory category) {
    this.title = title.strip();
    this.irritant = irritant.strip();
    this.currentProcess = blankToNull(currentProcess);
    this.proposedSolution = blankToNull(proposedSolution);
    this.gains = gains;
    this.dataAndSystems = blankToNull(dataAndSystems);
    this.category = category;
  }

  /** The volumetry and the estimate computed from it (null when it cannot be computed). */
  public void estimate(Volumetry volumetry, BigDecimal hoursPerYear) {
    this.volumetry = volumetry;
    this.estimatedHoursPerYear = hoursPerYear;
  }

  /** Origin and workshop go together: a workshop only for a use case from a workshop. */
  public void changeOrigin(UseCaseOrigin origin, Long workshopId) {
    if (workshopId != null && origin != UseCaseOrigin.WORKSHOP) {
      throw new IllegalArgumentException("a workshop only for origin WORKSHOP");
    }
    this.origin = Objects.requireNonNull(origin);
    this.workshopId = workshopId;
  }

  public void replaceTags(Collection<String> values) {
    replace(tags, values);
  }

  public void replaceServices(Collection<String> values) {
    replace(services, values);
  }

  public void replaceJobFunctions(Collection<String> values) {
    replace(jobFunctions, values);
  }

  public void link(AiSystem system) {
    aiSystems.add(system);
  }

  public void replaceAiSystems(Collection<AiSystem> systems) {
    aiSystems.clear();
    aiSystems.addAll(systems);
  }

  /**
   * Moves to another stage (the service has checked the transition and its gates). A use case marked
   * duplicate names the one it duplicates; leaving the duplicate stage forgets it.
   */
  public void moveTo(UseCaseStage to, Long duplicateOf, Instant now) {
    if (to == UseCaseStage.DUPLICATE) {
      if (duplicateOf == null || duplicateOf.equals(getId())) {
        throw new IllegalArgumentException("a duplicate names another use case");
      }
      this.duplicateOfId = duplicateOf;
    } else {
      this.duplicateOfId = null;
    }
    this.stage = to;
    this.stageSince = now;
  }

  public void markAsDemo() {
    demo = true;
  }

  private static void replace(List<String> target, Collection<String> values) {
    target.clear();
    if (values != null) {
      values.stream().map(String::strip).filter(v -> !v.isEmpty()).distinct().forEach(target::add);
    }
  }

  static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public String getTitle() {
    return title;
  }

  public String getIrritant() {
    return irritant;
  }

  public String getCurrentProcess() {
    return currentProcess;
  }

  public String getProposedSolution() {
    return proposedSolution;
  }

  public ExpectedGains getGains() {
    return gains == null ? new ExpectedGains() : gains;
  }

  public Volumetry getVolumetry() {
    return volumetry == null ? new Volumetry() : volumetry;
  }

  public BigDecimal getEstimatedHoursPerYear() {
    return estimatedHoursPerYear;
  }

  public String getDataAndSystems() {
    return dataAndSystems;
  }

  public AiCategory getCategory() {
    return category;
  }

  public UseCaseOrigin getOrigin() {
    return origin;
  }

  public Long getWorkshopId() {
    return workshopId;
  }

  public String getSubmittedBy() {
    return submittedBy;
  }

  public Long getDuplicateOfId() {
    return duplicateOfId;
  }

  public UseCaseStage getStage() {
    return stage;
  }

  public Instant getStageSince() {
    return stageSince;
  }

  public boolean isDemo() {
    return demo;
  }

  public List<String> getTags() {
    return List.copyOf(tags);
  }

  public List<String> getServices() {
    return List.copyOf(services);
  }

  public List<String> getJobFunctions() {
    return List.copyOf(jobFunctions);
  }

  public Set<AiSystem> getAiSystems() {
    return Set.copyOf(aiSystems);
  }
}
