-- The organisation's own registry (docs/local.md): local assignments kept temporally, like registry
-- parts: a row is valid from the moment it was added to the moment it was changed or removed. Among
-- current rows a name is unique (the partial index); overlapping ports are refused inside the writing
-- transaction, which holds the write lock. Acknowledged drift findings go to their own table and to
-- the audit log.
CREATE TABLE local_assignment (
  id         INTEGER PRIMARY KEY,
  name       TEXT    NOT NULL,
  name_key   TEXT    NOT NULL,
  port_low   INTEGER,
  port_high  INTEGER,
  transports TEXT    NOT NULL,
  body       TEXT    NOT NULL,
  valid_from TEXT    NOT NULL,
  valid_to   TEXT,
  changed_by TEXT    NOT NULL
);

CREATE UNIQUE INDEX local_assignment_current_name ON local_assignment (name_key)
  WHERE valid_to IS NULL;
CREATE INDEX local_assignment_ports ON local_assignment (port_low, port_high);

CREATE TABLE local_acknowledgement (
  id          INTEGER PRIMARY KEY,
  name_key    TEXT NOT NULL,
  finding_key TEXT NOT NULL,
  reason      TEXT NOT NULL,
  actor       TEXT NOT NULL,
  at          TEXT NOT NULL,
  UNIQUE (name_key, finding_key)
);
