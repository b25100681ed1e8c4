package fr.vigie.scoring.control;

import fr.vigie.scoring.entity.RatingSet;
import fr.vigie.scoring.entity.ScoringCriterion;
import fr.vigie.scoring.entity.ScoringGrid;
import fr.vigie.scoring.entity.UseCaseScore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Grids, rating sets and aggregates of the scoring feature. */
@ApplicationScoped
public class ScoringRepository {

  /** The family of the default hospital grid shipped by V035: a use case rated for the first time uses its latest version. */
  public static final String DEFAULT_FAMILY = "hopital";

  @PersistenceContext(unitName = "vigie")
  EntityManager em;

  public Optional<ScoringGrid> grid(long id) {
    return Optional.ofNullable(em.find(ScoringGrid.class, id));
  }

  /** Every version (latestOnly false) or the latest version of each family, by family then version. */
  public List<ScoringGrid> grids(boolean latestOnly) {
    String where = latestOnly ? " where g.versionNumber = (select max(h.versionNumber) from ScoringGrid h"
        + " where h.familyCode = g.familyCode)" : "";
    return em.createQuery("select g from ScoringGrid g" + where + " order by g.familyCode, g.versionNumber",
        ScoringGrid.class).getResultList();
  }

  public int latestVersionNumber(String familyCode) {
    Integer max = em.createQuery("select max(g.versionNumber) from ScoringGrid g where g.familyCode = :f",
        Integer.class).setParameter("f", familyCode).getSingleResult();
    return max == null ? 0 : max;
  }

  public Optional<ScoringGrid> latest(String familyCode) {
    return em.createQuery("select g from ScoringGrid g where g.familyCode = :f order by g.versionNumber desc",
        ScoringGrid.class).setParameter("f", familyCode).setMaxResults(1).getResultStream().findFirst();
  }

  public boolean familyExists(String familyCode) {
    return latestVersionNumber(familyCode) > 0;
  }

  public Optional<ScoringCriterion> criterion(long id) {
    return Optional.ofNullable(em.find(ScoringCriterion.class, id));
  }

  public void persist(Object entity) {
    em.persist(entity);
  }

  public void flush() {
    em.flush();
  }

  public boolean useCaseExists(long useCaseId) {
    return !em.createNativeQuery("select id from use_case where id = ?1").setParameter(1, useCaseId)
        .getResultList().isEmpty();
  }

  /**
   * Locks the use case row until the transaction ends (false when it does not exist). Every scoring write takes this
   * lock first, so the creation of the aggregate row and its recomputation are serialised across instances.
   */
  public boolean lockUseCase(long useCaseId) {
    return !em.createNativeQuery("select id from use_case where id = ?1 for update").setParameter(1, useCaseId)
        .getResultList().isEmpty();
  }

  public Optional<UseCaseScore> score(long useCaseId) {
    return Optional.ofNullable(em.find(UseCaseScore.class, useCaseId));
  }

  /** The aggregate row, locked for update (the use case lock is already held). */
  public Optional<UseCaseScore> scoreForUpdate(long useCaseId) {
    return Optional.ofNullable(em.find(UseCaseScore.class, useCaseId, LockModeType.PESSIMISTIC_WRITE));
  }

  public List<UseCaseScore> scores(List<Long> useCaseIds) {
    if (useCaseIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery("select s from UseCaseScore s where s.useCaseId in :ids order by s.useCaseId",
        UseCaseScore.class).setParameter("ids", useCaseIds).getResultList();
  }

  public Optional<RatingSet> ratingSet(long useCaseId, long gridId, String rater) {
    return em.createQuery("select r from RatingSet r where r.useCaseId = :u and r.gridId = :g and r.rater = :r",
            RatingSet.class)
        .setParameter("u", useCaseId).setParameter("g", gridId).setParameter("r", rater)
        .getResultStream().findFirst();
  }

  /** The rating sets of a use case, every grid version, newest version first then by rater. */
  public List<RatingSet> ratingSets(long useCaseId) {
    return em.createQuery("select r from RatingSet r where r.useCaseId = :u"
            + " order by r.gridId desc, r.rater", RatingSet.class)
        .setParameter("u", useCaseId).getResultList();
  }

  public List<RatingSet> ratingSets(long useCaseId, long gridId) {
    return em.createQuery("select r from RatingSet r where r.useCaseId = :u and r.gridId = :g order by r.rater",
            RatingSet.class)
        .setParameter("u", useCaseId).setParameter("g", gridId).getResultList();
  }

  /** Whether some rater rated every criterion of the use case's current grid version. */
  public boolean hasCompleteRating(long useCaseId) {
    return em.createQuery("select count(s) from UseCaseScore s where s.useCaseId = :u and s.completeRaterCount > 0",
        Long.class).setParameter("u", useCaseId).getSingleResult() > 0;
  }

  /** The counted raters' stored axis scores (no levels loaded): rater, value, feasibility, complete. */
  public List<Object[]> raterScores(long useCaseId, long gridId) {
    return em.createQuery("select r.rater, r.valueScore, r.feasibilityScore, r.complete from RatingSet r"
            + " where r.useCaseId = :u and r.gridId = :g order by r.rater", Object[].class)
        .setParameter("u", useCaseId).setParameter("g", gridId).getResultList();
  }
}
