-- The statistic each metric reports (extractor/data/statistics.toml), and its value in the
-- base unit of its unit's family (extractor/data/units.toml) beside the value as written.
ALTER TABLE metrics ADD COLUMN statistic TEXT;
ALTER TABLE metrics ADD COLUMN value_normalised REAL;
ALTER TABLE metrics ADD COLUMN unit_normalised TEXT;
CREATE INDEX metrics_statistic ON metrics(statistic);
