package fr.vigie.monitoring.control;

import fr.vigie.monitoring.entity.MonitoringCheck;
import fr.vigie.monitoring.entity.MonitoringLine;
import fr.vigie.platform.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Monitoring lines and their checks. */
@ApplicationScoped
public class MonitoringRepository {

  private static final Map<String, String> LINE_SORTABLE =
      Map.of("name", "l.name", "watchedKind", "l.watchedKind", "method", "l.method", "cadence", "l.cadence",
          "owner", "l.owner");

  @PersistenceContext(unitName = "vigie")
  EntityManager em;

  public boolean systemExists(long aiSystemId) {
    return em.createQuery("select count(s) from AiSystem s where s.id = :id", Long.class)
        .setParameter("id", aiSystemId).getSingleResult() > 0;
  }

  public Optional<MonitoringLine> findLine(long id) {
    return Optional.ofNullable(em.find(MonitoringLine.class, id));
  }

  /**
   * Locks a line's row until the transaction ends (SELECT … FOR UPDATE) and reads it after the lock, so the state
   * is the committed one. Checks, line changes and alert changes of a line take this lock before they write
   * anything, so they happen one after the other on every instance; a posting of many lines locks them in
   * ascending id order, so two postings never wait for each other in a circle.
   */
  public Optional<MonitoringLine> lockLine(long id) {
    return Optional.ofNullable(em.find(MonitoringLine.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  /**
   * Sets the line's {@code next_due_on} from the end of its latest checked period (after an edit of its cadence or
   * start): in memory, and for a stored line with an UPDATE of that column alone, so the line's version (its ETag)
   * stays as it is.
   */
  public void refreshNextDue(MonitoringLine line) {
    write(line, line.getLastPeriodEnd());
  }

  /**
   * A check of a locked line for a period ending on {@code periodEnd} was stored: moves the line's latest checked
   * period end and next due date on (a check of an earlier period moves neither). Its own UPDATE of those two
   * columns, so a check changes no version (a check is no edit of the line). Being a native statement it flushes
   * the transaction's pending changes first, so callers make it their last write: the register revision trigger
   * of the lines' and alerts' table then takes its one-row lock just before the commit, not for the whole check.
   */
  public void recordCheckedPeriod(MonitoringLine line, LocalDate periodEnd) {
    LocalDate last = line.getLastPeriodEnd();
    write(line, last == null || periodEnd.isAfter(last) ? periodEnd : last);
  }

  private void write(MonitoringLine line, LocalDate lastPeriodEnd) {
    LocalDate due = line.nextDue(lastPeriodEnd);
    if (due.equals(line.getNextDueOn()) && java.util.Objects.equals(lastPeriodEnd, line.getLastPeriodEnd())) {
      return;
    }
    line.setNextDueOn(due);
    line.setLastPeriodEnd(lastPeriodEnd);
    if (line.getId() != null) {
      em.createNativeQuery("UPDATE monitoring_line SET next_due_on = ?1, last_period_end = ?2 WHERE id = ?3")
          .setParameter(1, due).setParameter(2, lastPeriodEnd).setParameter(3, line.getId()).executeUpdate();
    }
  }

  /** The name of an AI system (which exists: a line refers to it). */
  public String systemName(long aiSystemId) {
    return em.createQuery("select s.name from AiSystem s where s.id = :id", String.class)
        .setParameter("id", aiSystemId).getSingleResult();
  }

  public long countLines(long aiSystemId) {
    return em.createQuery("select count(l) from MonitoringLine l where l.aiSystemId = :s", Long.class)
        .setParameter("s", aiSystemId).getSingleResult();
  }

  public List<MonitoringLine> lines(long aiSystemId, PageRequest paging) {
    String order = paging.orders(LINE_SORTABLE.keySet(), "name").stream()
        .map(o -> LINE_SORTABLE.get(o.field()) + (o.ascending() ? " asc" : " desc"))
        .collect(Collectors.joining(", "));
    return em.createQuery("select l from MonitoringLine l where l.aiSystemId = :s order by " + order + ", l.id",
            MonitoringLine.class)
        .setParameter("s", aiSystemId)
        .setFirstResult(paging.offset())
        .setMaxResults(paging.size())
        .getResultList();
  }

  public long countChecks(long lineId) {
    return em.createQuery("select count(c) from MonitoringCheck c where c.lineId = :l", Long.class)
        .setParameter("l", lineId).getSingleResult();
  }

  /** Newest period first by default ({@code sort=periodEnd} for the oldest first). */
  public List<MonitoringCheck> checks(long lineId, PageRequest paging) {
    String direction = paging.orders(Set.of("periodEnd"), "-periodEnd").get(0).ascending() ? " asc" : " desc";
    return em.createQuery("select c from MonitoringCheck c where c.lineId = :l order by c.periodEnd" + direction
            + ", c.periodStart" + direction + ", c.id" + direction, MonitoringCheck.class)
        .setParameter("l", lineId)
        .setFirstResult(paging.offset())
        .setMaxResults(paging.size())
        .getResultList();
  }

  public Optional<MonitoringCheck> findCheck(long lineId, LocalDate start, LocalDate end) {
    return em.createQuery("select c from MonitoringCheck c where c.lineId = :l and c.periodStart = :s"
            + " and c.periodEnd = :e", MonitoringCheck.class)
        .setParameter("l", lineId).setParameter("s", start).setParameter("e", end).getResultStream().findFirst();
  }

  public boolean checkExists(long lineId, LocalDate start, LocalDate end) {
    return em.createQuery("select count(c) from MonitoringCheck c where c.lineId = :l and c.periodStart = :s"
            + " and c.periodEnd = :e", Long.class)
        .setParameter("l", lineId).setParameter("s", start).setParameter("e", end).getSingleResult() > 0;
  }

  public void persist(Object entity) {
    em.persist(entity);
  }

  public void remove(MonitoringLine line) {
    em.remove(line);
  }

  public void flush() {
    em.flush();
  }
}
