package fr.vigie.biasreviews.entity;

/** Whether a review rests on per-group confusion matrices or on a qualitative examination only. */
public enum ReviewKind {
  /** The system classifies: per-group confusion matrices, figures computed by the core, and the conclusion. */
  QUANTITATIVE,
  /** No confusion matrix (e.g. a generative assistant): findings, mitigations and the conclusion only. */
  QUALITATIVE
}
