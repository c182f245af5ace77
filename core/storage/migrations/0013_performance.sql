-- SalesDesk schema version 13: performance evaluation (销售绩效评估). The scorecard templates
-- the owner edits (each kept as the JSON `salesdesk evaluate --template FILE` reads), the
-- qualitative ratings of a rep for a period, evaluations finalised as they were (reopening
-- keeps the old one, with when and why), and improvement measures.

CREATE TABLE evaluation_templates (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    body       TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX evaluation_templates_name ON evaluation_templates (lower(name));

CREATE TABLE evaluation_ratings (
    period    TEXT NOT NULL,
    rep_id    INTEGER NOT NULL REFERENCES reps (id),
    criterion TEXT NOT NULL,
    rating    INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
    comment   TEXT NOT NULL DEFAULT '',
    rated_at  TEXT NOT NULL,
    PRIMARY KEY (period, rep_id, criterion)
);

CREATE TABLE evaluations (
    id            INTEGER PRIMARY KEY,
    period        TEXT NOT NULL,
    rep_id        INTEGER NOT NULL REFERENCES reps (id),
    template      TEXT NOT NULL,
    scorecard     TEXT NOT NULL,
    finalized_at  TEXT NOT NULL,
    reopened_at   TEXT,
    reopen_reason TEXT
);
CREATE UNIQUE INDEX evaluations_final ON evaluations (period, rep_id) WHERE reopened_at IS NULL;

CREATE TABLE improvement_measures (
    id          INTEGER PRIMARY KEY,
    title       TEXT NOT NULL,
    scope_kind  TEXT NOT NULL CHECK (scope_kind IN ('company', 'team', 'rep')),
    rep_id      INTEGER REFERENCES reps (id),
    team_id     INTEGER REFERENCES teams (id),
    kpi         TEXT NOT NULL,
    kind        TEXT NOT NULL
        CHECK (kind IN ('training', 'incentive', 'process', 'coaching', 'other')),
    training_id INTEGER REFERENCES training_programs (id),
    owner_id    INTEGER REFERENCES reps (id),
    starts_on   TEXT NOT NULL,
    due_on      TEXT NOT NULL,
    status      TEXT NOT NULL CHECK (status IN ('planned', 'running', 'done', 'dropped')),
    notes       TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL
);
