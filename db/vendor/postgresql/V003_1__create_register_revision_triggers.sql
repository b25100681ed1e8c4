-- PostgreSQL: statement-level triggers bump the register revision in the writing transaction
-- (V003__create_register_revision.sql). TRUNCATE is covered too.
CREATE FUNCTION bump_register_revision() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE register_revision SET revision = revision + 1 WHERE id = 1;
  RETURN NULL;
END
$$;

CREATE TRIGGER ai_system_register_revision
  AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ai_system
  FOR EACH STATEMENT EXECUTE FUNCTION bump_register_revision();
CREATE TRIGGER ai_system_tag_register_revision
  AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ai_system_tag
  FOR EACH STATEMENT EXECUTE FUNCTION bump_register_revision();
CREATE TRIGGER ai_system_establishment_register_revision
  AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ai_system_establishment
  FOR EACH STATEMENT EXECUTE FUNCTION bump_register_revision();
CREATE TRIGGER establishment_register_revision
  AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON establishment
  FOR EACH STATEMENT EXECUTE FUNCTION bump_register_revision();
