-- Requests for the organisation's own registry (docs/local.md, "Through the review workflow"). A
-- request's target is 'iana' (body: the request JSON of RFC 6335's template, as before) or 'local'
-- (body: one local entry as JSON, in the shape of the local registry's files). Local requests hold
-- no claims: their first come, first served is decided under the local registry's write lock,
-- against the local assignments and the open local requests. Local experts are a role of their own
-- (app_user.roles, 'local_expert'), which needs no column.
ALTER TABLE assignment_request ADD COLUMN target TEXT NOT NULL DEFAULT 'iana';

CREATE INDEX assignment_request_target_state ON assignment_request (target, state);
