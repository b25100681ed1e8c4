package fr.vigie.aisystems.control;

import fr.vigie.aisystems.entity.AiSystem;
import fr.vigie.aisystems.entity.LifecycleStatus;
import fr.vigie.aisystems.entity.MedicalDeviceClass;
import fr.vigie.platform.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Reads and writes AI systems; builds the filtered, sorted register queries. */
@ApplicationScoped
public class AiSystemRepository {

  public static final Map<String, String> SORTABLE =
      Map.of(
          "name", "s.name",
          "status", "s.status",
          "category", "s.category",
          "aiActRoute", "s.aiActRoute",
          "nextReviewDate", "s.nextReviewDate",
          "updatedAt", "s.updatedAt",
          "createdAt", "s.createdAt");

  @PersistenceContext(unitName = "vigie")
  EntityManager em;

  public Optional<AiSystem> find(long id) {
    return Optional.ofNullable(em.find(AiSystem.class, id));
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

  public long count(AiSystemFilter filter, LocalDate today) {
    var where = new Where(filter, today);
    TypedQuery<Long> query = em.createQuery("select count(s) from AiSystem s" + where.jpql, Long.class);
    where.parameters.forEach(query::setParameter);
    return query.getSingleResult();
  }

  /** One page of the register. Sorting always ends on the id so pages never overlap. */
  public List<AiSystem> search(AiSystemFilter filter, PageRequest paging, LocalDate today) {
    return query(filter, paging, today).setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
  }

  /** Every system matching the filters (exports), in the requested order. */
  public List<AiSystem> searchAll(AiSystemFilter filter, PageRequest sorting, LocalDate today) {
    return query(filter, sorting, today).getResultList();
  }

  private TypedQuery<AiSystem> query(AiSystemFilter filter, PageRequest paging, LocalDate today) {
    var where = new Where(filter, today);
    String order =
        paging.orders(SORTABLE, "name").stream()
            .map(o -> o.path() + (o.ascending() ? " asc" : " desc"))
            .collect(Collectors.joining(", "));
    TypedQuery<AiSystem> query =
        em.createQuery("select s from AiSystem s" + where.jpql + " order by " + order + ", s.id", AiSystem.class);
    where.parameters.forEach(query::setParameter);
    return query;
  }

  /** The WHERE clause for a filter, with its parameters. */
  private static final class Where {
    final Map<String, Object> parameters = new HashMap<>();
    final String jpql;

    Where(AiSystemFilter f, LocalDate today) {
      StringBuilder clause = new StringBuilder();
      if (f.q != null && !f.q.isBlank()) {
        and(clause, "(lower(s.name) like :q or lower(s.shortDescription) like :q"
            + " or lower(s.accountableOwner) like :q or lower(s.supplier) like :q or lower(s.product) like :q"
            + " or exists (select 1 from AiSystem t join t.tags tag where t = s and lower(tag) like :q))");
        parameters.put("q", "%" + f.q.trim().toLowerCase() + "%");
      }
      if (f.status != null) {
        and(clause, "s.status = :status");
        parameters.put("status", f.status);
      }
      if (f.category != null) {
        and(clause, "s.category = :category");
        parameters.put("category", f.category);
      }
      if (f.aiActRoute != null) {
        and(clause, "s.aiActRoute = :route");
        parameters.put("route", f.aiActRoute);
      }
      if (f.establishmentId != null) {
        and(clause, "exists (select 1 from AiSystem u join u.establishments e where u = s and e.id = :establishment)");
        parameters.put("establishment", f.establishmentId);
      }
      if (f.medicalDevice != null) {
        and(clause, f.medicalDevice ? "s.medicalDeviceClass <> :notDevice" : "s.medicalDeviceClass = :notDevice");
        parameters.put("notDevice", MedicalDeviceClass.NOT_MEDICAL_DEVICE);
      }
      if (f.reviewOverdue != null) {
        String overdue = "(s.nextReviewDate < :today and s.status <> :retired)";
        and(clause, f.reviewOverdue ? overdue : "not " + overdue + " or s.nextReviewDate is null");
        parameters.put("today", today);
        parameters.put("retired", LifecycleStatus.RETIRED);
      }
      jpql = clause.toString();
    }

    private static void and(StringBuilder clause, String condition) {
      clause.append(clause.isEmpty() ? " where " : " and ").append('(').append(condition).append(')');
    }
  }
}
