package fr.vigie.ethics.control;

import fr.vigie.ethics.entity.ConditionStatus;
import fr.vigie.ethics.entity.EthicsCondition;
import fr.vigie.ethics.entity.EthicsDecision;
import fr.vigie.ethics.entity.EthicsReview;
import fr.vigie.platform.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Ethics reviews, decisions and conditions. */
@ApplicationScoped
public class EthicsRepository {

  @PersistenceContext(unitName = "vigie")
  EntityManager em;

  public boolean systemExists(long aiSystemId) {
    return em.createQuery("select count(s) from AiSystem s where s.id = :id", Long.class)
        .setParameter("id", aiSystemId).getSingleResult() > 0;
  }

  public Optional<EthicsReview> findReview(long id) {
    return Optional.ofNullable(em.find(EthicsReview.class, id));
  }

  public Optional<EthicsDecision> findDecision(long id) {
    return Optional.ofNullable(em.find(EthicsDecision.class, id));
  }

  /**
   * The decision, its row locked until the transaction ends (SELECT … FOR UPDATE): concurrent corrections of one
   * decision queue here, and each then sees whether an earlier one replaced it.
   */
  public Optional<EthicsDecision> lockDecision(long id) {
    return Optional.ofNullable(em.find(EthicsDecision.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  public Optional<EthicsCondition> findCondition(long id) {
    return Optional.ofNullable(em.find(EthicsCondition.class, id));
  }

  /** The reviews of a system, oldest first. */
  public List<EthicsReview> reviews(long aiSystemId) {
    return em.createQuery("select r from EthicsReview r where r.aiSystemId = :s order by r.id", EthicsReview.class)
        .setParameter("s", aiSystemId).getResultList();
  }

  /** The ids of the systems that have at least one review. */
  public List<Long> reviewedSystems() {
    return em.createQuery("select distinct r.aiSystemId from EthicsReview r order by r.aiSystemId", Long.class)
        .getResultList();
  }

  /** The decisions of a system, superseded ones included, in recording order. */
  public List<EthicsDecision> decisions(long aiSystemId) {
    return em.createQuery("select d from EthicsDecision d where d.aiSystemId = :s order by d.id",
        EthicsDecision.class).setParameter("s", aiSystemId).getResultList();
  }

  public List<EthicsDecision> decisionsOfReview(long reviewId) {
    return em.createQuery("select d from EthicsDecision d where d.reviewId = :r order by d.id", EthicsDecision.class)
        .setParameter("r", reviewId).getResultList();
  }

  public List<EthicsCondition> conditions(Collection<Long> decisionIds) {
    if (decisionIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery("select c from EthicsCondition c where c.decisionId in :d order by c.decisionId, c.itemNo",
        EthicsCondition.class).setParameter("d", decisionIds).getResultList();
  }

  /**
   * Conditions of decisions in force, due date first; filtered by system, status, and {@code overdue} (open and due
   * before {@code today}).
   */
  public List<ConditionRow> conditions(Long aiSystemId, ConditionStatus status, boolean overdue, LocalDate today,
      PageRequest paging) {
    return conditionQuery("select new fr.vigie.ethics.control.ConditionRow(c, s.id, s.name)", aiSystemId, status,
        overdue, today, " order by c.dueOn, c.id", ConditionRow.class).setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
  }

  public long countConditions(Long aiSystemId, ConditionStatus status, boolean overdue, LocalDate today) {
    return conditionQuery("select count(c)", aiSystemId, status, overdue, today, "", Long.class).getSingleResult();
  }

  private <T> TypedQuery<T> conditionQuery(String select, Long aiSystemId, ConditionStatus status, boolean overdue,
      LocalDate today, String tail, Class<T> type) {
    StringBuilder jpql = new StringBuilder(select).append(" from EthicsCondition c, EthicsDecision d, AiSystem s")
        .append(" where d.id = c.decisionId and s.id = d.aiSystemId and d.supersededById is null");
    if (aiSystemId != null) {
      jpql.append(" and d.aiSystemId = :s");
    }
    if (overdue) {
      jpql.append(" and c.status = :open and c.dueOn < :today");
    } else if (status != null) {
      jpql.append(" and c.status = :status");
    }
    TypedQuery<T> query = em.createQuery(jpql + tail, type);
    if (aiSystemId != null) {
      query.setParameter("s", aiSystemId);
    }
    if (overdue) {
      query.setParameter("open", ConditionStatus.OPEN).setParameter("today", today);
    } else if (status != null) {
      query.setParameter("status", status);
    }
    return query;
  }

  public void persist(Object entity) {
    em.persist(entity);
  }

  public void flush() {
    em.flush();
  }

  /**
   * Marks {@code oldId} superseded by {@code newId} if no decision replaced it yet, and gives it a new version; the
   * row stays locked by this update until the transaction ends. False when another decision replaced it first.
   */
  public boolean markSuperseded(long oldId, long newId) {
    return em.createQuery("update EthicsDecision d set d.supersededById = :n, d.version = d.version + 1"
            + " where d.id = :o and d.supersededById is null")
        .setParameter("n", newId).setParameter("o", oldId).executeUpdate() == 1;
  }

  public EthicsDecision reload(EthicsDecision decision) {
    em.refresh(decision);
    return decision;
  }
}
