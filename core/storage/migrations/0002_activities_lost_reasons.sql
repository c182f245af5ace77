-- SalesDesk schema version 2: an editable list of lost reasons, after-sales service status,
-- and sales activities.

CREATE TABLE lost_reasons (
    id       INTEGER PRIMARY KEY,
    code     TEXT UNIQUE,
    name     TEXT,
    position INTEGER NOT NULL,
    archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    CHECK (code IS NOT NULL OR name IS NOT NULL)
);
INSERT INTO lost_reasons (code, position) VALUES
    ('price', 1), ('competitor', 2), ('no_budget', 3), ('no_decision', 4), ('timing', 5),
    ('other', 6);

ALTER TABLE deals ADD COLUMN lost_reason_id INTEGER REFERENCES lost_reasons (id);
ALTER TABLE deals ADD COLUMN lost_note TEXT;
ALTER TABLE deals ADD COLUMN service_status TEXT
    CHECK (service_status IN ('onboarding', 'active', 'issue', 'renewal_due'));

-- Version 1 kept the lost reason as free text: keep the words as the note, reason "other".
UPDATE deals
   SET lost_reason_id = (SELECT id FROM lost_reasons WHERE code = 'other'),
       lost_note = lost_reason
 WHERE status = 'lost';
UPDATE deals SET service_status = 'onboarding' WHERE status = 'won';
ALTER TABLE deals DROP COLUMN lost_reason;

CREATE TABLE activities (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('call', 'meeting', 'visit', 'email', 'demo', 'task')),
    subject     TEXT NOT NULL CHECK (subject <> ''),
    due_at      TEXT NOT NULL,
    done        INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
    done_at     TEXT,
    outcome     TEXT,
    deal_id     INTEGER REFERENCES deals (id) ON DELETE SET NULL,
    customer_id INTEGER REFERENCES customers (id),
    rep_id      INTEGER REFERENCES reps (id),
    created_at  TEXT NOT NULL
);
CREATE INDEX activities_due ON activities (done, due_at);
CREATE INDEX activities_deal ON activities (deal_id);
