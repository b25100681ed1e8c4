package fr.vigie.aisystems.control;

import fr.vigie.aisystems.entity.MedicalDeviceClass;
import fr.vigie.monitoring.entity.MonitoringLevel;
import fr.vigie.platform.paging.PageRequest;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * One immutable state of the register, indexed for the list: every entry has a position, each
 * value of a closed-set filter (status, category, AI Act route, medical device or not,
 * establishment, review overdue or due soon on a given day, DPIA or owner missing) has the bit set
 * of the positions that carry it, each sort key has the positions in that order, and the text
 * search has a trigram index. Indexes are built on first use and kept for the life of the snapshot; a change makes a new snapshot. Readers work on one snapshot from start
 * to end, so a concurrent change never mixes two states in one answer.
 */
final class RegisterSnapshot {

  private final Map<Long, RegisterEntry> entries;
  private final RegisterEntry[] byPosition;
  private final long[] everything;
  private final Map<Object, long[]> sets = new ConcurrentHashMap<>();
  private final Map<String, int[]> orders = new ConcurrentHashMap<>();
  /** The sets of the date-dependent rules (a {@link DayRule} or a {@link Monitoring} level), for one day each. */
  private final Map<Object, DaySet> byDay = new ConcurrentHashMap<>();
  /** Trigram index of the search texts, built on first use (see {@link #trigrams()}). */
  private volatile Map<Long, int[]> trigrams;

  private record DaySet(LocalDate day, long[] set) {}

  /** The review rules that depend on the day. */
  private enum DayRule { OVERDUE, DUE_SOON }

  /** Key of the day-dependent set of one monitoring level (overdue lines depend on the day). */
  private record Monitoring(MonitoringLevel level) {}

  /** Keys of the bit sets that are not an enum value. */
  private record MedicalDevice(boolean yes) {}

  private record UsedIn(long establishmentId) {}

  /** Keys of the bit sets of what a record lacks. */
  private enum Gap { DPIA, OWNER }

  RegisterSnapshot(Map<Long, RegisterEntry> entries) {
    this.entries = Map.copyOf(entries);
    this.byPosition = this.entries.values().toArray(RegisterEntry[]::new);
    this.everything = where(e -> true);
  }

  Map<Long, RegisterEntry> entries() {
    return entries;
  }

  RegisterEntry entry(int position) {
    return byPosition[position];
  }

  /** The positions of the entries matching the filter: the same answer as {@link RegisterIndex#matching}. */
  long[] matches(AiSystemFilter f, LocalDate today) {
    long[] result = everything.clone();
    if (f.status != null) {
      and(result, set(f.status, e -> e.status() == f.status));
    }
    if (f.category != null) {
      and(result, set(f.category, e -> e.category() == f.category));
    }
    if (f.aiActRoute != null) {
      and(result, set(f.aiActRoute, e -> e.aiActRoute() == f.aiActRoute));
    }
    if (f.medicalDevice != null) {
      boolean yes = f.medicalDevice;
      and(result, set(new MedicalDevice(yes), e -> (e.medicalDeviceClass() != MedicalDeviceClass.NOT_MEDICAL_DEVICE) == yes));
    }
    if (f.establishmentId != null) {
      long id = f.establishmentId;
      and(result, set(new UsedIn(id), e -> RegisterIndex.Criteria.usedIn(e, id)));
    }
    if (f.reviewOverdue != null) {
      keep(result, on(DayRule.OVERDUE, today, e -> e.reviewOverdue(today)), f.reviewOverdue);
    }
    if (f.reviewDueSoon != null) {
      keep(result, on(DayRule.DUE_SOON, today, e -> e.reviewDueSoon(today)), f.reviewDueSoon);
    }
    if (f.monitoringStatus != null) {
      MonitoringLevel level = f.monitoringStatus;
      and(result, on(new Monitoring(level), today, e -> e.monitoring().level(today) == level));
    }
    if (f.dpiaMissing != null) {
      keep(result, set(Gap.DPIA, RegisterEntry::dpiaMissing), f.dpiaMissing);
    }
    if (f.ownerMissing != null) {
      keep(result, set(Gap.OWNER, RegisterEntry::ownerMissing), f.ownerMissing);
    }
    List<String> words = RegisterEntry.words(f.q);
    if (!words.isEmpty()) {
      for (String word : words) {
        if (word.length() >= 3) {
          result = withEveryTrigramOf(word, result);
        }
      }
      // The trigrams only narrow the candidates; the text itself decides.
      for (int i = next(result, 0); i >= 0; i = next(result, i + 1)) {
        if (!byPosition[i].matchesAll(words)) {
          result[i >>> 6] &= ~(1L << i);
        }
      }
    }
    return result;
  }

  /** Keeps the positions in the set ({@code yes}) or those outside it. */
  private static void keep(long[] result, long[] set, boolean yes) {
    if (yes) {
      and(result, set);
    } else {
      andNot(result, set);
    }
  }

  /** The candidates whose search text has every three-character sequence of the needle. */
  private long[] withEveryTrigramOf(String needle, long[] candidates) {
    Map<Long, int[]> index = trigrams();
    long[] result = candidates;
    for (int i = 0; i + 3 <= needle.length(); i++) {
      int[] positions = index.get(trigram(needle, i));
      long[] narrowed = new long[result.length];
      if (positions != null) {
        for (int position : positions) {
          if (has(result, position)) {
            narrowed[position >>> 6] |= 1L << position;
          }
        }
      }
      result = narrowed;
    }
    return result;
  }

  /**
   * Inverted index of the search texts: for every three-character sequence, the positions whose
   * text contains it (ascending). Built on the first text search of this snapshot.
   */
  private Map<Long, int[]> trigrams() {
    Map<Long, int[]> index = trigrams;
    if (index == null) {
      Map<Long, Postings> building = new HashMap<>();
      for (int position = 0; position < byPosition.length; position++) {
        String text = byPosition[position].searchText();
        for (int i = 0; i + 3 <= text.length(); i++) {
          building.computeIfAbsent(trigram(text, i), k -> new Postings()).add(position);
        }
      }
      index = new HashMap<>(building.size() * 4 / 3 + 1);
      for (var e : building.entrySet()) {
        index.put(e.getKey(), e.getValue().toArray());
      }
      trigrams = index;
    }
    return index;
  }

  private static long trigram(String text, int at) {
    return ((long) text.charAt(at) << 32) | ((long) text.charAt(at + 1) << 16) | text.charAt(at + 2);
  }

  /** Growing list of ascending positions, each kept once. */
  private static final class Postings {
    private int[] positions = new int[4];
    private int size;

    void add(int position) {
      if (size > 0 && positions[size - 1] == position) {
        return;
      }
      if (size == positions.length) {
        positions = Arrays.copyOf(positions, size * 2);
      }
      positions[size++] = position;
    }

    int[] toArray() {
      return Arrays.copyOf(positions, size);
    }
  }

  /** The positions in the order of one sort key, either way, ties broken by ascending id. */
  int[] sortedBy(String key, boolean ascending) {
    return orders.computeIfAbsent(ascending ? key : "-" + key, k -> {
      Comparator<RegisterEntry> order = RegisterIndex.order(List.of(new PageRequest.Order(key, ascending)));
      Integer[] positions = new Integer[byPosition.length];
      Arrays.setAll(positions, i -> i);
      Arrays.sort(positions, (a, b) -> order.compare(byPosition[a], byPosition[b]));
      return Arrays.stream(positions).mapToInt(Integer::intValue).toArray();
    });
  }

  /** The entries that meet a date-dependent rule today; one day kept per rule (the list asks for today's). */
  private long[] on(Object rule, LocalDate today, Predicate<RegisterEntry> test) {
    DaySet known = byDay.get(rule);
    if (known == null || !known.day().equals(today)) {
      known = new DaySet(today, where(test));
      byDay.put(rule, known);
    }
    return known.set();
  }

  private long[] set(Object key, Predicate<RegisterEntry> test) {
    return sets.computeIfAbsent(key, k -> where(test));
  }

  private long[] where(Predicate<RegisterEntry> test) {
    long[] set = new long[(byPosition.length + 63) >>> 6];
    for (int i = 0; i < byPosition.length; i++) {
      if (test.test(byPosition[i])) {
        set[i >>> 6] |= 1L << i;
      }
    }
    return set;
  }

  private static void and(long[] target, long[] other) {
    for (int w = 0; w < target.length; w++) {
      target[w] &= other[w];
    }
  }

  private static void andNot(long[] target, long[] other) {
    for (int w = 0; w < target.length; w++) {
      target[w] &= ~other[w];
    }
  }

  static boolean has(long[] set, int position) {
    return (set[position >>> 6] & (1L << position)) != 0;
  }

  static int count(long[] set) {
    int n = 0;
    for (long word : set) {
      n += Long.bitCount(word);
    }
    return n;
  }

  /** The first position at or after {@code from} in the set, or -1. */
  static int next(long[] set, int from) {
    int w = from >>> 6;
    if (w >= set.length) {
      return -1;
    }
    long word = set[w] & (-1L << from);
    while (true) {
      if (word != 0) {
        return (w << 6) + Long.numberOfTrailingZeros(word);
      }
      if (++w == set.length) {
        return -1;
      }
      word = set[w];
    }
  }
}
