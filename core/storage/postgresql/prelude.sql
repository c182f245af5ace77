-- On PostgreSQL only, before the first migration: the functions SQLite has (or SalesDesk gives
-- it) and PostgreSQL lacks, under the same names and with the same answers, so the
-- repositories' SQL runs unchanged on both engines.

-- Days since noon of 24 November 4714 BC, as SQLite counts them: only differences of two are
-- used (days a deal spent in a stage).
CREATE FUNCTION julianday(text) RETURNS double precision
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN (extract(epoch FROM $1::timestamp) / 86400 + 2440587.5)::double precision;

-- `needle` in `text`, ignoring case; every text holds the empty needle, no needle is in NULL
-- (the SQLite function is in sqlfunctions.cpp).
CREATE FUNCTION contains_text(text, text) RETURNS boolean
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN coalesce($2 = '' OR strpos(lower($1), lower($2)) > 0, false);

-- The schema's version (SQLite keeps it in the file's header, PRAGMA user_version).
CREATE TABLE schema_version (
    version BIGINT NOT NULL
);
INSERT INTO schema_version (version) VALUES (0);
