package fr.vigie.usecases.control;

import fr.vigie.aisystems.entity.AiSystem;
import fr.vigie.platform.paging.PageRequest;
import fr.vigie.platform.persistence.LikePatterns;
import fr.vigie.usecases.entity.StageTransition;
import fr.vigie.usecases.entity.UseCase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Reads and writes use cases; lists are filtered, sorted and paged by the database. */
@ApplicationScoped
public class UseCaseRepository {

  public static final Map<String, String> SORTABLE = Map.of(
      "title", "u.title", "stage", "u.stage", "createdAt", "u.createdAt", "updatedAt", "u.updatedAt",
      "estimatedHoursPerYear", "u.estimatedHoursPerYear", "id", "u.id");

  /** Use cases without an estimate come last whichever the direction (same answer on H2 and PostgreSQL). */
  private static final String UNKNOWN_ESTIMATES_LAST =
      "case when u.estimatedHoursPerYear is null then 1 else 0 end, ";

  @PersistenceContext(unitName = "vigie")
  EntityManager em;

  public Optional<UseCase> find(long id) {
    return Optional.ofNullable(em.find(UseCase.class, id));
  }

  public long count(UseCaseFilter filter, String caller) {
    var where = new Where(filter, caller);
    return where.bind(em.createQuery("select count(u) from UseCase u" + where.clause, Long.class))
        .getSingleResult();
  }

  public List<UseCase> search(UseCaseFilter filter, String caller, PageRequest paging) {
    return query(filter, caller, paging).setFirstResult(paging.offset()).setMaxResults(paging.size())
        .getResultList();
  }

  /** Every matching use case in the requested order (exports). */
  public List<UseCase> searchAll(UseCaseFilter filter, String caller, PageRequest sorting) {
    return query(filter, caller, sorting).getResultList();
  }

  private TypedQuery<UseCase> query(UseCaseFilter filter, String caller, PageRequest paging) {
    String order = paging.orders(SORTABLE.keySet(), "-updatedAt").stream()
        .map(o -> (o.field().equals("estimatedHoursPerYear") ? UNKNOWN_ESTIMATES_LAST : "")
            + SORTABLE.get(o.field()) + (o.ascending() ? " asc" : " desc"))
        .collect(Collectors.joining(", "));
    var where = new Where(filter, caller);
    return where.bind(em.createQuery("select u from UseCase u" + where.clause + " order by " + order + ", u.id desc",
        UseCase.class));
  }

  public List<StageTransition> transitions(long useCaseId) {
    return em.createQuery("select t from StageTransition t where t.useCaseId = :id order by t.occurredAt, t.id",
            StageTransition.class)
        .setParameter("id", useCaseId)
        .getResultList();
  }

  /** The use cases marked as duplicates of this one: [id, title]. */
  public List<Object[]> duplicatesOf(long useCaseId) {
    return em.createQuery("select u.id, u.title from UseCase u where u.duplicateOfId = :id order by u.id",
            Object[].class)
        .setParameter("id", useCaseId)
        .getResultList();
  }

  public Optional<String> title(long id) {
    return em.createQuery("select u.title from UseCase u where u.id = :id", String.class)
        .setParameter("id", id).getResultStream().findFirst();
  }

  /** The SIA of the register with these ids (unknown ids are left out). */
  public List<AiSystem> aiSystems(java.util.Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery("select s from AiSystem s where s.id in :ids", AiSystem.class)
        .setParameter("ids", ids).getResultList();
  }

  public void persist(Object entity) {
    em.persist(entity);
  }

  public void remove(UseCase useCase) {
    em.remove(useCase);
  }

  public void flush() {
    em.flush();
  }

  /** The where clause of a filter: one condition per filter given, so no typed-null parameter. */
  private static final class Where {
    final String clause;
    private final UseCaseFilter filter;
    private final String caller;

    Where(UseCaseFilter filter, String caller) {
      this.filter = filter;
      this.caller = caller;
      List<String> parts = new ArrayList<>();
      if (filter.text() != null) {
        parts.add("(lower(u.title) like :q" + LikePatterns.ESCAPE + " or lower(u.irritant) like :q"
            + LikePatterns.ESCAPE + " or lower(u.proposedSolution) like :q" + LikePatterns.ESCAPE + ")");
      }
      if (filter.stage != null) {
        parts.add("u.stage = :stage");
      }
      if (filter.category != null) {
        parts.add("u.category = :category");
      }
      if (filter.origin != null) {
        parts.add("u.origin = :origin");
      }
      if (filter.tag != null && !filter.tag.isBlank()) {
        parts.add("exists (select 1 from UseCase t join t.tags g where t.id = u.id and lower(g) = :tag)");
      }
      if (Boolean.TRUE.equals(filter.mine)) {
        parts.add("u.submittedBy = :caller");
      }
      clause = parts.isEmpty() ? "" : " where " + String.join(" and ", parts);
    }

    <Q extends TypedQuery<?>> Q bind(Q query) {
      if (filter.text() != null) {
        query.setParameter("q", LikePatterns.containing(filter.text()));
      }
      if (filter.stage != null) {
        query.setParameter("stage", filter.stage);
      }
      if (filter.category != null) {
        query.setParameter("category", filter.category);
      }
      if (filter.origin != null) {
        query.setParameter("origin", filter.origin);
      }
      if (filter.tag != null && !filter.tag.isBlank()) {
        query.setParameter("tag", filter.tag.strip().toLowerCase(Locale.ROOT));
      }
      if (Boolean.TRUE.equals(filter.mine)) {
        query.setParameter("caller", caller);
      }
      return query;
    }
  }
}
