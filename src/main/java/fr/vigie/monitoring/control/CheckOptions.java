package fr.vigie.monitoring.control;

/**
 * Conventions where tools differ, chosen per check; {@code null} means the default.
 *
 * @param zCategory the category whose share the two-proportion z compares (its sign refers to it); default the first
 *     category of the reference period
 * @param yates χ² contingency with Yates' continuity correction when dof = 1 (scipy's default, true) or without it
 * @param logBase base of the Jensen-Shannon distance the severity is read from (default e)
 * @param westernElectricZoneRule convention of the Western Electric zone rules 2 and 3
 */
public record CheckOptions(
    String zCategory, Boolean yates, LogBase logBase, ZoneRule westernElectricZoneRule) {

  /** The options with every default filled in (zCategory stays as resolved by the computation). */
  public CheckOptions resolved(String category) {
    return new CheckOptions(category, yates == null || yates, logBase == null ? LogBase.E : logBase,
        westernElectricZoneRule == null ? ZoneRule.COMPLETING_POINT_BEYOND_ZONE : westernElectricZoneRule);
  }
}
