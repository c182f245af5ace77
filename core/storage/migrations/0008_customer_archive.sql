-- SalesDesk schema version 8: customers can be archived. An archived customer (archived_at set,
-- UTC) leaves the customer list, the follow-ups and the calendar, and keeps its deals,
-- activities, feedback and segment history: every report and figure still counts it.

ALTER TABLE customers ADD COLUMN archived_at TEXT;
