-- Saved watches (issue 18, docs/notifications.md): a signed-in user's search query, delivered by
-- e-mail (through the outbox) or to a webhook. Each webhook delivery is written in the transaction
-- of the registry version that causes it and sent by a background worker, like the outbox.
-- The secret signs webhook bodies (HMAC-SHA256), so it must be kept; it is shown only once.
-- Times to compare (next attempt, claim lease) are epoch milliseconds.

CREATE TABLE watch (
  id          INTEGER PRIMARY KEY,
  owner       TEXT    NOT NULL,
  query       TEXT    NOT NULL,
  kind        TEXT    NOT NULL,
  url         TEXT,
  secret      TEXT,
  created_at  TEXT    NOT NULL,
  failures    INTEGER NOT NULL DEFAULT 0,
  disabled_at TEXT
);

CREATE INDEX watch_owner ON watch (owner);

CREATE TABLE watch_delivery (
  id              INTEGER PRIMARY KEY,
  watch_id        BIGINT  NOT NULL REFERENCES watch (id) ON DELETE CASCADE,
  version_date    TEXT    NOT NULL,
  changes         INTEGER NOT NULL,
  body            TEXT    NOT NULL,
  created_at      TEXT    NOT NULL,
  attempts        INTEGER NOT NULL DEFAULT 0,
  next_attempt_at BIGINT  NOT NULL,
  claimed_by      TEXT,
  claimed_until   BIGINT,
  delivered_at    TEXT,
  failed_at       TEXT,
  last_status     INTEGER,
  last_error      TEXT
);

CREATE INDEX watch_delivery_watch ON watch_delivery (watch_id);
CREATE INDEX watch_delivery_unsent ON watch_delivery (next_attempt_at)
  WHERE delivered_at IS NULL AND failed_at IS NULL;
