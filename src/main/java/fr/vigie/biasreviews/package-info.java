/**
 * Bias reviews of a hospital AI system: does the model select, detect or miss patients at different rates across
 * groups (sex, age band, site…)? Figures are computed from per-group confusion matrices, the summary a clinical team
 * can export, and reproduce the conventions of Fairlearn, Aequitas, AIF360 and seismometer; a flagged disparity is
 * an input to the ethics committee's judgement, not a verdict.
 */
package fr.vigie.biasreviews;
