package fr.vigie.monitoring.control;

import fr.vigie.platform.stats.Convention;
import fr.vigie.platform.stats.DoubleList;
import fr.vigie.platform.stats.Figure;
import fr.vigie.platform.stats.KolmogorovDistribution;

/** Two-sample Kolmogorov–Smirnov test on binned data (scipy {@code ks_2samp(method='asymp')}, whylogs). */
final class BinnedKolmogorovSmirnov {

    private BinnedKolmogorovSmirnov() {
    }

    static KolmogorovSmirnovResult compute(BinnedDistributions d, DriftThresholds t) {
        long[] ref = d.ref();
        long[] cur = d.cur();
        long n = d.referenceTotal();
        long m = d.currentTotal();
        double[] refCdf = new double[ref.length];
        double[] curCdf = new double[ref.length];
        long cumRef = 0;
        long cumCur = 0;
        double statistic = 0;
        for (int i = 0; i < ref.length; i++) {
            cumRef += ref[i];
            cumCur += cur[i];
            refCdf[i] = (double) cumRef / n;
            curCdf[i] = (double) cumCur / m;
            statistic = Math.max(statistic, Math.abs(refCdf[i] - curCdf[i]));
        }
        long effectiveN = effectiveSampleSize(n, m);
        Figure pValue = effectiveN < 1
                ? Figure.undefined("EFFECTIVE_SAMPLE_SIZE_ZERO")
                : Figure.of(KolmogorovDistribution.survival(statistic, (int) Math.min(effectiveN, Integer.MAX_VALUE)));
        boolean drift = pValue.finite() && pValue.value() <= t.alpha();
        Convention convention = Convention.of("ks", "scipy.stats.ks_2samp(method='asymp'); whylogs KS; Evidently ks"
                                + " (decision)", "D = max_j |F_ref(e_j) - F_cur(e_j)| over right edges;"
                                + " p = kstwo.sf(D, round(n*m/(n+m)))")
                .withEpsilonRule("effective n rounded half to even (numpy); kstwo.sf from Apache Commons Statistics;"
                        + " p reported as 0 when Massart's bound 2exp(-2nD^2) < 1e-16")
                .withThreshold(t.alpha(), "drift if p <= alpha (Evidently)")
                .withBands(t.pValueBands().describe() + " (whylogs); informational only when n_ref > "
                        + t.pValueInformationalAbove());
        return new KolmogorovSmirnovResult(DoubleList.copyOf(refCdf), DoubleList.copyOf(curCdf),
                Figure.of(statistic), effectiveN, pValue, drift, t.pValueBands().classify(pValue),
                n > t.pValueInformationalAbove(), convention);
    }

    /** {@code round(n·m/(n+m))} computed as scipy does, larger size first, rounding half to even. */
    static long effectiveSampleSize(long n, long m) {
        double large = Math.max(n, m);
        double small = Math.min(n, m);
        return (long) Math.rint(large * small / (large + small));
    }
}
