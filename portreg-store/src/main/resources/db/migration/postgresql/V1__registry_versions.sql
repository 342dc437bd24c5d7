-- Registry versions and their parts, stored temporally (see docs/store.md).
-- A part (header element, record, footnote, person, people tag) is one row that is valid from the
-- version that first has it, byte for byte, to the version before it changes or disappears.
-- Requests, reviews, users and the audit log come in later migrations; a version written by the
-- workflow will then point at its request from a new nullable column.
CREATE TABLE registry_version (
  id           INTEGER PRIMARY KEY,
  updated      TEXT    NOT NULL UNIQUE,
  source       TEXT    NOT NULL,
  imported_at  TEXT    NOT NULL,
  record_count INTEGER NOT NULL,
  sha256       TEXT    NOT NULL,
  prefix_text  TEXT    NOT NULL,
  suffix_text  TEXT    NOT NULL
);

CREATE TABLE registry_part (
  id         BIGINT  PRIMARY KEY,
  kind       TEXT    NOT NULL,
  valid_from INTEGER NOT NULL REFERENCES registry_version (id),
  valid_to   INTEGER REFERENCES registry_version (id),
  sort_key   BIGINT  NOT NULL,
  body       TEXT    NOT NULL,
  name       TEXT,
  name_key   TEXT,
  port_low   INTEGER,
  port_high  INTEGER,
  transport  TEXT,
  person_id  TEXT
);

CREATE INDEX registry_part_validity ON registry_part (valid_from, valid_to);
CREATE INDEX registry_part_sort ON registry_part (sort_key);
CREATE INDEX registry_part_name ON registry_part (name_key);
CREATE INDEX registry_part_port ON registry_part (port_low, port_high);
