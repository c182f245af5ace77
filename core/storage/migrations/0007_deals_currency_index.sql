-- SalesDesk schema version 7: an index of the deals' currencies. Opening a book asks which
-- currencies its deals are in (a deal in one without a rate counts for nothing, and the window
-- says so); without the index that read every deal, 37 ms of a 100,000-deal book's opening, and
-- with it 6 ms.

CREATE INDEX deals_currency ON deals (currency);
