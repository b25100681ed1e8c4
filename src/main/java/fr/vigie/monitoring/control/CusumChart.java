package fr.vigie.monitoring.control;

import fr.vigie.platform.stats.Convention;
import fr.vigie.platform.stats.DoubleList;
import java.util.ArrayList;
import java.util.List;

/**
 * Tabular two-sided CUSUM (Page 1954; Montgomery): detects small persistent shifts that never cross a 3σ limit.
 * {@code S+_i = max(0, S+_{i-1} + z_i - k)}, {@code S-_i = max(0, S-_{i-1} - z_i - k)}, signal when {@code S > h}.
 */
public final class CusumChart {

    /** Half the shift to detect (1σ), in σ. */
    public static final double DEFAULT_K = 0.5;
    /** Montgomery suggests h = 4 or 5; 5 is the registry default (fewer false alarms). */
    public static final double DEFAULT_H = 5;

    private CusumChart() {
    }

    /**
     * @param series per-period metric values
     * @param mu0 in-control mean (Phase I reference estimate)
     * @param sigma in-control standard deviation, above 0
     */
    public static CusumResult evaluate(double[] series, double mu0, double sigma, double k, double h) {
        double[] x = SeriesValidation.finiteSeries("series", series);
        SeriesValidation.finite("mu0", mu0);
        SeriesValidation.positive("sigma", sigma);
        SeriesValidation.nonNegative("k", k);
        SeriesValidation.positive("h", h);
        double[] z = new double[x.length];
        double[] plus = new double[x.length];
        double[] minus = new double[x.length];
        boolean[] alarms = new boolean[x.length];
        double sPlus = 0;
        double sMinus = 0;
        for (int i = 0; i < x.length; i++) {
            z[i] = (x[i] - mu0) / sigma;
            sPlus = Math.max(0, sPlus + z[i] - k);
            sMinus = Math.max(0, sMinus - z[i] - k);
            plus[i] = sPlus;
            minus[i] = sMinus;
            alarms[i] = sPlus > h || sMinus > h;
        }
        Convention convention = Convention.of("cusum", "Tabular CUSUM (Page 1954; Montgomery, Applied Statistics"
                                + " and Probability for Engineers ch. 16)",
                        "z = (x - mu0)/sigma; S+ = max(0, S+ + z - k); S- = max(0, S- - z - k); S+_0 = S-_0 = 0")
                .withThreshold(h, "signal if S+ > h or S- > h (k = " + k + "); sums are not reset after a signal");
        return new CusumResult(DoubleList.copyOf(z), DoubleList.copyOf(plus), DoubleList.copyOf(minus),
                toList(alarms), SeriesValidation.firstTrue(alarms), k, h, convention);
    }

    static List<Boolean> toList(boolean[] flags) {
        List<Boolean> list = new ArrayList<>(flags.length);
        for (boolean f : flags) {
            list.add(f);
        }
        return List.copyOf(list);
    }
}
