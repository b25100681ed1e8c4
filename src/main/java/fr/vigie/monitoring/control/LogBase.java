package fr.vigie.monitoring.control;

/** Logarithm base of the Jensen-Shannon figure used for severity: natural (Evidently) or 2 (NannyML, scipy). */
public enum LogBase {
  E,
  TWO
}
