-- Every SQL statement of the store, by name. A dialect file (sqlite.sql, postgresql.sql) may
-- replace any of them. Parameters are positional (?).

-- name: lock_for_import
UPDATE registry_version SET id = id WHERE 1 = 0

-- name: select_versions
SELECT id, updated, source, imported_at, record_count, sha256
FROM registry_version ORDER BY updated

-- name: select_version_as_of
SELECT id FROM registry_version WHERE updated <= ? ORDER BY updated DESC LIMIT 1

-- name: select_version_frame
SELECT prefix_text, suffix_text FROM registry_version WHERE id = ?

-- name: select_open_parts
SELECT id, sort_key, body FROM registry_part WHERE valid_to IS NULL ORDER BY sort_key

-- name: select_all_sort_keys
SELECT id FROM registry_part ORDER BY sort_key, id

-- name: update_sort_key
UPDATE registry_part SET sort_key = ? WHERE id = ?

-- name: close_part
UPDATE registry_part SET valid_to = ? WHERE id = ?

-- name: next_part_id
SELECT COALESCE(MAX(id), 0) + 1 FROM registry_part

-- name: next_version_id
SELECT COALESCE(MAX(id), 0) + 1 FROM registry_version

-- name: insert_version
INSERT INTO registry_version
  (id, updated, source, imported_at, record_count, sha256, prefix_text, suffix_text)
VALUES (?, ?, ?, ?, ?, ?, ?, ?)

-- name: insert_part
INSERT INTO registry_part
  (id, kind, valid_from, valid_to, sort_key, body, name, name_key, port_low, port_high,
   transport, person_id)
VALUES (?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?)

-- name: select_records_by_name
SELECT valid_from, valid_to, sort_key, body FROM registry_part
WHERE kind = 'record' AND name_key = ?
ORDER BY valid_from, sort_key

-- name: select_records_by_port
SELECT valid_from, valid_to, sort_key, body FROM registry_part
WHERE kind = 'record' AND port_low <= ? AND port_high >= ?
ORDER BY valid_from, sort_key

-- name: count_parts
SELECT COUNT(*) FROM registry_part

-- name: select_records_by_port_and_transport
SELECT valid_from, valid_to, sort_key, body FROM registry_part
WHERE kind = 'record' AND port_low <= ? AND port_high >= ? AND transport = ?
ORDER BY valid_from, sort_key

-- name: select_part_ids_of_version
SELECT id, kind FROM registry_part
WHERE valid_from <= ? AND (valid_to IS NULL OR valid_to > ?)
ORDER BY sort_key

-- name: select_part_bodies
SELECT id, kind, body FROM registry_part WHERE id >= ? AND id <= ?
