-- 0002: Orleans grain storage for the ADO.NET provider on PostgreSQL.
--
-- The provider identifies a grain state by values it computes in .NET:
--   @GrainIdHash / @GrainTypeHash   int hashes (for the index, not unique on their own)
--   @GrainIdN0 / @GrainIdN1         the numeric key (Guid halves, or 0 + the long key)
--   @GrainIdExtensionString         the key extension, or the whole key for string keys (may be NULL)
--   @GrainTypeString                the state name the grain declared
--   @ServiceId                      ClusterOptions.ServiceId, so several services can share a database
-- The state bytes come in @PayloadBinary (here: UTF-8 JSON from JsonGrainStorageSerializer).
-- @GrainStateVersion is the ETag the grain holds (NULL when it never saw a stored row).
-- The ETag is the integer "version" column: every successful write or clear bumps it, and a
-- write that presents another version is refused by returning NULL, which the provider turns
-- into an InconsistentStateException.
-- Needs the OrleansQuery table from 0001.

CREATE TABLE IF NOT EXISTS orleans_storage
(
    grain_id_hash             integer     NOT NULL,
    grain_id_n0               bigint      NOT NULL,
    grain_id_n1               bigint      NOT NULL,
    grain_type_hash           integer     NOT NULL,
    grain_type_string         text        NOT NULL,
    grain_id_extension_string text        NULL,
    service_id                text        NOT NULL,
    payload_binary            bytea       NULL, -- NULL after a clear
    modified_on               timestamptz NOT NULL DEFAULT now(),
    version                   integer     NOT NULL
);

-- One row per grain state. The extension may be NULL; the expression maps NULL to '' and
-- any real value (even '') to '+value', so NULL and '' stay distinct without needing
-- NULLS NOT DISTINCT (PostgreSQL 15+ only). The hashes lead so look-ups stay narrow.
CREATE UNIQUE INDEX IF NOT EXISTS orleans_storage_grain
    ON orleans_storage (grain_id_hash, grain_type_hash, service_id, grain_id_n0, grain_id_n1,
                        grain_type_string, (coalesce('+' || grain_id_extension_string, '')));

-- Writes new state bytes. Returns the new version, or NULL when the caller's version is stale
-- (or when it believes no row exists but one does: a second activation wrote first).
CREATE OR REPLACE FUNCTION orleans_storage_write(
    p_grain_id_hash             integer,
    p_grain_id_n0               bigint,
    p_grain_id_n1               bigint,
    p_grain_type_hash           integer,
    p_grain_type_string         text,
    p_grain_id_extension_string text,
    p_service_id                text,
    p_expected_version          integer,
    p_payload                   bytea)
RETURNS integer
LANGUAGE plpgsql
AS $$
DECLARE
    v_new_version integer;
BEGIN
    IF p_expected_version IS NULL THEN
        INSERT INTO orleans_storage (grain_id_hash, grain_id_n0, grain_id_n1, grain_type_hash, grain_type_string,
                                     grain_id_extension_string, service_id, payload_binary, version)
        VALUES (p_grain_id_hash, p_grain_id_n0, p_grain_id_n1, p_grain_type_hash, p_grain_type_string,
                p_grain_id_extension_string, p_service_id, p_payload, 1)
        ON CONFLICT (grain_id_hash, grain_type_hash, service_id, grain_id_n0, grain_id_n1,
                     grain_type_string, (coalesce('+' || grain_id_extension_string, '')))
        DO NOTHING
        RETURNING version INTO v_new_version;
        RETURN v_new_version;
    END IF;

    UPDATE orleans_storage
    SET payload_binary = p_payload,
        version = version + 1,
        modified_on = now()
    WHERE grain_id_hash = p_grain_id_hash
      AND grain_type_hash = p_grain_type_hash
      AND service_id = p_service_id
      AND grain_id_n0 = p_grain_id_n0
      AND grain_id_n1 = p_grain_id_n1
      AND grain_type_string = p_grain_type_string
      AND grain_id_extension_string IS NOT DISTINCT FROM p_grain_id_extension_string
      AND version = p_expected_version
    RETURNING version INTO v_new_version;
    RETURN v_new_version;
END;
$$;

-- Clears the state but keeps the row, so the version keeps counting and a stale grain that
-- still holds an older ETag cannot resurrect the state afterwards.
CREATE OR REPLACE FUNCTION orleans_storage_clear(
    p_grain_id_hash             integer,
    p_grain_id_n0               bigint,
    p_grain_id_n1               bigint,
    p_grain_type_hash           integer,
    p_grain_type_string         text,
    p_grain_id_extension_string text,
    p_service_id                text,
    p_expected_version          integer)
RETURNS integer
LANGUAGE sql
AS $$
    SELECT orleans_storage_write(p_grain_id_hash, p_grain_id_n0, p_grain_id_n1, p_grain_type_hash,
                                 p_grain_type_string, p_grain_id_extension_string, p_service_id,
                                 p_expected_version, NULL);
$$;

-- Deletes the row (used only with AdoNetGrainStorageOptions.DeleteStateOnClear = true).
-- The provider treats NULL as a conflict and any other value as success; it forgets the
-- ETag afterwards, so the value itself is only a marker (the version the row would have had).
CREATE OR REPLACE FUNCTION orleans_storage_delete(
    p_grain_id_hash             integer,
    p_grain_id_n0               bigint,
    p_grain_id_n1               bigint,
    p_grain_type_hash           integer,
    p_grain_type_string         text,
    p_grain_id_extension_string text,
    p_service_id                text,
    p_expected_version          integer)
RETURNS integer
LANGUAGE sql
AS $$
    DELETE FROM orleans_storage
    WHERE grain_id_hash = p_grain_id_hash
      AND grain_type_hash = p_grain_type_hash
      AND service_id = p_service_id
      AND grain_id_n0 = p_grain_id_n0
      AND grain_id_n1 = p_grain_id_n1
      AND grain_type_string = p_grain_type_string
      AND grain_id_extension_string IS NOT DISTINCT FROM p_grain_id_extension_string
      AND version = p_expected_version
    RETURNING version + 1;
$$;

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
-- No row means "never written": the provider then creates a default state with no ETag.
('ReadFromStorageKey', $q$
SELECT payload_binary AS "PayloadBinary",
       version        AS "Version"
FROM orleans_storage
WHERE grain_id_hash = @GrainIdHash
  AND grain_type_hash = @GrainTypeHash
  AND service_id = @ServiceId
  AND grain_id_n0 = @GrainIdN0
  AND grain_id_n1 = @GrainIdN1
  AND grain_type_string = @GrainTypeString
  AND grain_id_extension_string IS NOT DISTINCT FROM @GrainIdExtensionString
$q$),

('WriteToStorageKey', $q$
SELECT orleans_storage_write(@GrainIdHash, @GrainIdN0, @GrainIdN1, @GrainTypeHash, @GrainTypeString,
                             @GrainIdExtensionString, @ServiceId, @GrainStateVersion, @PayloadBinary)
       AS "NewGrainStateVersion"
$q$),

('ClearStorageKey', $q$
SELECT orleans_storage_clear(@GrainIdHash, @GrainIdN0, @GrainIdN1, @GrainTypeHash, @GrainTypeString,
                             @GrainIdExtensionString, @ServiceId, @GrainStateVersion)
       AS "NewGrainStateVersion"
$q$),

('DeleteStorageKey', $q$
SELECT orleans_storage_delete(@GrainIdHash, @GrainIdN0, @GrainIdN1, @GrainTypeHash, @GrainTypeString,
                              @GrainIdExtensionString, @ServiceId, @GrainStateVersion)
       AS "NewGrainStateVersion"
$q$)
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;
