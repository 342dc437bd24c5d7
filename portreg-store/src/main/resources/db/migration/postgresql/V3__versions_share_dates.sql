-- Several versions may share a Last Updated date: the workflow writes one version per assignment,
-- and two assignments on one day give two versions of that day. Versions are ordered by id.
ALTER TABLE registry_version DROP CONSTRAINT registry_version_updated_key;
CREATE INDEX registry_version_updated ON registry_version (updated);
