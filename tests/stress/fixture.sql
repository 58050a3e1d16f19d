-- The database sqlsmith explores: tables holding values of every pgcx type
-- and of its composite result types, raw answers of every score type pgcx
-- accepts (real and double precision too), customers, parameters (metrics, sectors, audiences, buckets,
-- periods), views over every aggregate (grouped, moving windows, series())
-- and user rows in sector_benchmark.
--
-- sqlsmith builds expressions from what it finds here: a column of the
-- type it needs, a call of a function returning that type, a constant
-- (1..100 for integers, NULL for every other type) or a scalar subquery
-- `(SELECT <first column of that type> FROM <table> LIMIT 1 OFFSET 0..41)`.
-- Hence every table has more than 42 rows, and the first column of each
-- type is chosen with care: the first text column of params is a metric,
-- of answers an audience, of sector_benchmark a sector; the first interval
-- of params a bucket.  A few rows hold values pgcx must refuse (an unknown
-- metric, a 2-month bucket, a score of 11), so that errors are reached too;
-- the main tables stay valid, so that views over them return rows.
\set ON_ERROR_STOP on
SET client_min_messages = warning;

-- answers: one row per survey answer, every accepted score type
CREATE TABLE answers (
    id int PRIMARY KEY,
    audience text,              -- customer, employee, manager and synonyms
    question text,
    store int,
    day date,
    at timestamptz,
    score int,                  -- 0-10
    score_s smallint,           -- 0-10
    score_b bigint,             -- 0-10
    score_n numeric,            -- 0-10, some written 9.0
    score5 smallint,            -- 1-5 (CSAT)
    effort int,                 -- 1-7 (CES)
    score10 bigint,             -- 1-10 (CSAT and CES on a scale of 10)
    pct numeric,                -- 0-100 (mirror_gap mean)
    score_f float8,             -- 0-10 as double precision (a CSV import)
    score_r real                -- 0-10 as real
);
INSERT INTO answers
SELECT i,
       (ARRAY['customer', 'employee', 'manager', 'client', 'collaborateur', 'Leader'])[1 + i % 6],
       (ARRAY['speed', 'courtesy', 'information', 'price', 'overall'])[1 + (i / 7) % 5],
       i % 5,
       date '2025-01-01' + (i * 37) % 690,
       timestamptz '2025-01-01 00:00+00' + ((i * 37) % 690) * interval '1 day' + (i % 24) * interval '1 hour',
       (i * 7) % 11,
       ((i * 3) % 11)::smallint,
       (i * 5) % 11,
       CASE WHEN i % 9 = 0 THEN 9.0 ELSE (i * 13) % 11 END,
       (1 + (i * 3) % 5)::smallint,
       1 + (i * 5) % 7,
       1 + (i * 7) % 10,
       (i * 17) % 101,
       (i * 7) % 11,
       (i * 3) % 11
FROM generate_series(1, 400) AS i;
UPDATE answers SET score = NULL, score_n = NULL, score_f = NULL WHERE id % 50 = 0;
ALTER TABLE answers SET (parallel_workers = 2);

-- odd_answers: values every aggregate must refuse or skip
CREATE TABLE odd_answers (
    id int PRIMARY KEY,
    audience text,
    score int,
    score_s smallint,
    score_b bigint,
    score_n numeric,
    day date,
    at timestamptz,
    score_f float8
);
INSERT INTO odd_answers
SELECT i,
       (ARRAY['customer', 'partner', NULL, 'EMPLOYEE', '', 'manager'])[1 + i % 6],
       (ARRAY[0, 10, 11, -1, NULL, 2147483647, -2147483648, 5])[1 + i % 8],
       (ARRAY[0, 10, 11, -1, NULL, 32767, -32768, 5])[1 + i % 8]::smallint,
       (ARRAY[0, 10, 11, -1, NULL, 9223372036854775807, -9223372036854775808, 5])[1 + i % 8],
       (ARRAY[0, 10, 9.5, -1, NULL, 'NaN', 1e300, 9.0000])[1 + i % 8]::numeric,
       (ARRAY[date '2026-01-01', date '0099-12-31', date '9999-12-31', NULL,
              date '2000-01-03', 'infinity', '-infinity', date '2028-02-29'])[1 + i % 8],
       (ARRAY[timestamptz '2026-01-01 00:00+00', '0099-12-31 23:00+00', '9999-12-31 23:59+00',
              NULL, 'infinity', '-infinity', '2026-03-29 01:30+00', '2000-01-03 00:00+14'])[1 + i % 8],
       (ARRAY[0, 10, 9.5, -1, NULL, 'NaN', 'Infinity', '-0'])[1 + i % 8]::float8
FROM generate_series(1, 64) AS i;

-- params: the arguments pgcx takes besides scores, valid and not
CREATE TABLE params (
    id int PRIMARY KEY,
    metric text,
    sector text,
    audience text,
    bucket interval,
    periods int,
    lo int,
    hi int,
    scale int,
    k int,
    until date,
    period daterange,
    tperiod tstzrange
);
INSERT INTO params
SELECT i,
       (ARRAY['nps', 'csat', 'mean', 'ces', 'top2', 'NPS', 'median', NULL])[1 + i % 8],
       (ARRAY['all', 'ecommerce', 'b2b_services', 'retail_fr', 'aerospace', NULL])[1 + i % 6],
       (ARRAY['customer', 'employee', 'manager', 'dirigeant', 'partner', NULL])[1 + i % 6],
       (ARRAY['1 day', '7 days', '14 days', '1 month', '3 months', '6 months', '1 year',
              '2 months', '36 hours', '1 month 1 day', '0', '-7 days', NULL])[1 + i % 13]::interval,
       (ARRAY[1, 2, 12, 24, 120, 0, 121, -1, NULL])[1 + i % 9],
       (ARRAY[0, 1, 0, 5, 0, 100, -1, NULL])[1 + i % 8],
       (ARRAY[10, 5, 100, 5, 1, 101, 7, NULL])[1 + i % 8],
       (ARRAY[3, 5, 7, 10, 2, 11, NULL])[1 + i % 7],
       (ARRAY[1, 2, 3, 11, 0, 101, -1, NULL])[1 + i % 8],
       (ARRAY[date '2026-12-31', date '2027-06-30', date '2024-01-01', date '9999-12-31',
              date '0100-01-01', 'infinity', NULL])[1 + i % 7],
       (ARRAY[daterange('2025-01-01', '2025-04-01'), daterange('2025-07-01', '2026-01-01'),
              daterange('2026-01-01', '2026-01-01'), daterange('2026-01-01', NULL),
              daterange(NULL, '2026-01-01'), 'empty', NULL,
              daterange('2025-06-01', '2025-06-02', '[]')])[1 + i % 8],
       (ARRAY[tstzrange('2025-01-01', '2025-04-01'), tstzrange('2025-07-01 12:00+00', '2026-01-01'),
              tstzrange('2026-01-01', NULL), 'empty', NULL,
              tstzrange('2025-03-30 01:00+00', '2025-03-30 03:00+00', '(]')])[1 + i % 6]
FROM generate_series(1, 60) AS i;

-- customers: subscriptions for attrition_agg, amounts for clv
CREATE TABLE customers (
    id int PRIMARY KEY,
    active_from date,
    churned_on date,
    active_since timestamptz,
    churned_at timestamptz,
    lost bigint,
    at_start bigint,
    at_end bigint,
    acquired bigint,
    basket numeric,
    frequency numeric,
    lifespan numeric,
    margin numeric,
    rate numeric,
    basket_f float8,
    frequency_f float8,
    lifespan_f float8,
    margin_f float8,
    rate_f float8,
    days float8
);
INSERT INTO customers
SELECT i,
       date '2024-06-01' + (i * 11) % 500,
       CASE WHEN i % 3 = 0 THEN date '2024-06-01' + (i * 11) % 500 + (i * 7) % 400 END,
       timestamptz '2024-06-01 00:00+00' + ((i * 11) % 500) * interval '1 day',
       CASE WHEN i % 3 = 0 THEN timestamptz '2024-06-01 00:00+00' + ((i * 11) % 500 + (i * 7) % 400) * interval '1 day' END,
       i % 10, 10 + i % 17, 10 + i % 17 - i % 4 + i % 5, i % 5,
       round(20 + (i * 7) % 180 + 0.99, 2), 1 + i % 12, 1 + i % 6,
       (i % 10) / 10.0, (i % 7) / 20.0,
       20 + (i * 7) % 180 + 0.99, 1 + i % 12, 1 + i % 6,
       (i % 10) / 10.0, (i % 7) / 20.0,
       (ARRAY[30, 91.25, 365, 1, 0.5])[1 + i % 5]
FROM generate_series(1, 300) AS i;
-- a few refused values: churn before start, negative amounts, margin > 1,
-- NaN and infinity
UPDATE customers SET churned_on = active_from - 10, churned_at = active_since - interval '10 days' WHERE id % 97 = 0;
UPDATE customers SET basket = -1, basket_f = -1, margin_f = 'NaN' WHERE id % 89 = 0;
UPDATE customers SET margin = 1.5, rate_f = 'Infinity', lost = at_start + 1 WHERE id % 83 = 0;
ALTER TABLE customers SET (parallel_workers = 2);

-- Helper aggregates that fold the transition functions into states, for
-- the stored mirror_state and attrition_state values below; they live in
-- this session's temporary schema only.
CREATE AGGREGATE pg_temp.mirror_state_of(text, numeric, text) (
    SFUNC = mirror_gap_accum, STYPE = mirror_state);
CREATE AGGREGATE pg_temp.attrition_state_of(date, date, daterange) (
    SFUNC = attrition_agg_accum, STYPE = attrition_state);
CREATE AGGREGATE pg_temp.attrition_state_of(timestamptz, timestamptz, tstzrange) (
    SFUNC = attrition_agg_accum, STYPE = attrition_state);

-- dists: stored score_dist values of several scales, per store, question
-- and month
CREATE TABLE dists (
    store int,
    question text,
    month date,
    d score_dist,               -- 0-10
    d5 score_dist,              -- 1-5
    d7 score_dist,              -- 1-7
    d100 score_dist,            -- 0-100
    d_empty score_dist,         -- 0-10 with no answer
    PRIMARY KEY (store, question, month)
);
INSERT INTO dists
SELECT store, question, date_trunc('month', day)::date,
       score_dist_agg(score), score_dist_agg(score5, 1, 5), score_dist_agg(effort, 1, 7),
       score_dist_agg(pct, 0, 100), '{"lo":0,"hi":10,"counts":[0,0,0,0,0,0,0,0,0,0,0]}'
FROM answers GROUP BY 1, 2, 3;
INSERT INTO dists VALUES
    (9, 'limits', '2026-01-01', '{"lo":0,"hi":10,"counts":[9223372036854775807,0,0,0,0,0,0,0,0,0,0]}',
     '{"lo":1,"hi":5,"counts":[0,0,0,0,9223372036854775807]}', '{"lo":1,"hi":7,"counts":[1,0,0,0,0,0,0]}',
     '{"lo":99,"hi":100,"counts":[1,1]}', NULL),
    (9, 'tiny', '2026-01-01', '{"lo":0,"hi":10,"counts":[0,0,0,0,0,0,0,0,0,0,1]}',
     '{"lo":0,"hi":1,"counts":[1,0]}', '{"lo":1,"hi":7,"counts":[0,0,0,0,0,0,0]}',
     '{"lo":0,"hi":100,"counts":[1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1]}', NULL);

-- windows: stored rolling_benchmark values of every bucket kind
CREATE TABLE windows (
    store int,
    question text,
    rb rolling_benchmark,           -- 1 month x 12 on 0-10, from dates
    rb_2w rolling_benchmark,        -- 14 days x 24, from timestamptz
    rb_q5 rolling_benchmark,        -- 3 months x 4 on 1-5
    rb_day rolling_benchmark,       -- 1 day x 120, from bigint scores
    rb_year rolling_benchmark,      -- 1 year x 2, from stored distributions
    rb_week rolling_benchmark,      -- 7 days x 1, numeric scores
    PRIMARY KEY (store, question)
);
INSERT INTO windows
SELECT a.store, a.question,
       rolling_benchmark(day, score, '1 month', 12),
       rolling_benchmark(at, score_s, '14 days', 24),
       rolling_benchmark(day, score5, '3 months', 4, 1, 5),
       rolling_benchmark(day, score_b, '1 day', 120),
       (SELECT rolling_benchmark(month, d, '1 year', 2) FROM dists AS s
         WHERE s.store = a.store AND s.question = a.question),
       rolling_benchmark(at, score_n, '7 days', 1)
FROM answers AS a GROUP BY 1, 2;
INSERT INTO windows
SELECT 10 + store, question, rb, rb_2w, rb_q5, rb_day, rb_year, rb_week
FROM windows WHERE store < 4;

-- states: stored transition states of mirror_gap and attrition_agg
CREATE TABLE states (
    id int PRIMARY KEY,
    metric text,
    ms mirror_state,
    st attrition_state,
    st_ts attrition_state,
    period daterange
);
INSERT INTO states
SELECT row_number() OVER (), m.metric, m.ms, a.st, a.st_ts, a.period
FROM (SELECT metric, question,
             pg_temp.mirror_state_of(audience,
                                     CASE metric WHEN 'mean' THEN pct WHEN 'nps' THEN score_n
                                                 ELSE score5 END, metric) AS ms
      FROM answers, (VALUES ('mean'), ('nps'), ('top2')) AS m(metric)
      GROUP BY 1, 2) AS m,
     (SELECT q AS period,
             pg_temp.attrition_state_of(active_from, churned_on, q) AS st,
             pg_temp.attrition_state_of(active_since, churned_at,
                                        tstzrange(lower(q), upper(q))) AS st_ts
      FROM customers,
           (SELECT daterange(d::date, (d + interval '3 months')::date) AS q
            FROM generate_series(date '2024-07-01', date '2025-10-01', interval '3 months') AS d) AS qs
      WHERE customers.id % 97 <> 0
      GROUP BY 1) AS a;

-- the user's own benchmarks: a new sector, and a changed shipped row
INSERT INTO sector_benchmark (sector, metric, alert_below, good_from, excellent_from, source)
VALUES ('retail_fr', 'nps', 0, 30, 50, 'our own targets'),
       ('retail_fr', 'csat', 70, 80, 90, 'our own targets'),
       ('retail_fr', 'ces', NULL, NULL, NULL, 'no thresholds yet');
UPDATE sector_benchmark SET good_from = 45 WHERE sector = 'ecommerce' AND metric = 'nps';

-- results: stored values of the composite result types
CREATE TABLE results (
    store int,
    question text,
    stats nps_stats,
    diff nps_diff,
    gap mirror_gap,
    bench benchmark,
    PRIMARY KEY (store, question)
);
INSERT INTO results
SELECT a.store, a.question, nps_stats(a.score),
       nps_diff(score_dist_agg(a.score), score_dist_agg(a.score_b)),
       mirror_gap(a.audience, a.score_n, 'nps'),
       benchmark(rolling_benchmark(a.day, a.score, '1 month', 12),
                 (ARRAY['all', 'ecommerce', 'b2b_services', 'retail_fr'])[1 + a.store % 4])
FROM answers AS a GROUP BY 1, 2;
INSERT INTO results
SELECT 10 + store, question, stats, diff, gap, bench FROM results WHERE store < 4;

-- views over every aggregate: sqlsmith reads views like tables, so each
-- query that names one runs the aggregates inside it
CREATE VIEW store_scores AS
SELECT store, question,
       nps_agg(score) AS nps, nps_agg(score_s) AS nps_s, nps_agg(score_b) AS nps_b,
       nps_agg(score_n) AS nps_n, nps_stats(score) AS stats, nps_stats(score_s) AS stats_s,
       nps_stats(score_b) AS stats_b, nps_stats(score_n) AS stats_n,
       csat_agg(score5) AS csat, csat_agg(score5::int) AS csat_i, csat_agg(score5::bigint) AS csat_b,
       csat_agg(score5::numeric) AS csat_n, csat_agg(score10, 10) AS csat10,
       csat_agg(score10::int, 10) AS csat10_i, csat_agg(score10::smallint, 10) AS csat10_s,
       csat_agg(score10::numeric, 10) AS csat10_n,
       ces_agg(effort) AS ces, ces_agg(effort::smallint) AS ces_s, ces_agg(effort::bigint) AS ces_b,
       ces_agg(effort::numeric) AS ces_n, ces_agg(score10, 10) AS ces10,
       ces_agg(score5::int, 5) AS ces5_i, ces_agg(score5, 5) AS ces5_s, ces_agg(score5::numeric, 5) AS ces5_n,
       score_dist_agg(score) AS dist, score_dist_agg(score_s) AS dist_s, score_dist_agg(score_b) AS dist_b,
       score_dist_agg(score_n) AS dist_n, score_dist_agg(pct, 0, 100) AS dist100,
       score_dist_agg(score5, 1, 5) AS dist5, score_dist_agg(effort::bigint, 1, 7) AS dist7,
       score_dist_agg(score10::numeric, 1, 10) AS dist10,
       nps_agg(score_f) AS nps_f, nps_stats(score_r) AS stats_r, csat_agg(score5::float8) AS csat_f,
       csat_agg(score10::real, 10) AS csat10_r, ces_agg(effort::real) AS ces_r,
       ces_agg(score5::float8, 5) AS ces5_f, score_dist_agg(score_f) AS dist_f,
       score_dist_agg(pct::float8, 0, 100) AS dist100_f
FROM answers GROUP BY store, question;

CREATE VIEW store_windows AS
SELECT store,
       rolling_benchmark(day, score, '1 month', 12) AS rb,
       rolling_benchmark(day, score_s, '1 month', 24) AS rb_s,
       rolling_benchmark(day, score_b, '14 days', 12) AS rb_b,
       rolling_benchmark(day, score_n, '7 days', 52) AS rb_n,
       rolling_benchmark(day, score5, '3 months', 4, 1, 5) AS rb5,
       rolling_benchmark(day, effort, '6 months', 2, 1, 7) AS rb7,
       rolling_benchmark(day, score10::bigint, '1 year', 2, 1, 10) AS rb10,
       rolling_benchmark(day, pct, '1 month', 6, 0, 100) AS rb100,
       rolling_benchmark(at, score, '1 month', 12) AS rb_ts,
       rolling_benchmark(at, score_s, '1 day', 120) AS rb_ts_s,
       rolling_benchmark(at, score_b, '3 months', 8) AS rb_ts_b,
       rolling_benchmark(at, score_n, '6 months', 4) AS rb_ts_n,
       rolling_benchmark(at, score5::int, '1 month', 12, 1, 5) AS rb_ts5,
       rolling_benchmark(at, score5, '1 month', 12, 1, 5) AS rb_ts5_s,
       rolling_benchmark(at, score10, '1 month', 12, 1, 10) AS rb_ts10,
       rolling_benchmark(at, pct, '7 days', 8, 0, 100) AS rb_ts100,
       rolling_benchmark(day, score_f, '1 month', 12) AS rb_f,
       rolling_benchmark(at, score_r, interval '1 week', 10) AS rb_ts_r,
       rolling_benchmark(at::timestamp, score5::float8, '1 month', 12, 1, 5) AS rb_wall5_f
FROM answers GROUP BY store;

CREATE VIEW stored_windows AS
SELECT store, rolling_benchmark(month, d, '3 months', 8) AS rb,
       rolling_benchmark(month::timestamptz, d, '1 month', 24) AS rb_ts,
       rollup(d) AS d, rollup(d5) AS d5, rollup(d7) AS d7, rollup(d100) AS d100
FROM dists WHERE store < 9 GROUP BY store;

CREATE VIEW window_reads AS
SELECT store, n(rb), nps(rb), csat(rb), mean(rb), trend(rb), trend(rb, 'csat') AS trend_csat,
       trend(rb5, 'mean') AS trend_mean, progression(rb), progression(rb5, 'csat') AS progression_csat,
       sparkline(rb), sparkline(rb5, 'mean') AS sparkline_mean, sparkline(rb_ts, 'csat') AS sparkline_csat,
       benchmark(rb, 'ecommerce') AS bench, (benchmark(rb, 'retail_fr', 'csat')).rating,
       benchmark(rb7, 'retail_fr', 'ces') AS bench_ces,
       window_dist(rb), roll_to(rb, date '2026-12-31') AS rolled, rb::jsonb AS js,
       rb + rb_ts AS merged
FROM store_windows;

CREATE VIEW window_series AS
SELECT w.store, s.* FROM store_windows AS w, series(w.rb) AS s;

CREATE VIEW window_series5 AS
SELECT w.store, s.* FROM store_windows AS w, series(w.rb5) AS s;

CREATE VIEW chain_windows AS
SELECT rollup(rb) AS rb, rollup(rb_2w) AS rb_2w, rollup(rb_q5) AS rb_q5,
       rollup(rb_day) AS rb_day, rollup(rb_year) AS rb_year
FROM windows;

-- box shares from the distributions built on their own scales: a small
-- month of 0-10 answers may have none above 7, and a box read of it is
-- refused (it could be answers of a smaller scale)
CREATE VIEW dashboard AS
SELECT store, month, n(rollup(d)), nps(rollup(d)), mean(rollup(d)), csat(rollup(d5)),
       top_box(rollup(d5), 2), bottom_box(rollup(d7), 3), count_at(rollup(d), 10),
       nps_stats(rollup(d)) AS stats, rollup(d)::jsonb AS js, rollup(d100) AS d100
FROM dists WHERE store < 9 GROUP BY store, month;

CREATE VIEW comparisons AS
SELECT a.store AS store_a, b.store AS store_b, nps_diff(a.d, b.d) AS diff, a.d + b.d AS merged
FROM (SELECT store, rollup(d) AS d FROM dists WHERE store < 9 GROUP BY store) AS a,
     (SELECT store, rollup(d) AS d FROM dists WHERE store < 9 GROUP BY store) AS b;

-- moving windows: the inverse transitions of every moving aggregate
CREATE VIEW running AS
SELECT id, store, day,
       nps_agg(score) OVER w AS nps, nps_agg(score_s) OVER w AS nps_s,
       nps_agg(score_b) OVER w AS nps_b, nps_agg(score_n) OVER w AS nps_n,
       nps_stats(score) OVER w AS stats, csat_agg(score5) OVER w AS csat,
       csat_agg(score10, 10) OVER w AS csat10, ces_agg(effort) OVER w AS ces,
       ces_agg(score10::numeric, 10) OVER w AS ces10,
       score_dist_agg(score) OVER w AS dist, score_dist_agg(pct, 0, 100) OVER w AS dist100,
       rolling_benchmark(day, score, '1 month', 3) OVER w AS rb,
       rolling_benchmark(at, score5, '7 days', 4, 1, 5) OVER w AS rb5,
       mirror_gap(audience, pct) OVER w AS gap,
       mirror_gap(audience, score_n, 'nps') OVER w AS gap_nps,
       nps_agg(score_f) OVER w AS nps_f, csat_agg(score10::real, 10) OVER w AS csat10_r,
       score_dist_agg(pct::float8, 0, 100) OVER w AS dist100_f,
       rolling_benchmark(day, score_r, '1 month', 3) OVER w AS rb_r,
       mirror_gap(audience, score_f, 'nps') OVER w AS gap_nps_f
FROM answers
WINDOW w AS (ORDER BY day, id ROWS 29 PRECEDING);

CREATE VIEW running_dists AS
SELECT store, question, month, rollup(d) OVER w AS d, n(rollup(d5) OVER w) AS n5,
       rolling_benchmark(month, d, '1 month', 6) OVER w AS rb
FROM dists WHERE store < 9 AND d IS NOT NULL
WINDOW w AS (PARTITION BY store ORDER BY month ROWS 2 PRECEDING);

CREATE VIEW mirror AS
SELECT question, mirror_gap(audience, pct) AS mean_gap,
       mirror_gap(audience, pct, 'mean') AS mean_gap3,
       mirror_gap(audience, score_n, 'nps') AS nps_gap,
       mirror_gap(audience, score5::numeric, 'top2') AS top2_gap,
       mirror_gap(audience, pct::float8) AS mean_gap_f,
       mirror_gap(audience, score_r, 'nps') AS nps_gap_r
FROM answers GROUP BY question;

CREATE VIEW churn AS
SELECT q.period,
       attrition_agg(c.active_from, c.churned_on, q.period) AS attrition,
       attrition_agg(c.active_since, c.churned_at, tstzrange(lower(q.period), upper(q.period))) AS attrition_ts
FROM customers AS c,
     (SELECT daterange(d::date, (d + interval '3 months')::date) AS period
      FROM generate_series(date '2024-07-01', date '2025-10-01', interval '3 months') AS d) AS q
WHERE c.id % 97 <> 0
GROUP BY q.period;

CREATE VIEW customer_values AS
SELECT id, clv(basket, frequency, lifespan) AS clv3, clv(basket, frequency, lifespan, margin, rate) AS clv5,
       clv(basket_f, frequency_f, lifespan_f) AS clv3_f,
       clv(basket_f, frequency_f, lifespan_f, margin_f, rate_f) AS clv5_f,
       attrition(lost, at_start), retention_rate(at_start, at_end, acquired),
       annualize_attrition(attrition(lost, at_start), days),
       benchmark_rating('nps', basket_f - 100, 'retail_fr') AS rating
FROM customers WHERE id % 83 <> 0 AND id % 89 <> 0;

CREATE MATERIALIZED VIEW store_scores_mv AS SELECT * FROM store_scores;
CREATE MATERIALIZED VIEW window_reads_mv AS SELECT * FROM window_reads;
CREATE MATERIALIZED VIEW mirror_mv AS SELECT * FROM mirror;

ANALYZE;
