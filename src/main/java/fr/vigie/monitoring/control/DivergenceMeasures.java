package fr.vigie.monitoring.control;

import fr.vigie.platform.stats.Convention;
import fr.vigie.platform.stats.DoubleList;
import fr.vigie.platform.stats.Figure;

/** Divergences and distances between the share vectors p (reference) and q (current): PSI, KL, JS, Hellinger, L∞. */
final class DivergenceMeasures {

    static final String EVIDENTLY_ZERO_SHARE_RULE = "EVIDENTLY_ZERO_SHARE: in each distribution separately, a share of"
            + " 0 becomes eps = 1e-4, or min_nonzero_share / 1e6 when min_nonzero_share <= 1e-4";

    private static final double LN2 = Math.log(2);

    private DivergenceMeasures() {
    }

    /** Evidently's fill value for the zero shares of one distribution ({@code utils.get_binned_data}). */
    static double zeroShareFill(double[] shares) {
        double minNonZero = Double.POSITIVE_INFINITY;
        for (double s : shares) {
            if (s > 0 && s < minNonZero) {
                minNonZero = s;
            }
        }
        return minNonZero <= 1e-4 ? minNonZero / 1e6 : 1e-4;
    }

    static PsiResult psi(BinnedDistributions d, DriftThresholds t) {
        double[] p = d.p();
        double[] q = d.q();
        double epsRef = zeroShareFill(p);
        double epsCur = zeroShareFill(q);
        double[] terms = new double[p.length];
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            double pi = p[i] == 0 ? epsRef : p[i];
            double qi = q[i] == 0 ? epsCur : q[i];
            terms[i] = (pi - qi) * Math.log(pi / qi);
            sum += terms[i];
        }
        Figure value = Figure.of(sum);
        Convention convention = Convention.of("psi", "Evidently psi (legacy stattests/psi.py)",
                        "sum_i (p_i - q_i) * ln(p_i / q_i)")
                .withLogBase("e")
                .withEpsilonRule(EVIDENTLY_ZERO_SHARE_RULE + "; no renormalisation afterwards")
                .withThreshold(t.psiThreshold(), "drift if psi >= threshold")
                .withBands(t.psiBands().describe());
        return new PsiResult(value, DoubleList.copyOf(terms), epsRef, epsCur, t.psiBands().classify(value),
                sum >= t.psiThreshold(), convention);
    }

    static DistanceResult kullbackLeibler(BinnedDistributions d, DriftThresholds t) {
        double[] p = filled(d.p());
        double[] q = filled(d.q());
        double sumP = sum(p);
        double sumQ = sum(q);
        double kl = 0;
        for (int i = 0; i < p.length; i++) {
            double pi = p[i] / sumP;
            kl += pi * Math.log(pi / (q[i] / sumQ));
        }
        Figure value = Figure.of(kl);
        Convention convention = Convention.of("kl_divergence",
                        "Evidently kl_div (scipy.stats.entropy(p, q))", "KL(ref||cur) = sum_i p_i * ln(p_i / q_i)")
                .withLogBase("e")
                .withEpsilonRule(EVIDENTLY_ZERO_SHARE_RULE + "; both vectors then renormalised to sum 1")
                .withThreshold(t.klThreshold(), "drift if kl >= threshold");
        return new DistanceResult(value, null, kl >= t.klThreshold(), convention);
    }

    static JensenShannonResult jensenShannon(BinnedDistributions d, DriftThresholds t) {
        double[] p = d.p();
        double[] q = d.q();
        double sumP = sum(p);
        double sumQ = sum(q);
        double js = 0;
        for (int i = 0; i < p.length; i++) {
            double pi = p[i] / sumP;
            double qi = q[i] / sumQ;
            double mi = (pi + qi) / 2;
            js += relativeEntropy(pi, mi) + relativeEntropy(qi, mi);
        }
        double divergenceLn = Math.max(0, js) / 2;
        double divergenceBase2 = divergenceLn / LN2;
        Figure distanceLn = Figure.of(Math.sqrt(divergenceLn));
        Convention convention = Convention.of("js_distance",
                        "Evidently jensenshannon (natural log); NannyML jensen_shannon (base 2)",
                        "M = (P+Q)/2, JSD = KL(P||M)/2 + KL(Q||M)/2, distance = sqrt(JSD)")
                .withLogBase("e (distanceLn, divergenceLn); 2 (distanceBase2, divergenceBase2)")
                .withEpsilonRule("none: a zero share contributes 0 (scipy rel_entr)")
                .withThreshold(t.jensenShannonThreshold(), "drift if distanceLn >= threshold")
                .withBands(t.jensenShannonBands().describe() + " (on distanceLn)");
        return new JensenShannonResult(distanceLn, Figure.of(Math.sqrt(divergenceBase2)), Figure.of(divergenceLn),
                Figure.of(divergenceBase2), t.jensenShannonBands().classify(distanceLn),
                distanceLn.value() >= t.jensenShannonThreshold(), convention);
    }

    static DistanceResult hellinger(BinnedDistributions d, DriftThresholds t) {
        double[] p = d.p();
        double[] q = d.q();
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            double diff = Math.sqrt(p[i]) - Math.sqrt(q[i]);
            sum += diff * diff;
        }
        Figure value = Figure.of(Math.sqrt(sum) / Math.sqrt(2));
        Convention convention = Convention.of("hellinger", "NannyML hellinger; whylogs hellinger (bands); Evidently"
                        + " hellinger (threshold)", "sqrt(sum_i (sqrt(p_i) - sqrt(q_i))^2) / sqrt(2)")
                .withThreshold(t.hellingerThreshold(), "Evidently: drift if hellinger >= threshold")
                .withBands(t.hellingerBands().describe());
        return new DistanceResult(value, t.hellingerBands().classify(value),
                value.value() >= t.hellingerThreshold(), convention);
    }

    static DistanceResult lInfinity(BinnedDistributions d) {
        double[] p = d.p();
        double[] q = d.q();
        double max = 0;
        for (int i = 0; i < p.length; i++) {
            max = Math.max(max, Math.abs(p[i] - q[i]));
        }
        Convention convention = Convention.of("l_infinity", "NannyML l_infinity (categorical)", "max_i |p_i - q_i|")
                .withDecisionRule("NannyML alerts above mean + 3 std of the reference-chunk values; no fixed default");
        return new DistanceResult(Figure.of(max), null, null, convention);
    }

    private static double[] filled(double[] shares) {
        double eps = zeroShareFill(shares);
        double[] filled = shares.clone();
        for (int i = 0; i < filled.length; i++) {
            if (filled[i] == 0) {
                filled[i] = eps;
            }
        }
        return filled;
    }

    private static double sum(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s;
    }

    /** scipy {@code rel_entr(x, y)} for y &gt; 0: {@code x·ln(x/y)}, and 0 when x = 0. */
    private static double relativeEntropy(double x, double y) {
        return x == 0 ? 0 : x * Math.log(x / y);
    }
}
