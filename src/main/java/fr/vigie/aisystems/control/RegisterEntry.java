package fr.vigie.aisystems.control;

import fr.vigie.aisystems.entity.AiActRoute;
import fr.vigie.aisystems.entity.AiCategory;
import fr.vigie.aisystems.entity.AiSystem;
import fr.vigie.aisystems.entity.LifecycleStatus;
import fr.vigie.aisystems.entity.MedicalDeviceClass;
import fr.vigie.establishments.boundary.EstablishmentRef;
import fr.vigie.establishments.entity.Establishment;
import fr.vigie.monitoring.entity.MonitoringFacts;
import fr.vigie.monitoring.entity.MonitoringStatus;
import java.text.CollationKey;
import java.text.Collator;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One AI system as the register list sees it: the columns of a list row plus what the filters and
 * sorts need (a French collation key for the name, an accent-free lower-case search text).
 * Immutable; built from the entity inside the transaction that changed it.
 */
public record RegisterEntry(
    long id,
    String name,
    String shortDescription,
    AiCategory category,
    LifecycleStatus status,
    AiActRoute aiActRoute,
    MedicalDeviceClass medicalDeviceClass,
    List<EstablishmentRef> establishments,
    String accountableOwner,
    LocalDate nextReviewDate,
    Instant createdAt,
    Instant updatedAt,
    boolean demo,
    boolean dpiaMissing,
    long version,
    CollationKey nameKey,
    String searchText,
    MonitoringFacts monitoring) {

  private static final Collator FRENCH = frenchCollator();
  private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");
  private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}]+");

  public static RegisterEntry of(AiSystem s, MonitoringFacts monitoring) {
    return of(s.getId(), s, monitoring);
  }

  static RegisterEntry of(long id, AiSystem s) {
    return of(id, s, MonitoringFacts.NONE);
  }

  static RegisterEntry of(long id, AiSystem s, MonitoringFacts monitoring) {
    List<EstablishmentRef> establishments =
        s.getEstablishments().stream().map(RegisterEntry::ref).toList();
    String search =
        Stream.concat(
                Stream.of(s.getName(), s.getShortDescription(), s.getAccountableOwner(), s.getSupplier(), s.getProduct()),
                s.getTags().stream())
            .filter(t -> t != null && !t.isBlank())
            .collect(Collectors.joining("\n"));
    return new RegisterEntry(
        id, s.getName(), s.getShortDescription(), s.getCategory(), s.getStatus(), s.getAiActRoute(),
        s.getMedicalDeviceClass(), establishments, s.getAccountableOwner(), s.getNextReviewDate(),
        s.getCreatedAt(), s.getUpdatedAt(), s.isDemo(), s.isDpiaMissing(), s.getVersion(), collationKey(s.getName()), fold(search),
        monitoring);
  }

  /** The next review date has passed while the system is still in use. */
  public boolean reviewOverdue(LocalDate today) {
    return AiSystem.reviewOverdue(nextReviewDate, status, today);
  }

  /** The next review falls within the next 30 days while the system is still in use. */
  public boolean reviewDueSoon(LocalDate today) {
    return AiSystem.reviewDueSoon(nextReviewDate, status, today);
  }

  /** The monitoring status on a given day (docs/computations.md §7). */
  public MonitoringStatus monitoringStatus(LocalDate today) {
    return monitoring.status(today);
  }

  /** No accountable owner is recorded. */
  public boolean ownerMissing() {
    return AiSystem.ownerMissing(accountableOwner);
  }

  /**
   * The words of a search, folded like the search texts: a text matches when it contains every
   * word, in any order ("radio ia" finds "IA en radiologie"). Empty when there is nothing to find.
   */
  public static List<String> words(String query) {
    if (query == null || query.isBlank()) {
      return List.of();
    }
    return Stream.of(WHITESPACE.split(fold(query).strip())).filter(w -> !w.isEmpty()).distinct().toList();
  }

  /** Whether the search text contains every word. */
  public boolean matchesAll(List<String> words) {
    for (String word : words) {
      if (!searchText.contains(word)) {
        return false;
      }
    }
    return true;
  }

  static EstablishmentRef ref(Establishment e) {
    return new EstablishmentRef(e.getId(), e.getShortName(), e.getName());
  }

  /**
   * Lower case without accents, ligatures spelt out: "Prévision" and "prevision" match, and so do
   * "Cœur" and "coeur" (French keyboards rarely type œ).
   */
  public static String fold(String text) {
    String folded = DIACRITICS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    return folded.indexOf('œ') < 0 && folded.indexOf('æ') < 0 ? folded : folded.replace("œ", "oe").replace("æ", "ae");
  }

  private static synchronized CollationKey collationKey(String name) {
    return FRENCH.getCollationKey(name);
  }

  private static Collator frenchCollator() {
    Collator collator = Collator.getInstance(Locale.FRENCH);
    collator.setStrength(Collator.TERTIARY);
    return collator;
  }
}
