package fr.vigie.monitoring.control;

import fr.vigie.platform.stats.Convention;
import fr.vigie.platform.stats.DoubleList;
import fr.vigie.platform.stats.InvalidInputReason;
import fr.vigie.platform.stats.InvalidStatisticsInputException;

/**
 * EWMA chart (NIST/SEMATECH e-Handbook §6.3.2.4, Hunter): {@code z_i = λx_i + (1-λ)z_{i-1}}, {@code z_0 = mu0}, limits
 * {@code mu0 ± L·σ·√(λ/(2-λ)·[1-(1-λ)^{2i}])} with i 1-based.
 */
public final class EwmaChart {

    /** NIST recommends λ between 0.2 and 0.3. */
    public static final double DEFAULT_LAMBDA = 0.2;
    public static final double DEFAULT_LIMIT_WIDTH = 3;

    private EwmaChart() {
    }

    public static EwmaResult evaluate(double[] series, double mu0, double sigma, double lambda, double limitWidth) {
        double[] x = SeriesValidation.finiteSeries("series", series);
        SeriesValidation.finite("mu0", mu0);
        SeriesValidation.positive("sigma", sigma);
        SeriesValidation.positive("limitWidth", limitWidth);
        if (!(lambda > 0 && lambda <= 1)) {
            throw new InvalidStatisticsInputException(InvalidInputReason.INVALID_PARAMETER, "lambda",
                    "lambda must lie in (0, 1], got " + lambda);
        }
        double[] ewma = new double[x.length];
        double[] lower = new double[x.length];
        double[] upper = new double[x.length];
        boolean[] alarms = new boolean[x.length];
        double z = mu0;
        double ratio = lambda / (2 - lambda);
        for (int i = 0; i < x.length; i++) {
            z = lambda * x[i] + (1 - lambda) * z;
            double halfWidth = limitWidth * sigma * Math.sqrt(ratio * (1 - Math.pow(1 - lambda, 2.0 * (i + 1))));
            ewma[i] = z;
            lower[i] = mu0 - halfWidth;
            upper[i] = mu0 + halfWidth;
            alarms[i] = z < lower[i] || z > upper[i];
        }
        double steady = limitWidth * sigma * Math.sqrt(ratio);
        Convention convention = Convention.of("ewma", "EWMA chart (NIST/SEMATECH e-Handbook 6.3.2.4; Montgomery)",
                        "z_0 = mu0; z_i = lambda*x_i + (1-lambda)*z_{i-1};"
                                + " limits mu0 +/- L*sigma*sqrt(lambda/(2-lambda)*(1-(1-lambda)^(2i)))")
                .withThreshold(limitWidth, "alarm if z_i strictly outside the exact time-varying limits (lambda = "
                        + lambda + ")");
        return new EwmaResult(DoubleList.copyOf(ewma), DoubleList.copyOf(lower), DoubleList.copyOf(upper),
                CusumChart.toList(alarms), SeriesValidation.firstTrue(alarms), mu0 - steady, mu0 + steady, lambda,
                limitWidth, convention);
    }
}
