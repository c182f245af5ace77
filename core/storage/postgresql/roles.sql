-- Who is who in a team book (PostgreSQL only, run after every migration: it only makes what is
-- missing and replaces the rules). Each person is a role of the server, listed in book_users
-- with what they are in the book; the rules below let the server itself decide which rows
-- they may see and change, whatever program they connect with:
--   owner    everything;
--   manager  the deals, customers and activities of the reps of their team (and their own),
--            and the targets;
--   rep      their own deals, customers and activities; their own targets, read only.
-- A role the book does not list sees nothing (the book's maker owns the tables and is not
-- bound by the rules at all).

CREATE TABLE IF NOT EXISTS book_users (
    role_name TEXT PRIMARY KEY,
    kind      TEXT NOT NULL CHECK (kind IN ('owner', 'manager', 'rep')),
    rep_id    BIGINT REFERENCES reps (id)
);

-- What the connected person is in the book: owner, manager, rep, or none.
CREATE OR REPLACE FUNCTION salesdesk_user_kind() RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
    SELECT coalesce((SELECT kind FROM book_users WHERE role_name = session_user), 'none')
$$;

-- Whether the connected person may see and change the work of rep `rep` (NULL: nobody's,
-- which only owners see).
CREATE OR REPLACE FUNCTION salesdesk_sees_rep(rep bigint) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
    SELECT coalesce((
        SELECT CASE u.kind
                   WHEN 'owner' THEN true
                   WHEN 'rep' THEN rep = u.rep_id
                   WHEN 'manager' THEN rep = u.rep_id OR rep IN (
                       SELECT r.id FROM reps r
                       WHERE r.team_id IN (SELECT t.id FROM teams t WHERE t.lead_id = u.rep_id)
                          OR r.team_id = (SELECT m.team_id FROM reps m WHERE m.id = u.rep_id))
                   ELSE false
               END
        FROM book_users u WHERE u.role_name = session_user), false)
$$;

-- A customer nobody owns and nobody sells to yet (one just added): everyone in the book sees it.
CREATE OR REPLACE FUNCTION salesdesk_unclaimed_customer(customer bigint) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
    SELECT NOT EXISTS (SELECT 1 FROM customers c WHERE c.id = customer AND c.owner_id IS NOT NULL)
       AND NOT EXISTS (SELECT 1 FROM deals d WHERE d.customer_id = customer)
$$;

-- The rule of one table: `visible` says which rows (the same for reading and writing).
CREATE OR REPLACE FUNCTION salesdesk_rule(tab text, visible text) RETURNS void
    LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', tab);
    EXECUTE format('DROP POLICY IF EXISTS salesdesk_rows ON %I', tab);
    EXECUTE format('CREATE POLICY salesdesk_rows ON %I USING (%s)', tab, visible);
END
$$;

SELECT salesdesk_rule('deals', 'salesdesk_sees_rep(owner_id)');
SELECT salesdesk_rule('customers',
    'salesdesk_sees_rep(owner_id) '
    'OR EXISTS (SELECT 1 FROM deals d WHERE d.customer_id = customers.id) '
    'OR (salesdesk_user_kind() <> ''none'' AND salesdesk_unclaimed_customer(customers.id))');
SELECT salesdesk_rule('activities',
    'salesdesk_sees_rep(rep_id) OR EXISTS (SELECT 1 FROM deals d WHERE d.id = activities.deal_id)');
SELECT salesdesk_rule(t, 'EXISTS (SELECT 1 FROM deals d WHERE d.id = deal_id)')
FROM unnest(ARRAY['deal_stage_history', 'deal_events', 'deal_competitors', 'deal_credit_splits',
                  'deal_reversals']) AS t;
SELECT salesdesk_rule(t, 'EXISTS (SELECT 1 FROM customers c WHERE c.id = customer_id)')
FROM unnest(ARRAY['contacts', 'customer_dates', 'feedback', 'customer_segments',
                  'customer_segment_history']) AS t;
SELECT salesdesk_rule('targets',
    'salesdesk_user_kind() IN (''owner'', ''manager'') '
    'OR (scope_kind = ''rep'' AND salesdesk_sees_rep(scope_rep_id))');
SELECT salesdesk_rule(t, 'EXISTS (SELECT 1 FROM targets g WHERE g.id = target_id)')
FROM unnest(ARRAY['target_revisions', 'target_actuals']) AS t;
-- The book's settings are everyone's to read and the owners' to change; a rep or a manager
-- adding a customer writes only the highest customer id given (CustomerRepository).
SELECT salesdesk_rule('book_properties',
    'salesdesk_user_kind() = ''owner'' OR key = ''last_customer_id''');
DROP POLICY IF EXISTS salesdesk_read ON book_properties;
CREATE POLICY salesdesk_read ON book_properties FOR SELECT USING (true);

-- The rights of each kind, given to a role per book and kind ("<database>_rep"), which the
-- people are members of.
CREATE OR REPLACE FUNCTION salesdesk_grant(kind text) RETURNS text
    LANGUAGE plpgsql AS $$
DECLARE
    grp text := current_database() || '_' || kind;
    t text;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = grp) THEN
        EXECUTE format('CREATE ROLE %I NOLOGIN', grp);
    END IF;
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), grp);
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', current_schema(), grp);
    EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA %I TO %I', current_schema(), grp);
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO %I', current_schema(),
                   grp);
    FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = current_schema()
    LOOP
        -- Reps change only their own work; what the whole team shares (stages, reps, targets,
        -- plans, settings, the company's figures kept for later) they read.
        IF kind <> 'rep' OR t IN ('deals', 'deal_stage_history', 'deal_events', 'deal_competitors',
                                  'competitors', 'activities', 'customers', 'contacts',
                                  'customer_dates', 'feedback', 'book_properties') THEN
            IF t NOT IN ('book_users', 'schema_version') OR kind = 'owner' THEN
                EXECUTE format('GRANT INSERT, UPDATE, DELETE ON %I TO %I', t, grp);
            END IF;
        END IF;
    END LOOP;
    RETURN grp;
END
$$;

-- A person of the book: a role of the server that may log in (made when missing, with
-- `password` when one is given), a member of the role of their kind, listed in book_users.
-- Run by whoever may make roles (the book's maker, an administrator).
CREATE OR REPLACE FUNCTION salesdesk_add_user(person text, kind text, rep bigint, password text)
    RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    grp text := salesdesk_grant(kind);
    other text;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = person) THEN
        EXECUTE format('CREATE ROLE %I LOGIN', person);
    END IF;
    IF password IS NOT NULL THEN
        EXECUTE format('ALTER ROLE %I PASSWORD %L', person, password);
    END IF;
    -- Someone made a manager is no longer a rep.
    FOR other IN SELECT g.rolname FROM pg_auth_members m
                 JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles p ON p.oid = m.member
                 WHERE p.rolname = person AND g.rolname <> grp
                   AND g.rolname IN (current_database() || '_owner',
                                     current_database() || '_manager', current_database() || '_rep')
    LOOP
        EXECUTE format('REVOKE %I FROM %I', other, person);
    END LOOP;
    EXECUTE format('GRANT %I TO %I', grp, person);
    INSERT INTO book_users (role_name, kind, rep_id) VALUES (person, kind, rep)
        ON CONFLICT (role_name) DO UPDATE SET kind = excluded.kind, rep_id = excluded.rep_id;
END
$$;
