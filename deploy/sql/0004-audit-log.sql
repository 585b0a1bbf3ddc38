-- The audit trail: every command (accepted, duplicate or rejected) and every read of a victim's personal data.
-- Append-only: rows can be inserted, never updated or deleted (the trigger below refuses it, even for the owner),
-- and each row's hash covers the previous row's hash, so an edit made around the trigger is found by verification.
-- Rows hold who, when, what and from where, never the values a command carried.

CREATE TABLE IF NOT EXISTS audit_log
(
    service_id      varchar(150) NOT NULL,
    seq             bigint       NOT NULL,
    recorded_at     timestamptz  NOT NULL,
    actor_user      varchar(200) NOT NULL,
    actor_agency    varchar(50)  NULL,
    action          varchar(100) NOT NULL,
    target          varchar(300) NOT NULL,
    outcome         varchar(20)  NOT NULL,
    code            varchar(100) NULL,
    version         bigint       NOT NULL,
    idempotency_key varchar(300) NULL,
    source          varchar(300) NOT NULL,
    prev_hash       bytea        NOT NULL,
    hash            bytea        NOT NULL,
    CONSTRAINT pk_audit_log PRIMARY KEY (service_id, seq)
);

CREATE INDEX IF NOT EXISTS ix_audit_log_target ON audit_log (service_id, target, seq);

CREATE OR REPLACE FUNCTION audit_log_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only: % refused / nhật ký kiểm tra chỉ được ghi thêm', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

DROP TRIGGER IF EXISTS audit_log_append_only ON audit_log;
CREATE TRIGGER audit_log_append_only
    BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();

DROP TRIGGER IF EXISTS audit_log_no_truncate ON audit_log;
CREATE TRIGGER audit_log_no_truncate
    BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();
