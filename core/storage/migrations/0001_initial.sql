-- SalesDesk schema version 1: the book, stages, customers, reps, deals and their stage history.
-- Released migrations are append-only: never edit this file, add a new one.

CREATE TABLE book_properties (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE stages (
    id          INTEGER PRIMARY KEY,
    code        TEXT UNIQUE,
    name        TEXT,
    position    INTEGER NOT NULL,
    probability INTEGER NOT NULL CHECK (probability BETWEEN 0 AND 100),
    idle_days   INTEGER NOT NULL CHECK (idle_days >= 0),
    archived    INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    CHECK (code IS NOT NULL OR name IS NOT NULL)
);

INSERT INTO stages (code, position, probability, idle_days) VALUES
    ('lead', 1, 10, 14),
    ('initial_contact', 2, 20, 14),
    ('needs_analysis', 3, 40, 21),
    ('proposal', 4, 60, 21),
    ('negotiation', 5, 80, 30);

CREATE TABLE customers (
    id             INTEGER PRIMARY KEY,
    name           TEXT NOT NULL CHECK (name <> ''),
    contact_person TEXT,
    phone          TEXT,
    email          TEXT,
    created_at     TEXT NOT NULL
);
CREATE INDEX customers_name ON customers (name);

CREATE TABLE reps (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE CHECK (name <> ''),
    active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at TEXT NOT NULL
);

CREATE TABLE deals (
    id               INTEGER PRIMARY KEY,
    title            TEXT NOT NULL CHECK (title <> ''),
    customer_id      INTEGER NOT NULL REFERENCES customers (id),
    owner_id         INTEGER REFERENCES reps (id),
    value_minor      BIGINT NOT NULL CHECK (value_minor >= 0),
    currency         TEXT NOT NULL,
    expected_close   TEXT,
    stage_id         INTEGER NOT NULL REFERENCES stages (id),
    status           TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'won', 'lost')),
    probability      INTEGER CHECK (probability BETWEEN 0 AND 100),
    source           TEXT,
    product          TEXT,
    competitor       TEXT,
    next_step        TEXT,
    next_step_date   TEXT,
    notes            TEXT,
    lost_reason      TEXT,
    stage_entered_at TEXT NOT NULL,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    closed_at        TEXT
);
CREATE INDEX deals_stage ON deals (status, stage_id);
CREATE INDEX deals_customer ON deals (customer_id);
CREATE INDEX deals_owner ON deals (owner_id);
CREATE INDEX deals_created ON deals (created_at);

-- One row each time a deal enters a stage or ends won/lost; a stay lasts until the next row.
CREATE TABLE deal_stage_history (
    id         INTEGER PRIMARY KEY,
    deal_id    INTEGER NOT NULL REFERENCES deals (id) ON DELETE CASCADE,
    stage_id   INTEGER NOT NULL REFERENCES stages (id),
    status     TEXT NOT NULL CHECK (status IN ('open', 'won', 'lost')),
    entered_at TEXT NOT NULL
);
CREATE INDEX deal_stage_history_deal ON deal_stage_history (deal_id, entered_at);
