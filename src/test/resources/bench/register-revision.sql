-- pgbench script (RegisterBenchmarkIT, docs/benchmarks.md): the SQL a register list request runs today. The list is
-- served from the in-memory read model; each request only reads the register revision (RegisterRevision.QUERY) to
-- check that the model is still current.
SELECT revision FROM register_revision WHERE id = 1;
