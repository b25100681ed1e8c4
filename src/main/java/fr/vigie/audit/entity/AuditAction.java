package fr.vigie.audit.entity;

public enum AuditAction {
  CREATED,
  UPDATED,
  DELETED
}
