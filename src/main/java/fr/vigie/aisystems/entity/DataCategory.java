package fr.vigie.aisystems.entity;

/** Categories of data the system processes. */
public enum DataCategory {
  PATIENT_HEALTH,
  PATIENT_ADMINISTRATIVE,
  MEDICAL_IMAGING,
  STAFF_HR,
  FINANCIAL,
  SECURITY_LOGS,
  DOCUMENTS,
  NON_PERSONAL
}
