-- SalesDesk schema version 6: reps belong to the team module, with the profile the team needs
-- (role, manager, team in a tree of teams with leads, region, contact, hire date, level, the day
-- they left); exchange rates to the book's home currency; and the book's settings under one
-- naming ("module.setting"), so that every machine and the command line read the same values.

CREATE TABLE teams (
    id        INTEGER PRIMARY KEY,
    name      TEXT NOT NULL UNIQUE CHECK (name <> ''),
    parent_id INTEGER REFERENCES teams (id),
    lead_id   INTEGER REFERENCES reps (id)
);

-- Version 3 kept a rep's team as free text: each distinct name becomes a team.
INSERT INTO teams (name)
SELECT DISTINCT trim(team) FROM reps WHERE trim(coalesce(team, '')) <> '' ORDER BY trim(team);

ALTER TABLE reps ADD COLUMN team_id INTEGER REFERENCES teams (id);
UPDATE reps SET team_id = (SELECT t.id FROM teams t WHERE t.name = trim(reps.team))
 WHERE trim(coalesce(team, '')) <> '';
ALTER TABLE reps DROP COLUMN team;
ALTER TABLE reps ADD COLUMN role TEXT NOT NULL DEFAULT 'rep'
    CHECK (role IN ('rep', 'team_lead', 'manager'));
ALTER TABLE reps ADD COLUMN manager_id INTEGER REFERENCES reps (id);
ALTER TABLE reps ADD COLUMN region TEXT;
ALTER TABLE reps ADD COLUMN email TEXT;
ALTER TABLE reps ADD COLUMN phone TEXT;
ALTER TABLE reps ADD COLUMN hired_on TEXT;
ALTER TABLE reps ADD COLUMN level TEXT;
ALTER TABLE reps ADD COLUMN left_on TEXT;
CREATE INDEX reps_team ON reps (team_id);

-- How many units of the home currency one unit of `currency` is worth from `valid_from` on,
-- in billionths (7.10 CNY per USD is 7100000000), so rates are exact integers.
CREATE TABLE exchange_rates (
    currency   TEXT NOT NULL CHECK (length(currency) = 3),
    valid_from TEXT NOT NULL,
    rate_nano  BIGINT NOT NULL CHECK (rate_nano > 0),
    PRIMARY KEY (currency, valid_from)
);

-- The settings' new names.
UPDATE book_properties SET key = 'company.name' WHERE key = 'company_name';
UPDATE book_properties SET key = 'company.currency' WHERE key = 'currency';
UPDATE book_properties SET key = 'segments.look_back_months'
 WHERE key = 'segment_lookback_months';
UPDATE book_properties SET key = 'segments.high_value_share_percent'
 WHERE key = 'segment_high_value_share_pct';
UPDATE book_properties SET key = 'segments.high_value_min_won_deals'
 WHERE key = 'segment_high_value_min_won';
UPDATE book_properties SET key = 'segments.new_customer_days'
 WHERE key = 'segment_new_customer_days';
UPDATE book_properties SET key = 'segments.at_risk_factor_percent'
 WHERE key = 'segment_at_risk_factor_pct';
UPDATE book_properties SET key = 'cadence.high_value_days' WHERE key = 'cadence_high_value_days';
UPDATE book_properties SET key = 'cadence.potential_days' WHERE key = 'cadence_potential_days';
UPDATE book_properties SET key = 'cadence.general_days' WHERE key = 'cadence_general_days';
