package fr.vigie.monitoring.control;

import fr.vigie.platform.stats.Convention;
import fr.vigie.platform.stats.InvalidInputReason;
import fr.vigie.platform.stats.InvalidStatisticsInputException;
import java.util.ArrayList;
import java.util.List;

/**
 * p-chart for GenAI rates (acceptance, refusal, ungrounded answers…) and other per-period proportions:
 * {@code p̄ ± L·√(p̄(1-p̄)/n_i)} clipped to [0, 1], with p̄ pooled over the reference periods.
 */
public final class ProportionChart {

    public static final double DEFAULT_LIMIT_WIDTH = 3;

    private ProportionChart() {
    }

    /** Classic p-chart: every period is part of the reference (p̄ pooled over all periods), L = 3. */
    public static ProportionChartResult evaluate(List<PeriodRate> periods) {
        return evaluate(periods, periods == null ? 0 : periods.size(), DEFAULT_LIMIT_WIDTH);
    }

    /**
     * @param referencePeriods how many leading periods form p̄ (Phase I); the later ones are monitored against it
     * @param limitWidth L, in standard errors
     */
    public static ProportionChartResult evaluate(List<PeriodRate> periods, int referencePeriods, double limitWidth) {
        if (periods == null || periods.isEmpty()) {
            throw new InvalidStatisticsInputException(InvalidInputReason.EMPTY_SERIES, "periods",
                    "periods has no period to chart");
        }
        if (referencePeriods < 1 || referencePeriods > periods.size()) {
            throw new InvalidStatisticsInputException(InvalidInputReason.REFERENCE_WINDOW_TOO_SHORT,
                    "referencePeriods", "referencePeriods must be between 1 and " + periods.size() + ", got "
                            + referencePeriods);
        }
        SeriesValidation.positive("limitWidth", limitWidth);
        List<ProportionEstimate> estimates = new ArrayList<>(periods.size());
        for (int i = 0; i < periods.size(); i++) {
            PeriodRate rate = periods.get(i);
            if (rate == null) {
                throw new InvalidStatisticsInputException(InvalidInputReason.MISSING_VALUE, "periods[" + i + "]",
                        "periods[" + i + "] is missing");
            }
            estimates.add(ProportionChange.estimate("periods[" + i + "]", rate.events(), rate.total()));
        }
        long events = 0;
        long total = 0;
        for (int i = 0; i < referencePeriods; i++) {
            events += estimates.get(i).events();
            total += estimates.get(i).total();
        }
        double pBar = (double) events / total;
        List<ProportionChartResult.Point> points = new ArrayList<>(periods.size());
        Integer first = null;
        for (int i = 0; i < periods.size(); i++) {
            ProportionEstimate e = estimates.get(i);
            double half = limitWidth * Math.sqrt(pBar * (1 - pBar) / e.total());
            double lower = Math.max(0, pBar - half);
            double upper = Math.min(1, pBar + half);
            boolean signal = e.proportion() < lower || e.proportion() > upper;
            if (signal && first == null) {
                first = i;
            }
            points.add(new ProportionChartResult.Point(periods.get(i).period(), e.events(), e.total(),
                    e.proportion(), lower, upper, signal, e.insufficientData()));
        }
        Convention convention = Convention.of("p_chart", "Shewhart p-chart (Montgomery ch. 15-16)",
                        "p_bar +/- L*sqrt(p_bar(1-p_bar)/n_i), clipped to [0, 1]")
                .withEpsilonRule("p_bar pooled over the first " + referencePeriods + " period(s)")
                .withThreshold(limitWidth, "signal if p_i strictly outside its limits; insufficient data when n_i < "
                        + ProportionChange.MIN_TOTAL);
        return new ProportionChartResult(pBar, referencePeriods, List.copyOf(points), first, convention);
    }
}
