package fr.vigie.monitoring.control;

/**
 * Parameters of the control charts run on a performance series.
 *
 * @param cusumK CUSUM allowance k, in σ (0.5 detects a 1σ shift)
 * @param cusumH CUSUM decision interval h, in σ (4 or 5)
 * @param ewmaLambda EWMA weight λ (0.2–0.3)
 * @param ewmaLimitWidth EWMA limit width L (3)
 */
public record ControlChartSettings(double cusumK, double cusumH, double ewmaLambda, double ewmaLimitWidth) {

    public static ControlChartSettings defaults() {
        return new ControlChartSettings(CusumChart.DEFAULT_K, CusumChart.DEFAULT_H, EwmaChart.DEFAULT_LAMBDA,
                EwmaChart.DEFAULT_LIMIT_WIDTH);
    }
}
