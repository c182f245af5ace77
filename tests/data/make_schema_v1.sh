#!/usr/bin/env bash
# Rebuilds schema_v1.salesdesk: a book as SalesDesk schema version 1 wrote it, with one open,
# one won and one lost deal. Kept for the upgrade test; run only if the fixture is lost.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out=$here/schema_v1.salesdesk
rm -f "$out"
sqlite3 "$out" <<SQL
PRAGMA application_id = 1396992817; -- 0x53446B31, "SDk1"
BEGIN;
$(cat "$here/../../core/storage/migrations/0001_initial.sql")
INSERT INTO book_properties (key, value) VALUES
    ('company_name', 'Version One Trading'), ('currency', 'CNY'),
    ('created_at', '2025-01-02T08:00:00Z');
INSERT INTO customers (id, name, contact_person, phone, email, created_at) VALUES
    (1, 'Hangzhou Old Customer Co.', 'Wang Wei', '138 0000 0001', 'wang@example.cn',
     '2025-01-02T08:00:00Z');
INSERT INTO reps (id, name, active, created_at) VALUES (1, 'Li Na', 1, '2025-01-02T08:00:00Z');
INSERT INTO deals (id, title, customer_id, owner_id, value_minor, currency, expected_close,
                   stage_id, status, stage_entered_at, created_at, updated_at, closed_at,
                   lost_reason) VALUES
    (1, 'Open deal', 1, 1, 1000000, 'CNY', '2025-03-01', 2, 'open',
     '2025-01-10T09:00:00Z', '2025-01-05T09:00:00Z', '2025-01-10T09:00:00Z', NULL, NULL),
    (2, 'Won deal', 1, 1, 2500000, 'CNY', '2025-02-01', 5, 'won',
     '2025-02-01T09:00:00Z', '2025-01-06T09:00:00Z', '2025-02-01T09:00:00Z',
     '2025-02-01T09:00:00Z', NULL),
    (3, 'Lost deal', 1, 1, 500000, 'CNY', '2025-02-15', 3, 'lost',
     '2025-02-10T09:00:00Z', '2025-01-07T09:00:00Z', '2025-02-10T09:00:00Z',
     '2025-02-10T09:00:00Z', 'Went with a cheaper offer');
INSERT INTO deal_stage_history (deal_id, stage_id, status, entered_at) VALUES
    (1, 1, 'open', '2025-01-05T09:00:00Z'), (1, 2, 'open', '2025-01-10T09:00:00Z'),
    (2, 1, 'open', '2025-01-06T09:00:00Z'), (2, 5, 'open', '2025-01-20T09:00:00Z'),
    (2, 5, 'won', '2025-02-01T09:00:00Z'),
    (3, 1, 'open', '2025-01-07T09:00:00Z'), (3, 3, 'open', '2025-01-15T09:00:00Z'),
    (3, 3, 'lost', '2025-02-10T09:00:00Z');
PRAGMA user_version = 1;
COMMIT;
SQL
echo "wrote $out"
