package fr.vigie.biasreviews.control;

import fr.vigie.biasreviews.entity.BiasReview;
import fr.vigie.platform.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Recorded bias reviews. */
@ApplicationScoped
public class BiasReviewRepository {

  private static final Map<String, String> SORTABLE =
      Map.of("reviewedOn", "r.reviewedOn", "recordedAt", "r.recordedAt", "nextReviewOn", "r.nextReviewOn");

  @PersistenceContext(unitName = "vigie")
  EntityManager em;

  public boolean systemExists(long aiSystemId) {
    return em.createQuery("select count(s) from AiSystem s where s.id = :id", Long.class)
        .setParameter("id", aiSystemId).getSingleResult() > 0;
  }

  public Optional<BiasReview> find(long id) {
    return Optional.ofNullable(em.find(BiasReview.class, id));
  }

  /** The reviews of a system; {@code current}: only those not superseded (true), only superseded (false), all (null). */
  public List<BiasReview> list(long aiSystemId, Boolean current, PageRequest paging) {
    String order = paging.orders(SORTABLE.keySet(), "-reviewedOn").stream()
        .map(o -> SORTABLE.get(o.field()) + (o.ascending() ? " asc" : " desc"))
        .collect(Collectors.joining(", "));
    return where("select r from BiasReview r", current, " order by " + order + ", r.id", BiasReview.class,
        aiSystemId)
        .setFirstResult(paging.offset())
        .setMaxResults(paging.size())
        .getResultList();
  }

  public long count(long aiSystemId, Boolean current) {
    return where("select count(r) from BiasReview r", current, "", Long.class, aiSystemId).getSingleResult();
  }

  private <T> TypedQuery<T> where(String select, Boolean current, String tail, Class<T> type, long aiSystemId) {
    String filter = current == null ? "" : current ? " and r.supersededById is null" : " and r.supersededById is not null";
    return em.createQuery(select + " where r.aiSystemId = :s" + filter + tail, type).setParameter("s", aiSystemId);
  }

  /**
   * The reviews that set when each AI system still in use must be reviewed again: per system, its latest review in
   * force (newest review date, then newest id; a correction replaces the one it supersedes), when its next review
   * is on or before {@code limit}. Soonest first ({@code sort=-nextReviewOn}: latest first). Each row: the review and
   * its system's name.
   */
  public List<Object[]> due(LocalDate limit, PageRequest paging) {
    String direction = paging.orders(Set.of("nextReviewOn"), "nextReviewOn").get(0).ascending() ? " asc" : " desc";
    return em.createQuery("select r, s.name from BiasReview r, AiSystem s" + DUE + " order by r.nextReviewOn"
            + direction + ", r.id" + direction, Object[].class)
        .setParameter("limit", limit)
        .setFirstResult(paging.offset())
        .setMaxResults(paging.size())
        .getResultList();
  }

  public long countDue(LocalDate limit) {
    return em.createQuery("select count(r) from BiasReview r, AiSystem s" + DUE, Long.class)
        .setParameter("limit", limit).getSingleResult();
  }

  private static final String DUE = " where s.id = r.aiSystemId"
      + " and s.status <> fr.vigie.aisystems.entity.LifecycleStatus.RETIRED"
      + " and r.supersededById is null and r.nextReviewOn <= :limit"
      + " and not exists (select n.id from BiasReview n where n.aiSystemId = r.aiSystemId"
      + " and n.supersededById is null"
      + " and (n.reviewedOn > r.reviewedOn or (n.reviewedOn = r.reviewedOn and n.id > r.id)))";

  public void persist(BiasReview review) {
    em.persist(review);
  }

  public void flush() {
    em.flush();
  }

  /**
   * Marks {@code oldId} superseded by {@code newId} if no review replaced it yet, and gives it a new version; the
   * row is locked by this update until the transaction ends. Returns false when another review replaced it first.
   */
  public boolean markSuperseded(long oldId, long newId) {
    int updated = em.createQuery("update BiasReview r set r.supersededById = :n, r.version = r.version + 1"
            + " where r.id = :o and r.supersededById is null")
        .setParameter("n", newId).setParameter("o", oldId).executeUpdate();
    return updated == 1;
  }

  /** Reads the review again from the database (after {@link #markSuperseded}). */
  public BiasReview reload(BiasReview review) {
    em.refresh(review);
    return review;
  }
}
