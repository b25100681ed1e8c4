package fr.vigie.aisystems.control;

import fr.vigie.aisystems.entity.AiActRoute;
import fr.vigie.aisystems.entity.AiCategory;
import fr.vigie.aisystems.entity.LifecycleStatus;
import fr.vigie.aisystems.entity.MedicalDeviceClass;
import fr.vigie.establishments.boundary.EstablishmentChanged;
import fr.vigie.platform.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

  /** The current register: replaced as a whole on every change, never modified (null: not loaded). */
  private volatile RegisterSnapshot snapshot;
  /** Ids of deleted systems, so that a late update event cannot bring one back. */
  private final Set<Long> deleted = ConcurrentHashMap.newKeySet();

  /** A page of matches and the number of all matches. */
  public record Slice(List<RegisterEntry> items, int total) {}

  /**
   * One page of the entries matching the filter, in the requested order (ties broken by id). The
   * closed-set filters are intersections of pre-computed bit sets, the text search only looks at
   * what they left, and a single sort key walks a pre-sorted order until the page is full.
   */
  public Slice search(AiSystemFilter filter, PageRequest paging, LocalDate today) {
    return slice(filter, paging, today, paging.offset(), paging.size());
  }

  /** Every entry matching the filter, in the requested order. */
  public List<RegisterEntry> searchAll(AiSystemFilter filter, PageRequest sorting, LocalDate today) {
    return slice(filter, sorting, today, 0, Integer.MAX_VALUE).items();
  }

  private Slice slice(AiSystemFilter filter, PageRequest sorting, LocalDate today, int offset, int size) {
    RegisterSnapshot current = current();
    List<PageRequest.Order> orders = sorting.orders(SORTABLE.keySet(), "name");
    long[] matches = current.matches(filter, today);
    int total = RegisterSnapshot.count(matches);
    if (orders.size() > 1) {
      List<RegisterEntry> all = new ArrayList<>(total);
      for (int i = RegisterSnapshot.next(matches, 0); i >= 0; i = RegisterSnapshot.next(matches, i + 1)) {
        all.add(current.entry(i));
      }
      all.sort(order(orders));
      int from = Math.min(offset, all.size());
      return new Slice(all.subList(from, (int) Math.min(all.size(), (long) from + size)), total);
    }
    PageRequest.Order only = orders.get(0);
    int[] sorted = current.sortedBy(only.field(), only.ascending());
    List<RegisterEntry> page = new ArrayList<>(Math.max(0, Math.min(size, total - offset)));
    int seen = 0;
    for (int k = 0; k < sorted.length && page.size() < size && seen < total; k++) {
      int i = sorted[k];
      if (RegisterSnapshot.has(matches, i)) {
        if (seen >= offset) {
          page.add(current.entry(i));
        }
        seen++;
      }
    }
    return new Slice(page, total);
  }

  /**
   * Applies a committed change. Events of two transactions may arrive out of order: an entry never
   * replaces a newer version of itself, and a deleted system never comes back.
   */
  public void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) RegisterChanged change) {
    synchronized (this) {
      if (change.entry() == null) {
        deleted.add(change.id());
      }
      RegisterSnapshot current = snapshot;
      if (current == null) {
        return; // the next load reads the committed state
      }
      Map<Long, RegisterEntry> next = new HashMap<>(current.entries());
      if (change.entry() == null) {
        next.remove(change.id());
      } else {
        RegisterEntry known = next.get(change.id());
        if (deleted.contains(change.id()) || (known != null && known.version() >= change.entry().version())) {
          return;
        }
        next.put(change.id(), change.entry());
      }
      snapshot = new RegisterSnapshot(next);
    }
  }

  public void onEstablishmentChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) EstablishmentChanged change) {
    invalidate();
  }

  /** Forgets the register; the next request reloads it from the database. */
  public synchronized void invalidate() {
    snapshot = null;
  }

  private RegisterSnapshot current() {
    RegisterSnapshot current = snapshot;
    if (current != null) {
      return current;
    }
    synchronized (this) {
      if (snapshot == null) {
        long start = System.nanoTime();
        Map<Long, RegisterEntry> loaded = new HashMap<>();
        for (RegisterEntry entry : repository.loadRegister()) {
          loaded.put(entry.id(), entry);
        }
        snapshot = new RegisterSnapshot(loaded);
        LOG.info(() -> String.format("Register index loaded: %d AI systems in %d ms", loaded.size(), (System.nanoTime() - start) / 1_000_000));
      }
      return snapshot;
    }
  }

  /**
   * The meaning of a filter, entry by entry: the reference the bit-set search of {@link
   * RegisterSnapshot} must agree with (RegisterIndexTest compares them on random registers).
   */
  static Predicate<RegisterEntry> matching(AiSystemFilter f, LocalDate today) {
    return new Criteria(f, today);
  }

  static final class Criteria implements Predicate<RegisterEntry> {
    private final LifecycleStatus status;
    private final AiCategory category;
    private final AiActRoute route;
    private final Long establishmentId;
    private final Boolean medicalDevice;
    private final Boolean reviewOverdue;
    private final String needle;
    private final LocalDate today;

    Criteria(AiSystemFilter f, LocalDate today) {
      this.status = f.status;
      this.category = f.category;
      this.route = f.aiActRoute;
      this.establishmentId = f.establishmentId;
      this.medicalDevice = f.medicalDevice;
      this.reviewOverdue = f.reviewOverdue;
      this.needle = needle(f);
      this.today = today;
    }

    @Override
    public boolean test(RegisterEntry e) {
      if ((status != null && e.status() != status)
          || (category != null && e.category() != category)
          || (route != null && e.aiActRoute() != route)) {
        return false;
      }
      if (medicalDevice != null
          && (e.medicalDeviceClass() != MedicalDeviceClass.NOT_MEDICAL_DEVICE) != medicalDevice) {
        return false;
      }
      if (reviewOverdue != null && e.reviewOverdue(today) != reviewOverdue) {
        return false;
      }
      if (establishmentId != null && !usedIn(e, establishmentId)) {
        return false;
      }
      return needle == null || e.searchText().contains(needle);
    }

    /** The text searched for, folded like the entries' search text; null when there is none. */
    static String needle(AiSystemFilter f) {
      return f.q == null || f.q.isBlank() ? null : RegisterEntry.fold(f.q.trim());
    }

    static boolean usedIn(RegisterEntry e, long establishment) {
      for (var ref : e.establishments()) {
        if (ref.id() == establishment) {
          return true;
        }
      }
      return false;
    }
  }

  static Comparator<RegisterEntry> order(List<PageRequest.Order> orders) {
    Comparator<RegisterEntry> order = null;
    for (PageRequest.Order o : orders) {
      Comparator<RegisterEntry> next = SORTABLE.get(o.field());
      next = o.ascending() ? next : next.reversed();
      order = order == null ? next : order.thenComparing(next);
    }
    Comparator<RegisterEntry> byId = Comparator.comparingLong(RegisterEntry::id);
    return order == null ? byId : order.thenComparing(byId);
  }
}
