-- Keys the server signs with (issue 14): one random secret per purpose, made by the first server
-- that needs it and shared by every instance on the database. Kept as base64 text.

CREATE TABLE server_key (
  name       TEXT NOT NULL PRIMARY KEY,
  secret     TEXT NOT NULL,
  created_at TEXT NOT NULL
);
