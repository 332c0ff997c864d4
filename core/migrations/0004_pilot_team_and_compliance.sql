-- Talentwerk schema, version 4: a pilot's team and the competencies it needs, its EU AI Act
-- risk class, the personal data it processes, and when the works council was informed.

ALTER TABLE pilot ADD COLUMN risk_class TEXT
    CHECK (risk_class IN ('minimal', 'limited', 'high', 'prohibited'));
ALTER TABLE pilot ADD COLUMN risk_justification TEXT NOT NULL DEFAULT '';
-- The categories of personal data processed, as the user names them; empty: none.
ALTER TABLE pilot ADD COLUMN personal_data TEXT NOT NULL DEFAULT '';
ALTER TABLE pilot ADD COLUMN monitoring_possible INTEGER NOT NULL DEFAULT 0
    CHECK (monitoring_possible IN (0, 1));
ALTER TABLE pilot ADD COLUMN works_council_informed_on TEXT;

-- A small interdisciplinary team; erasing a person removes their memberships.
CREATE TABLE pilot_member (
    pilot_id     INTEGER NOT NULL REFERENCES pilot(id) ON DELETE CASCADE,
    employee_id  INTEGER NOT NULL REFERENCES employee(id) ON DELETE CASCADE,
    role         TEXT    NOT NULL CHECK (role IN ('lead', 'expert', 'enthusiast', 'processOwner')),
    PRIMARY KEY (pilot_id, employee_id)
) WITHOUT ROWID;
CREATE INDEX pilot_member_employee ON pilot_member(employee_id);

-- The competencies the pilot needs: its team is shown with their levels in them.
CREATE TABLE pilot_competency (
    pilot_id       INTEGER NOT NULL REFERENCES pilot(id) ON DELETE CASCADE,
    competency_id  INTEGER NOT NULL REFERENCES competency(id) ON DELETE CASCADE,
    PRIMARY KEY (pilot_id, competency_id)
) WITHOUT ROWID;
