-- One row per committed write transaction, written inside that transaction.
-- token: a random id the client chose before committing; if the connection drops during the
--   commit, the client looks the token up after reconnecting to learn whether its save landed
--   (and never runs it twice).
-- origin: which client session wrote it; tables: the tables it changed (comma-separated).
-- Clients poll rows newer than the last one they saw to refresh lists changed by others.
CREATE TABLE tx_log (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    token        CHAR(36)      NOT NULL,
    origin       CHAR(36)      NOT NULL,
    tables       VARCHAR(1000) NOT NULL,
    committed_at TIMESTAMP     NOT NULL,
    CONSTRAINT uq_tx_log_token UNIQUE (token)
);

CREATE INDEX ix_tx_log_committed_at ON tx_log (committed_at);
