package fr.vigie.biasreviews.control;

import fr.vigie.platform.stats.Figure;
import fr.vigie.platform.stats.InvalidInputReason;
import fr.vigie.platform.stats.InvalidStatisticsInputException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fairness figures from per-group confusion matrices: per-group rates, Fairlearn between-groups differences and
 * ratios, Aequitas and seismometer comparisons with a reference group, and AIF360's signed two-group metrics.
 * Instances are immutable and thread-safe.
 */
public class FairnessCalculator {

    private final FairnessThresholds thresholds;

    public FairnessCalculator() {
        this(FairnessThresholds.registryDefaults());
    }

    public FairnessCalculator(FairnessThresholds thresholds) {
        if (thresholds == null) {
            throw new InvalidStatisticsInputException(InvalidInputReason.MISSING_VALUE, "thresholds",
                    "thresholds are missing");
        }
        this.thresholds = thresholds;
    }

    /**
     * @param groups confusion matrix per group; iteration order is kept (use a {@link LinkedHashMap}) and breaks
     *     ties when choosing the largest group
     * @param referenceGroup the reference (privileged) group, or {@code null} for the largest group (Aequitas
     *     'maj', seismometer's default cohort)
     */
    public FairnessReport evaluate(Map<String, ConfusionMatrix> groups, String referenceGroup) {
        List<GroupRates> rates = validatedRates(groups);
        GroupRates reference = reference(rates, referenceGroup);
        FairnessThresholds t = thresholds;

        Map<FairnessRate, GroupSpread> between = new EnumMap<>(FairnessRate.class);
        for (FairnessRate rate : FairnessRate.values()) {
            between.put(rate, GroupDisparities.between(rates, rate, t));
        }
        Map<String, Map<FairnessRate, ReferenceDisparity>> versus = new LinkedHashMap<>();
        List<String> insufficient = new ArrayList<>();
        for (GroupRates g : rates) {
            Map<FairnessRate, ReferenceDisparity> perRate = new EnumMap<>(FairnessRate.class);
            for (FairnessRate rate : FairnessRate.values()) {
                perRate.put(rate, GroupDisparities.versus(g, reference, rate, t));
            }
            versus.put(g.group(), Collections.unmodifiableMap(perRate));
            if (g.insufficientData()) {
                insufficient.add(g.group());
            }
        }
        TwoGroupComparison twoGroup = null;
        if (rates.size() == 2) {
            GroupRates other = rates.get(0) == reference ? rates.get(1) : rates.get(0);
            twoGroup = GroupDisparities.twoGroup(other, reference);
        }
        return new FairnessReport(List.copyOf(rates), FairnessConventions.rates(t),
                Collections.unmodifiableMap(between), FairnessConventions.betweenGroups(t), reference.group(),
                Collections.unmodifiableMap(versus), FairnessConventions.versusReference(t),
                summary(between, reference.group()), twoGroup, List.copyOf(insufficient));
    }

    private FairnessSummary summary(Map<FairnessRate, GroupSpread> between, String referenceGroup) {
        GroupSpread sr = between.get(FairnessRate.SELECTION_RATE);
        GroupSpread tpr = between.get(FairnessRate.TPR);
        GroupSpread fpr = between.get(FairnessRate.FPR);
        GroupSpread ppv = between.get(FairnessRate.PPV);
        GroupSpread fnr = between.get(FairnessRate.FNR);
        boolean oddsDefined = tpr.difference().defined() && fpr.difference().defined();
        Figure oddsDifference = oddsDefined
                ? Figure.of(Math.max(tpr.difference().value(), fpr.difference().value()))
                : Figure.undefined(GroupDisparities.UNDEFINED_RATE);
        Figure oddsRatio = tpr.ratio().defined() && fpr.ratio().defined()
                ? Figure.of(Math.min(tpr.ratio().value(), fpr.ratio().value()))
                : Figure.undefined(GroupDisparities.UNDEFINED_RATE);
        Boolean fourFifths = sr.ratio().defined() ? sr.ratio().value() >= thresholds.fourFifths() : null;
        return new FairnessSummary(referenceGroup, sr.difference(), sr.ratio(), fourFifths, tpr.difference(),
                tpr.ratio(), oddsDifference, oddsRatio, ppv.difference(), ppv.ratio(), fnr.difference(),
                fnr.ratio(), fpr.difference(), fpr.ratio(), FairnessConventions.summary(thresholds));
    }

    private List<GroupRates> validatedRates(Map<String, ConfusionMatrix> groups) {
        if (groups == null || groups.isEmpty()) {
            throw new InvalidStatisticsInputException(InvalidInputReason.NO_GROUPS, "groups",
                    "fairness needs at least one group with its confusion matrix");
        }
        List<GroupRates> rates = new ArrayList<>(groups.size());
        for (Map.Entry<String, ConfusionMatrix> entry : groups.entrySet()) {
            String name = entry.getKey();
            ConfusionMatrix m = entry.getValue();
            if (name == null || name.isBlank()) {
                throw new InvalidStatisticsInputException(InvalidInputReason.MISSING_VALUE, "groups",
                        "every group needs a non-blank name");
            }
            if (m == null) {
                throw new InvalidStatisticsInputException(InvalidInputReason.MISSING_VALUE, "groups." + name,
                        "group '" + name + "' has no confusion matrix");
            }
            long n = m.n();
            if (n == 0) {
                throw new InvalidStatisticsInputException(InvalidInputReason.EMPTY_TOTAL, "groups." + name,
                        "group '" + name + "' has no observation (TP+FP+TN+FN = 0): remove it or add its counts");
            }
            Map<FairnessRate, Figure> values = new EnumMap<>(FairnessRate.class);
            for (FairnessRate rate : FairnessRate.values()) {
                values.put(rate, rate.of(m));
            }
            rates.add(new GroupRates(name, m, n, m.positives(), m.predictedPositives(),
                    n < thresholds.censorThreshold(), Collections.unmodifiableMap(values)));
        }
        return rates;
    }

    private static GroupRates reference(List<GroupRates> rates, String referenceGroup) {
        if (referenceGroup == null) {
            GroupRates largest = rates.get(0);
            for (GroupRates g : rates) {
                if (g.n() > largest.n()) {
                    largest = g;
                }
            }
            return largest;
        }
        return rates.stream()
                .filter(g -> g.group().equals(referenceGroup))
                .findFirst()
                .orElseThrow(() -> new InvalidStatisticsInputException(InvalidInputReason.UNKNOWN_REFERENCE_GROUP,
                        "referenceGroup", "reference group '" + referenceGroup + "' is not among the groups "
                                + rates.stream().map(GroupRates::group).toList()));
    }
}
