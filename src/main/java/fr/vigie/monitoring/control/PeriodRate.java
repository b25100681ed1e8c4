package fr.vigie.monitoring.control;

/**
 * One period's count of events among interactions, e.g. accepted answers among GenAI answers shown.
 *
 * @param period period label (e.g. "2026-03")
 * @param events numerator count
 * @param total denominator count
 */
public record PeriodRate(String period, double events, double total) {
}
