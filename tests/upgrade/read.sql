-- Reads back everything tests/upgrade/fixture.sql keeps: the stored values
-- as text and through pgcx's readers, every view and materialized view, and
-- the user's benchmark rows.  Run before and after an update: the outputs
-- must be equal.
\set ON_ERROR_STOP on
\pset format unaligned
\pset footer off
SELECT * FROM kept ORDER BY store;
SELECT store, n(d), nps(d), csat(d5), mean(d5), nps_stats(d), nps(rb), series_n, mean(rb_ts)
FROM kept, LATERAL (SELECT sum(n) AS series_n FROM series(rb)) AS s ORDER BY store;
SELECT (mirror_gap_final(ms)).* FROM kept ORDER BY store;
SELECT attrition_agg_final(st) FROM kept ORDER BY store;
SELECT * FROM pair;
SELECT * FROM monthly ORDER BY store, month;
SELECT * FROM store_scores ORDER BY store;
SELECT * FROM store_windows ORDER BY store;
SELECT * FROM window_reads ORDER BY store;
SELECT * FROM window_series ORDER BY store, period_start;
SELECT * FROM dashboard ORDER BY store;
SELECT * FROM running ORDER BY id;
SELECT * FROM mirror ORDER BY store;
SELECT * FROM churn;
SELECT * FROM store_stats ORDER BY store;
SELECT * FROM store_diffs ORDER BY store_a;
SELECT * FROM store_benchmarks ORDER BY store, sector, metric;
SELECT * FROM store_gaps ORDER BY store;
SELECT * FROM store_series ORDER BY store, period_start;
SELECT * FROM store_composites_mv ORDER BY store;
SELECT * FROM store_scores_mv ORDER BY store;
SELECT * FROM window_reads_mv ORDER BY store;
SELECT * FROM mirror_mv ORDER BY store;
-- the values (which rows are shipped is checked by test-upgrade: an
-- update turns rows wrongly stored as shipped into user rows); the two rows
-- that fixture-1.1.0.sql writes are read by read-1.1.0.sql
SELECT sector, metric, alert_below, good_from, excellent_from, source
FROM sector_benchmark
WHERE (sector, metric) NOT IN (('retail_de', 'ces'), ('all', 'csat'))
ORDER BY sector, metric;
