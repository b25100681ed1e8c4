package fr.vigie.aisystems.control;

import fr.vigie.aisystems.entity.AiActRoute;
import fr.vigie.aisystems.entity.AiCategory;
import fr.vigie.aisystems.entity.LifecycleStatus;
import fr.vigie.aisystems.entity.MedicalDeviceClass;
import fr.vigie.monitoring.entity.MonitoringLevel;
import fr.vigie.platform.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.logging.Logger;

/**
 * In-memory read model of the register list: every list request is filtered, sorted and paged
 * here, on an immutable {@link RegisterSnapshot}. The database stays the source of truth and
 * validates the snapshot on every request: each request first reads the {@link RegisterRevision}
 * (bumped by database triggers in every transaction that changes what the list shows, whichever
 * instance or SQL script made it) and reloads the snapshot when the revision has moved. So a
 * request started after a write committed, on any instance, sees it (docs/architecture.md).
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
  @Inject RegisterRevision revision;

  /** The snapshot and the revision read just before its rows were loaded (null: not loaded). */
  private record Loaded(long revision, RegisterSnapshot snapshot) {}

  private volatile Loaded loaded;

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

  /** How many entries match each filter, all on one state of the register, and that state's entries. */
  public record Counts(int[] matching, Map<Long, RegisterEntry> entries) {}

  /**
   * The totals the list would give for each filter, counted on one validated snapshot (the same
   * bit sets as the list, so a figure and the total of its list always agree).
   */
  public Counts count(List<AiSystemFilter> filters, LocalDate today) {
    RegisterSnapshot snapshot = current();
    int[] matching = new int[filters.size()];
    for (int i = 0; i < matching.length; i++) {
      matching[i] = RegisterSnapshot.count(snapshot.matches(filters.get(i), today));
    }
    return new Counts(matching, snapshot.entries());
  }

  /** The revision of the snapshot last served (-1 before the first load). */
  public long loadedRevision() {
    Loaded current = loaded;
    return current == null ? -1 : current.revision();
  }

  /** Whether an AI system is in the snapshot last served. */
  public boolean contains(long id) {
    Loaded current = loaded;
    return current != null && current.snapshot().entries().containsKey(id);
  }

  private Slice slice(AiSystemFilter filter, PageRequest sorting, LocalDate today, int offset, int size) {
    List<PageRequest.Order> orders = sorting.orders(SORTABLE.keySet(), "name");
    RegisterSnapshot current = current();
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
   * A snapshot at least as new as the committed state when this request started. Revisions only
   * grow; the snapshot is labelled with the revision read <em>before</em> its rows, so a write that
   * commits during a load is at worst loaded once more by the next request, never missed. One
   * request reloads while the others that need the new state wait for it.
   */
  private RegisterSnapshot current() {
    long committed = revision.current();
    Loaded current = loaded;
    if (current != null && current.revision() >= committed) {
      return current.snapshot();
    }
    synchronized (this) {
      current = loaded;
      if (current != null && current.revision() >= committed) {
        return current.snapshot();
      }
      long start = System.nanoTime();
      long before = revision.current();
      Map<Long, RegisterEntry> rows = new HashMap<>();
      for (RegisterEntry entry : repository.loadRegister()) {
        rows.put(entry.id(), entry);
      }
      Loaded fresh = new Loaded(before, new RegisterSnapshot(rows));
      loaded = fresh;
      LOG.fine(() -> String.format("Register read model loaded at revision %d: %d AI systems in %d ms",
          before, rows.size(), (System.nanoTime() - start) / 1_000_000));
      return fresh.snapshot();
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
    private final Boolean reviewDueSoon;
    private final Boolean dpiaMissing;
    private final Boolean ownerMissing;
    private final MonitoringLevel monitoringStatus;
    private final List<String> words;
    private final LocalDate today;

    Criteria(AiSystemFilter f, LocalDate today) {
      this.status = f.status;
      this.category = f.category;
      this.route = f.aiActRoute;
      this.establishmentId = f.establishmentId;
      this.medicalDevice = f.medicalDevice;
      this.reviewOverdue = f.reviewOverdue;
      this.reviewDueSoon = f.reviewDueSoon;
      this.dpiaMissing = f.dpiaMissing;
      this.ownerMissing = f.ownerMissing;
      this.monitoringStatus = f.monitoringStatus;
      this.words = RegisterEntry.words(f.q);
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
      if (reviewDueSoon != null && e.reviewDueSoon(today) != reviewDueSoon) {
        return false;
      }
      if ((dpiaMissing != null && e.dpiaMissing() != dpiaMissing)
          || (ownerMissing != null && e.ownerMissing() != ownerMissing)) {
        return false;
      }
      if (monitoringStatus != null && e.monitoring().level(today) != monitoringStatus) {
        return false;
      }
      if (establishmentId != null && !usedIn(e, establishmentId)) {
        return false;
      }
      return e.matchesAll(words);
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
