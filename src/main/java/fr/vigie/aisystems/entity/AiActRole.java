package fr.vigie.aisystems.entity;

/** Role of the hospital under the EU AI Act for this system. */
public enum AiActRole {
  DEPLOYER,
  PROVIDER,
  PROVIDER_AND_DEPLOYER
}
