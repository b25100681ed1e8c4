package fr.vigie.biasreviews.control;

import fr.vigie.platform.stats.Figure;
import fr.vigie.platform.stats.Severity;

/**
 * Fairlearn's "between groups" aggregate of one rate, over the groups where the rate is defined.
 *
 * @param difference {@code max - min}; 0 with a single defined group; undefined with none
 * @param ratio {@code min / max}; undefined when {@code max = 0}
 * @param groupsDefined number of groups with a defined rate
 * @param lowestGroup group with the minimum (first one on ties), {@code null} when none
 * @param highestGroup group with the maximum (first one on ties), {@code null} when none
 * @param severity house bands on the difference; insufficient data with fewer than 2 defined groups
 */
public record GroupSpread(
        Figure difference,
        Figure ratio,
        int groupsDefined,
        String lowestGroup,
        String highestGroup,
        Severity severity) {
}
