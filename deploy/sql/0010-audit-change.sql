-- The value a correction changed (issue 19.6): the field, its value before and its value after, on the audit row of an
-- accepted correction command only (a birth year is written as its age groups, never the year). Every other row, old or
-- new, has NULL in all three, and its hash, which covers a change only when there is one, is the one it was written with.
ALTER TABLE audit_log ADD COLUMN IF NOT EXISTS change_field varchar(50) NULL;
ALTER TABLE audit_log ADD COLUMN IF NOT EXISTS change_before varchar(200) NULL;
ALTER TABLE audit_log ADD COLUMN IF NOT EXISTS change_after varchar(200) NULL;
