-- Talentwerk schema, version 3: Pilotprojekte (AI use cases from idea to result).
-- Everything that changes over time is a dated history, so every KPI can be computed
-- "as of" any day without a snapshot job.

CREATE TABLE pilot (
    id             INTEGER PRIMARY KEY,
    title          TEXT    NOT NULL,
    -- The Bereich: a department, or none for company-wide use cases.
    department_id  INTEGER REFERENCES department(id),
    benefit        INTEGER CHECK (benefit BETWEEN 1 AND 5),
    risk           INTEGER CHECK (risk BETWEEN 1 AND 5),
    measurability  INTEGER CHECK (measurability BETWEEN 1 AND 5),
    planned_hours  REAL    NOT NULL DEFAULT 0 CHECK (planned_hours >= 0),
    created_on     TEXT    NOT NULL
);
CREATE INDEX pilot_department ON pilot(department_id);

-- Idee → Bewertung → Pilot läuft → Skalierung → Abgeschlossen, or Gestoppt (with a reason).
CREATE TABLE pilot_status (
    id          INTEGER PRIMARY KEY,
    pilot_id    INTEGER NOT NULL REFERENCES pilot(id) ON DELETE CASCADE,
    status      TEXT    NOT NULL CHECK (status IN
                    ('idea', 'evaluation', 'running', 'scaling', 'completed', 'stopped')),
    changed_on  TEXT    NOT NULL,
    reason      TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX pilot_status_pilot ON pilot_status(pilot_id, changed_on, id);

-- Measured time saved, hours per week, as of the day it was measured.
CREATE TABLE pilot_hours (
    id           INTEGER PRIMARY KEY,
    pilot_id     INTEGER NOT NULL REFERENCES pilot(id) ON DELETE CASCADE,
    hours        REAL    NOT NULL CHECK (hours >= 0),
    measured_on  TEXT    NOT NULL
);
CREATE INDEX pilot_hours_pilot ON pilot_hours(pilot_id, measured_on, id);

-- Costs: one-off on a day, or monthly from a day on (until a newer monthly amount).
CREATE TABLE pilot_cost (
    id        INTEGER PRIMARY KEY,
    pilot_id  INTEGER NOT NULL REFERENCES pilot(id) ON DELETE CASCADE,
    kind      TEXT    NOT NULL CHECK (kind IN ('once', 'monthly')),
    amount    REAL    NOT NULL CHECK (amount >= 0),
    since     TEXT    NOT NULL
);
CREATE INDEX pilot_cost_pilot ON pilot_cost(pilot_id, since, id);
