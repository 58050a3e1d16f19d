-- What a user of pgcx 1.1.0 keeps beyond tests/upgrade/fixture.sql:
-- columns of the types 1.1.0 added (rfm_state, bgnbd_state,
-- gamma_gamma_state, sbg_state, and the result types rfm, bgnbd,
-- gamma_gamma, sbg), an attrition_state of the "timestamp" kind, views and
-- materialized views over the customer-lifetime and retention models that
-- name every column of their composite results, aggregates of the user's
-- own over pgcx's transition functions, and views over what 1.1.0 added to
-- the 1.0.0 functions.  Applied after fixture.sql, to a database whose pgcx
-- is 1.1.0 (installed so, or updated to it from 1.0.0).
\set ON_ERROR_STOP on
SET client_min_messages = warning;

-- every customer's purchases over two years: customers buy at their own
-- pace, spend around their own mean, and some stop buying
CREATE TABLE purchases (customer int, day date, at timestamp, amount numeric);
INSERT INTO purchases
SELECT c, date '2025-01-01' + d,
       timestamp '2025-01-01 08:00' + d * interval '1 day' + k * interval '1 hour',
       round(15 + (c * 17) % 50 + (c * 31 + k * 7) % 21 - 10 + 0.25 * (k % 4), 2)
FROM generate_series(1, 150) AS c, generate_series(0, (c * 5) % 12) AS k,
     LATERAL (SELECT (c * 13) % 90 + k * (20 + (c * 37) % 70) + (c * k * 11) % 15 AS d) AS x
WHERE d < least(30 + (c * 97) % 600, 729);

-- a survivor table: customers churned in each period, and those still
-- active after the last one
CREATE TABLE survivors (tenure int, churned bool, customers bigint);
INSERT INTO survivors VALUES
    (1, true, 131), (2, true, 126), (3, true, 90), (4, true, 60),
    (5, true, 42), (6, true, 34), (7, true, 26), (7, false, 491);

-- a view over every column of rfm
CREATE VIEW customer_rfm AS
SELECT customer, (r).frequency, (r).recency, (r).t, (r).monetary
FROM (SELECT customer, rfm_agg(day, amount, date '2026-12-31', '1 week') AS r
      FROM purchases GROUP BY customer) AS x;
CREATE VIEW customer_rfm_ts AS
SELECT customer, (r).frequency, (r).recency, (r).t, (r).monetary
FROM (SELECT customer, rfm_agg(at, amount, timestamp '2026-12-31', '1 day') AS r
      FROM purchases GROUP BY customer) AS x;

-- views over every column of bgnbd, gamma_gamma and sbg
CREATE VIEW purchase_model AS
SELECT (m).r, (m).alpha, (m).a, (m).b, (m).loglik, (m).n, (m).converged
FROM (SELECT bgnbd_fit(frequency, recency, t) AS m FROM customer_rfm) AS x;
CREATE VIEW spend_model AS
SELECT (m).p, (m).q, (m).v, (m).loglik, (m).n, (m).converged
FROM (SELECT gamma_gamma_fit(frequency, monetary) AS m FROM customer_rfm) AS x;
CREATE VIEW retention_models AS
SELECT source, (m).alpha, (m).beta, (m).loglik, (m).n, (m).converged
FROM (SELECT 'survivors' AS source, sbg_fit(tenure, churned, customers) AS m FROM survivors
      UNION ALL
      SELECT 'customers', sbg_fit(active_from, churned_on, date '2026-12-31', '1 month') FROM customers
      UNION ALL
      SELECT 'tenures', sbg_fit(id % 12, id % 5 = 0 AND id % 12 > 0) FROM customers) AS x;

-- what the models predict, per customer and per period
CREATE VIEW customer_clv AS
SELECT c.customer,
       bgnbd_expected_purchases(bg.m, 52, c.frequency, c.recency, c.t) AS purchases_52,
       bgnbd_p_alive(bg.m, c.frequency, c.recency, c.t) AS p_alive,
       gamma_gamma_expected_spend(gg.m, c.frequency, c.monetary) AS spend,
       clv_predict(bg.m, gg.m, c.frequency, c.recency, c.t, c.monetary, 12, 0.01) AS clv_12
FROM customer_rfm AS c,
     (SELECT bgnbd_fit(frequency, recency, t) AS m FROM customer_rfm) AS bg,
     (SELECT gamma_gamma_fit(frequency, monetary) AS m FROM customer_rfm) AS gg;
CREATE VIEW retention_curve AS
SELECT p, sbg_survival(m, p) AS survival, sbg_retention_rate(m, p) AS retention,
       sbg_expected_lifetime(m) AS lifetime, sbg_expected_lifetime(m, 0.1) AS discounted_lifetime,
       sbg_residual_lifetime(m, p, 0.1) AS residual_lifetime
FROM (SELECT sbg_fit(tenure, churned, customers) AS m FROM survivors) AS x,
     generate_series(1, 12) AS p;

-- what 1.1.0 added to the 1.0.0 functions: timestamps without time zone,
-- buckets as text, double precision scores, sparklines on a fixed scale,
-- the metric vocabulary, jsonb casts
CREATE VIEW store_windows_1_1_0 AS
SELECT store, rolling_benchmark(day::timestamp, score, '1 month'::text, 12) AS rb,
       nps_agg(score::float8) AS nps, mirror_gap(audience, score5, 'csat') AS csat_gap,
       sparkline(rolling_benchmark(day, score, '1 month', 12), 'nps', fixed_scale => true) AS fixed_sparkline,
       canonical_metric('Top2') AS metric,
       (score_dist_agg(score)::jsonb)::score_dist AS dist_from_jsonb
FROM responses GROUP BY store;
CREATE VIEW churn_1_1_0 AS
SELECT attrition_agg(active_from::timestamp, churned_on::timestamp,
                     tsrange('2026-01-01', '2026-04-01')) AS q1
FROM customers;

-- the user's own aggregates over pgcx's transition functions, keeping
-- partial states
CREATE AGGREGATE rfm_state_of(date, numeric, date, interval) (
    SFUNC = rfm_agg_accum, STYPE = rfm_state, COMBINEFUNC = rfm_agg_combine);
CREATE AGGREGATE bgnbd_state_of(float8, float8, float8) (
    SFUNC = bgnbd_fit_accum, STYPE = bgnbd_state, COMBINEFUNC = bgnbd_fit_combine);
CREATE AGGREGATE gamma_gamma_state_of(float8, float8) (
    SFUNC = gamma_gamma_fit_accum, STYPE = gamma_gamma_state, COMBINEFUNC = gamma_gamma_fit_combine);
CREATE AGGREGATE sbg_state_of(int, bool, bigint) (
    SFUNC = sbg_fit_accum, STYPE = sbg_state, COMBINEFUNC = sbg_fit_combine);

-- stored values of every type 1.1.0 added, built by the aggregates and
-- read from text (float8 values 0.1, 1e-300 and 1e+300 included)
CREATE TABLE kept_models (
    segment text PRIMARY KEY,
    rfm_st rfm_state,
    bg_st bgnbd_state,
    gg_st gamma_gamma_state,
    sbg_st sbg_state,
    churn_st attrition_state,
    rfm_row rfm,
    bg bgnbd,
    gg gamma_gamma,
    sb sbg
);
INSERT INTO kept_models
SELECT 'built',
       (SELECT rfm_state_of(day, amount, date '2026-12-31', '1 week') FROM purchases WHERE customer = 8),
       (SELECT bgnbd_state_of(frequency, recency, t) FROM customer_rfm),
       (SELECT gamma_gamma_state_of(frequency, monetary) FROM customer_rfm),
       (SELECT sbg_state_of(tenure, churned, customers) FROM survivors),
       attrition_agg_accum(NULL::attrition_state, timestamp '2025-12-01 12:00', NULL::timestamp,
                           tsrange('2026-01-01', '2026-04-01')),
       (SELECT rfm_agg(day, amount, date '2026-12-31', '1 week') FROM purchases WHERE customer = 8),
       (SELECT bgnbd_fit(frequency, recency, t) FROM customer_rfm),
       (SELECT gamma_gamma_fit(frequency, monetary) FROM customer_rfm),
       (SELECT sbg_fit(tenure, churned, customers) FROM survivors);
INSERT INTO kept_models VALUES
    ('from text',
     '{"observed_until":9496,"unit_days":7,"purchases":[[-1000,1e-300],[100,0.1],[9000,1e+300],[9496,29.33]]}',
     '{"rows":[[0,0,0.1,5],[2,1e-300,1e+300,3],[7,30.43,38.86,1]]}',
     '{"rows":[[1,1e-300,3],[2,0.1,2],[500,1e+300,2]]}',
     '{"tenures":[[0,0,5],[1,369,0],[2,163,7],[7,0,241]]}',
     '{"kind":"timestamp","lower":820454400000000,"upper":828316800000000,"active":2,"churned":1}',
     ROW(2, 30.43, 38.86, 0.1), ROW(0.24, 4.4, 0.8, 2.4, -9.5, 2357, true),
     ROW(6, 3.7, 15, 1e-300, 946, true), ROW(0.67, 3.8, 1e+300, 1000, false));

CREATE MATERIALIZED VIEW models_mv AS
SELECT (bg).r, (bg).alpha, (bg).a, (bg).b, (bg).converged AS bg_converged,
       (gg).p, (gg).q, (gg).v, (gg).converged AS gg_converged,
       (sb).alpha AS sbg_alpha, (sb).beta AS sbg_beta, (sb).n AS sbg_n
FROM (SELECT bgnbd_fit(frequency, recency, t) AS bg, gamma_gamma_fit(frequency, monetary) AS gg
      FROM customer_rfm) AS x,
     (SELECT sbg_fit(tenure, churned, customers) AS sb FROM survivors) AS y;
CREATE MATERIALIZED VIEW customer_clv_mv AS SELECT * FROM customer_clv;
CREATE MATERIALIZED VIEW customer_rfm_mv AS SELECT * FROM customer_rfm;

-- Rows that reach a 1.1.0 database marked shipped although they are not
-- the shipped ones: restored from a data-only dump of a 1.0.0 database
-- with the triggers disabled (pg_restore --disable-triggers), here as a
-- replica session does.  A new sector, and a shipped row's thresholds
-- changed; 'all'/'nps' stays as shipped.
SET session_replication_role = replica;
INSERT INTO sector_benchmark (sector, metric, alert_below, good_from, excellent_from, source, shipped)
VALUES ('retail_de', 'ces', NULL, 5, 6, 'our own thresholds', true);
UPDATE sector_benchmark SET excellent_from = 92, shipped = true WHERE sector = 'all' AND metric = 'csat';
RESET session_replication_role;
