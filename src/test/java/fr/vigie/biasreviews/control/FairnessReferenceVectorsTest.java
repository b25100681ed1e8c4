package fr.vigie.biasreviews.control;

import com.fasterxml.jackson.databind.JsonNode;
import fr.vigie.platform.stats.ReferenceVectors;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every fairness vector of the spec file, every expected value, within 1e-6. */
public class FairnessReferenceVectorsTest {

    static Stream<Arguments> fairnessVectors() {
        return ReferenceVectors.ofKind("fairness_");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fairnessVectors")
    void reproducesEveryExpectedFairnessFigure(String id, JsonNode vector) {
        JsonNode in = vector.get("input");
        Map<String, ConfusionMatrix> groups = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = in.get("groups").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> g = it.next();
            JsonNode m = g.getValue();
            groups.put(g.getKey(), ConfusionMatrix.of(g.getKey(), m.get("TP").asDouble(), m.get("FP").asDouble(),
                    m.get("TN").asDouble(), m.get("FN").asDouble()));
        }
        FairnessThresholds defaults = FairnessThresholds.registryDefaults();
        FairnessThresholds thresholds = new FairnessThresholds(in.get("censor_threshold").asLong(),
                defaults.aequitasTau(), defaults.seismometerLimit(), defaults.fourFifths(),
                defaults.differenceBands());
        FairnessReport report = new FairnessCalculator(thresholds)
                .evaluate(groups, in.hasNonNull("reference_group") ? in.get("reference_group").asText() : null);

        ReferenceVectors.assertAllMatch(id, vector.get("expected"), asExpectedShape(report));
    }

    /** The report laid out with the vector file's key names (also used by the HTTP vectors IT). */
    public static Map<String, Object> asExpectedShape(FairnessReport report) {
        Map<String, Object> perGroup = new HashMap<>();
        for (GroupRates g : report.groups()) {
            Map<String, Object> values = new HashMap<>();
            values.put("n", g.n());
            values.put("positives", g.positives());
            values.put("predicted_positives", g.predictedPositives());
            g.rates().forEach((rate, figure) -> values.put(rate.key(), figure));
            perGroup.put(g.group(), values);
        }
        Map<String, Object> between = new HashMap<>();
        report.betweenGroups().forEach((rate, spread) -> between.put(rate.key(), Map.of(
                "difference", spread.difference(), "ratio", spread.ratio(),
                "groups_defined", spread.groupsDefined())));
        Map<String, Object> versus = new HashMap<>();
        report.versusReference().forEach((group, perRate) -> {
            Map<String, Object> rates = new HashMap<>();
            perRate.forEach((rate, d) -> {
                Map<String, Object> values = new HashMap<>();
                values.put("difference_to_reference", d.differenceToReference());
                values.put("ratio_to_reference", d.ratioToReference());
                values.put("aequitas_disparity", d.aequitasDisparity());
                values.put("aequitas_fair_tau_0_8", d.aequitasFair());
                values.put("seismometer_band_limit_0_25", d.seismometerBand());
                rates.put(rate.key(), values);
            });
            versus.put(group, rates);
        });
        FairnessSummary s = report.summary();
        Map<String, Object> summary = new HashMap<>();
        summary.put("reference_group", s.referenceGroup());
        summary.put("demographic_parity_difference", s.demographicParityDifference());
        summary.put("demographic_parity_ratio", s.demographicParityRatio());
        summary.put("four_fifths_rule_pass", s.fourFifthsRulePass());
        summary.put("equal_opportunity_difference", s.equalOpportunityDifference());
        summary.put("equal_opportunity_ratio", s.equalOpportunityRatio());
        summary.put("equalized_odds_difference", s.equalizedOddsDifference());
        summary.put("equalized_odds_ratio", s.equalizedOddsRatio());
        summary.put("predictive_parity_difference", s.predictiveParityDifference());
        summary.put("predictive_parity_ratio", s.predictiveParityRatio());
        summary.put("fnr_parity_difference", s.fnrParityDifference());
        summary.put("fnr_parity_ratio", s.fnrParityRatio());
        summary.put("fpr_parity_difference", s.fprParityDifference());
        summary.put("fpr_parity_ratio", s.fprParityRatio());
        Map<String, Object> shape = new HashMap<>();
        shape.put("per_group", perGroup);
        shape.put("between_groups", between);
        shape.put("versus_reference", versus);
        shape.put("summary", summary);
        TwoGroupComparison two = report.twoGroup();
        if (two != null) {
            Map<String, Object> aif = new HashMap<>();
            aif.put("unprivileged", two.unprivileged());
            aif.put("privileged", two.privileged());
            aif.put("statistical_parity_difference", two.statisticalParityDifference());
            aif.put("disparate_impact", two.disparateImpact());
            aif.put("equal_opportunity_difference", two.equalOpportunityDifference());
            aif.put("average_odds_difference", two.averageOddsDifference());
            aif.put("average_abs_odds_difference", two.averageAbsOddsDifference());
            aif.put("equalized_odds_difference", two.equalizedOddsDifference());
            aif.put("false_negative_rate_difference", two.falseNegativeRateDifference());
            aif.put("ppv_difference", two.ppvDifference());
            shape.put("aif360_style_unprivileged_minus_privileged", aif);
        }
        return shape;
    }
}
