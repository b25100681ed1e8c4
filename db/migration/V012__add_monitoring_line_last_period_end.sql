-- The end of each line's latest checked period, kept beside next_due_on by the transaction that records a check
-- (under the line's row lock), so that recording a check needs no max() over all the line's checks.
ALTER TABLE monitoring_line ADD COLUMN last_period_end DATE;
UPDATE monitoring_line SET last_period_end =
    (SELECT MAX(c.period_end) FROM monitoring_check c WHERE c.line_id = monitoring_line.id);
