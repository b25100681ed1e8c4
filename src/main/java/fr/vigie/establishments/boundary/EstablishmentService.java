package fr.vigie.establishments.boundary;

import fr.vigie.audit.boundary.AuditTrail;
import fr.vigie.audit.boundary.HistoryPage;
import fr.vigie.establishments.control.EstablishmentFilter;
import fr.vigie.establishments.control.EstablishmentRepository;
import fr.vigie.establishments.entity.Establishment;
import fr.vigie.platform.concurrency.Versions;
import fr.vigie.platform.i18n.Messages;
import fr.vigie.platform.crud.CrudService;
import fr.vigie.platform.paging.PageRequest;
import fr.vigie.platform.problem.ProblemException;
import fr.vigie.platform.problem.ProblemType;
import fr.vigie.platform.problem.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Establishments of the GHT: the transaction boundary of the feature. */
@ApplicationScoped
@Transactional
public class EstablishmentService implements CrudService<EstablishmentDto, EstablishmentRequest> {

  public static final String AUDIT_TYPE = "Establishment";

  @Inject EstablishmentRepository repository;
  @Inject EstablishmentMapper mapper;
  @Inject AuditTrail audit;

  public EstablishmentPage list(EstablishmentFilter filter, PageRequest paging) {
    var items = repository.search(filter, paging).stream().map(mapper::toDto).toList();
    return new EstablishmentPage(items, repository.count(filter), paging.page(), paging.size());
  }

  @Override
  public EstablishmentDto get(long id) {
    return mapper.toDto(load(id));
  }

  @Override
  public EstablishmentDto create(EstablishmentRequest request) {
    return create(request, false);
  }

  public EstablishmentDto create(EstablishmentRequest request, boolean demo) {
    requireUniqueFiness(request.finess, null);
    var establishment =
        new Establishment(request.name.trim(), request.shortName.trim(), request.finess, request.type);
    establishment.changeArchived(request.archived);
    if (demo) {
      establishment.markAsDemo();
    }
    repository.persist(establishment);
    repository.flush();
    var dto = mapper.toDto(establishment);
    audit.record(AUDIT_TYPE, establishment.getId(), null, dto);
    return dto;
  }

  @Override
  public EstablishmentDto update(long id, long expectedVersion, EstablishmentRequest request) {
    var establishment = load(id);
    Versions.check(expectedVersion, establishment.getVersion(), "This establishment");
    requireUniqueFiness(request.finess, id);
    var before = mapper.toDto(establishment);
    establishment.rename(request.name.trim(), request.shortName.trim());
    establishment.changeFiness(request.finess);
    establishment.changeType(request.type);
    establishment.changeArchived(request.archived);
    repository.flush();
    var after = mapper.toDto(establishment);
    audit.record(AUDIT_TYPE, id, before, after);
    return after;
  }

  @Override
  public void delete(long id, long expectedVersion) {
    var establishment = load(id);
    Versions.check(expectedVersion, establishment.getVersion(), "This establishment");
    var before = mapper.toDto(establishment);
    repository.remove(establishment);
    try {
      repository.flush();
    } catch (PersistenceException stillReferenced) {
      throw new ProblemException(
          ProblemType.CONFLICT, Messages.get("vigie.establishment.referenced", before.shortName()));
    }
    audit.record(AUDIT_TYPE, id, before, null);
  }

  /** The history; that of a deleted establishment for the roles that may read it (see AuditTrail). */
  public HistoryPage history(long id, PageRequest paging) {
    if (repository.find(id).isEmpty() && !audit.deletedHistoryReadable(AUDIT_TYPE, id)) {
      throw ProblemException.notFound("Establishment", id);
    }
    return audit.history(AUDIT_TYPE, id, paging);
  }

  /**
   * The establishments with these ids, for features that link to them. An unknown id is a 400 on
   * {@code field}.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Set<Establishment> resolve(Collection<Long> ids, String field) {
    Set<Long> wanted = new LinkedHashSet<>(ids);
    List<Establishment> found = repository.findAll(wanted);
    if (found.size() != wanted.size()) {
      found.forEach(e -> wanted.remove(e.getId()));
      throw new ProblemException(
          ProblemType.VALIDATION,
          field + ": unknown establishment(s) " + wanted,
          List.of(new Violation(field, Messages.get("vigie.establishments.unknown", wanted.toString()))));
    }
    return new LinkedHashSet<>(found);
  }

  /**
   * Refuses to link archived establishments to an AI system that did not name them yet ({@code
   * linked}: the establishments it names now). A 400 on {@code field}.
   */
  public void requireLinkable(Collection<Establishment> wanted, Collection<Establishment> linked, String field) {
    List<String> archived =
        wanted.stream()
            .filter(Establishment::isArchived)
            .filter(e -> linked.stream().noneMatch(l -> l.getId().equals(e.getId())))
            .map(Establishment::getShortName)
            .sorted()
            .toList();
    if (!archived.isEmpty()) {
      throw ProblemException.invalid(
          field, Messages.get("vigie.establishments.archived", String.join(", ", archived)));
    }
  }

  private Establishment load(long id) {
    return repository.find(id).orElseThrow(() -> ProblemException.notFound("Establishment", id));
  }

  private void requireUniqueFiness(String finess, Long exceptId) {
    repository
        .findByFiness(finess)
        .filter(e -> !e.getId().equals(exceptId))
        .ifPresent(
            e -> {
              String detail = Messages.get("vigie.establishment.finessUsed", finess, e.getShortName());
              throw new ProblemException(
                  ProblemType.CONFLICT,
                  detail,
                  List.of(new Violation("finess", Messages.get("vigie.unique.uq_establishment_finess"))));
            });
  }
}
