-- Talentwerk schema, version 2: nothing lost.
-- Framework entries with history are retired instead of deleted; employees carry a version
-- so a stale form cannot overwrite newer data; the demo company is marked as such; and the
-- assessment history is guarded against DELETE as well as UPDATE.

ALTER TABLE pillar     ADD COLUMN retired_on TEXT;
ALTER TABLE competency ADD COLUMN retired_on TEXT;
ALTER TABLE ai_role    ADD COLUMN retired_on TEXT;

-- Raised by every change of the row; an update names the version it was based on.
ALTER TABLE employee ADD COLUMN version INTEGER NOT NULL DEFAULT 1;

-- 1 in the demo company's file: the app shows a "Demo-Daten" banner.
ALTER TABLE company ADD COLUMN demo INTEGER NOT NULL DEFAULT 0 CHECK (demo IN (0, 1));

-- The one sanctioned way to remove assessments: erasing a person (GDPR Art. 17) writes a
-- permit for that person, deletes them, and removes the permit in the same transaction.
CREATE TABLE erasure_permit (
    employee_id INTEGER PRIMARY KEY
);

CREATE TRIGGER assessment_never_deleted BEFORE DELETE ON assessment
WHEN NOT EXISTS (SELECT 1 FROM erasure_permit WHERE employee_id = OLD.employee_id)
BEGIN
    SELECT RAISE(ABORT, 'assessments are history and are never deleted');
END;
