-- SalesDesk schema version 3: sales targets, their decomposition and their revision history.
-- Target values are integers in the metric's unit: minor units of money (revenue, average
-- deal), counts (won deals, new customers, activities, hand-entered metrics) or parts per
-- million (win rate).

ALTER TABLE reps ADD COLUMN team TEXT;

CREATE TABLE objectives (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE CHECK (name <> '')
);

CREATE TABLE targets (
    id             INTEGER PRIMARY KEY,
    parent_id      INTEGER REFERENCES targets (id) ON DELETE CASCADE,
    name           TEXT NOT NULL CHECK (name <> ''),
    metric         TEXT NOT NULL CHECK (metric IN ('revenue', 'won_deals', 'new_customers',
                                                   'activities', 'avg_deal', 'win_rate',
                                                   'manual')),
    unit           TEXT,
    scope_kind     TEXT NOT NULL CHECK (scope_kind IN ('company', 'team', 'rep', 'product')),
    scope_rep_id   INTEGER REFERENCES reps (id),
    scope_text     TEXT,
    period         TEXT NOT NULL,
    starts_on      TEXT NOT NULL,
    ends_on        TEXT NOT NULL CHECK (ends_on >= starts_on),
    value          BIGINT NOT NULL CHECK (value >= 0),
    original_value BIGINT NOT NULL CHECK (original_value >= 0),
    description    TEXT,
    objective_id   INTEGER REFERENCES objectives (id),
    locked         INTEGER NOT NULL DEFAULT 0 CHECK (locked IN (0, 1)),
    split_method   TEXT,
    position       INTEGER NOT NULL DEFAULT 0,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
CREATE INDEX targets_parent ON targets (parent_id, position);
CREATE INDEX targets_period ON targets (period);

CREATE TABLE target_revisions (
    id         INTEGER PRIMARY KEY,
    target_id  INTEGER NOT NULL REFERENCES targets (id) ON DELETE CASCADE,
    revised_at TEXT NOT NULL,
    old_value  BIGINT NOT NULL,
    new_value  BIGINT NOT NULL,
    reason     TEXT NOT NULL CHECK (reason <> '')
);
CREATE INDEX target_revisions_target ON target_revisions (target_id, revised_at);

-- Targets measure won and lost deals by closing date and the open pipeline by expected close.
CREATE INDEX deals_closed ON deals (status, closed_at);
CREATE INDEX deals_expected_close ON deals (status, expected_close);

-- Hand-entered actuals for metrics the book cannot compute: the latest entry up to a date counts.
CREATE TABLE target_actuals (
    target_id INTEGER NOT NULL REFERENCES targets (id) ON DELETE CASCADE,
    as_of     TEXT NOT NULL,
    value     BIGINT NOT NULL,
    PRIMARY KEY (target_id, as_of)
);
