package fr.vigie.incidents.control;

import fr.vigie.incidents.entity.DutyState;
import fr.vigie.incidents.entity.Incident;
import fr.vigie.incidents.entity.IncidentDuty;
import fr.vigie.incidents.entity.IncidentRule;
import fr.vigie.incidents.entity.IncidentStatus;
import fr.vigie.platform.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Incidents, their duties and the reporting rules (read from the database on every use: no cache). */
@ApplicationScoped
public class IncidentRepository {

  private static final Map<String, String> SORTABLE =
      Map.of("awareAt", "i.awareAt", "createdAt", "i.createdAt", "status", "i.status");

  @PersistenceContext(unitName = "vigie")
  EntityManager em;

  public <T> Optional<T> find(Class<T> type, long id) {
    return Optional.ofNullable(em.find(type, id));
  }

  public Optional<Incident> findForUpdate(long id) {
    return Optional.ofNullable(em.find(Incident.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  public void persist(Object entity) {
    em.persist(entity);
  }

  public void remove(Object entity) {
    em.remove(entity);
  }

  public void flush() {
    em.flush();
  }

  public List<IncidentRule> rules() {
    return em.createQuery("select r from IncidentRule r order by r.position, r.effectiveFrom, r.code",
        IncidentRule.class).getResultList();
  }

  public List<IncidentDuty> duties(long incidentId) {
    return em.createQuery("select d from IncidentDuty d where d.incidentId = :id order by d.id", IncidentDuty.class)
        .setParameter("id", incidentId).getResultList();
  }

  public Map<Long, List<IncidentDuty>> duties(Collection<Long> incidentIds) {
    if (incidentIds.isEmpty()) {
      return Map.of();
    }
    return em.createQuery("select d from IncidentDuty d where d.incidentId in :ids order by d.id", IncidentDuty.class)
        .setParameter("ids", incidentIds).getResultList().stream()
        .collect(Collectors.groupingBy(IncidentDuty::getIncidentId));
  }

  /** Filter of the list: every criterion optional; {@code open}: not closed (true) or closed (false). */
  public record Filter(Long aiSystemId, IncidentStatus status, Boolean open) {}

  public List<Incident> list(Filter filter, PageRequest paging) {
    String order = paging.orders(SORTABLE.keySet(), "-awareAt").stream()
        .map(o -> SORTABLE.get(o.field()) + (o.ascending() ? " asc" : " desc"))
        .collect(Collectors.joining(", "));
    return where("select i from Incident i", filter, " order by " + order + ", i.id desc", Incident.class)
        .setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
  }

  public List<Incident> all(Filter filter) {
    return where("select i from Incident i", filter, " order by i.awareAt desc, i.id desc", Incident.class)
        .setMaxResults(10_000).getResultList();
  }

  public long count(Filter filter) {
    return where("select count(i) from Incident i", filter, "", Long.class).getSingleResult();
  }

  private <T> TypedQuery<T> where(String select, Filter f, String tail, Class<T> type) {
    StringBuilder jpql = new StringBuilder(select).append(" where 1 = 1");
    if (f.aiSystemId() != null) {
      jpql.append(" and i.aiSystemId = :system");
    }
    if (f.status() != null) {
      jpql.append(" and i.status = :status");
    }
    if (f.open() != null) {
      jpql.append(f.open() ? " and i.status <> :closed" : " and i.status = :closed");
    }
    TypedQuery<T> query = em.createQuery(jpql + tail, type);
    if (f.aiSystemId() != null) {
      query.setParameter("system", f.aiSystemId());
    }
    if (f.status() != null) {
      query.setParameter("status", f.status());
    }
    if (f.open() != null) {
      query.setParameter("closed", IncidentStatus.CLOSED);
    }
    return query;
  }

  /** TO_DO duties of incidents not closed with a deadline before {@code before}, earliest first. */
  public List<IncidentDuty> dutiesDueBefore(Instant before, int max) {
    return em.createQuery("select d from IncidentDuty d, Incident i where i.id = d.incidentId"
            + " and i.status <> :closed and d.state = :todo and d.deadlineAt < :before"
            + " order by d.deadlineAt, d.id", IncidentDuty.class)
        .setParameter("closed", IncidentStatus.CLOSED).setParameter("todo", DutyState.TO_DO)
        .setParameter("before", before).setMaxResults(max).getResultList();
  }

  public Map<Long, String> systemNames(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return em.createQuery("select s.id, s.name from AiSystem s where s.id in :ids", Object[].class)
        .setParameter("ids", ids).getResultList().stream()
        .collect(Collectors.toMap(r -> (Long) r[0], r -> (String) r[1]));
  }

  public Map<Long, String> establishmentNames(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return em.createQuery("select e.id, e.shortName from Establishment e where e.id in :ids", Object[].class)
        .setParameter("ids", ids).getResultList().stream()
        .collect(Collectors.toMap(r -> (Long) r[0], r -> (String) r[1]));
  }
}
