-- SalesDesk schema version 10: the team module's records. Training programs and who took part;
-- incentive plans, versioned (a settled statement keeps the version it was paid under), with
-- their rate tiers, SPIFFs, team pools and the reps they cover; credit splits of deals among
-- reps; commission statements settled as they were paid; won deals reversed (cancelled or
-- refunded); what happened to a deal besides its stages (reassigned, reversed); awards; the
-- career ladder and promotions.
-- Shares, rates and attainments are integers in millionths (1000000 is 100 %), so sums are exact.

CREATE TABLE training_programs (
    id         INTEGER PRIMARY KEY,
    title      TEXT,
    topic      TEXT NOT NULL CHECK (topic IN ('product', 'skills', 'communication', 'other')),
    trainer    TEXT,
    starts_on  TEXT NOT NULL,
    ends_on    TEXT NOT NULL CHECK (ends_on >= starts_on),
    hours      REAL NOT NULL DEFAULT 0 CHECK (hours >= 0),
    cost_minor BIGINT NOT NULL DEFAULT 0 CHECK (cost_minor >= 0),
    notes      TEXT,
    created_at TEXT NOT NULL
);

CREATE TABLE training_participants (
    program_id INTEGER NOT NULL REFERENCES training_programs (id) ON DELETE CASCADE,
    rep_id     INTEGER NOT NULL REFERENCES reps (id),
    attended   INTEGER NOT NULL DEFAULT 1 CHECK (attended IN (0, 1)),
    score      REAL CHECK (score BETWEEN 0 AND 100),
    PRIMARY KEY (program_id, rep_id)
);
CREATE INDEX training_participants_rep ON training_participants (rep_id);

CREATE TABLE commission_plans (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE CHECK (name <> ''),
    created_at TEXT NOT NULL
);

CREATE TABLE commission_plan_versions (
    id            INTEGER PRIMARY KEY,
    plan_id       INTEGER NOT NULL REFERENCES commission_plans (id) ON DELETE CASCADE,
    version       INTEGER NOT NULL CHECK (version > 0),
    mode          TEXT NOT NULL CHECK (mode IN ('marginal', 'flat', 'retroactive')),
    base          TEXT NOT NULL DEFAULT 'revenue' CHECK (base IN ('revenue')),
    -- A fixed quota; NULL takes the rep's revenue target of the period.
    quota_minor   BIGINT CHECK (quota_minor > 0),
    cap_minor     BIGINT CHECK (cap_minor >= 0),
    clawback_days INTEGER NOT NULL DEFAULT 90 CHECK (clawback_days >= 0),
    bonus_minor   BIGINT NOT NULL DEFAULT 0 CHECK (bonus_minor >= 0),
    bonus_from_ppm INTEGER CHECK (bonus_from_ppm >= 0),
    created_at    TEXT NOT NULL,
    UNIQUE (plan_id, version)
);

-- Attainment from which a rate applies; the first tier of a version starts at 0.
CREATE TABLE commission_tiers (
    version_id INTEGER NOT NULL REFERENCES commission_plan_versions (id) ON DELETE CASCADE,
    from_ppm   INTEGER NOT NULL CHECK (from_ppm >= 0),
    rate_ppm   INTEGER NOT NULL CHECK (rate_ppm BETWEEN 0 AND 1000000),
    PRIMARY KEY (version_id, from_ppm)
);

-- A fixed amount per won deal of a product.
CREATE TABLE commission_spiffs (
    version_id   INTEGER NOT NULL REFERENCES commission_plan_versions (id) ON DELETE CASCADE,
    product      TEXT NOT NULL CHECK (product <> ''),
    amount_minor BIGINT NOT NULL CHECK (amount_minor > 0),
    PRIMARY KEY (version_id, product)
);

-- A team's bonus pool, paid when the team reaches `from_ppm` of its revenue target and split
-- among its reps by their share of the team's credited revenue.
CREATE TABLE commission_pools (
    version_id   INTEGER NOT NULL REFERENCES commission_plan_versions (id) ON DELETE CASCADE,
    team_id      INTEGER NOT NULL REFERENCES teams (id),
    amount_minor BIGINT NOT NULL CHECK (amount_minor > 0),
    from_ppm     INTEGER NOT NULL DEFAULT 0 CHECK (from_ppm >= 0),
    PRIMARY KEY (version_id, team_id)
);

-- The plan a rep is paid under (one at a time).
CREATE TABLE commission_plan_reps (
    rep_id  INTEGER PRIMARY KEY REFERENCES reps (id),
    plan_id INTEGER NOT NULL REFERENCES commission_plans (id) ON DELETE CASCADE
);

-- Who is credited with a won deal, when not its owner alone; the shares of a deal add to 100 %.
CREATE TABLE deal_credit_splits (
    deal_id   INTEGER NOT NULL REFERENCES deals (id) ON DELETE CASCADE,
    rep_id    INTEGER NOT NULL REFERENCES reps (id),
    share_ppm INTEGER NOT NULL CHECK (share_ppm > 0 AND share_ppm <= 1000000),
    PRIMARY KEY (deal_id, rep_id)
);
CREATE INDEX deal_credit_splits_rep ON deal_credit_splits (rep_id);

-- A settled statement, stored as it was paid and never computed again. Its lines name deals by
-- id and title without a foreign key: the statement outlives a deal deleted later.
CREATE TABLE commission_statements (
    id               INTEGER PRIMARY KEY,
    rep_id           INTEGER NOT NULL REFERENCES reps (id),
    period           TEXT NOT NULL,
    starts_on        TEXT NOT NULL,
    ends_on          TEXT NOT NULL CHECK (ends_on >= starts_on),
    plan_version_id  INTEGER NOT NULL REFERENCES commission_plan_versions (id),
    currency         TEXT NOT NULL,
    quota_minor      BIGINT,
    credited_minor   BIGINT NOT NULL,
    commission_minor BIGINT NOT NULL,
    clawback_minor   BIGINT NOT NULL,
    payout_minor     BIGINT NOT NULL,
    settled_at       TEXT NOT NULL,
    UNIQUE (rep_id, period)
);

CREATE TABLE commission_lines (
    statement_id     INTEGER NOT NULL REFERENCES commission_statements (id) ON DELETE CASCADE,
    position         INTEGER NOT NULL,
    kind             TEXT NOT NULL CHECK (kind IN ('deal', 'true_up', 'spiff', 'bonus', 'pool',
                                                   'cap', 'clawback')),
    deal_id          INTEGER,
    title            TEXT NOT NULL,
    closed_on        TEXT,
    credited_minor   BIGINT NOT NULL DEFAULT 0,
    tier             INTEGER,
    rate_ppm         INTEGER,
    commission_minor BIGINT NOT NULL,
    -- A deal line's slices, one per tier it crosses: "tier:credited_minor:rate_ppm;…".
    slices           TEXT,
    note             TEXT,
    PRIMARY KEY (statement_id, position)
);
CREATE INDEX commission_lines_deal ON commission_lines (deal_id) WHERE deal_id IS NOT NULL;

-- A won deal cancelled or refunded: the deal is lost from `reversed_on`, and this keeps when it
-- had been won.
CREATE TABLE deal_reversals (
    deal_id     INTEGER PRIMARY KEY REFERENCES deals (id) ON DELETE CASCADE,
    won_at      TEXT NOT NULL,
    reversed_on TEXT NOT NULL,
    reason      TEXT NOT NULL CHECK (reason <> ''),
    created_at  TEXT NOT NULL
);
-- The reason a reversed deal is lost for: archived, so that it is not offered for a deal lost
-- the ordinary way, yet named wherever lost reasons are counted.
INSERT INTO lost_reasons (code, position, archived)
SELECT 'reversed', coalesce(max(position), 0) + 1, 1 FROM lost_reasons;

-- What happened to a deal besides its stages: handed to another rep, reversed after the win.
CREATE TABLE deal_events (
    id          INTEGER PRIMARY KEY,
    deal_id     INTEGER NOT NULL REFERENCES deals (id) ON DELETE CASCADE,
    at          TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('reassigned', 'reversed')),
    from_rep_id INTEGER REFERENCES reps (id),
    to_rep_id   INTEGER REFERENCES reps (id),
    note        TEXT
);
CREATE INDEX deal_events_deal ON deal_events (deal_id, at);

CREATE TABLE rep_awards (
    id         INTEGER PRIMARY KEY,
    rep_id     INTEGER NOT NULL REFERENCES reps (id),
    title      TEXT NOT NULL CHECK (title <> ''),
    awarded_on TEXT NOT NULL,
    reason     TEXT
);
CREATE INDEX rep_awards_rep ON rep_awards (rep_id);

-- The ladder, lowest first, with what a rep needs to be considered for it.
CREATE TABLE career_levels (
    id                 INTEGER PRIMARY KEY,
    name               TEXT NOT NULL UNIQUE CHECK (name <> ''),
    position           INTEGER NOT NULL,
    min_tenure_months  INTEGER NOT NULL DEFAULT 0 CHECK (min_tenure_months >= 0),
    min_attainment_ppm INTEGER CHECK (min_attainment_ppm >= 0),
    criteria           TEXT
);

CREATE TABLE rep_promotions (
    id          INTEGER PRIMARY KEY,
    rep_id      INTEGER NOT NULL REFERENCES reps (id),
    from_level  TEXT,
    to_level    TEXT NOT NULL CHECK (to_level <> ''),
    promoted_on TEXT NOT NULL,
    reason      TEXT
);
CREATE INDEX rep_promotions_rep ON rep_promotions (rep_id, promoted_on);
