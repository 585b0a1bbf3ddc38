-- The command journal (docs/architecture.md): one row per accepted command, and per change a grain makes without a
-- command, under a position per grain (its stream), kept for ever. Rows are appended in batches by the silo's writer,
-- in the same transaction as their audit entries. A grain's stored state (orleansstorage) is a snapshot that names the
-- last position it holds; on activation only the rows after it are read.
CREATE TABLE IF NOT EXISTS command_journal
(
    service_id   varchar(150) NOT NULL,
    stream       text COLLATE "C" NOT NULL,
    position     bigint       NOT NULL,
    kind         varchar(10)  NOT NULL,
    version      bigint       NOT NULL,
    key          text COLLATE "C" NULL,
    fingerprint  varchar(200) NULL,
    claim        text COLLATE "C" NULL,
    payload      bytea        NOT NULL,
    recorded_at  timestamptz  NOT NULL DEFAULT now(),
    -- A write from a stale activation asks for a position that is taken: refused, never merged.
    CONSTRAINT pk_command_journal PRIMARY KEY (service_id, stream, position)
);

-- Each caller-scoped idempotency key counts once per grain, for ever (memory keeps only the recent ones).
CREATE UNIQUE INDEX IF NOT EXISTS ux_command_journal_key ON command_journal (service_id, stream, key) WHERE key IS NOT NULL;

-- A name a command takes in its grain for ever (a survey's id), so the grain's snapshot need not keep every one.
CREATE UNIQUE INDEX IF NOT EXISTS ux_command_journal_claim ON command_journal (service_id, stream, claim) WHERE claim IS NOT NULL;
