-- Customer profile (company or individual, industry, region, address, source, tags, owner,
-- personalised-service notes), any number of contacts per customer (the one marked primary is
-- the customer's contact on deals), and key dates with reminders.

ALTER TABLE customers ADD COLUMN kind TEXT NOT NULL DEFAULT 'company'
    CHECK (kind IN ('company', 'individual'));
ALTER TABLE customers ADD COLUMN industry TEXT;
ALTER TABLE customers ADD COLUMN region TEXT;
ALTER TABLE customers ADD COLUMN address TEXT;
ALTER TABLE customers ADD COLUMN source TEXT;
ALTER TABLE customers ADD COLUMN tags TEXT;
ALTER TABLE customers ADD COLUMN owner_id INTEGER REFERENCES reps (id);
ALTER TABLE customers ADD COLUMN service_notes TEXT;

CREATE TABLE contacts (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    name        TEXT NOT NULL CHECK (name <> ''),
    role        TEXT,
    phone       TEXT,
    email       TEXT,
    wechat      TEXT,
    notes       TEXT,
    is_primary  INTEGER NOT NULL DEFAULT 0 CHECK (is_primary IN (0, 1)),
    created_at  TEXT NOT NULL
);
CREATE INDEX contacts_customer ON contacts (customer_id);
CREATE UNIQUE INDEX contacts_primary ON contacts (customer_id) WHERE is_primary = 1;
CREATE INDEX contacts_email ON contacts (email);
CREATE INDEX contacts_phone ON contacts (phone);

-- The contact typed with a customer so far becomes its primary contact.
INSERT INTO contacts (customer_id, name, phone, email, is_primary, created_at)
SELECT id, coalesce(nullif(contact_person, ''), name), phone, email, 1, created_at
  FROM customers
 WHERE coalesce(contact_person, '') <> '' OR coalesce(phone, '') <> ''
    OR coalesce(email, '') <> '';
ALTER TABLE customers DROP COLUMN contact_person;
ALTER TABLE customers DROP COLUMN phone;
ALTER TABLE customers DROP COLUMN email;

CREATE TABLE customer_dates (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('renewal', 'birthday', 'anniversary', 'other')),
    on_date     TEXT NOT NULL,
    yearly      INTEGER NOT NULL DEFAULT 0 CHECK (yearly IN (0, 1)),
    remind_days INTEGER NOT NULL DEFAULT 7 CHECK (remind_days >= 0),
    note        TEXT
);
CREATE INDEX customer_dates_customer ON customer_dates (customer_id);
