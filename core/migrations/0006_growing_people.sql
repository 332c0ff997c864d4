-- Talentwerk schema, version 6: growing people — the AI maturity of each person (KI-Reifegrad),
-- learning paths with modules, enrolments and completions, mentoring pairs with check-ins,
-- and the AI career ladder with its stages, requirements and each person's stage history.
-- Like assessments, everything a person did is a dated entry; the defaults (three stages,
-- three paths) are seeded by the program for new and existing companies (see
-- company.defaults_version).

-- Which defaults the company has received: 0 = the framework of version 1. The program
-- seeds the learning paths and the ladder into older companies on opening and raises it.
ALTER TABLE company ADD COLUMN defaults_version INTEGER NOT NULL DEFAULT 0;

-- Five dimensions, levels 1–3 each (DOMAIN.md): Tool-Kenntnisse, Anwendungsbreite,
-- Selbstständigkeit, Innovation, Wissensteilung. Append-only: a new rating is a new row.
CREATE TABLE maturity_assessment (
    id           INTEGER PRIMARY KEY,
    employee_id  INTEGER NOT NULL REFERENCES employee(id) ON DELETE CASCADE,
    assessed_on  TEXT    NOT NULL,
    tools        INTEGER NOT NULL CHECK (tools BETWEEN 1 AND 3),
    breadth      INTEGER NOT NULL CHECK (breadth BETWEEN 1 AND 3),
    autonomy     INTEGER NOT NULL CHECK (autonomy BETWEEN 1 AND 3),
    innovation   INTEGER NOT NULL CHECK (innovation BETWEEN 1 AND 3),
    sharing      INTEGER NOT NULL CHECK (sharing BETWEEN 1 AND 3),
    note         TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX maturity_employee ON maturity_assessment(employee_id, assessed_on, id);

CREATE TRIGGER maturity_append_only BEFORE UPDATE ON maturity_assessment
BEGIN
    SELECT RAISE(ABORT, 'maturity assessments are history and are never changed');
END;

CREATE TRIGGER maturity_never_deleted BEFORE DELETE ON maturity_assessment
WHEN NOT EXISTS (SELECT 1 FROM erasure_permit WHERE employee_id = OLD.employee_id)
BEGIN
    SELECT RAISE(ABORT, 'maturity assessments are history and are never deleted');
END;

-- A role-specific learning path (Basis-Nutzer, Power-User, KI-Champions) and its modules.
CREATE TABLE learning_path (
    id           INTEGER PRIMARY KEY,
    name         TEXT    NOT NULL UNIQUE COLLATE NOCASE,
    -- The AI role it is meant for, if any. A role without holders may be deleted; the
    -- path then simply stops naming it.
    role_id      INTEGER REFERENCES ai_role(id) ON DELETE SET NULL,
    description  TEXT    NOT NULL DEFAULT '',
    position     INTEGER NOT NULL,
    retired_on   TEXT
);

CREATE TABLE learning_module (
    id             INTEGER PRIMARY KEY,
    path_id        INTEGER NOT NULL REFERENCES learning_path(id),
    position       INTEGER NOT NULL,
    title          TEXT    NOT NULL,
    format         TEXT    NOT NULL CHECK (format IN ('workshop', 'onlineCourse', 'mentoring',
                       'learningByDoing', 'consultationHour', 'monthlyUpdate')),
    hours          REAL    NOT NULL CHECK (hours >= 0),
    cost           REAL    NOT NULL DEFAULT 0 CHECK (cost >= 0),
    -- The competency a completion raises, and to which level (1–3).
    competency_id  INTEGER REFERENCES competency(id),
    raises_to      INTEGER CHECK (raises_to BETWEEN 1 AND 3),
    content        TEXT    NOT NULL DEFAULT '',
    retired_on     TEXT,
    CHECK ((competency_id IS NULL) = (raises_to IS NULL))
);
CREATE INDEX learning_module_path ON learning_module(path_id, position);
CREATE INDEX learning_module_competency ON learning_module(competency_id);

CREATE TABLE enrolment (
    id           INTEGER PRIMARY KEY,
    employee_id  INTEGER NOT NULL REFERENCES employee(id) ON DELETE CASCADE,
    path_id      INTEGER NOT NULL REFERENCES learning_path(id),
    enrolled_on  TEXT    NOT NULL,
    UNIQUE (employee_id, path_id)
);
CREATE INDEX enrolment_path ON enrolment(path_id);

-- A completed module. Its raised level is proposed to the user: pending until confirmed
-- (then the assessment by "trainer" it became) or rejected. The proposal (competency and
-- level) and what the module was that day (title, hours, price per participant) are kept
-- with the completion, so a later edit of the module changes neither what was proposed or
-- confirmed, nor the person's learning record, nor past training costs in the KPIs.
-- Recurring formats (consultation hour, monthly update) are completed again on other days,
-- so a module may appear more than once per person (at most once a day; the program checks).
CREATE TABLE module_completion (
    id                      INTEGER PRIMARY KEY,
    employee_id             INTEGER NOT NULL REFERENCES employee(id) ON DELETE CASCADE,
    module_id               INTEGER NOT NULL REFERENCES learning_module(id),
    completed_on            TEXT    NOT NULL,
    title                   TEXT    NOT NULL,
    hours                   REAL    NOT NULL CHECK (hours >= 0),
    cost                    REAL    NOT NULL CHECK (cost >= 0),
    proposal                TEXT    NOT NULL DEFAULT 'none'
                                CHECK (proposal IN ('none', 'pending', 'confirmed', 'rejected')),
    proposed_competency_id  INTEGER REFERENCES competency(id),
    proposed_level          INTEGER CHECK (proposed_level BETWEEN 1 AND 3),
    assessment_id           INTEGER REFERENCES assessment(id) ON DELETE CASCADE,
    CHECK ((proposal = 'none') = (proposed_competency_id IS NULL)),
    CHECK ((proposed_competency_id IS NULL) = (proposed_level IS NULL)),
    CHECK ((proposal = 'confirmed') = (assessment_id IS NOT NULL))
);
CREATE INDEX module_completion_day ON module_completion(completed_on);
CREATE INDEX module_completion_employee ON module_completion(employee_id, module_id, completed_on);
CREATE INDEX module_completion_module ON module_completion(module_id);
CREATE INDEX module_completion_proposed ON module_completion(proposed_competency_id);

-- KI-Buddy pairs and their dated check-ins.
CREATE TABLE mentoring_pair (
    id          INTEGER PRIMARY KEY,
    mentor_id   INTEGER NOT NULL REFERENCES employee(id) ON DELETE CASCADE,
    mentee_id   INTEGER NOT NULL REFERENCES employee(id) ON DELETE CASCADE,
    topic       TEXT    NOT NULL DEFAULT '',
    started_on  TEXT    NOT NULL,
    ended_on    TEXT,
    CHECK (mentor_id <> mentee_id),
    CHECK (ended_on IS NULL OR ended_on >= started_on)
);
CREATE INDEX mentoring_mentor ON mentoring_pair(mentor_id);
CREATE INDEX mentoring_mentee ON mentoring_pair(mentee_id);

CREATE TABLE mentoring_checkin (
    id       INTEGER PRIMARY KEY,
    pair_id  INTEGER NOT NULL REFERENCES mentoring_pair(id) ON DELETE CASCADE,
    held_on  TEXT    NOT NULL,
    note     TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX mentoring_checkin_pair ON mentoring_checkin(pair_id, held_on);

-- The AI career ladder: ordered stages with a salary band (€/year) and requirements.
CREATE TABLE ladder_stage (
    id                INTEGER PRIMARY KEY,
    position          INTEGER NOT NULL UNIQUE,
    name              TEXT    NOT NULL UNIQUE COLLATE NOCASE,
    responsibilities  TEXT    NOT NULL DEFAULT '',
    salary_min        INTEGER CHECK (salary_min >= 0),
    salary_max        INTEGER CHECK (salary_max >= 0),
    CHECK (salary_min IS NULL OR salary_max IS NULL OR salary_min <= salary_max)
);

-- What a stage requires: a minimum level in a competency, a minimum maturity index, a
-- completed learning path, or evidence from practice (a pilot team, mentoring someone).
CREATE TABLE stage_requirement (
    id             INTEGER PRIMARY KEY,
    stage_id       INTEGER NOT NULL REFERENCES ladder_stage(id) ON DELETE CASCADE,
    kind           TEXT    NOT NULL CHECK (kind IN
                       ('competency', 'maturity', 'learningPath', 'pilotTeam', 'mentoring')),
    competency_id  INTEGER REFERENCES competency(id),
    min_level      INTEGER CHECK (min_level BETWEEN 1 AND 3),
    min_maturity   REAL    CHECK (min_maturity BETWEEN 1 AND 3),
    path_id        INTEGER REFERENCES learning_path(id),
    CHECK (kind <> 'competency' OR (competency_id IS NOT NULL AND min_level IS NOT NULL)),
    CHECK (kind <> 'maturity' OR min_maturity IS NOT NULL),
    CHECK (kind <> 'learningPath' OR path_id IS NOT NULL)
);
-- Removing or retiring a competency looks up the requirements that name it.
CREATE INDEX stage_requirement_competency ON stage_requirement(competency_id);
-- One requirement of a kind per stage, and a competency or a path at most once in it (the
-- program refuses a second one as taken first; this keeps the file consistent regardless).
-- It also serves the look-up of a stage's requirements.
CREATE UNIQUE INDEX stage_requirement_once
    ON stage_requirement(stage_id, kind, ifnull(competency_id, 0), ifnull(path_id, 0));

-- The stage a person holds from a day on; stage NULL: none yet (back below stage 1).
CREATE TABLE employee_stage (
    id           INTEGER PRIMARY KEY,
    employee_id  INTEGER NOT NULL REFERENCES employee(id) ON DELETE CASCADE,
    stage_id     INTEGER REFERENCES ladder_stage(id),
    since        TEXT    NOT NULL
);
CREATE INDEX employee_stage_employee ON employee_stage(employee_id, since, id);
-- Deleting a stage checks whether anyone holds or held it.
CREATE INDEX employee_stage_stage ON employee_stage(stage_id);
