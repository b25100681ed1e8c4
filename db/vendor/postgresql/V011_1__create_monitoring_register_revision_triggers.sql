-- The register list shows each AI system's monitoring status (lines' due dates, unresolved alerts): changes to
-- lines and alerts bump the register revision like changes to the systems (V003_1). A recorded check changes the
-- list only through its line's next_due_on or its alert, so monitoring_check needs no trigger.
CREATE TRIGGER monitoring_line_register_revision
  AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON monitoring_line
  FOR EACH STATEMENT EXECUTE FUNCTION bump_register_revision();
CREATE TRIGGER monitoring_alert_register_revision
  AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON monitoring_alert
  FOR EACH STATEMENT EXECUTE FUNCTION bump_register_revision();
