-- SalesDesk schema version 9: activities are found by when they were done. The KPI engine counts
-- the activities done in a period and those overdue on a day for every dashboard and report; a
-- book of 280,000 activities read them all each time (0.18 s a count, 0.06 s with the index).

CREATE INDEX activities_done ON activities (done, done_at);
