package fr.vigie.aisystems.boundary;

import fr.vigie.aisystems.control.AiSystemFilter;
import fr.vigie.aisystems.control.AiSystemRepository;
import fr.vigie.aisystems.control.RegisterEntry;
import fr.vigie.aisystems.control.RegisterIndex;
import fr.vigie.aisystems.entity.AiActRoute;
import fr.vigie.aisystems.entity.AiSystem;
import fr.vigie.aisystems.entity.LifecycleStatus;
import fr.vigie.audit.boundary.AuditTrail;
import fr.vigie.audit.boundary.HistoryPage;
import fr.vigie.audit.boundary.TrailEntry;
import fr.vigie.establishments.boundary.EstablishmentService;
import fr.vigie.platform.concurrency.Versions;
import fr.vigie.platform.crud.CrudService;
import fr.vigie.platform.paging.PageRequest;
import fr.vigie.platform.problem.ProblemException;
import fr.vigie.platform.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/** The register of AI systems: the one transaction boundary of the feature. */
@ApplicationScoped
@Transactional
public class AiSystemService implements CrudService<AiSystemDto, AiSystemRequest> {

  public static final String AUDIT_TYPE = "AiSystem";
  /** Dates (review due, status change) are civil dates in metropolitan France. */
  static final ZoneId HOSPITAL_ZONE = ZoneId.of("Europe/Paris");

  @Inject AiSystemRepository repository;
  @Inject AiSystemMapper mapper;
  @Inject EstablishmentService establishments;
  @Inject AuditTrail audit;
  @Inject RegisterIndex index;
  @Inject RegisterRows rows;

  Clock clock = Clock.system(HOSPITAL_ZONE);

  /** Served by the in-memory index: no transaction needed (the index loads itself in one). */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public AiSystemPage list(AiSystemFilter filter, PageRequest paging) {
    LocalDate today = today();
    var slice = index.search(filter, paging, today);
    var items = slice.items().stream().map(e -> rows.summary(e, today)).toList();
    return new AiSystemPage(items, slice.total(), paging.page(), paging.size());
  }

  /** How many recent changes the overview shows. */
  static final int RECENT_CHANGES = 5;

  /**
   * The register at a glance. The figures are counted on one validated state of the read model with
   * the very filters their queries express; the recent changes are read from the audit trail (the
   * changes of deleted systems only for the roles that may read their history, see AuditTrail).
   */
  public RegisterOverview overview() {
    LocalDate today = today();
    List<AiSystemFilter> filters = new ArrayList<>();
    filters.add(new AiSystemFilter());
    for (LifecycleStatus status : LifecycleStatus.values()) {
      var f = new AiSystemFilter();
      f.status = status;
      filters.add(f);
    }
    for (AiActRoute route : AiActRoute.values()) {
      var f = new AiSystemFilter();
      f.aiActRoute = route;
      filters.add(f);
    }
    var overdue = new AiSystemFilter();
    overdue.reviewOverdue = true;
    var dueSoon = new AiSystemFilter();
    dueSoon.reviewDueSoon = true;
    var noDpia = new AiSystemFilter();
    noDpia.dpiaMissing = true;
    var noOwner = new AiSystemFilter();
    noOwner.ownerMissing = true;
    filters.addAll(List.of(overdue, dueSoon, noDpia, noOwner));

    var counts = index.count(filters, today);
    IntFunction<RegisterFigure> figure = i -> new RegisterFigure(counts.matching()[i], filters.get(i).toQuery());
    int at = 1;
    List<RegisterStatusFigure> byStatus = new ArrayList<>();
    for (LifecycleStatus status : LifecycleStatus.values()) {
      byStatus.add(new RegisterStatusFigure(status, counts.matching()[at], filters.get(at++).toQuery()));
    }
    List<RegisterRouteFigure> byRoute = new ArrayList<>();
    for (AiActRoute route : AiActRoute.values()) {
      byRoute.add(new RegisterRouteFigure(route, counts.matching()[at], filters.get(at++).toQuery()));
    }
    return new RegisterOverview(figure.apply(0), byStatus, byRoute, figure.apply(at), figure.apply(at + 1),
        figure.apply(at + 2), figure.apply(at + 3), recentChanges(counts.entries()));
  }

  /**
   * The latest changes, newest first. Callers who may not read the history of deleted systems do
   * not see their changes either (a few more entries are read so that they still get a full list).
   */
  private List<RegisterChange> recentChanges(Map<Long, RegisterEntry> register) {
    boolean withDeleted = audit.callerReadsDeletedHistory();
    List<TrailEntry> latest = audit.latest(AUDIT_TYPE, withDeleted ? RECENT_CHANGES : RECENT_CHANGES * 4);
    List<TrailEntry> shown = latest.stream()
        .filter(e -> withDeleted || register.containsKey(e.entityId()))
        .limit(RECENT_CHANGES)
        .toList();
    Set<Long> gone = new HashSet<>();
    shown.forEach(e -> {
      if (!register.containsKey(e.entityId())) {
        gone.add(e.entityId());
      }
    });
    Map<Long, String> lastNames = audit.lastRecordedValues(AUDIT_TYPE, gone, "name");
    return shown.stream()
        .map(e -> {
          RegisterEntry current = register.get(e.entityId());
          String name = current != null ? current.name() : lastNames.getOrDefault(e.entityId(), "#" + e.entityId());
          return new RegisterChange(e.entityId(), name, current == null, e.action(), e.actor(), e.occurredAt(), e.fields());
        })
        .toList();
  }

  public List<AiSystemDto> export(AiSystemFilter filter, PageRequest sorting) {
    LocalDate today = today();
    Map<Long, RegisterEntry> entries = new LinkedHashMap<>();
    index.searchAll(filter, sorting, today).forEach(e -> entries.put(e.id(), e));
    return repository.findAll(List.copyOf(entries.keySet())).stream()
        .map(s -> mapper.toDto(s, today, entries.get(s.getId()).monitoringStatus(today))).toList();
  }

  @Override
  public AiSystemDto get(long id) {
    return detail(load(id));
  }

  @Override
  public AiSystemDto create(AiSystemRequest request) {
    return create(request, false);
  }

  /** Creates a system; {@code demo} marks demo data (only the demo loader sets it). */
  public AiSystemDto create(AiSystemRequest request, boolean demo) {
    var system = new AiSystem();
    apply(request, system);
    if (demo) {
      system.markAsDemo();
    }
    repository.persist(system);
    repository.flush();
    audit.record(AUDIT_TYPE, system.getId(), null, snapshot(system));
    return detail(system);
  }

  @Override
  public AiSystemDto update(long id, long expectedVersion, AiSystemRequest request) {
    var system = load(id);
    Versions.check(expectedVersion, system.getVersion(), "This AI system");
    var before = snapshot(system);
    apply(request, system);
    repository.flush();
    audit.record(AUDIT_TYPE, id, before, snapshot(system));
    return detail(system);
  }

  @Override
  public void delete(long id, long expectedVersion) {
    var system = load(id);
    Versions.check(expectedVersion, system.getVersion(), "This AI system");
    var before = snapshot(system);
    repository.remove(system);
    repository.flush();
    audit.record(AUDIT_TYPE, id, before, null);
  }

  /** The history; that of a deleted system for the roles that may read it (see AuditTrail). */
  public HistoryPage history(long id, PageRequest paging) {
    if (repository.find(id).isEmpty() && !audit.deletedHistoryReadable(AUDIT_TYPE, id)) {
      throw ProblemException.notFound("AI system", id);
    }
    return audit.history(AUDIT_TYPE, id, paging);
  }

  /**
   * Copies the request onto the entity and checks it. Every query (the establishments) runs before
   * the managed entity is touched: a query after a change would auto-flush the half-applied entity
   * and its {@code @PreUpdate} guard would fail inside the flush (a 500 instead of this problem).
   * A refusal throws before any flush, and the transaction rolls back.
   */
  private void apply(AiSystemRequest request, AiSystem system) {
    Set<Long> ids = request.establishmentIds == null ? Set.of() : request.establishmentIds;
    var linked = establishments.resolve(ids, "establishmentIds");
    establishments.requireLinkable(linked, system.getEstablishments(), "establishmentIds");
    mapper.update(request, system);
    system.changeStatus(request.status, request.statusChangedOn, today());
    system.replaceEstablishments(linked);
    var fieldViolations = system.fieldViolations();
    if (!fieldViolations.isEmpty()) {
      throw ProblemException.invalid(fieldViolations);
    }
    var rules = system.ruleViolations();
    if (!rules.isEmpty()) {
      throw new ProblemException(ProblemType.BUSINESS_RULE, String.join(" ", rules));
    }
  }

  /** The detail with its monitoring status today. */
  private AiSystemDto detail(AiSystem system) {
    LocalDate today = today();
    return mapper.toDto(system, today, repository.monitoringFacts(system.getId()).status(today));
  }

  /** What the audit trail records: the recorded fields, without the computed monitoring status. */
  private AiSystemDto snapshot(AiSystem system) {
    return mapper.toDto(system, today(), null);
  }

  private AiSystem load(long id) {
    return repository.find(id).orElseThrow(() -> ProblemException.notFound("AI system", id));
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
