-- The acting party's role and district on every audit row written from now on (a district officer acts only in their
-- district, so the district says on whose behalf a commune was changed). Rows written before have NULL in both, and
-- their hashes, which did not cover these columns, still verify: the chain covers role and district only when one is set.
ALTER TABLE audit_log ADD COLUMN IF NOT EXISTS actor_role varchar(30) NULL;
ALTER TABLE audit_log ADD COLUMN IF NOT EXISTS actor_district varchar(10) NULL;
