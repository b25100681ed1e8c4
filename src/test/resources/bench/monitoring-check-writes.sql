-- pgbench script (RegisterBenchmarkIT, docs/benchmarks.md): the database's part of recording one 1,000-bin check, in
-- one transaction as the server does it. RegisterBenchmarkIT fills in the lines and copies a stored check's input and
-- result (same sizes as the HTTP postings) into bench_check_payload before running it. Periods are drawn far in the
-- future; a rare repeated draw is skipped by ON CONFLICT rather than failing the transaction.
\set line_index random(1, {{lineCount}})
\set day random(1, 50000000)
BEGIN;
SELECT id, version FROM monitoring_line WHERE id = (ARRAY[{{lines}}])[:line_index::int] FOR UPDATE;
SELECT 1 FROM monitoring_check WHERE line_id = (ARRAY[{{lines}}])[:line_index::int]
  AND period_start = DATE '3000-01-01' + :day::int AND period_end = DATE '3000-01-01' + :day::int;
INSERT INTO monitoring_check (line_id, period_start, period_end, method, severity, breach, primary_figure,
    primary_value, thresholds_json, options_json, input_json, result_json, recorded_by, recorded_at)
  SELECT (ARRAY[{{lines}}])[:line_index::int], DATE '3000-01-01' + :day::int, DATE '3000-01-01' + :day::int, 'PSI', 'NONE', false,
    'psi', 0.05, '{}', '{}', p.input_json, p.result_json, 'qualite', now() FROM bench_check_payload p
  ON CONFLICT DO NOTHING;
WITH entry AS (
  INSERT INTO audit_entry (occurred_at, actor, entity_type, entity_id, action)
  VALUES (now(), 'qualite', 'MonitoringCheck', currval(pg_get_serial_sequence('monitoring_check', 'id')), 'CREATED')
  RETURNING id)
INSERT INTO audit_change (audit_entry_id, field, old_value, new_value)
  SELECT entry.id, f.field, NULL, f.value FROM entry,
    (VALUES ('lineId', '1'), ('periodStart', '3000-01-01'), ('periodEnd', '3000-01-01'), ('method', 'PSI'),
            ('severity', 'NONE'), ('primaryFigure', 'psi'), ('primaryValue', '0.05')) AS f (field, value);
COMMIT;
