package fr.vigie.aisystems.control;

import fr.vigie.aisystems.entity.AiSystem;
import fr.vigie.aisystems.entity.MedicalDeviceClass;
import fr.vigie.establishments.boundary.EstablishmentChanged;
import fr.vigie.platform.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.logging.Logger;

/**
 * In-memory read model of the register list. Every list request is answered from here (filter,
 * sort, page), without touching the database: a hospital group's register is at most some
 * thousands of rows, and the list is the page everyone opens. The database stays the source of
 * truth: the index loads it lazily, applies each committed change ({@link RegisterChanged}, after
 * the transaction succeeded, so a rolled-back change never shows), and reloads entirely when an
 * establishment changes. One Vigie instance per database is assumed (see docs/architecture.md).
 */
@ApplicationScoped
public class RegisterIndex {

  private static final Logger LOG = Logger.getLogger(RegisterIndex.class.getName());

  /** Sort keys of the list API and how entries compare on them. */
  public static final Map<String, Comparator<RegisterEntry>> SORTABLE =
      Map.of(
          "name", Comparator.comparing(RegisterEntry::nameKey),
          "status", Comparator.comparing(RegisterEntry::status),
          "category", Comparator.comparing(RegisterEntry::category),
          "aiActRoute", Comparator.comparing(RegisterEntry::aiActRoute),
          "nextReviewDate", Comparator.comparing(RegisterEntry::nextReviewDate, Comparator.nullsLast(Comparator.naturalOrder())),
          "updatedAt", Comparator.comparing(RegisterEntry::updatedAt),
          "createdAt", Comparator.comparing(RegisterEntry::createdAt));

  @Inject AiSystemRepository repository;

  private final Map<Long, RegisterEntry> entries = new ConcurrentHashMap<>();
  private volatile boolean loaded;

  /** The entries matching the filter, in the requested order (ties broken by id). */
  public List<RegisterEntry> search(AiSystemFilter filter, PageRequest sorting, LocalDate today) {
    ensureLoaded();
    return entries.values().stream()
        .filter(matching(filter, today))
        .sorted(order(sorting))
        .toList();
  }

  public void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) RegisterChanged change) {
    synchronized (this) {
      if (!loaded) {
        return; // the next load reads the committed state
      }
      if (change.entry() == null) {
        entries.remove(change.id());
      } else {
        entries.put(change.id(), change.entry());
      }
    }
  }

  public void onEstablishmentChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) EstablishmentChanged change) {
    invalidate();
  }

  public synchronized void invalidate() {
    loaded = false;
    entries.clear();
  }

  private void ensureLoaded() {
    if (loaded) {
      return;
    }
    synchronized (this) {
      if (loaded) {
        return;
      }
      long start = System.nanoTime();
      entries.clear();
      for (RegisterEntry entry : repository.loadRegister()) {
        entries.put(entry.id(), entry);
      }
      loaded = true;
      LOG.info(() -> String.format("Register index loaded: %d AI systems in %d ms", entries.size(), (System.nanoTime() - start) / 1_000_000));
    }
  }

  static Predicate<RegisterEntry> matching(AiSystemFilter f, LocalDate today) {
    Predicate<RegisterEntry> p = e -> true;
    if (f.q != null && !f.q.isBlank()) {
      String needle = RegisterEntry.fold(f.q.trim());
      p = p.and(e -> e.searchText().contains(needle));
    }
    if (f.status != null) {
      p = p.and(e -> e.status() == f.status);
    }
    if (f.category != null) {
      p = p.and(e -> e.category() == f.category);
    }
    if (f.aiActRoute != null) {
      p = p.and(e -> e.aiActRoute() == f.aiActRoute);
    }
    if (f.establishmentId != null) {
      long wanted = f.establishmentId;
      p = p.and(e -> e.establishments().stream().anyMatch(r -> r.id() == wanted));
    }
    if (f.medicalDevice != null) {
      boolean device = f.medicalDevice;
      p = p.and(e -> (e.medicalDeviceClass() != MedicalDeviceClass.NOT_MEDICAL_DEVICE) == device);
    }
    if (f.reviewOverdue != null) {
      boolean overdue = f.reviewOverdue;
      p = p.and(e -> e.reviewOverdue(today) == overdue);
    }
    return p;
  }

  static Comparator<RegisterEntry> order(PageRequest sorting) {
    Comparator<RegisterEntry> order = null;
    for (PageRequest.Order o : sorting.orders(SORTABLE.keySet(), "name")) {
      Comparator<RegisterEntry> next = SORTABLE.get(o.field());
      next = o.ascending() ? next : next.reversed();
      order = order == null ? next : order.thenComparing(next);
    }
    Comparator<RegisterEntry> byId = Comparator.comparingLong(RegisterEntry::id);
    return order == null ? byId : order.thenComparing(byId);
  }
}
