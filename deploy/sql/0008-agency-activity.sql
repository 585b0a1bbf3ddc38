-- What each agency has done: accepted commands counted by kind. The count moves in the same statement and transaction
-- as the command's journal row (only for rows actually inserted), so a command counts exactly once, whatever its retries,
-- with no write of its own in the command's path.
CREATE TABLE IF NOT EXISTS agency_activity
(
    service_id  varchar(150) NOT NULL,
    agency      text COLLATE "C" NOT NULL,
    activity    text COLLATE "C" NOT NULL,
    count       bigint       NOT NULL,
    CONSTRAINT pk_agency_activity PRIMARY KEY (service_id, agency, activity)
);
