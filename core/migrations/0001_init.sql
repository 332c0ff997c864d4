-- Talentwerk schema, version 1. Shipped migrations are never edited: add 0002_… instead.

CREATE TABLE company (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    name            TEXT    NOT NULL,
    hourly_rate     REAL    NOT NULL DEFAULT 60.0 CHECK (hourly_rate >= 0),
    working_weeks   INTEGER NOT NULL DEFAULT 46 CHECK (working_weeks BETWEEN 1 AND 53),
    language        TEXT    NOT NULL DEFAULT 'de' CHECK (language IN ('de', 'en')),
    created_on      TEXT    NOT NULL
);

CREATE TABLE department (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL UNIQUE COLLATE NOCASE,
    position    INTEGER NOT NULL
);

CREATE TABLE pillar (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL UNIQUE COLLATE NOCASE,
    position    INTEGER NOT NULL
);

CREATE TABLE competency (
    id          INTEGER PRIMARY KEY,
    pillar_id   INTEGER NOT NULL REFERENCES pillar(id),
    code        TEXT    NOT NULL UNIQUE COLLATE NOCASE,
    name        TEXT    NOT NULL,
    description TEXT    NOT NULL DEFAULT '',
    level_1     TEXT    NOT NULL DEFAULT '',
    level_2     TEXT    NOT NULL DEFAULT '',
    level_3     TEXT    NOT NULL DEFAULT '',
    position    INTEGER NOT NULL
);
CREATE INDEX competency_pillar ON competency(pillar_id, position);

CREATE TABLE ai_role (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL UNIQUE COLLATE NOCASE,
    description TEXT    NOT NULL DEFAULT '',
    position    INTEGER NOT NULL
);

-- A role's target profile: the minimum level it needs per competency.
CREATE TABLE role_target (
    role_id       INTEGER NOT NULL REFERENCES ai_role(id) ON DELETE CASCADE,
    competency_id INTEGER NOT NULL REFERENCES competency(id) ON DELETE CASCADE,
    min_level     INTEGER NOT NULL CHECK (min_level BETWEEN 1 AND 3),
    PRIMARY KEY (role_id, competency_id)
) WITHOUT ROWID;

CREATE TABLE employee (
    id                  INTEGER PRIMARY KEY,
    personnel_number    TEXT    NOT NULL UNIQUE COLLATE NOCASE,
    name                TEXT    NOT NULL,
    department_id       INTEGER NOT NULL REFERENCES department(id),
    job_title           TEXT    NOT NULL DEFAULT '',
    role_id             INTEGER REFERENCES ai_role(id) ON DELETE SET NULL,
    entry_date          TEXT,
    pseudonym           TEXT    NOT NULL UNIQUE,
    technical_interest  INTEGER NOT NULL DEFAULT 0 CHECK (technical_interest BETWEEN 0 AND 3),
    communication       INTEGER NOT NULL DEFAULT 0 CHECK (communication BETWEEN 0 AND 3),
    domain_expertise    INTEGER NOT NULL DEFAULT 0 CHECK (domain_expertise BETWEEN 0 AND 3),
    archived_on         TEXT
);
CREATE INDEX employee_department ON employee(department_id);

-- Current AI usage is the latest dated entry.
CREATE TABLE ai_usage (
    id          INTEGER PRIMARY KEY,
    employee_id INTEGER NOT NULL REFERENCES employee(id) ON DELETE CASCADE,
    usage       TEXT    NOT NULL CHECK (usage IN ('none', 'occasional', 'regular')),
    recorded_on TEXT    NOT NULL
);
CREATE INDEX ai_usage_employee ON ai_usage(employee_id, recorded_on);

-- Assessments are history: appended, never changed.
CREATE TABLE assessment (
    id            INTEGER PRIMARY KEY,
    employee_id   INTEGER NOT NULL REFERENCES employee(id) ON DELETE CASCADE,
    competency_id INTEGER NOT NULL REFERENCES competency(id) ON DELETE CASCADE,
    level         INTEGER NOT NULL CHECK (level BETWEEN 0 AND 3),
    assessed_on   TEXT    NOT NULL,
    assessor      TEXT    NOT NULL CHECK (assessor IN ('self', 'manager', 'trainer', 'import')),
    note          TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX assessment_cell ON assessment(employee_id, competency_id, assessed_on, id);

CREATE TRIGGER assessment_append_only BEFORE UPDATE ON assessment
BEGIN
    SELECT RAISE(ABORT, 'assessments are append-only');
END;

-- Projection of the latest assessment per cell, written in the same transaction as the
-- assessment, so the matrix reads one row per cell instead of scanning the history.
CREATE TABLE current_level (
    employee_id   INTEGER NOT NULL REFERENCES employee(id) ON DELETE CASCADE,
    competency_id INTEGER NOT NULL REFERENCES competency(id) ON DELETE CASCADE,
    level         INTEGER NOT NULL CHECK (level BETWEEN 0 AND 3),
    assessed_on   TEXT    NOT NULL,
    PRIMARY KEY (employee_id, competency_id)
) WITHOUT ROWID;
