-- pgbench script (RegisterBenchmarkIT, docs/benchmarks.md): the database's part of recording one breaching 1,000-bin
-- check of a line whose alert is open (the state of the benchmark's lines after the warm-up), in one transaction and
-- in the order the server writes it: lock the line, look for the period, insert the check row with the input and
-- result of a check the server stored during the warm-up (same sizes; copied into bench_check_payload before this
-- runs), its audit entry and changes, read the line's open alert with its names, audit the alert's update, then the
-- last writes: the check's alert, the alert, the line's due date (whose trigger moves the register revision, a
-- one-row lock every check of every instance takes just before its commit). RegisterBenchmarkIT fills in the lines.
-- Periods are drawn far in the future; a rare repeated draw is skipped by ON CONFLICT. currval() is volatile: in a
-- WHERE clause it is wrapped in a sub-select, evaluated once, so the check is found by its primary key (a bare
-- currval() there made PostgreSQL scan the whole table at every transaction).
\set line_index random(1, {{lineCount}})
\set day random(1, 50000000)
BEGIN;
SELECT id, version, last_period_end FROM monitoring_line WHERE id = (ARRAY[{{lines}}])[:line_index::int] FOR UPDATE;
SELECT 1 FROM monitoring_check WHERE line_id = (ARRAY[{{lines}}])[:line_index::int]
  AND period_start = DATE '3000-01-01' + :day::int AND period_end = DATE '3000-01-01' + :day::int;
INSERT INTO monitoring_check (line_id, period_start, period_end, method, severity, breach, primary_figure,
    primary_value, thresholds_json, options_json, input_json, result_json, recorded_by, recorded_at)
  SELECT (ARRAY[{{lines}}])[:line_index::int], DATE '3000-01-01' + :day::int, DATE '3000-01-01' + :day::int, 'PSI',
    'SIGNIFICANT', true, 'psi', 0.5, '{}', '{}', p.input_json, p.result_json, 'qualite', now() FROM bench_check_payload p
  ON CONFLICT DO NOTHING;
INSERT INTO audit_entry (occurred_at, actor, entity_type, entity_id, action)
  VALUES (now(), 'qualite', 'MonitoringCheck', currval(pg_get_serial_sequence('monitoring_check', 'id')), 'CREATED');
INSERT INTO audit_change (audit_entry_id, field, old_value, new_value)
  SELECT currval(pg_get_serial_sequence('audit_entry', 'id')), f.field, NULL, f.value FROM
    (VALUES ('lineId', '1'), ('periodStart', '3000-01-01'), ('periodEnd', '3000-01-01'), ('method', 'PSI'),
            ('severity', 'SIGNIFICANT'), ('primaryFigure', 'psi'), ('primaryValue', '0.5')) AS f (field, value);
SELECT a.id, l.name, l.owner, s.name FROM monitoring_alert a JOIN monitoring_line l ON l.id = a.line_id
  JOIN ai_system s ON s.id = a.ai_system_id WHERE a.open_line_id = (ARRAY[{{lines}}])[:line_index::int];
INSERT INTO audit_entry (occurred_at, actor, entity_type, entity_id, action)
  SELECT now(), 'qualite', 'MonitoringAlert', id, 'UPDATED' FROM monitoring_alert
  WHERE open_line_id = (ARRAY[{{lines}}])[:line_index::int];
INSERT INTO audit_change (audit_entry_id, field, old_value, new_value)
  SELECT currval(pg_get_serial_sequence('audit_entry', 'id')), f.field, 'x', 'y' FROM
    (VALUES ('breachCount'), ('lastCheckId'), ('lastPeriodEnd'), ('lastBreachAt')) AS f (field);
UPDATE monitoring_check SET alert_id = (SELECT id FROM monitoring_alert
    WHERE open_line_id = (ARRAY[{{lines}}])[:line_index::int])
  WHERE id = (SELECT currval(pg_get_serial_sequence('monitoring_check', 'id')));
UPDATE monitoring_alert SET breach_count = breach_count + 1,
    last_check_id = currval(pg_get_serial_sequence('monitoring_check', 'id')),
    last_period_end = DATE '3000-01-01' + :day::int, last_breach_at = now(), version = version + 1, updated_at = now()
  WHERE open_line_id = (ARRAY[{{lines}}])[:line_index::int];
UPDATE monitoring_line SET next_due_on = DATE '3000-01-08' + :day::int, last_period_end = DATE '3000-01-01' + :day::int
  WHERE id = (ARRAY[{{lines}}])[:line_index::int];
COMMIT;
