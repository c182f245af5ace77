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

-- A day as SQLite's date(day, modifier) gives it, for the modifiers the repositories use:
-- 'localtime' (the day of an instant in the session's time zone, which SalesDesk sets to the
-- computer's) and '+N days' / '-N days'.
CREATE FUNCTION date(text, text) RETURNS text
    LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE AS $$
BEGIN
    IF $2 = 'localtime' THEN
        RETURN to_char($1::timestamptz, 'YYYY-MM-DD');
    END IF;
    IF $2 ~ '^[-+]?[0-9]+ days?$' THEN
        RETURN to_char(substr($1, 1, 10)::date + split_part($2, ' ', 1)::integer, 'YYYY-MM-DD');
    END IF;
    RAISE EXCEPTION 'date(): modifier % is not one SalesDesk uses', $2;
END
$$;

-- SQLite adds up true comparisons as ones: SUM(status = 'open'). NULLs count for nothing, and
-- no rows at all make NULL, as there.
CREATE FUNCTION salesdesk_add_true(bigint, boolean) RETURNS bigint
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN CASE WHEN $2 IS NULL THEN $1 ELSE coalesce($1, 0) + CASE WHEN $2 THEN 1 ELSE 0 END END;
CREATE AGGREGATE sum(boolean) (SFUNC = salesdesk_add_true, STYPE = bigint);

-- The schema's version (SQLite keeps it in the file's header, PRAGMA user_version).
CREATE TABLE schema_version (
    version BIGINT NOT NULL
);
INSERT INTO schema_version (version) VALUES (0);

-- Live updates: a statement that changes a table tells every listening SalesDesk, at its
-- commit, which table and which connection (the notifying one ignores its own), through
-- LISTEN salesdesk_changes. Notifications of one transaction with the same text come once.
CREATE FUNCTION salesdesk_notify() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('salesdesk_changes', TG_TABLE_NAME || ' ' || pg_backend_pid());
    RETURN NULL;
END
$$;

-- Puts the trigger on every table of the book (run after each migration, which may add tables).
CREATE FUNCTION salesdesk_watch_tables() RETURNS void
    LANGUAGE plpgsql AS $$
DECLARE
    t text;
BEGIN
    FOR t IN SELECT tablename FROM pg_tables
             WHERE schemaname = current_schema() AND tablename <> 'schema_version'
    LOOP
        EXECUTE format('CREATE OR REPLACE TRIGGER salesdesk_changes AFTER INSERT OR UPDATE OR '
                       'DELETE OR TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION '
                       'salesdesk_notify()', t);
    END LOOP;
END
$$;
