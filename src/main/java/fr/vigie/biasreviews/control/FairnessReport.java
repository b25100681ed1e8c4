package fr.vigie.biasreviews.control;

import fr.vigie.platform.stats.Convention;
import java.util.List;
import java.util.Map;

/**
 * Fairness of one model at one threshold across the groups of one attribute.
 *
 * @param groups every group's rates, in input order
 * @param ratesConvention how rates and undefined values are computed
 * @param betweenGroups Fairlearn "between groups" difference and ratio per rate
 * @param betweenGroupsConvention how the aggregates are computed
 * @param referenceGroup the reference group (the largest unless one was named)
 * @param versusReference per group, per rate: comparison with the reference group
 * @param versusReferenceConvention Aequitas and seismometer conventions
 * @param summary the named criteria (demographic parity, equal opportunity, equalized odds…)
 * @param twoGroup AIF360's signed metrics; present only when there are exactly two groups
 * @param insufficientDataGroups groups below the censor threshold (shown, banded UNKNOWN)
 */
public record FairnessReport(
        List<GroupRates> groups,
        Convention ratesConvention,
        Map<FairnessRate, GroupSpread> betweenGroups,
        Convention betweenGroupsConvention,
        String referenceGroup,
        Map<String, Map<FairnessRate, ReferenceDisparity>> versusReference,
        Convention versusReferenceConvention,
        FairnessSummary summary,
        TwoGroupComparison twoGroup,
        List<String> insufficientDataGroups) {

    /** The rates of a group, or {@code null} when there is no such group. */
    public GroupRates group(String name) {
        return groups.stream().filter(g -> g.group().equals(name)).findFirst().orElse(null);
    }
}
