package fr.vigie.monitoring.control;

import static fr.vigie.platform.stats.ReferenceVectors.doubles;
import static fr.vigie.platform.stats.ReferenceVectors.strings;

import com.fasterxml.jackson.databind.JsonNode;
import fr.vigie.platform.stats.ReferenceVectors;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every drift vector of the spec file, every expected value, within 1e-6. */
class DriftReferenceVectorsTest {

    private final DriftCalculator calculator = new DriftCalculator();

    static Stream<Arguments> driftVectors() {
        return ReferenceVectors.ofKind("drift_");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("driftVectors")
    void reproducesEveryExpectedDriftFigure(String id, JsonNode vector) {
        JsonNode input = vector.get("input");
        DriftReport report = vector.get("kind").asText().equals("drift_binned_numeric")
                ? calculator.numeric(
                        new Histogram(doubles(input.get("bin_edges")), doubles(input.get("reference_counts"))),
                        new Histogram(doubles(input.get("bin_edges")), doubles(input.get("current_counts"))))
                : calculator.categorical(
                        new CategoryCounts(strings(input.get("categories")), doubles(input.get("reference_counts"))),
                        new CategoryCounts(strings(input.get("categories")), doubles(input.get("current_counts"))));
        ReferenceVectors.assertAllMatch(id, vector.get("expected"), report, EXTRACTORS);
    }

    private static final Map<String, Function<DriftReport, Object>> EXTRACTORS = new HashMap<>();

    static {
        EXTRACTORS.put("n_reference", DriftReport::nReference);
        EXTRACTORS.put("n_current", DriftReport::nCurrent);
        EXTRACTORS.put("reference_proportions", DriftReport::referenceProportions);
        EXTRACTORS.put("current_proportions", DriftReport::currentProportions);
        EXTRACTORS.put("psi", r -> r.psi().value());
        EXTRACTORS.put("psi_bin_terms", r -> r.psi().binTerms());
        EXTRACTORS.put("psi_epsilon_reference", r -> r.psi().epsilonReference());
        EXTRACTORS.put("psi_epsilon_current", r -> r.psi().epsilonCurrent());
        EXTRACTORS.put("psi_severity", r -> r.psi().severity());
        EXTRACTORS.put("psi_drift_evidently_default_0_1", r -> r.psi().driftAtDefaultThreshold());
        EXTRACTORS.put("kl_divergence_ref_to_cur_ln", r -> r.kullbackLeibler().value());
        EXTRACTORS.put("js_distance_ln", r -> r.jensenShannon().distanceLn());
        EXTRACTORS.put("js_distance_base2", r -> r.jensenShannon().distanceBase2());
        EXTRACTORS.put("js_divergence_ln", r -> r.jensenShannon().divergenceLn());
        EXTRACTORS.put("js_drift_evidently_default_0_1", r -> r.jensenShannon().driftAtDefaultThreshold());
        EXTRACTORS.put("js_severity_registry", r -> r.jensenShannon().severity());
        EXTRACTORS.put("hellinger", r -> r.hellinger().value());
        EXTRACTORS.put("hellinger_severity_whylogs", r -> r.hellinger().severity());
        EXTRACTORS.put("l_infinity", r -> r.lInfinity().value());
        EXTRACTORS.put("wasserstein_bin_centres", r -> r.wasserstein().binCentres());
        EXTRACTORS.put("wasserstein", r -> r.wasserstein().distance());
        EXTRACTORS.put("reference_std_from_bins", r -> r.wasserstein().referenceStd());
        EXTRACTORS.put("wasserstein_normed", r -> r.wasserstein().normed());
        EXTRACTORS.put("wasserstein_drift_evidently_default_0_1", r -> r.wasserstein().driftAtDefaultThreshold());
        EXTRACTORS.put("wasserstein_normed_severity_registry", r -> r.wasserstein().severity());
        EXTRACTORS.put("ks_reference_cdf_at_right_edges", r -> r.kolmogorovSmirnov().referenceCdf());
        EXTRACTORS.put("ks_current_cdf_at_right_edges", r -> r.kolmogorovSmirnov().currentCdf());
        EXTRACTORS.put("ks_statistic", r -> r.kolmogorovSmirnov().statistic());
        EXTRACTORS.put("ks_effective_n", r -> r.kolmogorovSmirnov().effectiveN());
        EXTRACTORS.put("ks_p_value", r -> r.kolmogorovSmirnov().pValue());
        EXTRACTORS.put("ks_drift_alpha_0_05", r -> r.kolmogorovSmirnov().driftAtAlpha());
        EXTRACTORS.put("ks_severity_whylogs_bands", r -> r.kolmogorovSmirnov().severity());
        EXTRACTORS.put("chi2_gof_statistic", r -> r.chiSquareGoodnessOfFit().statistic());
        EXTRACTORS.put("chi2_gof_p_value", r -> r.chiSquareGoodnessOfFit().pValue());
        EXTRACTORS.put("chi2_gof_dof", r -> r.chiSquareGoodnessOfFit().degreesOfFreedom());
        EXTRACTORS.put("chi2_gof_drift_alpha_0_05", r -> r.chiSquareGoodnessOfFit().driftAtAlpha());
        EXTRACTORS.put("chi2_contingency_statistic", r -> r.chiSquareContingency().statistic());
        EXTRACTORS.put("chi2_contingency_p_value", r -> r.chiSquareContingency().pValue());
        EXTRACTORS.put("chi2_contingency_dof", r -> r.chiSquareContingency().degreesOfFreedom());
        EXTRACTORS.put("chi2_contingency_drift_alpha_0_05", r -> r.chiSquareContingency().driftAtAlpha());
        EXTRACTORS.put("chi2_contingency_severity_whylogs_bands", r -> r.chiSquareContingency().severity());
    }
}
