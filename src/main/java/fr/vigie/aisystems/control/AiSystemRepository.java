package fr.vigie.aisystems.control;

import fr.vigie.aisystems.entity.AiSystem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

  /** Every system as a list entry (establishments fetched in the query, tags in batches). */
  @Transactional
  public List<RegisterEntry> loadRegister() {
    return em.createQuery("select distinct s from AiSystem s left join fetch s.establishments", AiSystem.class)
        .getResultList()
        .stream()
        .map(RegisterEntry::of)
        .toList();
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
