-- Notifications (issue 18, docs/notifications.md): each user's preference, and the outbox that
-- holds every message written in the transaction of the change that causes it until a sender
-- delivers it. Times to compare (next attempt, claim lease) are epoch milliseconds.

ALTER TABLE app_user ADD COLUMN notify TEXT NOT NULL DEFAULT 'all';

CREATE TABLE outbox (
  id              INTEGER PRIMARY KEY,
  recipient       TEXT    NOT NULL,
  subject         TEXT    NOT NULL,
  text_body       TEXT    NOT NULL,
  html_body       TEXT    NOT NULL,
  created_at      TEXT    NOT NULL,
  attempts        INTEGER NOT NULL DEFAULT 0,
  next_attempt_at BIGINT  NOT NULL,
  claimed_by      TEXT,
  claimed_until   BIGINT,
  sent_at         TEXT,
  failed_at       TEXT,
  last_error      TEXT
);

CREATE INDEX outbox_unsent ON outbox (next_attempt_at) WHERE sent_at IS NULL AND failed_at IS NULL;
