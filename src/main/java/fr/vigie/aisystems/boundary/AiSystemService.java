package fr.vigie.aisystems.boundary;

import fr.vigie.aisystems.control.AiSystemFilter;
import fr.vigie.aisystems.control.AiSystemRepository;
import fr.vigie.aisystems.control.RegisterEntry;
import fr.vigie.aisystems.control.RegisterIndex;
import fr.vigie.aisystems.entity.AiSystem;
import fr.vigie.audit.boundary.AuditTrail;
import fr.vigie.audit.boundary.HistoryPage;
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
import java.util.List;
import java.util.Set;

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

  public List<AiSystemDto> export(AiSystemFilter filter, PageRequest sorting) {
    LocalDate today = today();
    List<Long> ids = index.searchAll(filter, sorting, today).stream().map(RegisterEntry::id).toList();
    return repository.findAll(ids).stream().map(s -> mapper.toDto(s, today)).toList();
  }

  @Override
  public AiSystemDto get(long id) {
    return mapper.toDto(load(id), today());
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
    var dto = mapper.toDto(system, today());
    audit.record(AUDIT_TYPE, system.getId(), null, dto);
    return dto;
  }

  @Override
  public AiSystemDto update(long id, long expectedVersion, AiSystemRequest request) {
    var system = load(id);
    Versions.check(expectedVersion, system.getVersion(), "This AI system");
    var before = mapper.toDto(system, today());
    apply(request, system);
    repository.flush();
    var after = mapper.toDto(system, today());
    audit.record(AUDIT_TYPE, id, before, after);
    return after;
  }

  @Override
  public void delete(long id, long expectedVersion) {
    var system = load(id);
    Versions.check(expectedVersion, system.getVersion(), "This AI system");
    var before = mapper.toDto(system, today());
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

  private AiSystem load(long id) {
    return repository.find(id).orElseThrow(() -> ProblemException.notFound("AI system", id));
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
