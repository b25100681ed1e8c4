package fr.vigie.monitoring.control;

/**
 * A proportion with its Wilson 95 % interval (sensitivity, PPV, a GenAI acceptance or refusal rate…).
 *
 * @param events numerator (e.g. TP, accepted answers)
 * @param total denominator (e.g. TP+FN, answers shown)
 * @param proportion {@code events / total}
 * @param wilsonLower lower bound of the Wilson score interval
 * @param wilsonUpper upper bound of the Wilson score interval
 * @param insufficientData true when {@code total < 10} (seismometer's censor threshold)
 */
public record ProportionEstimate(
        long events,
        long total,
        double proportion,
        double wilsonLower,
        double wilsonUpper,
        boolean insufficientData) {
}
