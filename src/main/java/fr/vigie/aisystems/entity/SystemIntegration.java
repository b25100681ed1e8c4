package fr.vigie.aisystems.entity;

/** Information systems the AI system is connected to (DPI = dossier patient informatisé). */
public enum SystemIntegration {
  DPI_EHR,
  PACS,
  LABORATORY,
  OFFICE_SUITE,
  HR_SYSTEM,
  FINANCE_BILLING,
  IDENTITY_DIRECTORY,
  DOCUMENT_MANAGEMENT,
  MESSAGING,
  OTHER
}
