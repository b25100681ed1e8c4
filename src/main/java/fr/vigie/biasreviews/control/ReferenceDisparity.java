package fr.vigie.biasreviews.control;

import fr.vigie.platform.stats.Figure;
import fr.vigie.platform.stats.Severity;

/**
 * One group's rate compared with the reference group's.
 *
 * @param differenceToReference {@code rate_g - rate_ref}
 * @param ratioToReference {@code rate_g / rate_ref}; +∞ when {@code rate_ref = 0 < rate_g}; undefined for 0/0
 * @param aequitasDisparity Aequitas disparity: the ratio, with x/0 capped at 10
 * @param aequitasFair Aequitas: {@code τ <= disparity <= 1/τ}; {@code null} when the disparity is undefined
 * @param seismometerBand seismometer icon for the ratio (UNKNOWN for a censored group)
 * @param severity registry severity of the band
 */
public record ReferenceDisparity(
        Figure differenceToReference,
        Figure ratioToReference,
        Figure aequitasDisparity,
        Boolean aequitasFair,
        SeismometerBand seismometerBand,
        Severity severity) {
}
