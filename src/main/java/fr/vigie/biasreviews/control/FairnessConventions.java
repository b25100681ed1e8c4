package fr.vigie.biasreviews.control;

import fr.vigie.platform.stats.Convention;

/** The conventions stored beside fairness figures. */
final class FairnessConventions {

    private FairnessConventions() {
    }

    static Convention rates(FairnessThresholds t) {
        return Convention.of("fairness_rates", "Aequitas group metrics (undefined 0/0); Fairlearn/sklearn would"
                                + " report 0, AIF360 NaN for TPR/FPR and 0 for PPV/NPV",
                        "selection_rate=(TP+FP)/n, tpr=TP/(TP+FN), fpr=FP/(FP+TN), fnr=FN/(TP+FN), tnr=TN/(FP+TN),"
                                + " ppv=TP/(TP+FP), npv=TN/(TN+FN), fdr=FP/(TP+FP), for=FN/(FN+TN),"
                                + " accuracy=(TP+TN)/n, prevalence=(TP+FN)/n")
                .withEpsilonRule("0/0 is undefined (null, with its reason) and left out of that rate's aggregates")
                .withDecisionRule("groups with n < " + t.censorThreshold() + " are marked insufficient data"
                        + " (seismometer censor_threshold)");
    }

    static Convention betweenGroups(FairnessThresholds t) {
        return Convention.of("fairness_between_groups", "Fairlearn method='between_groups'",
                        "difference = max - min, ratio = min / max over groups with a defined rate")
                .withEpsilonRule("ratio undefined when max = 0; single defined group: difference 0, ratio 1")
                .withThreshold(t.fourFifths(), "four-fifths rule passes iff demographic parity ratio >= threshold")
                .withBands(t.differenceBands().describe() + " (house bands on the difference; insufficient data"
                        + " with fewer than 2 defined groups)");
    }

    static Convention versusReference(FairnessThresholds t) {
        return Convention.of("fairness_versus_reference", "Aequitas disparity (ref_groups 'maj'); seismometer"
                                + " fairness audit (largest cohort)",
                        "ratio = rate_g / rate_ref; difference = rate_g - rate_ref; reference = largest group"
                                + " unless named")
                .withEpsilonRule("ratio x/0 = +Infinity, 0/0 undefined; Aequitas disparity caps x/0 at "
                        + FairnessThresholds.AEQUITAS_DIVISION_BY_ZERO_CAP)
                .withThreshold(t.aequitasTau(), "Aequitas fair iff tau <= disparity <= 1/tau")
                .withBands("seismometer limit " + t.seismometerLimit() + ": GOOD in [1/(1+L), 1+L], WARNING in"
                        + " [1/(1+2L), 1+2L], CRITICAL beyond, DEFAULT if ratio == 1, UNKNOWN if undefined or n < "
                        + t.censorThreshold());
    }

    static Convention summary(FairnessThresholds t) {
        return Convention.of("fairness_summary", "Fairlearn demographic_parity_*, equal_opportunity_*,"
                                + " equalized_odds_* (agg='worst_case')",
                        "demographic parity = selection rate; equal opportunity = tpr; equalized odds difference"
                                + " = max(tpr difference, fpr difference), ratio = min(tpr ratio, fpr ratio);"
                                + " predictive parity = ppv")
                .withThreshold(t.fourFifths(), "four-fifths rule passes iff demographic parity ratio >= threshold");
    }

    static Convention twoGroup() {
        return Convention.of("fairness_two_group", "AIF360 ClassificationMetric (unprivileged minus privileged)",
                        "statistical_parity_difference = SR_u - SR_p; disparate_impact = SR_u / SR_p;"
                                + " average_odds_difference = ((FPR_u-FPR_p)+(TPR_u-TPR_p))/2;"
                                + " equalized_odds_difference = max(|dFPR|, |dTPR|)")
                .withEpsilonRule("privileged = reference group; undefined rates propagate as undefined");
    }
}
