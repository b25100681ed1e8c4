package fr.vigie.aisystems.entity;

/**
 * The legal route by which the EU AI Act (Regulation 2024/1689) applies: a prohibited practice
 * (Art. 5), high-risk through Annex I (e.g. a medical device with a notified body) or through an
 * Annex III point, not high-risk by the Art. 6(3) derogation, transparency duties only (Art. 50),
 * or minimal risk.
 */
public enum AiActRoute {
  PROHIBITED,
  HIGH_RISK_ANNEX_I,
  HIGH_RISK_ANNEX_III,
  ART_6_3_DEROGATION,
  TRANSPARENCY_ART_50,
  MINIMAL;

  public boolean isHighRisk() {
    return this == HIGH_RISK_ANNEX_I || this == HIGH_RISK_ANNEX_III;
  }
}
