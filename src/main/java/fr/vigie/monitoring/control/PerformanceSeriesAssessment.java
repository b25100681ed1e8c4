package fr.vigie.monitoring.control;

import fr.vigie.platform.stats.Convention;
import fr.vigie.platform.stats.Severity;
import java.util.List;

/**
 * All control-chart rules on one per-period performance series, and the registry severity per period (spec §6).
 *
 * @param mu0 in-control mean used
 * @param sigma in-control standard deviation used
 * @param westernElectric Western Electric rules 1–4
 * @param cusum tabular CUSUM
 * @param ewma EWMA chart
 * @param belowFloor per period, true when the value is below the contractual floor (all false when none given)
 * @param severities per period: significant for rule 1 or a value below the floor; moderate for rules 2–4, a CUSUM
 *     or an EWMA signal; none otherwise
 * @param overall worst per-period severity
 * @param convention the severity mapping
 */
public record PerformanceSeriesAssessment(
        double mu0,
        double sigma,
        WesternElectricRules.Result westernElectric,
        CusumResult cusum,
        EwmaResult ewma,
        List<Boolean> belowFloor,
        List<Severity> severities,
        Severity overall,
        Convention convention) {
}
