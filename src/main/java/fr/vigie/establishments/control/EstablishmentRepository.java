package fr.vigie.establishments.control;

import fr.vigie.establishments.entity.Establishment;
import fr.vigie.platform.paging.PageRequest;
import fr.vigie.platform.persistence.LikePatterns;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

@ApplicationScoped
public class EstablishmentRepository {

  private static final Map<String, String> SORTABLE =
      Map.of("name", "e.name", "shortName", "e.shortName", "finess", "e.finess", "type", "e.type");

  @PersistenceContext(unitName = "vigie")
  EntityManager em;

  public Optional<Establishment> find(long id) {
    return Optional.ofNullable(em.find(Establishment.class, id));
  }

  public Optional<Establishment> findByFiness(String finess) {
    return em.createQuery("select e from Establishment e where e.finess = :f", Establishment.class)
        .setParameter("f", finess.toUpperCase())
        .getResultStream()
        .findFirst();
  }

  public List<Establishment> findAll(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery("select e from Establishment e where e.id in :ids", Establishment.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  public long count(EstablishmentFilter filter) {
    var query = em.createQuery("select count(e) from Establishment e" + where(filter), Long.class);
    return bind(query, filter).getSingleResult();
  }

  public List<Establishment> search(EstablishmentFilter filter, PageRequest paging) {
    String order =
        paging.orders(SORTABLE.keySet(), "name").stream()
            .map(o -> SORTABLE.get(o.field()) + (o.ascending() ? " asc" : " desc"))
            .collect(Collectors.joining(", "));
    var query =
        em.createQuery(
            "select e from Establishment e" + where(filter) + " order by " + order + ", e.id",
            Establishment.class);
    return bind(query, filter).setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
  }

  public void persist(Establishment establishment) {
    em.persist(establishment);
  }

  public void remove(Establishment establishment) {
    em.remove(establishment);
  }

  public void flush() {
    em.flush();
  }

  private static final String WHERE =
      " where (:q is null or lower(e.name) like :q" + LikePatterns.ESCAPE
          + " or lower(e.shortName) like :q" + LikePatterns.ESCAPE
          + " or lower(e.finess) like :q" + LikePatterns.ESCAPE + ")";

  /** The archived filter is a clause only when asked for (no typed null parameter to bind). */
  private static String where(EstablishmentFilter filter) {
    return filter.archived == null ? WHERE : WHERE + " and e.archived = :archived";
  }

  private static <Q extends jakarta.persistence.TypedQuery<?>> Q bind(Q query, EstablishmentFilter filter) {
    query.setParameter("q", pattern(filter.text()));
    if (filter.archived != null) {
      query.setParameter("archived", filter.archived);
    }
    return query;
  }

  private static String pattern(String q) {
    return LikePatterns.containing(q);
  }
}
