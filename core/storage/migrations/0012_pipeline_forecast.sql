-- SalesDesk schema version 12: the pipeline forecast. Each open deal's forecast category, set
-- by its rep (no category: pipeline); and the forecast of the running quarter kept once a week,
-- per rep (rep_id 0: deals without an owner), so that after the quarter the forecasts can be
-- set against what was won.

ALTER TABLE deals ADD COLUMN forecast_category TEXT
    CHECK (forecast_category IN ('pipeline', 'best_case', 'commit', 'omitted'));

CREATE TABLE forecast_snapshots (
    taken_on        TEXT NOT NULL,
    period          TEXT NOT NULL,
    rep_id          INTEGER NOT NULL,
    won_minor       BIGINT NOT NULL,
    weighted_minor  BIGINT NOT NULL,
    commit_minor    BIGINT NOT NULL,
    best_case_minor BIGINT NOT NULL,
    pipeline_minor  BIGINT NOT NULL,
    PRIMARY KEY (taken_on, period, rep_id)
);
