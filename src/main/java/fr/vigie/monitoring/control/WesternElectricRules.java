package fr.vigie.monitoring.control;

import fr.vigie.platform.stats.Convention;
import fr.vigie.platform.stats.DoubleList;
import java.util.ArrayList;
import java.util.List;

/**
 * The four Western Electric rules (Western Electric Handbook 1956, as given by Montgomery &amp; Runger ch. 16) on
 * {@code z = (x - mu0)/sigma}:
 * <ol>
 *   <li>one point with |z| &gt; 3;</li>
 *   <li>2 of 3 consecutive points with z &gt; 2 (or all &lt; -2);</li>
 *   <li>4 of 5 consecutive points with z &gt; 1 (or all &lt; -1);</li>
 *   <li>8 consecutive points strictly on one side of the centre line.</li>
 * </ol>
 * Window convention (the spec's vector P04 was not provided, so this is the registry's): a rule signals at index i
 * when point i itself is beyond the zone and the window of the last 3 (rule 2) or 5 (rule 3) points ending at i,
 * truncated at the start of the series, holds enough points beyond the zone on the same side. Rule 4 needs 8 points.
 * A signal is therefore attributed to the point that completes the pattern, and an in-control point that follows a
 * pattern is not flagged.
 */
public final class WesternElectricRules {

    private WesternElectricRules() {
    }

    /** Which side of the centre line a pattern lies on. */
    public enum Side {
        ABOVE,
        BELOW
    }

    /**
     * One rule firing at one period.
     *
     * @param index 0-based period index
     * @param rule rule number, 1 to 4
     * @param side side of the centre line
     */
    public record Signal(int index, int rule, Side side) {
    }

    /**
     * @param z standardised values
     * @param signals every rule firing, by period then rule
     * @param firstSignalIndex first period with any signal, {@code null} when none
     * @param convention the rules and window convention
     */
    public record Result(List<Double> z, List<Signal> signals, Integer firstSignalIndex, Convention convention) {
    }

    public static Result evaluate(double[] series, double mu0, double sigma) {
        return evaluate(series, mu0, sigma, ZoneRule.COMPLETING_POINT_BEYOND_ZONE);
    }

    /** Same rules with the chosen zone-rule convention for rules 2 and 3 (see {@link ZoneRule}). */
    public static Result evaluate(double[] series, double mu0, double sigma, ZoneRule zoneRule) {
        boolean completingBeyond = zoneRule != ZoneRule.WINDOW_ONLY;
        double[] x = SeriesValidation.finiteSeries("series", series);
        SeriesValidation.finite("mu0", mu0);
        SeriesValidation.positive("sigma", sigma);
        double[] z = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            z[i] = (x[i] - mu0) / sigma;
        }
        List<Signal> signals = new ArrayList<>();
        for (int i = 0; i < z.length; i++) {
            if (Math.abs(z[i]) > 3) {
                signals.add(new Signal(i, 1, z[i] > 0 ? Side.ABOVE : Side.BELOW));
            }
            for (Side side : Side.values()) {
                if (pattern(z, i, side, 2, 3, 2, completingBeyond)) {
                    signals.add(new Signal(i, 2, side));
                }
            }
            for (Side side : Side.values()) {
                if (pattern(z, i, side, 1, 5, 4, completingBeyond)) {
                    signals.add(new Signal(i, 3, side));
                }
            }
            for (Side side : Side.values()) {
                if (i >= 7 && pattern(z, i, side, 0, 8, 8, true)) {
                    signals.add(new Signal(i, 4, side));
                }
            }
        }
        Convention convention = Convention.of("western_electric", "Western Electric rules 1-4 (Western Electric"
                                + " Handbook 1956; Montgomery & Runger ch. 16)",
                        "z = (x - mu0)/sigma; 1: |z| > 3; 2: 2 of 3 z > 2 (same side); 3: 4 of 5 z > 1 (same side);"
                                + " 4: 8 consecutive on one side")
                .withDecisionRule((completingBeyond
                        ? "signal at the point completing the pattern, which must itself be beyond the zone;"
                        : "signal at the last point of a window holding the pattern, wherever that point lies;")
                        + " windows truncated at the series start; strict inequalities");
        return new Result(DoubleList.copyOf(z), List.copyOf(signals),
                signals.isEmpty() ? null : signals.get(0).index(), convention);
    }

    private static boolean pattern(double[] z, int end, Side side, double zone, int window, int required,
            boolean completingBeyond) {
        if (completingBeyond && !beyond(z[end], side, zone)) {
            return false;
        }
        int count = 0;
        for (int j = Math.max(0, end - window + 1); j <= end; j++) {
            if (beyond(z[j], side, zone)) {
                count++;
            }
        }
        return count >= required;
    }

    private static boolean beyond(double z, Side side, double zone) {
        return side == Side.ABOVE ? z > zone : z < -zone;
    }
}
