package fr.vigie.platform.stats;

import java.util.Objects;

/**
 * The convention that produced a figure, stored beside it so that a history stays interpretable when defaults change
 * (spec: "metric name, log base, epsilon rule, threshold and tool profile").
 *
 * @param metric metric key, e.g. {@code psi}, {@code js_distance}
 * @param matches the tool (and source) whose figure this reproduces, e.g. "Evidently psi (legacy stattests)"
 * @param formula the formula in plain text
 * @param logBase {@code "e"} or {@code "2"}; {@code null} when no logarithm is involved
 * @param epsilonRule how zero shares or zero denominators are handled; {@code null} when not applicable
 * @param threshold the tool's default decision threshold; {@code null} when the tool has none
 * @param decisionRule how the threshold is applied, e.g. "drift if value >= threshold"
 * @param bands the severity bands applied, or {@code null} when none apply
 * @param version version of the registry's convention set; recompute on read only when it matches
 */
public record Convention(
        String metric,
        String matches,
        String formula,
        String logBase,
        String epsilonRule,
        Double threshold,
        String decisionRule,
        String bands,
        String version) {

    /** Version of this convention set; bump it whenever a formula, rule or default changes. */
    public static final String CURRENT_VERSION = "vigie-stats-1";

    public Convention {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(matches, "matches");
        Objects.requireNonNull(formula, "formula");
        Objects.requireNonNull(version, "version");
    }

    /** Starts a convention of the current version, with no log base, epsilon rule, threshold or bands. */
    public static Convention of(String metric, String matches, String formula) {
        return new Convention(metric, matches, formula, null, null, null, null, null, CURRENT_VERSION);
    }

    public Convention withLogBase(String base) {
        return new Convention(metric, matches, formula, base, epsilonRule, threshold, decisionRule, bands, version);
    }

    public Convention withEpsilonRule(String rule) {
        return new Convention(metric, matches, formula, logBase, rule, threshold, decisionRule, bands, version);
    }

    public Convention withThreshold(double value, String rule) {
        return new Convention(metric, matches, formula, logBase, epsilonRule, value, rule, bands, version);
    }

    public Convention withDecisionRule(String rule) {
        return new Convention(metric, matches, formula, logBase, epsilonRule, threshold, rule, bands, version);
    }

    public Convention withBands(String description) {
        return new Convention(metric, matches, formula, logBase, epsilonRule, threshold, decisionRule, description,
                version);
    }
}
