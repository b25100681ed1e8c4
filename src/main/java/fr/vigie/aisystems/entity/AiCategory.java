package fr.vigie.aisystems.entity;

/** Technology family of an AI system. */
public enum AiCategory {
  RPA,
  RPA_AI,
  GENERATIVE_AI,
  AGENTIC_AI,
  PREDICTIVE_ML,
  NLP,
  COMPUTER_VISION,
  OTHER
}
