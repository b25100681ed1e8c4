-- The register list is served from a read model kept in memory by each Vigie instance. This one-row
-- counter is bumped, in the same transaction, by every change the list depends on (AI systems, their
-- tags and establishment links, establishments): by triggers, so that a write by another instance or
-- by SQL run behind Vigie's back is seen too (db/vendor/<database>/V003_1__...). Each list request
-- reads it and reloads its read model when it moved.
CREATE TABLE register_revision (
    id       INTEGER NOT NULL PRIMARY KEY,
    revision BIGINT  NOT NULL
);
INSERT INTO register_revision (id, revision) VALUES (1, 0);
