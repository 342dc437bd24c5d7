-- Proposed revocations and their public call for comments (RFC 6335 §8.4, docs/workflow.md).
-- A proposal is open until an administrator withdraws it or revokes the assignment; at most one
-- proposal of a service is open at a time, which the partial unique index decides, also between
-- racing servers. Comments are public and append-only, like the audit log.
-- ends_on is a date (YYYY-MM-DD); times are ISO-8601 instants in TEXT.

CREATE TABLE revocation (
  id           INTEGER PRIMARY KEY,
  service_name TEXT NOT NULL,
  service_key  TEXT NOT NULL,
  records      TEXT NOT NULL,
  reason       TEXT NOT NULL,
  proposed_by  TEXT NOT NULL,
  proposed_at  TEXT NOT NULL,
  ends_on      TEXT NOT NULL,
  state        TEXT NOT NULL,
  closed_by    TEXT,
  closed_at    TEXT,
  close_reason TEXT
);

CREATE UNIQUE INDEX revocation_one_open ON revocation (service_key) WHERE state = 'open';
CREATE INDEX revocation_state ON revocation (state);

CREATE TABLE revocation_comment (
  id            INTEGER PRIMARY KEY,
  revocation_id BIGINT NOT NULL REFERENCES revocation (id),
  author        TEXT   NOT NULL,
  created_at    TEXT   NOT NULL,
  body          TEXT   NOT NULL
);

CREATE INDEX revocation_comment_revocation ON revocation_comment (revocation_id, id);

CREATE TRIGGER revocation_comment_no_update BEFORE UPDATE ON revocation_comment
BEGIN
  SELECT RAISE(ABORT, 'revocation_comment is append-only');
END;

CREATE TRIGGER revocation_comment_no_delete BEFORE DELETE ON revocation_comment
BEGIN
  SELECT RAISE(ABORT, 'revocation_comment is append-only');
END;
