-- An establishment that closed or merged is archived rather than deleted while AI systems name it:
-- it stays on their records and in the history, and is no longer offered for new links.
ALTER TABLE establishment ADD COLUMN archived BOOLEAN NOT NULL DEFAULT FALSE;
