package fr.vigie.biasreviews.control;

import java.util.List;

/**
 * One examined attribute of a recorded review: its groups as posted and, for a quantitative review, the core's
 * figures.
 *
 * @param name the attribute (e.g. "Sexe", "Tranche d’âge")
 * @param referenceGroup the group the others are compared with; null for a qualitative review
 * @param referenceGroupGiven true when the reviewers named it, false when it is the default (the largest group)
 * @param groups the groups and their confusion matrices as posted (empty for a qualitative review)
 * @param report the core's figures (rates, between-groups spreads, comparisons with the reference, summary with
 *     the four-fifths rule, bands, conventions); null for a qualitative review
 */
public record AttributeResult(
    String name,
    String referenceGroup,
    boolean referenceGroupGiven,
    List<GroupCounts> groups,
    FairnessReport report) {}
