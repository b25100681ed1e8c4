package fr.vigie.aisystems.control;

import fr.vigie.aisystems.entity.AiSystem;
import fr.vigie.monitoring.entity.AlertSeverity;
import fr.vigie.monitoring.entity.AlertStatus;
import fr.vigie.monitoring.entity.MonitoringFacts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads and writes AI systems. Listing and filtering go through {@link RegisterIndex}. */
@ApplicationScoped
public class AiSystemRepository {

  private static final int CHUNK = 500;

  @PersistenceContext(unitName = "vigie")
  EntityManager em;

  public Optional<AiSystem> find(long id) {
    return Optional.ofNullable(em.find(AiSystem.class, id));
  }

  /** The systems with these ids, in the order of the ids (unknown ids are skipped). */
  public List<AiSystem> findAll(List<Long> ids) {
    Map<Long, AiSystem> byId = new HashMap<>();
    for (int from = 0; from < ids.size(); from += CHUNK) {
      Collection<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
      em.createQuery("select s from AiSystem s where s.id in :ids", AiSystem.class)
          .setParameter("ids", chunk)
          .getResultList()
          .forEach(s -> byId.put(s.getId(), s));
    }
    List<AiSystem> ordered = new ArrayList<>(ids.size());
    ids.forEach(id -> Optional.ofNullable(byId.get(id)).ifPresent(ordered::add));
    return ordered;
  }

  /**
   * Every system as a list entry (establishments fetched in the query, tags in batches), with what its
   * monitoring status needs.
   */
  @Transactional
  public List<RegisterEntry> loadRegister() {
    Map<Long, MonitoringFacts> monitoring = monitoringFacts(null);
    return em.createQuery("select distinct s from AiSystem s left join fetch s.establishments", AiSystem.class)
        .getResultList()
        .stream()
        .map(s -> RegisterEntry.of(s, monitoring.getOrDefault(s.getId(), MonitoringFacts.NONE)))
        .toList();
  }

  /** What one system's monitoring status needs (its lines' earliest due date, its unresolved alerts). */
  public MonitoringFacts monitoringFacts(long id) {
    return monitoringFacts(Long.valueOf(id)).getOrDefault(id, MonitoringFacts.NONE);
  }

  /**
   * Per system with monitoring lines: the earliest next-check due date of its lines and the severities of its
   * unresolved alerts (two grouped queries over the monitoring tables; of one system, or of all for null).
   */
  private Map<Long, MonitoringFacts> monitoringFacts(Long only) {
    String one = only == null ? "" : " and l.aiSystemId = :id";
    var lines = em.createQuery("select l.aiSystemId, min(l.nextDueOn) from MonitoringLine l where 1 = 1" + one
        + " group by l.aiSystemId", Object[].class);
    var alerts = em.createQuery("select a.aiSystemId, a.severity from MonitoringAlert a, MonitoringLine l"
        + " where l.id = a.lineId and a.status <> :resolved" + one + " group by a.aiSystemId, a.severity",
        Object[].class).setParameter("resolved", AlertStatus.RESOLVED);
    if (only != null) {
      lines.setParameter("id", only);
      alerts.setParameter("id", only);
    }
    Map<Long, LocalDate> due = new HashMap<>();
    lines.getResultList().forEach(r -> due.put((Long) r[0], (LocalDate) r[1]));
    Map<Long, Set<AlertSeverity>> severities = new HashMap<>();
    alerts.getResultList().forEach(r -> severities.computeIfAbsent((Long) r[0], k -> EnumSet.noneOf(AlertSeverity.class))
        .add((AlertSeverity) r[1]));
    Map<Long, MonitoringFacts> facts = new HashMap<>();
    due.forEach((system, earliest) -> {
      Set<AlertSeverity> open = severities.getOrDefault(system, Set.of());
      facts.put(system, new MonitoringFacts(true, earliest, open.contains(AlertSeverity.SIGNIFICANT),
          open.contains(AlertSeverity.MODERATE)));
    });
    return facts;
  }

  public void persist(AiSystem system) {
    em.persist(system);
  }

  public void remove(AiSystem system) {
    em.remove(system);
  }

  public void flush() {
    em.flush();
  }
}
