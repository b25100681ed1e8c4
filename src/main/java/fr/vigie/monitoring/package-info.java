/**
 * Post-deployment monitoring of a hospital AI system: whether the data it sees has drifted from the data it was
 * validated on, and whether its performance (AUROC, sensitivity, GenAI acceptance or refusal rates…) holds over time.
 * Figures are computed from the summary data a quality team actually has (histograms, category counts, per-period
 * values and counts) and each one carries the Evidently / NannyML / control-chart convention that produced it.
 */
package fr.vigie.monitoring;
