-- SalesDesk schema version 4: customer segments (high-value / potential / general), their
-- manual overrides, the history of every change of segment, per-customer contact cadences, and
-- customer feedback with satisfaction scores.

ALTER TABLE customers ADD COLUMN segment_override TEXT
    CHECK (segment_override IN ('high_value', 'potential', 'general'));
ALTER TABLE customers ADD COLUMN segment_override_reason TEXT;
-- Days between contacts for this customer; NULL follows its segment's cadence.
ALTER TABLE customers ADD COLUMN contact_every_days INTEGER CHECK (contact_every_days > 0);

-- Follow-ups look up each customer's last done activity.
CREATE INDEX activities_customer ON activities (customer_id, done, done_at);

-- The segment as last computed (or overridden), one row per customer.
CREATE TABLE customer_segments (
    customer_id INTEGER PRIMARY KEY REFERENCES customers (id) ON DELETE CASCADE,
    segment     TEXT NOT NULL CHECK (segment IN ('high_value', 'potential', 'general')),
    at_risk     INTEGER NOT NULL DEFAULT 0 CHECK (at_risk IN (0, 1)),
    computed_on TEXT NOT NULL
);

-- One row each time a customer's segment changes.
CREATE TABLE customer_segment_history (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    segment     TEXT NOT NULL CHECK (segment IN ('high_value', 'potential', 'general')),
    changed_on  TEXT NOT NULL,
    manual      INTEGER NOT NULL DEFAULT 0 CHECK (manual IN (0, 1)),
    reason      TEXT
);
CREATE INDEX customer_segment_history_customer ON customer_segment_history (customer_id, changed_on);

-- 客户反馈: what a customer said, how satisfied (1–5), how likely to recommend (0–10).
CREATE TABLE feedback (
    id             INTEGER PRIMARY KEY,
    customer_id    INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    received_on    TEXT NOT NULL,
    contact        TEXT,
    channel        TEXT CHECK (channel IN ('call', 'visit', 'email', 'wechat', 'survey', 'other')),
    category       TEXT NOT NULL CHECK (category IN ('product', 'service', 'price', 'delivery',
                                                     'other')),
    satisfaction   INTEGER NOT NULL CHECK (satisfaction BETWEEN 1 AND 5),
    nps            INTEGER CHECK (nps BETWEEN 0 AND 10),
    text           TEXT,
    action         TEXT,
    action_owner_id INTEGER REFERENCES reps (id),
    action_status  TEXT CHECK (action_status IN ('open', 'done')),
    created_at     TEXT NOT NULL
);
CREATE INDEX feedback_received ON feedback (received_on);
CREATE INDEX feedback_customer ON feedback (customer_id, received_on);
