-- What a user of a released pgcx keeps in a database: columns of every pgcx
-- type (and of its composite result types), views and materialized views
-- over the aggregates, and rows of their own in sector_benchmark.  Written
-- against the oldest released version, pgcx 1.0.0, so it uses only what
-- 1.0.0 has.
\set ON_ERROR_STOP on
SET client_min_messages = warning;

CREATE TABLE responses (id int PRIMARY KEY, store int, day date, at timestamptz,
                        score int, score5 smallint, effort bigint, score_n numeric,
                        audience text);
INSERT INTO responses
SELECT i, i % 4, date '2026-01-01' + (i * 7) % 300,
       timestamptz '2026-01-01 00:00+00' + ((i * 7) % 300) * interval '1 day',
       (i * 7) % 11, 1 + (i * 3) % 5, 1 + (i * 5) % 7, (i * 13) % 11,
       (ARRAY['customer', 'employee', 'manager'])[1 + i % 3]
FROM generate_series(1, 600) AS i;

CREATE TABLE customers (id int PRIMARY KEY, active_from date, churned_on date);
INSERT INTO customers
SELECT i, date '2025-06-01' + i % 120,
       CASE WHEN i % 3 = 0 THEN date '2026-01-01' + i % 150 END
FROM generate_series(1, 300) AS i;

-- stored values of every pgcx type
CREATE TABLE kept (
    store int PRIMARY KEY,
    d score_dist,
    d5 score_dist,
    rb rolling_benchmark,
    rb_ts rolling_benchmark,
    ms mirror_state,
    st attrition_state,
    stats nps_stats,
    gap mirror_gap,
    bench benchmark
);
INSERT INTO kept
SELECT store,
       score_dist_agg(score),
       score_dist_agg(score5, 1, 5),
       rolling_benchmark(day, score, '1 month', 12),
       rolling_benchmark(at, score, '2 weeks', 24),
       mirror_gap_accum(NULL::mirror_state, 'customer', 7::numeric),
       attrition_agg_accum(NULL::attrition_state, date '2025-12-01', NULL::date,
                           daterange('2026-01-01', '2026-04-01')),
       nps_stats(score),
       mirror_gap(audience, score_n),
       benchmark(rolling_benchmark(day, score, '1 month', 12), 'ecommerce')
FROM responses GROUP BY store;

CREATE TABLE pair (a score_dist, b score_dist, diff nps_diff);
INSERT INTO pair
SELECT a, b, nps_diff(a, b)
FROM (SELECT d AS a FROM kept WHERE store = 0) AS x,
     (SELECT d AS b FROM kept WHERE store = 1) AS y;

-- a monthly pre-aggregated table and the dashboards read from it
CREATE TABLE monthly AS
SELECT store, date_trunc('month', day)::date AS month, score_dist_agg(score) AS d
FROM responses GROUP BY 1, 2;

CREATE VIEW store_scores AS
SELECT store, nps_agg(score) AS nps, csat_agg(score5) AS csat, csat_agg(1 + score % 10, 10) AS csat10,
       ces_agg(effort) AS ces, ces_agg(score5, 5) AS ces5, nps_stats(score) AS stats,
       score_dist_agg(score_n) AS dist
FROM responses GROUP BY store;

CREATE VIEW store_windows AS
SELECT store, rolling_benchmark(day, score, '1 month', 12) AS rb,
       rolling_benchmark(day, score5, '3 months', 4, 1, 5) AS rb5
FROM responses GROUP BY store;

CREATE VIEW window_reads AS
SELECT store, n(rb), nps(rb), csat(rb), mean(rb), trend(rb), progression(rb),
       sparkline(rb), (benchmark(rb, 'ecommerce')).rating, window_dist(rb),
       roll_to(rb, date '2026-12-31') AS rolled, rb::jsonb AS js
FROM store_windows;

CREATE VIEW window_series AS
SELECT store, s.* FROM store_windows, series(rb) AS s;

CREATE VIEW dashboard AS
SELECT store, nps(rollup(d)), mean(rollup(d)), top_box(rollup(d), 2),
       bottom_box(rollup(d), 7), count_at(rollup(d), 10), rollup(d)::jsonb AS js
FROM monthly GROUP BY store;

CREATE VIEW running AS
SELECT id, nps_agg(score) OVER w AS nps, n(rollup(d5) OVER w2) AS n5
FROM responses, kept
WHERE kept.store = responses.store
WINDOW w AS (ORDER BY id ROWS 49 PRECEDING), w2 AS (ORDER BY id ROWS 2 PRECEDING);

CREATE VIEW mirror AS
SELECT store, mirror_gap(audience, score_n) AS mean_gap,
       mirror_gap(audience, score_n, 'nps') AS nps_gap,
       mirror_gap(audience, score5::numeric, 'top2') AS top2_gap
FROM responses GROUP BY store;

CREATE VIEW churn AS
SELECT attrition_agg(active_from, churned_on, daterange('2026-01-01', '2026-04-01')) AS q1,
       attrition_agg(active_from::timestamptz, churned_on::timestamptz,
                     tstzrange('2026-01-01', '2026-07-01')) AS h1,
       attrition(12, 300), retention_rate(300, 280, 15), annualize_attrition(5, 91.25),
       clv(50::numeric, 4::numeric, 3::numeric) AS clv3,
       clv(50, 4, 3, 0.3, 0.1) AS clv5,
       clv(50::float8, 4::float8, 3::float8) AS clv3_float,
       benchmark_rating('nps', 44.4, 'ecommerce') AS ecommerce_rating,
       benchmark_rating('csat', 91, 'retail_fr') AS retail_rating
FROM customers;

-- views over every composite result type of 1.0.0, naming each of its
-- columns, so that an update that changed a column of nps_stats, nps_diff,
-- benchmark, mirror_gap or of series() would break them
CREATE VIEW store_stats AS
SELECT store, (st).n, (st).promoters, (st).passives, (st).detractors, (st).nps,
       (st).std_error, (st).ci_low, (st).ci_high
FROM (SELECT store, nps_stats(score) AS st FROM responses GROUP BY store) AS x;

CREATE VIEW store_diffs AS
SELECT a.store AS store_a, b.store AS store_b, (nps_diff(a.d, b.d)).diff,
       (nps_diff(a.d, b.d)).std_error, (nps_diff(a.d, b.d)).z, (nps_diff(a.d, b.d)).p_value
FROM kept AS a JOIN kept AS b ON b.store = a.store + 1;

CREATE VIEW store_benchmarks AS
SELECT store, sector, metric, (b).value, (b).alert_below, (b).good_from, (b).excellent_from,
       (b).rating
FROM (SELECT store, sector, metric,
             benchmark(CASE metric WHEN 'nps' THEN rb ELSE rb5 END, sector, metric) AS b
      FROM store_windows,
           (VALUES ('ecommerce', 'nps'), ('ecommerce', 'csat'), ('retail_fr', 'nps')) AS v(sector, metric)) AS x;

CREATE VIEW store_gaps AS
SELECT store, (g).customer_n, (g).employee_n, (g).manager_n, (g).customer_value,
       (g).employee_value, (g).manager_value, (g).gap, (g).gap_ci_low, (g).gap_ci_high,
       (g).leadership_gap
FROM (SELECT store, mirror_gap(audience, score_n, 'nps') AS g FROM responses GROUP BY store) AS x;

CREATE VIEW store_series AS
SELECT store, s.period_start, s.n, s.nps, s.csat, s.mean
FROM store_windows, series(rb5) AS s;

-- and a materialized view over composite columns, computed from the rows
CREATE MATERIALIZED VIEW store_composites_mv AS
SELECT store, (st).nps, (st).ci_low, (st).ci_high, (g).gap, (g).leadership_gap,
       (benchmark(rb, 'ecommerce')).rating, (SELECT sum(s.n) FROM series(rb) AS s) AS series_n
FROM (SELECT store, nps_stats(score) AS st, mirror_gap(audience, score_n) AS g,
             rolling_benchmark(day, score, '1 month', 12) AS rb
      FROM responses GROUP BY store) AS x;

CREATE MATERIALIZED VIEW store_scores_mv AS SELECT * FROM store_scores;
CREATE MATERIALIZED VIEW window_reads_mv AS SELECT * FROM window_reads;
CREATE MATERIALIZED VIEW mirror_mv AS SELECT * FROM mirror;

-- the user's own benchmarks: a new sector, and a changed shipped row
INSERT INTO sector_benchmark (sector, metric, alert_below, good_from, excellent_from, source)
VALUES ('retail_fr', 'nps', 0, 30, 50, 'our own targets'),
       ('retail_fr', 'csat', 70, 80, 90, 'our own targets');
UPDATE sector_benchmark SET good_from = 45 WHERE sector = 'ecommerce' AND metric = 'nps';
-- rows stored as shipped by 1.0.0's trigger, which kept shipped = true on
-- an INSERT: a sector of the user's own; a shipped row deleted and put back
-- with other thresholds; a shipped row deleted and put back as shipped.
-- The update must leave only the last one shipped (pg_dump skips shipped
-- rows).  A database already at 1.1.0 gets user rows instead.
INSERT INTO sector_benchmark (sector, metric, alert_below, good_from, excellent_from, source, shipped)
VALUES ('retail', 'nps', 10, 30, 50, 'our own thresholds', true);
DELETE FROM sector_benchmark WHERE sector = 'b2b_services' AND metric IN ('csat', 'nps');
INSERT INTO sector_benchmark (sector, metric, alert_below, good_from, excellent_from, source, shipped)
VALUES ('b2b_services', 'csat', NULL, 80, 85, 'B2B: a stable 82-85 % reflects solid service', true),
       ('b2b_services', 'nps', 30, 30, NULL, 'B2B services: below 30 must alert', true);
