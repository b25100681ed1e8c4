package fr.vigie.biasreviews.boundary;

import fr.vigie.biasreviews.control.FairnessReport;
import fr.vigie.biasreviews.control.GroupCounts;
import java.util.List;

/**
 * One examined attribute of a recorded review.
 *
 * @param referenceGroup the group the others are compared with (null in a qualitative review)
 * @param referenceGroupGiven true when the reviewers named it, false when it is the default, the largest group
 * @param groups the groups and their confusion matrices as posted
 * @param report the core's figures (null in a qualitative review): {@code groups} (per group: n,
 *     insufficientData, every rate as a figure), {@code betweenGroups} (per rate: difference, ratio, severity),
 *     {@code versusReference} (per group, per rate: difference and ratio to the reference, Aequitas disparity and
 *     verdict at τ, seismometer band, severity), {@code summary} (demographic parity, four-fifths rule, equal
 *     opportunity, equalized odds…), {@code twoGroup} (AIF360, two groups only), {@code insufficientDataGroups},
 *     and the conventions used
 */
public record BiasAttributeDto(
    String name,
    String referenceGroup,
    boolean referenceGroupGiven,
    List<GroupCounts> groups,
    FairnessReport report) {}
