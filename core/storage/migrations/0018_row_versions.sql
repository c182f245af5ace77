-- SalesDesk schema version 18: every deal and customer carries a version, raised by each change
-- to it, and who made that change (the user on a team server), so that two people editing the
-- same row do not overwrite each other unseen.
-- Released migrations are append-only: never edit this file, add a new one.

ALTER TABLE deals ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE deals ADD COLUMN changed_by TEXT;
ALTER TABLE customers ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE customers ADD COLUMN changed_by TEXT;
