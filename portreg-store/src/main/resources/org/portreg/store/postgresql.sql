-- PostgreSQL replacements for statements.sql.

-- name: lock_for_import
LOCK TABLE registry_version IN SHARE ROW EXCLUSIVE MODE
