package fr.vigie.monitoring.control;

/**
 * Western Electric zone rules 2 and 3 (2 of 3 beyond 2σ, 4 of 5 beyond 1σ): whether the point completing the
 * window must itself lie beyond the zone (the registry's default, {@link WesternElectricRules}) or the window alone
 * decides, so the pattern is flagged at its last point even when that point lies inside the zone.
 */
public enum ZoneRule {
  COMPLETING_POINT_BEYOND_ZONE,
  WINDOW_ONLY
}
