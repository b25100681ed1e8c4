-- H2: the same statement-level triggers as on PostgreSQL, as a Java trigger class
-- (fr.vigie.aisystems.control.RegisterRevisionH2Trigger).
CREATE TRIGGER ai_system_register_revision AFTER INSERT, UPDATE, DELETE ON ai_system
  FOR EACH STATEMENT CALL 'fr.vigie.aisystems.control.RegisterRevisionH2Trigger';
CREATE TRIGGER ai_system_tag_register_revision AFTER INSERT, UPDATE, DELETE ON ai_system_tag
  FOR EACH STATEMENT CALL 'fr.vigie.aisystems.control.RegisterRevisionH2Trigger';
CREATE TRIGGER ai_system_establishment_register_revision AFTER INSERT, UPDATE, DELETE ON ai_system_establishment
  FOR EACH STATEMENT CALL 'fr.vigie.aisystems.control.RegisterRevisionH2Trigger';
CREATE TRIGGER establishment_register_revision AFTER INSERT, UPDATE, DELETE ON establishment
  FOR EACH STATEMENT CALL 'fr.vigie.aisystems.control.RegisterRevisionH2Trigger';
