-- Referrals and the access they give. A person's line lists the agencies that have the record (the receiving agency,
-- those that accepted a referral, those of the officers assigned): the persons list of a case worker is the lines whose
-- access holds their agency. Every line lists its referrals (from, to, status, dates), so an agency's inbox finds the
-- records referred to it or by it. Both are GIN-indexed, so each filter is one indexed query.
ALTER TABLE record_index ADD COLUMN IF NOT EXISTS access text[] NULL;
ALTER TABLE record_index ADD COLUMN IF NOT EXISTS referrals jsonb NULL;

CREATE INDEX IF NOT EXISTS ix_record_index_access ON record_index USING gin (access) WHERE kind = 'person';
CREATE INDEX IF NOT EXISTS ix_record_index_referrals ON record_index USING gin (referrals jsonb_path_ops) WHERE referrals IS NOT NULL;

-- The person lines written before have no access: they are listed again, with it, by the fill of the record index
-- (RecordIndexBackfill), which runs at the next silo start once its mark is gone.
DELETE FROM record_index WHERE kind = 'person' AND access IS NULL;
DELETE FROM record_index_backfill;
