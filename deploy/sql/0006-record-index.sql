-- The lists of records (tips, cases, persons) and the inbox of steps due: one line per record, written by its grain after every accepted command
-- and read by the list pages and the API with their filters, newest first. Never personal data. A line only moves to
-- a newer version of its record. Ids sort in byte order (COLLATE "C"), as the in-memory index sorts them.
CREATE TABLE IF NOT EXISTS record_index
(
    service_id      varchar(150) NOT NULL,
    province        varchar(10)  NOT NULL,
    kind            varchar(10)  NOT NULL,
    record_id       varchar(100) COLLATE "C" NOT NULL,
    status          varchar(30)  NOT NULL,
    district_code   varchar(10)  NULL,
    unit_code       varchar(10)  NULL,
    agency_code     varchar(20)  NULL,
    dated_on        date         NOT NULL,
    latest_step_on  date         NOT NULL,
    form            varchar(30)  NULL,
    version         bigint       NOT NULL,
    due_on          date         NULL,
    written_at      timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT pk_record_index PRIMARY KEY (service_id, province, kind, record_id)
);

CREATE INDEX IF NOT EXISTS ix_record_index_dated ON record_index (service_id, province, kind, dated_on DESC, record_id);
CREATE INDEX IF NOT EXISTS ix_record_index_district ON record_index (service_id, province, kind, district_code, dated_on DESC, record_id);
-- The inbox: open records by the last day of their next step.
CREATE INDEX IF NOT EXISTS ix_record_index_due ON record_index (service_id, province, kind, due_on, record_id) WHERE due_on IS NOT NULL;
CREATE INDEX IF NOT EXISTS ix_record_index_agency ON record_index (service_id, province, kind, agency_code, dated_on DESC, record_id);

-- Records stored before this table existed are listed once the silo has read them all into it (RecordIndexBackfill,
-- at silo start, once per service): this row says it has been done.
CREATE TABLE IF NOT EXISTS record_index_backfill
(
    service_id  varchar(150) NOT NULL PRIMARY KEY,
    lines       bigint       NOT NULL,
    done_at     timestamptz  NOT NULL DEFAULT now()
);
