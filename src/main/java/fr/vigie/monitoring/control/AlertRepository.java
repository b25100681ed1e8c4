package fr.vigie.monitoring.control;

import fr.vigie.monitoring.entity.MonitoringAlert;
import fr.vigie.monitoring.entity.MonitoringLine;
import fr.vigie.platform.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Alerts of monitoring lines, with the names their lists show, and the row locks that order their changes. */
@ApplicationScoped
public class AlertRepository {

  private static final Map<String, String> SORTABLE =
      Map.of("openedAt", "a.openedAt", "severity", "a.severity", "lastBreachAt", "a.lastBreachAt");
  private static final String VIEW = "select a, l.name, l.owner, s.name from MonitoringAlert a, MonitoringLine l,"
      + " AiSystem s where l.id = a.lineId and s.id = a.aiSystemId";

  /** An alert with the names of its line, the line's owner and its AI system. */
  public record AlertView(MonitoringAlert alert, String lineName, String lineOwner, String aiSystemName) {}

  /** A line whose next check is overdue, with its AI system's name. */
  public record LineView(MonitoringLine line, String aiSystemName) {}

  @PersistenceContext(unitName = "vigie")
  EntityManager em;

  public Optional<MonitoringAlert> find(long id) {
    return Optional.ofNullable(em.find(MonitoringAlert.class, id));
  }

  /** Reads the alert again from the database (after its line was locked). */
  public void refresh(MonitoringAlert alert) {
    em.refresh(alert);
  }

  /**
   * The line's open or acknowledged alert (at most one, by the unique {@code open_line_id}), with the names its DTO
   * shows (one query).
   */
  public Optional<AlertView> unresolvedView(long lineId) {
    return views(VIEW + " and a.openLineId = :l", Map.of("l", lineId), 0, 1).stream().findFirst();
  }

  public Optional<AlertView> view(long id) {
    return views(VIEW + " and a.id = :id", Map.of("id", id), 0, 1).stream().findFirst();
  }

  public List<AlertView> page(AlertFilter filter, PageRequest paging) {
    Map<String, Object> params = new HashMap<>();
    String where = where(filter, params);
    String order = paging.orders(SORTABLE.keySet(), "-openedAt").stream()
        .map(o -> SORTABLE.get(o.field()) + (o.ascending() ? " asc" : " desc"))
        .collect(Collectors.joining(", "));
    return views(VIEW + where + " order by " + order + ", a.id desc", params, paging.offset(), paging.size());
  }

  public long count(AlertFilter filter) {
    Map<String, Object> params = new HashMap<>();
    String where = where(filter, params);
    TypedQuery<Long> query = em.createQuery("select count(a) from MonitoringAlert a where 1 = 1" + where, Long.class);
    params.forEach(query::setParameter);
    return query.getSingleResult();
  }

  /** The unresolved alerts of the lines of one owner, or of every owner (null), most severe and oldest first. */
  public List<AlertView> unresolvedByOwner(String owner) {
    Map<String, Object> params = new HashMap<>(Map.of("unresolved", AlertStatusFilter.UNRESOLVED.statuses()));
    String where = " and a.status in :unresolved";
    if (owner != null) {
      where += " and l.owner = :owner";
      params.put("owner", owner);
    }
    return views(VIEW + where + " order by a.severity desc, a.openedAt, a.id", params, 0, Integer.MAX_VALUE);
  }

  /** The lines whose next check was due before today, of one owner or of every owner (null), latest first. */
  public List<LineView> overdueLines(LocalDate today, String owner) {
    String where = owner == null ? "" : " and l.owner = :owner";
    TypedQuery<Object[]> query = em.createQuery("select l, s.name from MonitoringLine l, AiSystem s"
            + " where s.id = l.aiSystemId and l.nextDueOn < :today" + where + " order by l.nextDueOn, l.id",
        Object[].class).setParameter("today", today);
    if (owner != null) {
      query.setParameter("owner", owner);
    }
    return query.getResultList().stream().map(r -> new LineView((MonitoringLine) r[0], (String) r[1])).toList();
  }

  public void persist(MonitoringAlert alert) {
    em.persist(alert);
  }

  public void flush() {
    em.flush();
  }

  private static String where(AlertFilter filter, Map<String, Object> params) {
    StringBuilder where = new StringBuilder();
    if (filter.aiSystemId != null) {
      where.append(" and a.aiSystemId = :system");
      params.put("system", filter.aiSystemId);
    }
    if (filter.lineId != null) {
      where.append(" and a.lineId = :line");
      params.put("line", filter.lineId);
    }
    if (filter.status != null) {
      where.append(" and a.status in :statuses");
      params.put("statuses", filter.status.statuses());
    }
    return where.toString();
  }

  private List<AlertView> views(String jpql, Map<String, Object> params, int offset, int size) {
    TypedQuery<Object[]> query = em.createQuery(jpql, Object[].class).setFirstResult(offset).setMaxResults(size);
    params.forEach(query::setParameter);
    List<AlertView> views = new ArrayList<>();
    for (Object[] r : query.getResultList()) {
      views.add(new AlertView((MonitoringAlert) r[0], (String) r[1], (String) r[2], (String) r[3]));
    }
    return views;
  }
}
