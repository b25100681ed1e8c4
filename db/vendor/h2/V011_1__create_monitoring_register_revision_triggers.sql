-- H2: the register revision triggers of monitoring lines and alerts (see the PostgreSQL form).
CREATE TRIGGER monitoring_line_register_revision AFTER INSERT, UPDATE, DELETE ON monitoring_line
  FOR EACH STATEMENT CALL 'fr.vigie.aisystems.control.RegisterRevisionH2Trigger';
CREATE TRIGGER monitoring_alert_register_revision AFTER INSERT, UPDATE, DELETE ON monitoring_alert
  FOR EACH STATEMENT CALL 'fr.vigie.aisystems.control.RegisterRevisionH2Trigger';
