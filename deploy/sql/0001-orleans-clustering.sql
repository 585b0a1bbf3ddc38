-- 0001: Orleans clustering (membership) for the ADO.NET provider on PostgreSQL.
--
-- The Orleans ADO.NET providers ship no SQL of their own: at start-up each one runs
-- "SELECT QueryKey, QueryText FROM OrleansQuery" and executes the texts it finds, binding
-- its values as named parameters (@DeploymentId, @Address, ...). This script creates that
-- table, the membership tables and the query rows the clustering provider asks for.
--
-- Every statement is idempotent so the script can be re-applied safely.
-- Timestamps are timestamptz because Npgsql (6+) sends DbType.DateTime parameters as
-- "timestamp with time zone" and Orleans always passes UTC DateTimes.

-- Unquoted names on purpose: the providers' own SELECT uses unquoted identifiers, which
-- PostgreSQL folds to lower case, so the table must be created the same way.
CREATE TABLE IF NOT EXISTS OrleansQuery
(
    QueryKey  varchar(64) NOT NULL PRIMARY KEY,
    QueryText text        NOT NULL
);

-- One row per cluster (Orleans calls the cluster id "DeploymentId" in its queries).
-- Its version is the optimistic-concurrency token of the whole membership table: every
-- insert or update of a silo row must present the version it read and bumps it by one.
CREATE TABLE IF NOT EXISTS orleans_membership_version
(
    deployment_id text        NOT NULL PRIMARY KEY,
    version       integer     NOT NULL DEFAULT 0,
    changed_at    timestamptz NOT NULL DEFAULT now()
);

-- One row per silo incarnation (address + port + generation).
CREATE TABLE IF NOT EXISTS orleans_membership
(
    deployment_id   text        NOT NULL
        REFERENCES orleans_membership_version (deployment_id) ON DELETE CASCADE,
    address         text        NOT NULL,
    port            integer     NOT NULL,
    generation      integer     NOT NULL,
    silo_name       text        NULL,
    host_name       text        NULL,
    status          integer     NOT NULL, -- Orleans SiloStatus: 3 = Active, 6 = Dead
    proxy_port      integer     NOT NULL, -- gateway port, 0 when the silo is no gateway
    suspect_times   text        NULL,     -- "silo,date|silo,date", written and parsed by Orleans
    start_time      timestamptz NOT NULL,
    i_am_alive_time timestamptz NOT NULL,
    PRIMARY KEY (deployment_id, address, port, generation)
);

-- Inserts a silo row only if the caller still holds the current table version, and bumps
-- that version in the same transaction. Returns false (never raises) on any conflict,
-- which is what the provider expects so that it can re-read and retry.
CREATE OR REPLACE FUNCTION orleans_membership_insert(
    p_deployment_id    text,
    p_address          text,
    p_port             integer,
    p_generation       integer,
    p_silo_name        text,
    p_host_name        text,
    p_status           integer,
    p_proxy_port       integer,
    p_start_time       timestamptz,
    p_i_am_alive_time  timestamptz,
    p_expected_version integer)
RETURNS boolean
LANGUAGE plpgsql
AS $$
DECLARE
    v_current integer;
BEGIN
    -- Lock the version row so two silos cannot both pass the version check.
    SELECT version INTO v_current
    FROM orleans_membership_version
    WHERE deployment_id = p_deployment_id
    FOR UPDATE;

    IF v_current IS DISTINCT FROM p_expected_version THEN
        RETURN false;
    END IF;

    INSERT INTO orleans_membership (deployment_id, address, port, generation, silo_name, host_name,
                                    status, proxy_port, start_time, i_am_alive_time)
    VALUES (p_deployment_id, p_address, p_port, p_generation, p_silo_name, p_host_name,
            p_status, p_proxy_port, p_start_time, p_i_am_alive_time)
    ON CONFLICT DO NOTHING;

    IF NOT FOUND THEN
        RETURN false; -- this silo incarnation is already registered
    END IF;

    UPDATE orleans_membership_version
    SET version = version + 1, changed_at = now()
    WHERE deployment_id = p_deployment_id;

    RETURN true;
END;
$$;

-- Updates the status, suspicions and heartbeat of an existing silo row under the same
-- version rule as orleans_membership_insert.
CREATE OR REPLACE FUNCTION orleans_membership_update(
    p_deployment_id    text,
    p_address          text,
    p_port             integer,
    p_generation       integer,
    p_status           integer,
    p_suspect_times    text,
    p_i_am_alive_time  timestamptz,
    p_expected_version integer)
RETURNS boolean
LANGUAGE plpgsql
AS $$
DECLARE
    v_current integer;
BEGIN
    SELECT version INTO v_current
    FROM orleans_membership_version
    WHERE deployment_id = p_deployment_id
    FOR UPDATE;

    IF v_current IS DISTINCT FROM p_expected_version THEN
        RETURN false;
    END IF;

    UPDATE orleans_membership
    SET status = p_status,
        suspect_times = p_suspect_times,
        i_am_alive_time = p_i_am_alive_time
    WHERE deployment_id = p_deployment_id
      AND address = p_address
      AND port = p_port
      AND generation = p_generation;

    IF NOT FOUND THEN
        RETURN false;
    END IF;

    UPDATE orleans_membership_version
    SET version = version + 1, changed_at = now()
    WHERE deployment_id = p_deployment_id;

    RETURN true;
END;
$$;

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
-- Creates the cluster's version row once. The provider reads exactly one boolean row
-- (true = created now), so the CTE turns "nothing inserted" into false instead of no row.
('InsertMembershipVersionKey', $q$
WITH created AS (
    INSERT INTO orleans_membership_version (deployment_id, version)
    VALUES (@DeploymentId, 0)
    ON CONFLICT (deployment_id) DO NOTHING
    RETURNING 1
)
SELECT EXISTS (SELECT 1 FROM created)
$q$),

('InsertMembershipKey', $q$
SELECT orleans_membership_insert(
    p_deployment_id    => @DeploymentId,
    p_address          => @Address,
    p_port             => @Port,
    p_generation       => @Generation,
    p_silo_name        => @SiloName,
    p_host_name        => @HostName,
    p_status           => @Status,
    p_proxy_port       => @ProxyPort,
    p_start_time       => @StartTime,
    p_i_am_alive_time  => @IAmAliveTime,
    p_expected_version => @Version)
$q$),

('UpdateMembershipKey', $q$
SELECT orleans_membership_update(
    p_deployment_id    => @DeploymentId,
    p_address          => @Address,
    p_port             => @Port,
    p_generation       => @Generation,
    p_status           => @Status,
    p_suspect_times    => @SuspectTimes,
    p_i_am_alive_time  => @IAmAliveTime,
    p_expected_version => @Version)
$q$),

-- Heartbeats do not take part in the version protocol: Orleans writes them without an ETag.
('UpdateIAmAlivetimeKey', $q$
UPDATE orleans_membership
SET i_am_alive_time = @IAmAliveTime
WHERE deployment_id = @DeploymentId
  AND address = @Address
  AND port = @Port
  AND generation = @Generation
$q$),

-- Both read queries start from the version row and LEFT JOIN the silos: the provider needs
-- the table version even when no silo row exists (it then sees NULL member columns).
('MembershipReadRowKey', $q$
SELECT v.version         AS "Version",
       m.address         AS "Address",
       m.port            AS "Port",
       m.generation      AS "Generation",
       m.silo_name       AS "SiloName",
       m.host_name       AS "HostName",
       m.status          AS "Status",
       m.proxy_port      AS "ProxyPort",
       m.suspect_times   AS "SuspectTimes",
       m.start_time      AS "StartTime",
       m.i_am_alive_time AS "IAmAliveTime"
FROM orleans_membership_version v
LEFT JOIN orleans_membership m
       ON m.deployment_id = v.deployment_id
      AND m.address = @Address
      AND m.port = @Port
      AND m.generation = @Generation
WHERE v.deployment_id = @DeploymentId
$q$),

('MembershipReadAllKey', $q$
SELECT v.version         AS "Version",
       m.address         AS "Address",
       m.port            AS "Port",
       m.generation      AS "Generation",
       m.silo_name       AS "SiloName",
       m.host_name       AS "HostName",
       m.status          AS "Status",
       m.proxy_port      AS "ProxyPort",
       m.suspect_times   AS "SuspectTimes",
       m.start_time      AS "StartTime",
       m.i_am_alive_time AS "IAmAliveTime"
FROM orleans_membership_version v
LEFT JOIN orleans_membership m ON m.deployment_id = v.deployment_id
WHERE v.deployment_id = @DeploymentId
$q$),

-- Gateways for clients: active silos that listen on a gateway port. @Status is Active (3).
('GatewaysQueryKey', $q$
SELECT address    AS "Address",
       proxy_port AS "ProxyPort",
       generation AS "Generation"
FROM orleans_membership
WHERE deployment_id = @DeploymentId
  AND status = @Status
  AND proxy_port > 0
$q$),

-- Removing the version row removes the silo rows too (ON DELETE CASCADE).
('DeleteMembershipTableEntriesKey', $q$
DELETE FROM orleans_membership_version
WHERE deployment_id = @DeploymentId
$q$),

-- Fallback cleanup used by the provider only when CleanupDefunctSiloEntryKey is absent:
-- dead silos (status 6) that stopped heart-beating before the cut-off.
('CleanupDefunctSiloEntriesKey', $q$
DELETE FROM orleans_membership
WHERE deployment_id = @DeploymentId
  AND status = 6
  AND i_am_alive_time < @IAmAliveTime
$q$),

-- Preferred cleanup (optional key, used by the provider when present): it decides in .NET
-- which dead rows are old enough and deletes each one only if the row still holds the
-- values it read, so a row that changed in between is left alone.
('CleanupDefunctSiloEntryKey', $q$
DELETE FROM orleans_membership
WHERE deployment_id = @DeploymentId
  AND address = @Address
  AND port = @Port
  AND generation = @Generation
  AND status = 6
  AND start_time = @StartTime
  AND i_am_alive_time = @IAmAliveTime
  AND suspect_times IS NOT DISTINCT FROM @SuspectTimes
$q$)
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;
