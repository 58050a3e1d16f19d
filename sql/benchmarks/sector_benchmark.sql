-- sector_benchmark, benchmark_rating and benchmark(rb, sector, metric).
\i sql/include/setup.sql

-- The shipped rows (from the seed documents).
SELECT sector, metric, alert_below, good_from, excellent_from, shipped, source
FROM sector_benchmark ORDER BY sector, metric;

-- Ratings: 'alert' below alert_below, 'excellent' from excellent_from, 'good'
-- from good_from, else 'below'; NULL thresholds are skipped.
--   all/nps: alert < 0, good >= 50, excellent >= 70
--   ecommerce/nps: good >= 40, excellent >= 60 (no alert threshold)
--   b2b_services/nps: alert < 30, good >= 30 (no excellent threshold)
SELECT v, benchmark_rating('nps', v) AS "all", benchmark_rating('nps', v, 'ecommerce') AS ecommerce,
       benchmark_rating('nps', v, 'b2b_services') AS b2b_services
FROM unnest(ARRAY[-10, -0.001, 0, 29.9, 30, 39.9, 40, 50, 59.9, 60, 70, 100]::float8[]) AS v;
--   all/csat: good >= 85; ecommerce/csat: good >= 88, excellent >= 90
SELECT v, benchmark_rating('csat', v) AS "all", benchmark_rating('csat', v, 'ecommerce') AS ecommerce
FROM unnest(ARRAY[84.9, 85, 87.9, 88, 89.9, 90]::float8[]) AS v;
-- a NULL value has no rating (but the metric and sector are still checked)
SELECT benchmark_rating('nps', NULL) IS NULL AS null_value;
SELECT pg_temp.err($$SELECT benchmark_rating('nps', NULL, 'aerospace')$$);

-- benchmark(rb, sector, metric): the window's metric against the sector.
--   the window: 9 answers, promoters 6, detractors 2: NPS 44.44, CSAT 66.67
CREATE TEMP TABLE w AS
SELECT rolling_benchmark(d, s, '1 month', 4) AS rb
FROM (VALUES (date '2026-01-15', 10), ('2026-01-15', 9), ('2026-02-03', 0), ('2026-02-03', 10),
             ('2026-02-03', 7), ('2026-04-30', 9), ('2026-04-30', 9), ('2026-04-30', 9),
             ('2026-04-30', 3)) AS t(d, s);
SELECT (benchmark(rb, 'ecommerce')).*, (benchmark(rb, 'all')).rating AS all_rating,
       (benchmark(rb, 'b2b_services', 'nps')).rating AS b2b_rating FROM w;
SELECT (benchmark(rb, 'ecommerce', 'csat')).* FROM w;
-- a window without answers has no value and no rating
SELECT (benchmark(roll_to(rb, '2027-01-01'), 'ecommerce')).* FROM w;

-- Errors: an unknown sector, an unknown metric, a sector without that metric.
SELECT pg_temp.err(q) FROM (VALUES
    ($$SELECT benchmark_rating('nps', 50, 'aerospace')$$),
    ($$SELECT benchmark_rating('effort', 50)$$),
    ($$SELECT benchmark_rating('ces', 5, 'ecommerce')$$),
    ($$SELECT benchmark(rb, 'aerospace') FROM w$$),
    ($$SELECT benchmark(rb, 'all', 'mean') FROM w$$),
    ($$INSERT INTO sector_benchmark (sector, metric) VALUES ('retail', 'effort')$$)
) AS t(q);

-- One vocabulary: top2 is csat and mean is ces, in any case, in
-- benchmark_rating and benchmark (the window's mean is 66/9 = 7.33).
SELECT benchmark_rating('top2', 88, 'ecommerce') AS top2, benchmark_rating('CSAT', 89.9, 'ecommerce') AS upper_case,
       benchmark(rb, 'ecommerce', 'top2') = benchmark(rb, 'ecommerce', 'csat') AS same_benchmark
FROM w;
BEGIN;
INSERT INTO sector_benchmark (sector, metric, alert_below, good_from, excellent_from, source)
VALUES ('retail', 'ces', 4, 5, 7, 'our CES targets');
SELECT benchmark_rating('mean', 5.5, 'retail') AS mean_55, benchmark_rating('ces', 3.9, 'retail') AS ces_39,
       (benchmark(rb, 'retail', 'mean')).*
FROM w;
ROLLBACK;

-- Users add rows and change shipped ones: those become theirs (shipped =
-- false), which is what pg_dump saves (see tests/clients/test-dump-restore).
BEGIN;
INSERT INTO sector_benchmark (sector, metric, alert_below, good_from, excellent_from, source)
VALUES ('retail', 'nps', 0, 35, 55, 'our own targets');
UPDATE sector_benchmark SET good_from = 45 WHERE sector = 'ecommerce' AND metric = 'nps';
-- a row over a shipped one replaces it (that is how a restore brings it back)
INSERT INTO sector_benchmark (sector, metric, good_from, excellent_from, source)
VALUES ('all', 'csat', 80, 92, 'revised');
SELECT sector, metric, alert_below, good_from, excellent_from, shipped, source
FROM sector_benchmark ORDER BY sector, metric;
SELECT benchmark_rating('nps', 44.44, 'ecommerce') AS ecommerce_now, benchmark_rating('nps', 44.44, 'retail') AS retail;
-- a user row's key is still unique
SELECT pg_temp.err($$INSERT INTO sector_benchmark (sector, metric) VALUES ('retail', 'nps')$$);
ROLLBACK;

-- Only the extension's script creates shipped rows: a row inserted with
-- shipped = true, or copied with INSERT ... SELECT * from a table holding
-- shipped rows, is a user row, which pg_dump saves (1.0.0 kept it shipped,
-- and a restore lost it).
BEGIN;
INSERT INTO sector_benchmark VALUES ('telco', 'nps', -10, 20, 40, 'copied', true);
CREATE TEMP TABLE other_db_rows AS
SELECT 'telco_b2b' AS sector, metric, alert_below, good_from, excellent_from, source, shipped
FROM sector_benchmark WHERE sector = 'b2b_services';
INSERT INTO sector_benchmark SELECT * FROM other_db_rows;
-- a copy of a shipped row over the shipped row itself replaces it as a user row
INSERT INTO sector_benchmark SELECT * FROM sector_benchmark WHERE sector = 'all' AND metric = 'nps';
-- nor does an update make a user row shipped
UPDATE sector_benchmark SET shipped = true WHERE sector = 'telco';
SELECT sector, metric, good_from, shipped FROM sector_benchmark ORDER BY sector, metric;
ROLLBACK;

-- On a Citus worker (a query pushed down whole), sector_benchmark is that
-- node's own copy: benchmark_rating and benchmark refuse (0A000) instead of
-- rating against thresholds the user did not set.  Citus keeps the node's
-- group in pg_dist_local_group (0 on the coordinator); a temporary table of
-- that name stands for it here (tests/citus checks it on a real cluster).
CREATE TEMP TABLE pg_dist_local_group (groupid int);
INSERT INTO pg_dist_local_group VALUES (0);
SELECT benchmark_rating('nps', 50, 'all') AS on_the_coordinator;
UPDATE pg_dist_local_group SET groupid = 2;
SELECT pg_temp.err(q) FROM (VALUES
    ($$SELECT benchmark_rating('nps', 50, 'all')$$),
    ($$SELECT benchmark_rating('nps', 44.4, 'ecommerce')$$),
    ($$SELECT benchmark(rb, 'ecommerce') FROM w$$)
) AS t(q);
DROP TABLE pg_dist_local_group;
SELECT benchmark_rating('nps', 50, 'all') AS on_a_single_node;
