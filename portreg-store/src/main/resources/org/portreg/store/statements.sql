-- Every SQL statement of the store, by name. A dialect file (sqlite.sql, postgresql.sql) may
-- replace any of them. Parameters are positional (?).

-- name: lock_for_import
UPDATE registry_version SET id = id WHERE 1 = 0

-- name: select_versions
SELECT id, updated, source, imported_at, record_count, sha256
FROM registry_version ORDER BY updated, id

-- name: select_version_as_of
SELECT id FROM registry_version WHERE updated <= ? ORDER BY updated DESC, id DESC LIMIT 1

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

-- The record rows of one version that a request's validation asks about (StoredFacts); the
-- version's id is the last two parameters.
-- name: select_version_records_by_name
SELECT body FROM registry_part
WHERE kind = 'record' AND name_key = ?
  AND valid_from <= ? AND (valid_to IS NULL OR valid_to > ?)
ORDER BY sort_key

-- name: select_version_records_covering
SELECT body FROM registry_part
WHERE kind = 'record' AND port_low <= ? AND port_high >= ? AND (transport = ? OR transport IS NULL)
  AND valid_from <= ? AND (valid_to IS NULL OR valid_to > ?)
ORDER BY sort_key

-- name: select_version_records_with_code
SELECT body FROM registry_part
WHERE kind = 'record' AND body LIKE '%<sc%'
  AND valid_from <= ? AND (valid_to IS NULL OR valid_to > ?)
ORDER BY sort_key

-- name: select_record_rows
SELECT valid_from, valid_to, sort_key, name_key, port_low, port_high, transport, body
FROM registry_part
WHERE kind = 'record'
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

-- name: select_unshared_parts
-- The rows of two versions (parameters 1-2: the first id, 3-4: the second, 5: the greater, 6: the
-- lesser) other than the records and persons both hold, in registry order: whether each version
-- holds the row, and how many records and persons both hold up to it (one ordered pass).
SELECT id, kind, in_a, in_b, shared_records, shared_persons FROM (
  SELECT id, kind, sort_key, in_a, in_b,
    SUM(CASE WHEN kind = 'record' THEN in_a * in_b ELSE 0 END) OVER w AS shared_records,
    SUM(CASE WHEN kind = 'person' THEN in_a * in_b ELSE 0 END) OVER w AS shared_persons
  FROM (
    SELECT id, kind, sort_key,
      CASE WHEN valid_from <= ? AND (valid_to IS NULL OR valid_to > ?) THEN 1 ELSE 0 END AS in_a,
      CASE WHEN valid_from <= ? AND (valid_to IS NULL OR valid_to > ?) THEN 1 ELSE 0 END AS in_b
    FROM registry_part
    WHERE valid_from <= ? AND (valid_to IS NULL OR valid_to > ?)
  ) AS spanned
  WINDOW w AS (ORDER BY sort_key ROWS UNBOUNDED PRECEDING)
) AS counted
WHERE (in_a = 1 OR in_b = 1) AND (in_a <> in_b OR kind NOT IN ('record', 'person'))
ORDER BY sort_key

-- name: select_all_parts
-- Every part row in registry order (PartTable): a diff of two versions walks it as
-- select_unshared_parts does.
SELECT id, kind, valid_from, valid_to, body FROM registry_part ORDER BY sort_key

-- name: select_version_frames
SELECT id, prefix_text, suffix_text FROM registry_version

-- name: select_part_bodies
SELECT id, kind, body FROM registry_part WHERE id >= ? AND id <= ?

-- Workflow (Accounts, Registrar). --------------------------------------------------------------

-- name: begin_write
UPDATE registry_version SET id = id WHERE 1 = 0

-- name: insert_user
INSERT INTO app_user
  (username, display_name, email, password_hash, roles, expert_for, active, created_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?)
RETURNING id

-- name: select_users
SELECT id, username, display_name, email, roles, expert_for, active, created_at
FROM app_user ORDER BY username

-- name: select_user_by_name
SELECT id, username, display_name, email, roles, expert_for, active, created_at
FROM app_user WHERE username = ?

-- name: select_user_by_id
SELECT id, username, display_name, email, roles, expert_for, active, created_at
FROM app_user WHERE id = ?

-- name: select_password_hash
SELECT password_hash FROM app_user WHERE username = ?

-- name: update_user
UPDATE app_user SET roles = ?, expert_for = ?, active = ? WHERE username = ?

-- name: update_password
UPDATE app_user SET password_hash = ? WHERE username = ?

-- name: insert_token
INSERT INTO api_token (user_id, label, token_hash, created_at) VALUES (?, ?, ?, ?)
RETURNING id

-- name: select_token_user
SELECT user_id FROM api_token WHERE token_hash = ? AND revoked_at IS NULL

-- name: select_token_owner
SELECT u.username FROM api_token t JOIN app_user u ON u.id = t.user_id WHERE t.id = ?

-- name: revoke_token
UPDATE api_token SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL

-- name: insert_session
INSERT INTO web_session (id_hash, user_id, csrf_token, created_at, expires_at)
VALUES (?, ?, ?, ?, ?)

-- name: select_session
SELECT user_id, csrf_token, expires_at FROM web_session WHERE id_hash = ? AND expires_at > ?

-- name: delete_session
DELETE FROM web_session WHERE id_hash = ?

-- name: delete_expired_sessions
DELETE FROM web_session WHERE expires_at <= ?

-- name: insert_server_key
INSERT INTO server_key (name, secret, created_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING

-- name: select_server_key
SELECT secret FROM server_key WHERE name = ?

-- name: insert_rate_bucket
INSERT INTO rate_bucket (limiter, key_hash, tokens, refilled_at, full_at) VALUES (?, ?, ?, ?, ?)
ON CONFLICT DO NOTHING

-- name: select_rate_bucket
SELECT tokens, refilled_at FROM rate_bucket WHERE limiter = ? AND key_hash = ?

-- name: update_rate_bucket
UPDATE rate_bucket SET tokens = ?, refilled_at = ?, full_at = ? WHERE limiter = ? AND key_hash = ?

-- name: prune_rate_buckets
DELETE FROM rate_bucket WHERE full_at < ?

-- name: insert_request
INSERT INTO assignment_request
  (service_name, transports, body, state, applicant_id, submitted_at, updated_at, target)
VALUES (?, ?, ?, ?, ?, ?, ?, ?)
RETURNING id

-- The local requests that are not final: what they ask for is held against newcomers.
-- name: select_open_local_requests
SELECT id, body FROM assignment_request
WHERE target = 'local' AND state NOT IN ('ASSIGNED', 'REJECTED', 'WITHDRAWN') ORDER BY id

-- name: insert_claim
INSERT INTO request_claim (kind, claim_key, request_id) VALUES (?, ?, ?)
ON CONFLICT DO NOTHING

-- name: select_claim_holder
SELECT request_id FROM request_claim WHERE kind = ? AND claim_key = ?

-- name: delete_claims
DELETE FROM request_claim WHERE request_id = ?

-- name: select_request
SELECT r.id, r.body, r.state, u.username, r.submitted_at, r.updated_at, r.outcome, r.target
FROM assignment_request r JOIN app_user u ON u.id = r.applicant_id WHERE r.id = ?

-- name: select_request_for_update
SELECT r.id, r.body, r.state, u.username, r.submitted_at, r.updated_at, r.outcome, r.target
FROM assignment_request r JOIN app_user u ON u.id = r.applicant_id WHERE r.id = ?

-- name: select_requests_of
SELECT r.id, r.body, r.state, u.username, r.submitted_at, r.updated_at, r.outcome, r.target
FROM assignment_request r JOIN app_user u ON u.id = r.applicant_id
WHERE u.username = ? ORDER BY r.id DESC

-- name: select_requests
SELECT r.id, r.body, r.state, u.username, r.submitted_at, r.updated_at, r.outcome, r.target
FROM assignment_request r JOIN app_user u ON u.id = r.applicant_id ORDER BY r.id

-- name: update_request_state
UPDATE assignment_request SET state = ?, updated_at = ?, outcome = ? WHERE id = ? AND state = ?

-- name: insert_event
INSERT INTO request_event (request_id, action, actor, role, from_state, to_state, reason, at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?)

-- name: select_events
SELECT request_id, action, actor, role, from_state, to_state, reason, at
FROM request_event WHERE request_id = ? ORDER BY id

-- name: insert_audit
INSERT INTO audit_log (at, actor, action, target, reason, before_json, after_json)
VALUES (?, ?, ?, ?, ?, ?, ?)

-- name: select_audit
SELECT id, at, actor, action, target, reason, before_json, after_json
FROM audit_log ORDER BY id DESC LIMIT ?

-- name: select_port_claims
SELECT claim_key FROM request_claim WHERE kind = 'port' AND request_id <> ?

-- name: delete_parts_of_version
DELETE FROM registry_part WHERE valid_from = ?

-- name: delete_version
DELETE FROM registry_version WHERE id = ?

-- Notifications (docs/notifications.md)

-- name: select_members
SELECT id, username, display_name, email, roles, expert_for, active, created_at, notify
FROM app_user ORDER BY username

-- name: select_notify
SELECT notify FROM app_user WHERE username = ?

-- name: update_notify
UPDATE app_user SET notify = ? WHERE username = ?

-- name: insert_outbox
INSERT INTO outbox (recipient, subject, text_body, html_body, created_at, next_attempt_at)
VALUES (?, ?, ?, ?, ?, ?)

-- One writer at a time on SQLite (begin_write takes the write lock), so no row is claimed twice.
-- name: claim_outbox
UPDATE outbox SET claimed_by = ?, claimed_until = ?
WHERE id IN (
  SELECT id FROM outbox
  WHERE sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= ?
    AND (claimed_until IS NULL OR claimed_until < ?)
  ORDER BY id LIMIT ?)

-- name: select_claimed
SELECT id, recipient, subject, text_body, html_body, attempts FROM outbox
WHERE claimed_by = ? AND claimed_until = ? AND sent_at IS NULL ORDER BY id

-- name: mark_sent
UPDATE outbox SET sent_at = ?, claimed_by = NULL, claimed_until = NULL
WHERE id = ? AND claimed_by = ?

-- name: mark_retry
UPDATE outbox SET attempts = attempts + 1, next_attempt_at = ?, last_error = ?,
  claimed_by = NULL, claimed_until = NULL
WHERE id = ? AND claimed_by = ?

-- name: mark_failed
UPDATE outbox SET attempts = attempts + 1, failed_at = ?, last_error = ?,
  claimed_by = NULL, claimed_until = NULL
WHERE id = ? AND claimed_by = ?

-- name: count_unsent
SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL AND failed_at IS NULL

-- name: count_sent
SELECT COUNT(*) FROM outbox WHERE sent_at IS NOT NULL

-- name: insert_watch
INSERT INTO watch (owner, query, kind, url, secret, created_at) VALUES (?, ?, ?, ?, ?, ?)
RETURNING id

-- name: select_watches_of
SELECT id, owner, query, kind, url, created_at, failures, disabled_at
FROM watch WHERE owner = ? ORDER BY id

-- name: select_watch
SELECT id, owner, query, kind, url, created_at, failures, disabled_at FROM watch WHERE id = ?

-- name: select_active_watches
SELECT id, owner, query, kind, url, created_at, failures, disabled_at
FROM watch WHERE disabled_at IS NULL ORDER BY id

-- name: count_active_watches
SELECT COUNT(*) FROM watch WHERE disabled_at IS NULL

-- name: delete_watch
DELETE FROM watch WHERE id = ?

-- name: insert_watch_delivery
INSERT INTO watch_delivery (watch_id, version_date, changes, body, created_at, next_attempt_at)
VALUES (?, ?, ?, ?, ?, ?)

-- name: select_watch_deliveries
SELECT id, version_date, changes, created_at, attempts, delivered_at, failed_at, last_status,
  last_error
FROM watch_delivery WHERE watch_id = ? ORDER BY id DESC LIMIT 50

-- One writer at a time on SQLite (begin_write takes the write lock), so no row is claimed twice.
-- name: claim_watch_deliveries
UPDATE watch_delivery SET claimed_by = ?, claimed_until = ?
WHERE id IN (
  SELECT id FROM watch_delivery
  WHERE delivered_at IS NULL AND failed_at IS NULL AND next_attempt_at <= ?
    AND (claimed_until IS NULL OR claimed_until < ?)
  ORDER BY id LIMIT ?)

-- name: select_claimed_deliveries
SELECT d.id, d.watch_id, w.url, w.secret, d.body, d.attempts
FROM watch_delivery d JOIN watch w ON w.id = d.watch_id
WHERE d.claimed_by = ? AND d.claimed_until = ? AND d.delivered_at IS NULL ORDER BY d.id

-- name: mark_delivery_delivered
UPDATE watch_delivery SET delivered_at = ?, last_status = ?, last_error = NULL,
  attempts = attempts + 1, claimed_by = NULL, claimed_until = NULL
WHERE id = ? AND claimed_by = ?

-- name: mark_delivery_retry
UPDATE watch_delivery SET attempts = attempts + 1, next_attempt_at = ?, last_status = ?,
  last_error = ?, claimed_by = NULL, claimed_until = NULL
WHERE id = ? AND claimed_by = ?

-- name: reset_watch_failures
UPDATE watch SET failures = 0 WHERE id = ?

-- name: add_watch_failure
UPDATE watch SET failures = failures + 1 WHERE id = ? AND disabled_at IS NULL

-- name: select_watch_failures
SELECT failures FROM watch WHERE id = ?

-- name: disable_watch
UPDATE watch SET disabled_at = ? WHERE id = ? AND disabled_at IS NULL

-- name: fail_pending_deliveries
UPDATE watch_delivery SET failed_at = ?, claimed_by = NULL, claimed_until = NULL
WHERE watch_id = ? AND delivered_at IS NULL AND failed_at IS NULL

-- Proposed revocations and their comments (RFC 6335 §8.4, docs/workflow.md)

-- A second open proposal of a service inserts nothing (revocation_one_open), on both databases.
-- name: insert_revocation
INSERT INTO revocation
  (service_name, service_key, records, reason, proposed_by, proposed_at, ends_on, state)
VALUES (?, ?, ?, ?, ?, ?, ?, 'open')
ON CONFLICT DO NOTHING
RETURNING id

-- name: select_revocation
SELECT r.id, r.service_name, r.records, r.reason, r.proposed_by, r.proposed_at, r.ends_on,
  r.state, r.closed_by, r.closed_at, r.close_reason,
  (SELECT COUNT(*) FROM revocation_comment c WHERE c.revocation_id = r.id)
FROM revocation r WHERE r.id = ?

-- name: select_open_revocation_of
SELECT r.id, r.service_name, r.records, r.reason, r.proposed_by, r.proposed_at, r.ends_on,
  r.state, r.closed_by, r.closed_at, r.close_reason,
  (SELECT COUNT(*) FROM revocation_comment c WHERE c.revocation_id = r.id)
FROM revocation r WHERE r.service_key = ? AND r.state = 'open'

-- name: select_revocations
SELECT r.id, r.service_name, r.records, r.reason, r.proposed_by, r.proposed_at, r.ends_on,
  r.state, r.closed_by, r.closed_at, r.close_reason,
  (SELECT COUNT(*) FROM revocation_comment c WHERE c.revocation_id = r.id)
FROM revocation r ORDER BY r.id DESC LIMIT ?

-- Closes an open proposal; a concurrent close makes it change nothing.
-- name: close_revocation
UPDATE revocation SET state = ?, closed_by = ?, closed_at = ?, close_reason = ?
WHERE id = ? AND state = 'open'

-- name: insert_revocation_comment
INSERT INTO revocation_comment (revocation_id, author, created_at, body) VALUES (?, ?, ?, ?)
RETURNING id

-- name: select_revocation_comments
SELECT id, revocation_id, author, created_at, body
FROM revocation_comment WHERE revocation_id = ? ORDER BY id
