package fr.vigie.usecases.boundary;

import fr.vigie.aisystems.boundary.AiSystemService;
import fr.vigie.aisystems.entity.AiSystem;
import fr.vigie.audit.boundary.AuditTrail;
import fr.vigie.audit.boundary.HistoryPage;
import fr.vigie.platform.concurrency.Versions;
import fr.vigie.platform.crud.CrudService;
import fr.vigie.platform.i18n.Messages;
import fr.vigie.platform.paging.PageRequest;
import fr.vigie.platform.problem.ProblemException;
import fr.vigie.platform.problem.ProblemType;
import fr.vigie.platform.problem.Violation;
import fr.vigie.platform.security.CurrentUser;
import fr.vigie.platform.security.Roles;
import fr.vigie.usecases.control.Gates;
import fr.vigie.usecases.control.Pipeline;
import fr.vigie.usecases.control.RatingEvidence;
import fr.vigie.usecases.control.StageDurations;
import fr.vigie.usecases.control.UseCaseFilter;
import fr.vigie.usecases.control.UseCaseRepository;
import fr.vigie.usecases.control.WorkloadEstimate;
import fr.vigie.usecases.entity.ExpectedGains;
import fr.vigie.usecases.entity.StageTransition;
import fr.vigie.usecases.entity.UseCase;
import fr.vigie.usecases.entity.UseCaseOrigin;
import fr.vigie.usecases.entity.UseCaseStage;
import fr.vigie.usecases.entity.Volumetry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Use-case cards and their pipeline: the one transaction boundary of the feature. CONTRIBUTOR
 * proposes use cases and may edit or delete their own while still identified; INNOVATION and ADMIN
 * manage all of them and move them through the pipeline.
 */
@ApplicationScoped
@Transactional
public class UseCaseService implements CrudService<UseCaseDto, UseCaseRequest> {

  public static final String AUDIT_TYPE = "UseCase";

  @Inject UseCaseRepository repository;
  @Inject AuditTrail audit;
  @Inject CurrentUser currentUser;
  @Inject SecurityContext security;
  @Inject Instance<RatingEvidence> ratings;
  @Inject AiSystemService aiSystems;

  Clock clock = Clock.systemUTC();

  public UseCasePage list(UseCaseFilter filter, PageRequest paging) {
    String caller = currentUser.name();
    var items = repository.search(filter, caller, paging).stream().map(UseCaseService::summary).toList();
    return new UseCasePage(items, repository.count(filter, caller), paging.page(), paging.size());
  }

  public List<UseCaseDto> export(UseCaseFilter filter, PageRequest sorting) {
    return repository.searchAll(filter, currentUser.name(), sorting).stream().map(u -> dto(u, true)).toList();
  }

  @Override
  public UseCaseDto get(long id) {
    return dto(load(id), true);
  }

  @Override
  public UseCaseDto create(UseCaseRequest request) {
    return create(request, false);
  }

  /** Proposes a use case; {@code demo} marks demo data (only the demo loader sets it). */
  public UseCaseDto create(UseCaseRequest request, boolean demo) {
    if (request.aiSystemIds != null && !request.aiSystemIds.isEmpty()) {
      requireManager();
    }
    var useCase = new UseCase(currentUser.name(), now());
    apply(request, useCase);
    if (demo) {
      useCase.markAsDemo();
    }
    repository.persist(useCase);
    repository.flush();
    audit.record(AUDIT_TYPE, useCase.getId(), null, snapshot(useCase));
    return dto(useCase, true);
  }

  @Override
  public UseCaseDto update(long id, long expectedVersion, UseCaseRequest request) {
    var useCase = load(id);
    Versions.check(expectedVersion, useCase.getVersion(), "This use case");
    requireEditable(useCase);
    if (!isManager() && !ids(useCase.getAiSystems()).equals(request.aiSystemIds == null ? Set.of() : request.aiSystemIds)) {
      throw forbidden("vigie.usecase.linksManaged");
    }
    var before = snapshot(useCase);
    apply(request, useCase);
    repository.flush();
    audit.record(AUDIT_TYPE, id, before, snapshot(useCase));
    return dto(useCase, true);
  }

  /**
   * Deletes a use case. Refused (409) while it is linked to a SIA or other use cases are marked as its
   * duplicates: their merge would be lost. Its audit history stays.
   */
  @Override
  public void delete(long id, long expectedVersion) {
    var useCase = load(id);
    Versions.check(expectedVersion, useCase.getVersion(), "This use case");
    requireEditable(useCase);
    if (!useCase.getAiSystems().isEmpty()) {
      throw new ProblemException(ProblemType.CONFLICT, Messages.get("vigie.usecase.delete.linked"));
    }
    if (!repository.duplicatesOf(id).isEmpty()) {
      throw new ProblemException(ProblemType.CONFLICT, Messages.get("vigie.usecase.delete.duplicates"));
    }
    var before = snapshot(useCase);
    repository.remove(useCase);
    try {
      repository.flush();
    } catch (PersistenceException stillReferenced) {
      throw new ProblemException(ProblemType.CONFLICT, Messages.get("vigie.usecase.delete.referenced"));
    }
    audit.record(AUDIT_TYPE, id, before, null);
  }

  public HistoryPage history(long id, PageRequest paging) {
    if (repository.find(id).isEmpty() && !audit.deletedHistoryReadable(AUDIT_TYPE, id)) {
      throw ProblemException.notFound("Use case", id);
    }
    return audit.history(AUDIT_TYPE, id, paging);
  }

  /**
   * Moves a use case to another stage: 409 when the pipeline does not allow the transition, 422 naming
   * every unmet gate. The transition is recorded with its author, time and comment, and audited.
   */
  public UseCaseDto transition(long id, long expectedVersion, UseCaseTransitionRequest request) {
    var useCase = load(id);
    Versions.check(expectedVersion, useCase.getVersion(), "This use case");
    UseCaseStage from = useCase.getStage();
    UseCaseStage to = request.to;
    if (!Pipeline.allowed(from, to)) {
      throw new ProblemException(ProblemType.ILLEGAL_TRANSITION,
          Messages.get("vigie.usecase.transition.notAllowed", stage(from), stage(to)),
          List.of(new Violation("to", Messages.get("vigie.usecase.transition.allowed",
              Pipeline.next(from).toString()))));
    }
    Long duplicateOf = null;
    if (to == UseCaseStage.DUPLICATE) {
      duplicateOf = requireDuplicateTarget(id, request.duplicateOf);
    } else if (request.duplicateOf != null) {
      throw ProblemException.invalid("duplicateOf", Messages.get("vigie.usecase.duplicateOf.onlyForDuplicate"));
    }
    boolean rated = to.atLeast(UseCaseStage.PRIORITISED) && rated(id);
    List<Violation> unmet = Gates.unmet(useCase, to, rated);
    if (!unmet.isEmpty()) {
      throw new ProblemException(ProblemType.BUSINESS_RULE,
          Messages.get("vigie.usecase.gates.unmet", stage(to), unmet.size()), unmet);
    }
    var before = snapshot(useCase);
    Instant at = now();
    useCase.moveTo(to, duplicateOf, at);
    repository.persist(new StageTransition(id, from, to, currentUser.name(), at, request.comment));
    repository.flush();
    audit.record(AUDIT_TYPE, id, before, snapshot(useCase));
    return dto(useCase, true);
  }

  /**
   * Demo data only (the bootstrap loader): proposes a demo use case, links the given SIA and walks it
   * along {@code path}, each step checked by the pipeline and its gates like any transition, except
   * the rating gate (demo ratings belong to the scoring feature's demo data). Returns the id.
   */
  public long createDemo(UseCaseRequest request, List<Long> aiSystemIds, List<UseCaseStage> path, Long duplicateOf,
      String comment) {
    var useCase = new UseCase(currentUser.name(), now());
    apply(request, useCase);
    repository.aiSystems(aiSystemIds).forEach(useCase::link);
    useCase.markAsDemo();
    repository.persist(useCase);
    repository.flush();
    audit.record(AUDIT_TYPE, useCase.getId(), null, snapshot(useCase));
    for (UseCaseStage to : path) {
      UseCaseStage from = useCase.getStage();
      if (!Pipeline.allowed(from, to) || !Gates.unmet(useCase, to, true).isEmpty()) {
        throw new IllegalStateException("demo use case " + request.title + ": " + from + " -> " + to);
      }
      var before = snapshot(useCase);
      Instant at = now();
      useCase.moveTo(to, to == UseCaseStage.DUPLICATE ? duplicateOf : null, at);
      repository.persist(new StageTransition(useCase.getId(), from, to, currentUser.name(), at, comment));
      repository.flush();
      audit.record(AUDIT_TYPE, useCase.getId(), before, snapshot(useCase));
    }
    return useCase.getId();
  }

  /** The transitions of a use case, its stays per stage and the time spent in each stage. */
  public UseCasePipeline pipeline(long id) {
    var useCase = load(id);
    var transitions = repository.transitions(id);
    var stays = StageDurations.stays(useCase.getCreatedAt(), transitions, now());
    var totals = StageDurations.totals(stays);
    List<UseCaseStageTotal> perStage = new ArrayList<>();
    totals.forEach((stage, d) -> perStage.add(new UseCaseStageTotal(stage, d.toSeconds(),
        Math.round(d.toSeconds() / 8640.0) / 10.0)));
    return new UseCasePipeline(
        transitions.stream().map(t -> new UseCaseTransition(t.getId(), t.getFrom(), t.getTo(), t.getActor(),
            t.getOccurredAt(), t.getComment())).toList(),
        stays.stream().map(s -> new UseCaseStay(s.stage(), s.enteredAt(), s.leftAt(), s.duration().toSeconds()))
            .toList(),
        perStage);
  }

  /**
   * Creates a SIA in the register from the card, its fields prefilled (see {@link UseCaseAiSystemRequest}),
   * and links it to the use case: one transaction, so both happen or neither (a register refusal is
   * answered as the register answers it, and nothing is kept).
   */
  public UseCaseAiSystemCreated createAiSystem(long id, long expectedVersion, UseCaseAiSystemRequest request) {
    var useCase = load(id);
    Versions.check(expectedVersion, useCase.getVersion(), "This use case");
    if (useCase.getCategory() == null) {
      throw new ProblemException(ProblemType.BUSINESS_RULE, Messages.get("vigie.usecase.gate.card.category"),
          List.of(new Violation("gate.card.category", Messages.get("vigie.usecase.gate.card.category"))));
    }
    var before = snapshot(useCase);
    var created = aiSystems.create(request.prefill(useCase));
    repository.flush();
    useCase.link(repository.aiSystems(Set.of(created.id())).get(0));
    repository.flush();
    audit.record(AUDIT_TYPE, id, before, snapshot(useCase));
    return new UseCaseAiSystemCreated(created.id(), dto(useCase, true));
  }

  private static String stage(UseCaseStage stage) {
    return Messages.get("vigie.usecase.stage." + stage.name());
  }

  private Long requireDuplicateTarget(long id, Long target) {
    if (target == null) {
      throw ProblemException.invalid("duplicateOf", Messages.get("vigie.usecase.duplicateOf.required"));
    }
    if (target == id) {
      throw ProblemException.invalid("duplicateOf", Messages.get("vigie.usecase.duplicateOf.self"));
    }
    var original = repository.find(target).orElseThrow(() ->
        ProblemException.invalid("duplicateOf", Messages.get("vigie.usecase.duplicateOf.unknown", target)));
    if (original.getStage() == UseCaseStage.DUPLICATE) {
      throw ProblemException.invalid("duplicateOf",
          Messages.get("vigie.usecase.duplicateOf.chain", target, original.getDuplicateOfId()));
    }
    return target;
  }

  private boolean rated(long id) {
    if (ratings.isUnsatisfied() || ratings.isAmbiguous()) {
      return false;
    }
    return ratings.get().hasCompleteRating(id);
  }

  /**
   * Copies the request onto the entity. The linked SIA are resolved before the entity is touched (a
   * query after a change would flush the half-applied entity).
   */
  private void apply(UseCaseRequest r, UseCase useCase) {
    List<Violation> violations = new ArrayList<>();
    if (r.workshopId != null && r.origin != UseCaseOrigin.WORKSHOP) {
      violations.add(new Violation("workshopId", Messages.get("vigie.usecase.workshop.origin")));
    }
    Set<Long> wanted = r.aiSystemIds == null ? Set.of() : r.aiSystemIds;
    List<AiSystem> systems = repository.aiSystems(wanted);
    if (systems.size() != wanted.size()) {
      var unknown = new java.util.TreeSet<>(wanted);
      systems.forEach(s -> unknown.remove(s.getId()));
      violations.add(new Violation("aiSystemIds", Messages.get("vigie.usecase.aiSystems.unknown", unknown.toString())));
    }
    if (!violations.isEmpty()) {
      throw ProblemException.invalid(violations);
    }
    useCase.describe(r.title, r.irritant, r.currentProcess, r.proposedSolution,
        new ExpectedGains(r.gainTime, r.gainCareQuality, r.gainWorkingConditions, r.gainPatientExperience, r.gainCost),
        r.dataAndSystems, r.category);
    var volumetry = new Volumetry(r.volume, r.volumePeriod, r.minutesBefore, r.minutesAfter, r.reworkRatePercent,
        r.reviewMinutes);
    useCase.estimate(volumetry, WorkloadEstimate.of(volumetry).map(WorkloadEstimate::hoursPerYear).orElse(null));
    useCase.changeOrigin(r.origin, r.workshopId);
    useCase.replaceTags(r.tags);
    useCase.replaceServices(r.services);
    useCase.replaceJobFunctions(r.jobFunctions);
    useCase.replaceAiSystems(systems);
  }

  private boolean isManager() {
    return security.isCallerInRole(Roles.INNOVATION) || security.isCallerInRole(Roles.ADMIN);
  }

  private void requireManager() {
    if (!isManager()) {
      throw forbidden("vigie.usecase.linksManaged");
    }
  }

  /** A contributor edits and deletes only their own use cases, while still identified. */
  private void requireEditable(UseCase useCase) {
    if (isManager()) {
      return;
    }
    if (!useCase.getSubmittedBy().equals(currentUser.name())) {
      throw forbidden("vigie.usecase.notYours");
    }
    if (useCase.getStage() != UseCaseStage.IDENTIFIED) {
      throw forbidden("vigie.usecase.notIdentified");
    }
  }

  private static ProblemException forbidden(String key) {
    return new ProblemException(ProblemType.FORBIDDEN, Messages.get(key));
  }

  static UseCaseSummary summary(UseCase u) {
    return new UseCaseSummary(u.getId(), u.getTitle(), u.getStage(), u.getStageSince(), u.getCategory(),
        u.getOrigin(), u.getSubmittedBy(), u.getTags(), u.getEstimatedHoursPerYear(), u.getUpdatedAt(),
        u.getVersion());
  }

  /** What the audit trail records: the recorded fields, without what is derived from other records. */
  private UseCaseDto snapshot(UseCase u) {
    return dto(u, false);
  }

  private UseCaseDto dto(UseCase u, boolean withDerived) {
    var v = u.getVolumetry();
    var g = u.getGains();
    UseCaseEstimate estimate = WorkloadEstimate.of(v).map(e -> new UseCaseEstimate(WorkloadEstimate.FORMULA,
        v.getVolume(), v.getPeriod(), v.getPeriod().perYear(), v.getMinutesBefore(), v.getMinutesAfter(),
        v.getReworkRatePercent() == null ? java.math.BigDecimal.ZERO : v.getReworkRatePercent(),
        v.getReviewMinutes() == null ? java.math.BigDecimal.ZERO : v.getReviewMinutes(),
        WorkloadEstimate.FTE_HOURS.intValue(), e.tasksPerYear(), e.savedMinutesPerTask(), e.hoursPerYear(),
        e.ftePerYear())).orElse(null);
    UseCaseRef duplicateOf = u.getDuplicateOfId() == null ? null
        : new UseCaseRef(u.getDuplicateOfId(),
            withDerived ? repository.title(u.getDuplicateOfId()).orElse(null) : null);
    List<UseCaseRef> duplicates = withDerived
        ? repository.duplicatesOf(u.getId() == null ? -1 : u.getId()).stream()
            .map(r -> new UseCaseRef((Long) r[0], (String) r[1])).toList()
        : null;
    List<UseCaseSystemRef> systems = u.getAiSystems().stream()
        .sorted(Comparator.comparing(AiSystem::getId))
        .map(s -> new UseCaseSystemRef(s.getId(), s.getName())).toList();
    return new UseCaseDto(u.getId() == null ? 0 : u.getId(), u.getTitle(), u.getIrritant(), u.getCurrentProcess(),
        u.getProposedSolution(), g.getTime(), g.getCareQuality(), g.getWorkingConditions(), g.getPatientExperience(),
        g.getCost(), u.getServices(), u.getJobFunctions(), v.getVolume(), v.getPeriod(), v.getMinutesBefore(),
        v.getMinutesAfter(), v.getReworkRatePercent(), v.getReviewMinutes(), withDerived ? estimate : null,
        u.getDataAndSystems(), u.getCategory(), u.getOrigin(), u.getWorkshopId(), u.getSubmittedBy(), u.getTags(),
        duplicateOf, duplicates, systems, u.getStage(), u.getStageSince(),
        withDerived ? List.copyOf(Pipeline.next(u.getStage())) : null,
        withDerived ? Gates.missingForCompleteCard(u).stream().map(Violation::field).toList() : null,
        u.getCreatedAt(), u.getUpdatedAt(), u.getVersion());
  }

  private static Set<Long> ids(Set<AiSystem> systems) {
    return systems.stream().map(AiSystem::getId).collect(java.util.stream.Collectors.toSet());
  }

  private UseCase load(long id) {
    return repository.find(id).orElseThrow(() -> ProblemException.notFound("Use case", id));
  }

  private Instant now() {
    return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
  }
}
