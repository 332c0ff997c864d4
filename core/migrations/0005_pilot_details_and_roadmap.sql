-- Talentwerk schema, version 5: what a use case is about (owner, description, pain point,
-- the AI system it uses), its planned start and end, measurable goals, milestones and the
-- lessons learned; and the 90-day roadmap's start date and the items ticked by hand.

-- The person responsible; erasing them leaves the use case without an owner.
ALTER TABLE pilot ADD COLUMN owner_id INTEGER REFERENCES employee(id) ON DELETE SET NULL;
ALTER TABLE pilot ADD COLUMN description TEXT NOT NULL DEFAULT '';
ALTER TABLE pilot ADD COLUMN pain_point TEXT NOT NULL DEFAULT '';
ALTER TABLE pilot ADD COLUMN ai_system TEXT NOT NULL DEFAULT '';
ALTER TABLE pilot ADD COLUMN ai_vendor TEXT NOT NULL DEFAULT '';
-- Where the AI system runs: on the company's own machines, or in a vendor's cloud.
ALTER TABLE pilot ADD COLUMN ai_hosting TEXT CHECK (ai_hosting IN ('local', 'cloud'));
ALTER TABLE pilot ADD COLUMN planned_start TEXT;
ALTER TABLE pilot ADD COLUMN planned_end TEXT CHECK (planned_end >= planned_start);
ALTER TABLE pilot ADD COLUMN learned_worked TEXT NOT NULL DEFAULT '';
ALTER TABLE pilot ADD COLUMN learned_not_worked TEXT NOT NULL DEFAULT '';
ALTER TABLE pilot ADD COLUMN next_step TEXT NOT NULL DEFAULT '';
CREATE INDEX pilot_owner ON pilot(owner_id);

-- "Angebotszeit je Standardangebot: 120 → 30 Minuten".
CREATE TABLE pilot_goal (
    id        INTEGER PRIMARY KEY,
    pilot_id  INTEGER NOT NULL REFERENCES pilot(id) ON DELETE CASCADE,
    name      TEXT    NOT NULL,
    baseline  REAL    NOT NULL,
    target    REAL    NOT NULL,
    unit      TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX pilot_goal_pilot ON pilot_goal(pilot_id, id);

CREATE TABLE pilot_milestone (
    id        INTEGER PRIMARY KEY,
    pilot_id  INTEGER NOT NULL REFERENCES pilot(id) ON DELETE CASCADE,
    title     TEXT    NOT NULL,
    due_on    TEXT    NOT NULL,
    done_on   TEXT
);
CREATE INDEX pilot_milestone_pilot ON pilot_milestone(pilot_id, due_on, id);

-- NULL: the roadmap starts on the day the company was created.
ALTER TABLE company ADD COLUMN roadmap_start TEXT;

-- Roadmap items the data cannot prove, ticked by hand; unticking removes the row.
CREATE TABLE roadmap_tick (
    item     TEXT NOT NULL PRIMARY KEY,
    done_on  TEXT NOT NULL
) WITHOUT ROWID;
