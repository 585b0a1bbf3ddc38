-- 0003: Orleans reminders for the ADO.NET provider on PostgreSQL.
--
-- Parameters sent by the provider: @ServiceId, @GrainId (GrainId.ToString()), @ReminderName,
-- @StartTime (UTC), @Period (milliseconds; int, or bigint once it exceeds int range),
-- @GrainHash (the grain's uniform hash, a uint reinterpreted as a signed int), @Version
-- (the ETag), and @BeginHash/@EndHash (ring ranges, signed the same way as @GrainHash).
-- Needs the OrleansQuery table from 0001.

CREATE TABLE IF NOT EXISTS orleans_reminders
(
    service_id    text        NOT NULL,
    grain_id      text        NOT NULL,
    reminder_name text        NOT NULL,
    start_time    timestamptz NOT NULL,
    period        bigint      NOT NULL, -- milliseconds; the provider reads it with GetInt64
    grain_hash    integer     NOT NULL,
    version       integer     NOT NULL, -- the ETag
    PRIMARY KEY (service_id, grain_id, reminder_name)
);

-- Each silo loads the reminders of the ring range it owns: a range scan on grain_hash.
CREATE INDEX IF NOT EXISTS orleans_reminders_ring
    ON orleans_reminders (service_id, grain_hash);

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
('ReadReminderRowsKey', $q$
SELECT grain_id      AS "GrainId",
       reminder_name AS "ReminderName",
       start_time    AS "StartTime",
       period        AS "Period",
       version       AS "Version"
FROM orleans_reminders
WHERE service_id = @ServiceId
  AND grain_id = @GrainId
$q$),

('ReadReminderRowKey', $q$
SELECT grain_id      AS "GrainId",
       reminder_name AS "ReminderName",
       start_time    AS "StartTime",
       period        AS "Period",
       version       AS "Version"
FROM orleans_reminders
WHERE service_id = @ServiceId
  AND grain_id = @GrainId
  AND reminder_name = @ReminderName
$q$),

-- Ring range (BeginHash, EndHash]. The provider picks this query when BeginHash < EndHash
-- compared as signed ints, i.e. when the range does not wrap around in signed order.
('ReadRangeRows1Key', $q$
SELECT grain_id      AS "GrainId",
       reminder_name AS "ReminderName",
       start_time    AS "StartTime",
       period        AS "Period",
       version       AS "Version"
FROM orleans_reminders
WHERE service_id = @ServiceId
  AND grain_hash > @BeginHash
  AND grain_hash <= @EndHash
$q$),

-- The wrapping range: everything above BeginHash plus everything up to EndHash.
-- With BeginHash = EndHash this is the whole ring, as Orleans intends for a single silo.
('ReadRangeRows2Key', $q$
SELECT grain_id      AS "GrainId",
       reminder_name AS "ReminderName",
       start_time    AS "StartTime",
       period        AS "Period",
       version       AS "Version"
FROM orleans_reminders
WHERE service_id = @ServiceId
  AND (grain_hash > @BeginHash OR grain_hash <= @EndHash)
$q$),

-- Insert or replace in one statement; the returned version is the reminder's new ETag.
('UpsertReminderRowKey', $q$
INSERT INTO orleans_reminders AS r (service_id, grain_id, reminder_name, start_time, period, grain_hash, version)
VALUES (@ServiceId, @GrainId, @ReminderName, @StartTime, @Period, @GrainHash, 0)
ON CONFLICT (service_id, grain_id, reminder_name) DO UPDATE
SET start_time = EXCLUDED.start_time,
    period     = EXCLUDED.period,
    grain_hash = EXCLUDED.grain_hash,
    version    = r.version + 1
RETURNING r.version AS "Version"
$q$),

-- Deletes only when the caller's ETag is current. The provider reads exactly one boolean
-- row, so "nothing deleted" has to come back as false rather than as no row.
('DeleteReminderRowKey', $q$
WITH removed AS (
    DELETE FROM orleans_reminders
    WHERE service_id = @ServiceId
      AND grain_id = @GrainId
      AND reminder_name = @ReminderName
      AND version = @Version
    RETURNING 1
)
SELECT EXISTS (SELECT 1 FROM removed)
$q$),

('DeleteReminderRowsKey', $q$
DELETE FROM orleans_reminders
WHERE service_id = @ServiceId
$q$)
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;
