-- Users, API tokens, web sessions, requests, their events and claims, and the audit log
-- (docs/workflow.md, "Storage"). Times are ISO-8601 instants in TEXT, as in registry_version.

CREATE TABLE app_user (
  id            INTEGER PRIMARY KEY,
  username      TEXT    NOT NULL UNIQUE,
  display_name  TEXT    NOT NULL,
  email         TEXT    NOT NULL,
  password_hash TEXT,
  roles         TEXT    NOT NULL,
  expert_for    TEXT    NOT NULL,
  active        INTEGER NOT NULL,
  created_at    TEXT    NOT NULL
);

CREATE TABLE api_token (
  id         INTEGER PRIMARY KEY,
  user_id    INTEGER NOT NULL REFERENCES app_user (id),
  label      TEXT    NOT NULL,
  token_hash TEXT    NOT NULL UNIQUE,
  created_at TEXT    NOT NULL,
  revoked_at TEXT
);

CREATE TABLE web_session (
  id_hash    TEXT    PRIMARY KEY,
  user_id    INTEGER NOT NULL REFERENCES app_user (id),
  csrf_token TEXT    NOT NULL,
  created_at TEXT    NOT NULL,
  expires_at TEXT    NOT NULL
);

CREATE TABLE assignment_request (
  id           INTEGER PRIMARY KEY,
  service_name TEXT    NOT NULL,
  transports   TEXT    NOT NULL,
  body         TEXT    NOT NULL,
  state        TEXT    NOT NULL,
  applicant_id INTEGER NOT NULL REFERENCES app_user (id),
  submitted_at TEXT    NOT NULL,
  updated_at   TEXT    NOT NULL,
  outcome      TEXT
);

CREATE INDEX assignment_request_state ON assignment_request (state);
CREATE INDEX assignment_request_applicant ON assignment_request (applicant_id);

-- What an open request holds: its name (kind 'name', key the lower-case name) and its port on each
-- transport (kind 'port', key 'PORT/transport'). The primary key makes first come, first served a
-- database rule.
CREATE TABLE request_claim (
  kind       TEXT    NOT NULL,
  claim_key  TEXT    NOT NULL,
  request_id INTEGER NOT NULL REFERENCES assignment_request (id),
  PRIMARY KEY (kind, claim_key)
);

CREATE TABLE request_event (
  id         INTEGER PRIMARY KEY,
  request_id INTEGER NOT NULL REFERENCES assignment_request (id),
  action     TEXT    NOT NULL,
  actor      TEXT    NOT NULL,
  role       TEXT    NOT NULL,
  from_state TEXT,
  to_state   TEXT    NOT NULL,
  reason     TEXT    NOT NULL,
  at         TEXT    NOT NULL
);

CREATE INDEX request_event_request ON request_event (request_id);

CREATE TABLE audit_log (
  id          INTEGER PRIMARY KEY,
  at          TEXT NOT NULL,
  actor       TEXT NOT NULL,
  action      TEXT NOT NULL,
  target      TEXT NOT NULL,
  reason      TEXT NOT NULL,
  before_json TEXT NOT NULL,
  after_json  TEXT NOT NULL
);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;

CREATE TRIGGER request_event_no_update BEFORE UPDATE ON request_event
BEGIN
  SELECT RAISE(ABORT, 'request_event is append-only');
END;

CREATE TRIGGER request_event_no_delete BEFORE DELETE ON request_event
BEGIN
  SELECT RAISE(ABORT, 'request_event is append-only');
END;
