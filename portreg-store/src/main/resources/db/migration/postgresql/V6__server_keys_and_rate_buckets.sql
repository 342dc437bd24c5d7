-- Keys the servers sign with (issue 14): one random secret per purpose, made by the first server
-- that needs it and shared by every instance on the database. Kept as base64 text.

CREATE TABLE server_key (
  name       TEXT NOT NULL PRIMARY KEY,
  secret     TEXT NOT NULL,
  created_at TEXT NOT NULL
);

-- Rate-limit buckets shared by every instance on the database (issue 14): one token bucket per
-- limiter and key, the key kept only as its SHA-256 (it holds client addresses and usernames).
-- Times are epoch milliseconds; a row whose bucket is full again (full_at passed) means the same
-- as no row and is pruned.
CREATE TABLE rate_bucket (
  limiter    TEXT   NOT NULL,
  key_hash   TEXT   NOT NULL,
  tokens     DOUBLE PRECISION NOT NULL,
  refilled_at BIGINT NOT NULL,
  full_at    BIGINT NOT NULL,
  PRIMARY KEY (limiter, key_hash)
);

CREATE INDEX rate_bucket_full_at ON rate_bucket (full_at);
