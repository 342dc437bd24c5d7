-- PostgreSQL replacements for statements.sql.

-- name: lock_for_import
LOCK TABLE registry_version IN SHARE ROW EXCLUSIVE MODE

-- Submissions rely on the claims' unique key, not on a table lock: two servers race there.
-- name: begin_write
SELECT 1

-- name: select_request_for_update
SELECT r.id, r.body, r.state, u.username, r.submitted_at, r.updated_at, r.outcome, r.target
FROM assignment_request r JOIN app_user u ON u.id = r.applicant_id WHERE r.id = ?
FOR UPDATE OF r

-- Several servers on one database: each takes rows no other transaction holds.
-- name: claim_outbox
UPDATE outbox SET claimed_by = ?, claimed_until = ?
WHERE id IN (
  SELECT id FROM outbox
  WHERE sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= ?
    AND (claimed_until IS NULL OR claimed_until < ?)
  ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED)

-- Instances taking from one bucket at once queue on its row.
-- name: select_rate_bucket
SELECT tokens, refilled_at FROM rate_bucket WHERE limiter = ? AND key_hash = ? FOR UPDATE

-- name: claim_watch_deliveries
UPDATE watch_delivery SET claimed_by = ?, claimed_until = ?
WHERE id IN (
  SELECT id FROM watch_delivery
  WHERE delivered_at IS NULL AND failed_at IS NULL AND next_attempt_at <= ?
    AND (claimed_until IS NULL OR claimed_until < ?)
  ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED)
