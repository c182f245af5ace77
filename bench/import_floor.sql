-- What SQLite alone needs to move the rows of a deals export into a book's tables: the rows as
-- `sqlite3 .import` left them in plain.deals (attached), written with plain SQL into an empty
-- book, with the book's indexes, foreign keys and stage history, as `salesdesk import deals`
-- writes them. Nothing is parsed or checked here, so an importer cannot be faster than this.
-- scripts/bench prints its time beside the import's and .import's.
PRAGMA foreign_keys = ON;
PRAGMA synchronous = FULL;
BEGIN;
-- A rep for every owner and a customer for every name the deals give.
INSERT INTO reps (name, created_at)
SELECT DISTINCT Owner, strftime('%Y-%m-%dT%H:%M:%SZ', 'now') FROM plain.deals WHERE Owner <> '';
INSERT INTO customers (name, created_at)
SELECT DISTINCT Customer, strftime('%Y-%m-%dT%H:%M:%SZ', 'now') FROM plain.deals;
CREATE TEMP TABLE customer_ids AS SELECT id, name FROM customers;
CREATE INDEX temp.customer_ids_name ON customer_ids (name);
-- The deals, customer and owner looked up by name, a lost deal's reason kept as a note. The stage is the first open stage: looking
-- it up by its shown name would cost the same per row.
INSERT INTO deals (id, title, customer_id, owner_id, value_minor, currency, expected_close,
                   stage_id, status, probability, source, product, next_step, notes,
                   stage_entered_at, created_at, updated_at, closed_at, lost_reason_id, lost_note)
SELECT d.rowid, d.Title,
       (SELECT c.id FROM customer_ids c WHERE c.name = d.Customer),
       (SELECT r.id FROM reps r WHERE r.name = d.Owner),
       CAST(round(d.Value * 100) AS INTEGER), d.Currency, NULLIF(d."Expected close", ''),
       (SELECT s.id FROM stages s ORDER BY s.position LIMIT 1), d.Status,
       NULLIF(d.Probability, ''), NULLIF(d."Deal source", ''), NULLIF(d.Product, ''),
       NULLIF(d."Next step", ''), NULLIF(d.Notes, ''),
       COALESCE(NULLIF(d."Closed at", ''), d."Created at"), d."Created at",
       COALESCE(NULLIF(d."Closed at", ''), d."Created at"), NULLIF(d."Closed at", ''),
       CASE d.Status WHEN 'lost' THEN (SELECT l.id FROM lost_reasons l WHERE l.code = 'other') END,
       NULLIF(d."Lost reason", '')
FROM plain.deals d;
-- The competitors the deals name, and the links (a cell naming several is taken as one name:
-- splitting it would cost the same per row).
INSERT INTO competitors (name, created_at)
SELECT DISTINCT Competitor, strftime('%Y-%m-%dT%H:%M:%SZ', 'now') FROM plain.deals
WHERE Competitor <> '';
INSERT INTO deal_competitors (deal_id, competitor_id)
SELECT d.rowid, c.id FROM plain.deals d JOIN competitors c ON c.name = d.Competitor;
-- Stage history: every deal entered its stage when created; a closed deal closed later.
INSERT INTO deal_stage_history (deal_id, stage_id, status, entered_at)
SELECT id, stage_id, 'open', created_at FROM deals;
INSERT INTO deal_stage_history (deal_id, stage_id, status, entered_at)
SELECT id, stage_id, status, closed_at FROM deals WHERE status <> 'open';
COMMIT;
