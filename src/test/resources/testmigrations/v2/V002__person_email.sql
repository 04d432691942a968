-- A later release adds a column with a default; existing rows keep their data.
ALTER TABLE person ADD COLUMN email VARCHAR(320) DEFAULT 'unknown' NOT NULL;
CREATE INDEX ix_person_email ON person (email);
