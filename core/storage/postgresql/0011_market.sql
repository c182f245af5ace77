-- PostgreSQL's reading of migrations/0011_market.sql (which it replaces there): the same
-- tables, with the one statement SQLite and PostgreSQL cannot share spelt for PostgreSQL.
-- SalesDesk schema version 11: the market. Competitors, named by deals (the free-text
-- `competitor` of a deal becomes a link to a competitor of that name, names matched without
-- regard to case); the size of the market per year or quarter, optionally of a segment, with
-- its source, and competitors' estimated shares of it; the environment notebook (political,
-- economic, legal, social and technological factors, and customers, competitors, suppliers and
-- intermediaries) and the owner's own SWOT points.
-- Shares are integers in millionths (1000000 is 100 %).

CREATE TABLE competitors (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL CHECK (trim(name) <> ''),
    products    TEXT,
    prices      TEXT,
    positioning TEXT,
    strategy    TEXT,
    strengths   TEXT,
    weaknesses  TEXT,
    threat      TEXT NOT NULL DEFAULT 'medium' CHECK (threat IN ('low', 'medium', 'high')),
    notes       TEXT,
    created_at  TEXT NOT NULL
);
CREATE UNIQUE INDEX competitors_name ON competitors (lower(name));

CREATE TABLE deal_competitors (
    deal_id       INTEGER NOT NULL REFERENCES deals (id) ON DELETE CASCADE,
    competitor_id INTEGER NOT NULL REFERENCES competitors (id) ON DELETE CASCADE,
    PRIMARY KEY (deal_id, competitor_id)
) WITHOUT ROWID;
CREATE INDEX deal_competitors_competitor ON deal_competitors (competitor_id);

-- Each name once, spelt as on the first deal that named it (DISTINCT ON where SQLite reads the
-- bare column of min()).
INSERT INTO competitors (name, created_at)
SELECT name, created_at
FROM (SELECT DISTINCT ON (lower(trim(competitor))) trim(competitor) AS name, created_at
      FROM deals
      WHERE trim(coalesce(competitor, '')) <> ''
      ORDER BY lower(trim(competitor)), created_at) AS first_named
ORDER BY created_at, lower(name);

INSERT INTO deal_competitors (deal_id, competitor_id)
SELECT d.id, c.id
FROM deals d
JOIN competitors c ON lower(c.name) = lower(trim(d.competitor))
WHERE trim(coalesce(d.competitor, '')) <> '';

ALTER TABLE deals DROP COLUMN competitor;

CREATE TABLE market_sizes (
    id          INTEGER PRIMARY KEY,
    period      TEXT NOT NULL,
    segment     TEXT NOT NULL DEFAULT '',
    value_minor BIGINT NOT NULL CHECK (value_minor > 0),
    source      TEXT NOT NULL CHECK (trim(source) <> ''),
    created_at  TEXT NOT NULL,
    UNIQUE (period, segment)
);

CREATE TABLE competitor_shares (
    competitor_id INTEGER NOT NULL REFERENCES competitors (id) ON DELETE CASCADE,
    period        TEXT NOT NULL,
    segment       TEXT NOT NULL DEFAULT '',
    share_ppm     INTEGER NOT NULL CHECK (share_ppm BETWEEN 0 AND 1000000),
    source        TEXT,
    PRIMARY KEY (competitor_id, period, segment)
);

CREATE TABLE environment_factors (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('political', 'economic', 'legal', 'social',
                                              'technological', 'customers', 'competitors',
                                              'suppliers', 'intermediaries')),
    title       TEXT NOT NULL CHECK (trim(title) <> ''),
    description TEXT,
    impact      INTEGER NOT NULL CHECK (impact BETWEEN -2 AND 2),
    likelihood  INTEGER NOT NULL CHECK (likelihood BETWEEN 0 AND 100),
    horizon     TEXT NOT NULL DEFAULT 'medium' CHECK (horizon IN ('short', 'medium', 'long')),
    source      TEXT,
    noted_on    TEXT NOT NULL,
    review_on   TEXT,
    created_at  TEXT NOT NULL
);

CREATE TABLE swot_points (
    id         INTEGER PRIMARY KEY,
    kind       TEXT NOT NULL CHECK (kind IN ('strength', 'weakness', 'opportunity', 'threat')),
    text       TEXT NOT NULL CHECK (trim(text) <> ''),
    position   INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);
