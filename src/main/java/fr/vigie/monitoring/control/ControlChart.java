package fr.vigie.monitoring.control;

import fr.vigie.platform.stats.Convention;
import fr.vigie.platform.stats.InvalidInputReason;
import fr.vigie.platform.stats.InvalidStatisticsInputException;
import fr.vigie.platform.stats.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the Western Electric rules, CUSUM and EWMA on a per-period performance series (AUROC, sensitivity, PPV…)
 * against an in-control mean and σ from a stable reference window ("Phase I"), and maps the signals to the
 * registry's severities. Instances are immutable and thread-safe.
 */
public class ControlChart {

    private final ControlChartSettings settings;

    public ControlChart() {
        this(ControlChartSettings.defaults());
    }

    public ControlChart(ControlChartSettings settings) {
        if (settings == null) {
            throw new InvalidStatisticsInputException(InvalidInputReason.MISSING_VALUE, "settings",
                    "settings are missing");
        }
        this.settings = settings;
    }

    /**
     * Estimates {@code mu0} and σ (population, ddof = 0) from the reference window, then assesses the series.
     *
     * @param contractualFloor value agreed at validation below which the figure is significant, or {@code null}
     */
    public PerformanceSeriesAssessment assessAgainstReferenceWindow(double[] referenceWindow, double[] series,
            Double contractualFloor) {
        double[] reference = SeriesValidation.finiteSeries("referenceWindow", referenceWindow);
        if (reference.length < 2) {
            throw new InvalidStatisticsInputException(InvalidInputReason.REFERENCE_WINDOW_TOO_SHORT,
                    "referenceWindow", "the reference window needs at least 2 periods to estimate sigma, got "
                            + reference.length);
        }
        double mu0 = SeriesValidation.mean(reference);
        double sigma = SeriesValidation.populationStd(reference, mu0);
        if (sigma == 0) {
            throw new InvalidStatisticsInputException(InvalidInputReason.REFERENCE_WINDOW_TOO_SHORT,
                    "referenceWindow", "the reference window has no spread (sigma = 0): every value equals "
                            + reference[0] + "; give a longer window or an explicit sigma");
        }
        return assess(series, mu0, sigma, contractualFloor);
    }

    /** Assesses the series against an explicit {@code mu0} and σ. */
    public PerformanceSeriesAssessment assess(double[] series, double mu0, double sigma, Double contractualFloor) {
        WesternElectricRules.Result we = WesternElectricRules.evaluate(series, mu0, sigma);
        CusumResult cusum = CusumChart.evaluate(series, mu0, sigma, settings.cusumK(), settings.cusumH());
        EwmaResult ewma = EwmaChart.evaluate(series, mu0, sigma, settings.ewmaLambda(), settings.ewmaLimitWidth());
        if (contractualFloor != null) {
            SeriesValidation.finite("contractualFloor", contractualFloor);
        }
        Severity[] severity = new Severity[series.length];
        List<Boolean> belowFloor = new ArrayList<>(series.length);
        for (int i = 0; i < series.length; i++) {
            boolean below = contractualFloor != null && series[i] < contractualFloor;
            belowFloor.add(below);
            severity[i] = below ? Severity.SIGNIFICANT
                    : cusum.alarms().get(i) || ewma.alarms().get(i) ? Severity.MODERATE : Severity.NONE;
        }
        for (WesternElectricRules.Signal s : we.signals()) {
            Severity bySignal = s.rule() == 1 ? Severity.SIGNIFICANT : Severity.MODERATE;
            if (bySignal.compareTo(severity[s.index()]) > 0) {
                severity[s.index()] = bySignal;
            }
        }
        Severity overall = Severity.NONE;
        for (Severity s : severity) {
            overall = s.compareTo(overall) > 0 ? s : overall;
        }
        Convention convention = Convention.of("performance_series_severity", "Registry mapping (spec §6) of"
                                + " Western Electric, CUSUM and EWMA signals",
                        "significant: WE rule 1 or value < contractual floor; moderate: WE rules 2-4, CUSUM or EWMA"
                                + " signal; none: inside all limits")
                .withDecisionRule("cusum k=" + settings.cusumK() + " h=" + settings.cusumH() + "; ewma lambda="
                        + settings.ewmaLambda() + " L=" + settings.ewmaLimitWidth() + "; floor=" + contractualFloor);
        return new PerformanceSeriesAssessment(mu0, sigma, we, cusum, ewma, List.copyOf(belowFloor),
                List.of(severity), overall, convention);
    }
}
