-- sbg_fit, sbg_survival, sbg_retention_rate, sbg_expected_lifetime and
-- sbg_residual_lifetime: the shifted-beta-geometric retention model.
\i sql/include/setup.sql
\i sql/include/approx.sql

-- The survivor tables of Fader & Hardie (2007), 1,000 customers each,
-- survivors at the start of years 1-8 (years 0-7): a row (t, true, lost in
-- year t) per year and (7, false, survivors after year 7).
CREATE TEMP TABLE survivors (segment text, year int, alive bigint);
INSERT INTO survivors
SELECT 'regular', i - 1, s FROM unnest(ARRAY[1000, 631, 468, 382, 326, 289, 262, 241]) WITH ORDINALITY AS u(s, i)
UNION ALL
SELECT 'high end', i - 1, s FROM unnest(ARRAY[1000, 869, 743, 653, 593, 551, 517, 491]) WITH ORDINALITY AS u(s, i);
CREATE TEMP TABLE survivor_table AS
SELECT segment, year AS tenure, true AS churned, lag(alive) OVER w - alive AS customers
FROM survivors WINDOW w AS (PARTITION BY segment ORDER BY year)
UNION ALL
SELECT segment, 7, false, alive FROM survivors WHERE year = 7;
DELETE FROM survivor_table WHERE customers IS NULL;
SELECT * FROM survivor_table ORDER BY segment DESC, churned DESC, tenure;

-- The published maximum-likelihood estimates, to 1e-3 relative:
-- regular alpha = 0.704, beta = 1.182; high end alpha = 0.668, beta = 3.806.
CREATE TEMP TABLE fits AS
SELECT segment, sbg_fit(tenure, churned, customers) AS m FROM survivor_table GROUP BY segment;
SELECT segment, round((m).alpha::numeric, 3) AS alpha, round((m).beta::numeric, 3) AS beta,
       abs((m).alpha / CASE segment WHEN 'regular' THEN 0.704 ELSE 0.668 END - 1) < 1e-3 AS alpha_ok,
       abs((m).beta / CASE segment WHEN 'regular' THEN 1.182 ELSE 3.806 END - 1) < 1e-3 AS beta_ok,
       round((m).loglik::numeric, 3) AS loglik, (m).n, (m).converged
FROM fits ORDER BY segment DESC;

-- The log-likelihood of a segment at (a, b), computed here from the
-- survivor table with the survival recursion S(t) = S(t - 1) r(t): those
-- lost in year t contribute ln(S(t - 1) - S(t)), survivors ln S(7).
CREATE FUNCTION pg_temp.sbg_ll(seg text, a float8, b float8) RETURNS float8
LANGUAGE sql AS $$
    WITH RECURSIVE s(t, surv) AS (
        SELECT 0, 1::float8
        UNION ALL
        SELECT t + 1, surv * (b + t) / (a + b + t) FROM s WHERE t < 7
    )
    SELECT sum(CASE WHEN st.churned THEN st.customers * ln(p.surv - s.surv)
                    ELSE st.customers * ln(s.surv) END)
    FROM survivor_table AS st JOIN s ON s.t = st.tenure JOIN s AS p ON p.t = s.t - 1
    WHERE st.segment = seg
$$;
-- loglik is that sum at the fit, and the fit is a maximum: the sum is
-- lower a step of 1e-4 away in every direction of (alpha, beta)
SELECT segment, abs(pg_temp.sbg_ll(segment, (m).alpha, (m).beta) / (m).loglik - 1) < 1e-10 AS loglik_is_the_sum,
       bool_and(pg_temp.sbg_ll(segment, (m).alpha * (1 + da), (m).beta * (1 + db))
                < pg_temp.sbg_ll(segment, (m).alpha, (m).beta)) AS is_a_maximum
FROM fits, (VALUES (1e-4, 0), (-1e-4, 0), (0, 1e-4), (0, -1e-4), (1e-4, 1e-4), (-1e-4, -1e-4),
                   (1e-4, -1e-4), (-1e-4, 1e-4)) AS step(da, db)
GROUP BY segment, m ORDER BY segment DESC;

-- Projected survivors of the regular segment, per thousand, years 8-12:
-- published 220.1, 204.4, 191.2, 179.9, 170.0.
SELECT t AS year, round(1000 * sbg_survival(m, t)::numeric, 1) AS per_thousand,
       round(1000 * sbg_survival(m, t)::numeric, 1) = (ARRAY[220.1, 204.4, 191.2, 179.9, 170.0])[t - 7] AS published
FROM fits, generate_series(8, 12) AS t WHERE segment = 'regular';
-- and the fitted curve next to the observed survivors, years 0-7
SELECT t AS year, s.alive AS observed, round(1000 * sbg_survival(m, t)::numeric, 1) AS fitted,
       CASE WHEN t > 0 THEN round(100 * sbg_retention_rate(m, t)::numeric, 2) END AS "r(t) %"
FROM fits JOIN survivors AS s USING (segment), LATERAL (SELECT s.year AS t) AS y
WHERE segment = 'regular' ORDER BY t;

-- r(t) = S(t) / S(t - 1) = (beta + t - 1) / (alpha + beta + t - 1)
SELECT bool_and(abs(sbg_retention_rate(m, t) / (sbg_survival(m, t) / sbg_survival(m, t - 1)) - 1) < 1e-12) AS r_is_ratio,
       bool_and(sbg_retention_rate(m, t) = ((m).beta + t - 1) / ((m).alpha + (m).beta + t - 1)) AS r_formula,
       bool_and(sbg_survival(m, 0) = 1) AS s0_is_1
FROM fits, generate_series(1, 2000, 7) AS t;
-- S(t) for t of 10^9 periods stays finite and precise: S(t) = C t^-alpha
-- (1 + c / t + O(1 / t^2)) with c = -alpha (alpha + 2 beta - 1) / 2
-- (Tricomi & Erdelyi 1951), so S(2t) / S(t) = 2^-alpha (1 - c / 2t) to
-- 1e-18; it holds to 1e-12 relative.  lgamma values of 2 x 10^10
-- subtracted directly, or alpha + beta + t rounded to the double next to
-- 2^31, would leave errors near 1e-6.
SELECT segment, sbg_survival(m, 2147483647) > 0 AS finite,
       abs(sbg_survival(m, 2 * t) / sbg_survival(m, t)
           / (2 ^ (-(m).alpha) * (1 + (m).alpha * ((m).alpha + 2 * (m).beta - 1) / 2 / (2 * t))) - 1) < 1e-12 AS power_law
FROM fits, (VALUES (1073741823)) AS tt(t) ORDER BY segment DESC;

-- The same answer from one row per customer, from the survivor table
-- with NULL rows and zero-customer rows added, and from dates.
CREATE TEMP TABLE customers AS
SELECT row_number() OVER (ORDER BY segment, tenure, churned) AS id, segment, tenure, churned
FROM survivor_table, generate_series(1, customers::int) AS i;
SELECT c.segment, sbg_fit(tenure, churned) = f.m AS per_customer
FROM customers AS c JOIN fits AS f USING (segment) GROUP BY c.segment, f.m ORDER BY 1 DESC;
SELECT sbg_fit(tenure, churned, customers) = (SELECT m FROM fits WHERE segment = 'regular') AS with_null_rows
FROM (SELECT tenure, churned, customers FROM survivor_table WHERE segment = 'regular'
      UNION ALL VALUES (NULL, true, 5), (3, NULL, 5), (3, true, NULL), (4, false, 0), (0, false, 0)) AS t;
-- Dates: customers joined in 2015, each on a day of its own (Jan 31 and
-- Feb 29 included: a year from 2016-02-29 ends on 2017-02-28); one who
-- left in year t left 1 to 365 days after the end of year t - 1 (365 days
-- after it in a non-leap year is the last day of year t, still year t);
-- observed until 2022-12-31, when every survivor has 7 whole years.  A
-- third of the survivors leave in 2023, after observed_until: active.
CREATE TEMP TABLE customer_dates AS
SELECT id, segment, joined,
       CASE WHEN churned THEN (joined + make_interval(years => tenure - 1))::date + 1 + (id * 37 % 365)::int
            WHEN id % 3 = 0 THEN date '2023-06-01' END AS left_on
FROM (SELECT id, segment, tenure, churned, date '2015-01-01' + (id * 13 % 365)::int AS joined
      FROM customers) AS c;
SELECT count(*) FILTER (WHERE joined IN ('2015-01-31', '2015-02-28')) AS month_ends FROM customer_dates;
SELECT c.segment, sbg_fit(joined, left_on, date '2022-12-31', '1 year') = f.m AS from_dates,
       sbg_fit(joined, left_on, date '2022-12-31', '12 months') = f.m AS in_months
FROM customer_dates AS c JOIN fits AS f USING (segment) GROUP BY c.segment, f.m ORDER BY 1 DESC;
-- joined on 2016-02-29: one who leaves on 2017-02-28, the end of year 1,
-- has tenure 1; one still there on 2022-12-31 has 6 whole years
SELECT sbg_fit_accum(sbg_fit_accum(NULL::sbg_state, date '2016-02-29', date '2017-02-28', date '2022-12-31', '1 year'),
                     date '2016-02-29', NULL, date '2022-12-31', '1 year')::text AS leap_day_tenures;

-- Tenures from dates, one customer at a time (the state shows them):
-- days: 30-day periods; leaving the day of joining, or exactly at the end
-- of period 1, is tenure 1; a day later is tenure 2; active 29 days is
-- tenure 0, 30 days tenure 1.  months: from Jan 31 the period ends on the
-- last day of February, then Mar 31.
SELECT label, sbg_fit_accum(NULL::sbg_state, f::date, c::date, u::date, p::interval)::text AS state
FROM (VALUES
    ('churn on day 0',             '2026-01-01', '2026-01-01', '2026-12-31', '30 days'),
    ('churn on day 30',            '2026-01-01', '2026-01-31', '2026-12-31', '30 days'),
    ('churn on day 31',            '2026-01-01', '2026-02-01', '2026-12-31', '30 days'),
    ('active 29 days',             '2026-01-01', NULL,         '2026-01-30', '30 days'),
    ('active 30 days',             '2026-01-01', NULL,         '2026-01-31', '30 days'),
    ('churn after observed_until', '2026-01-01', '2026-03-01', '2026-02-15', '30 days'),
    ('churn on observed_until',    '2026-01-01', '2026-02-15', '2026-02-15', '30 days'),
    ('a week: 7 days',             '2026-01-01', '2026-01-16', '2026-12-31', '1 week'),
    ('Jan 31 to Feb 28, 2024',     '2024-01-31', NULL,         '2024-02-28', '1 month'),
    ('Jan 31 to Feb 29, 2024',     '2024-01-31', NULL,         '2024-02-29', '1 month'),
    ('Jan 31, left Feb 29',        '2024-01-31', '2024-02-29', '2024-12-31', '1 month'),
    ('Jan 31, left Mar 1',         '2024-01-31', '2024-03-01', '2024-12-31', '1 month'),
    ('Jan 31, left Mar 31',        '2024-01-31', '2024-03-31', '2024-12-31', '1 month'),
    ('Jan 31 to Apr 29, quarter',  '2024-01-31', NULL,         '2024-04-29', '3 months'),
    ('Jan 31 to Apr 30, quarter',  '2024-01-31', NULL,         '2024-04-30', '3 months'),
    ('10 years, monthly',          '2016-05-15', NULL,         '2026-05-14', '1 month'),
    ('10 years + a day, monthly',  '2016-05-15', NULL,         '2026-05-15', '1 month'),
    ('left after 10 years',        '2016-05-15', '2026-05-16', '2026-12-31', '1 month'),
    ('joined after observed_until', '2027-01-01', NULL,        '2026-12-31', '1 month'),
    ('joined on observed_until',   '2026-12-31', NULL,         '2026-12-31', '1 month'),
    ('no active_from',             NULL,         NULL,         '2026-12-31', '1 month'),
    ('all the dates, daily',       '4713-01-01 BC', '5874897-12-31', '5874897-12-31', '1 day')
) AS t(label, f, c, u, p);

-- Serial and parallel: 120,000 customers, each with a churn probability
-- theta = v^2 of their own, v spread evenly over (0, 1), so that theta ~
-- Beta(1/2, 1), and a deterministic draw u: they leave in period
-- ceil(ln u / ln(1 - theta)), a geometric time, unless their 1 to 60
-- observed periods end first.  The fit recovers alpha = 1/2, beta = 1; the
-- partial states of parallel workers are merged by the combine function
-- and give the serial answer exactly.
CREATE TABLE sbg_par AS
SELECT i, least(leaves, horizon) AS tenure, leaves <= horizon AS churned,
       joined, CASE WHEN leaves <= horizon THEN joined + 30 * leaves - 15 END AS left_on
FROM (SELECT i, 1 + i % 60 AS horizon, date '2024-06-30' - 30 * (1 + i % 60) - i % 30 AS joined,
             ceil(ln(((i * 104729::bigint) % 997 + 0.5::float8) / 997)
                  / ln(1 - (((i * 7919::bigint) % 1000 + 0.5::float8) / 1000) ^ 2))::int AS leaves
      FROM generate_series(1, 120000) AS i) AS c;
ANALYZE sbg_par;
CREATE TEMP TABLE sbg_serial AS
SELECT sbg_fit(tenure, churned) AS per_customer,
       sbg_fit(joined, left_on, date '2024-06-30', '30 days') AS from_dates
FROM sbg_par;
-- the dates give the same tenures
SELECT (per_customer).alpha = (from_dates).alpha AND (per_customer).beta = (from_dates).beta AS same_fit
FROM sbg_serial;
SELECT round((per_customer).alpha::numeric, 4) AS alpha, round((per_customer).beta::numeric, 4) AS beta,
       (per_customer).n, (per_customer).converged, (from_dates).n AS n_dates, (from_dates).converged AS converged_dates
FROM sbg_serial;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SET parallel_leader_participation = off;
EXPLAIN (COSTS OFF)
SELECT sbg_fit(tenure, churned), sbg_fit(joined, left_on, date '2024-06-30', '30 days')
FROM sbg_par;
SELECT s.per_customer = p.per_customer AS per_customer, s.from_dates = p.from_dates AS from_dates
FROM sbg_serial AS s,
     (SELECT sbg_fit(tenure, churned) AS per_customer,
             sbg_fit(joined, left_on, date '2024-06-30', '30 days') AS from_dates
      FROM sbg_par) AS p;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather;
RESET parallel_leader_participation;
DROP TABLE sbg_par;

-- DEL and DERL against their defining sums (SPEC 5.2), computed here term
-- by term with the recursion S(k + j) / S(k) = prod_{i < j} (beta + k + i)
-- / (alpha + beta + k + i):
--   DEL  = 1 + sum_{j >= 1} S(j) / (1 + d)^j
--   DERL = sum_{j >= 1} S(k + j) / S(k) / (1 + d)^j
-- with `terms` terms: 5,000 leave less than 1e-20 of the sum for d >= 0.01,
-- 30,000 less than 1e-13 for d = 0.001; with d = 0 the model alpha = 12
-- converges as j^-12 and 20,000 terms leave less than 1e-14 of it, also at
-- k = 1,000.
CREATE FUNCTION pg_temp.derl_sum(a float8, b float8, k int, d float8, terms int) RETURNS float8
LANGUAGE sql IMMUTABLE AS $$
    SELECT sum(CASE WHEN lp - j * ln(1 + d) > -700 THEN exp(lp - j * ln(1 + d)) ELSE 0 END)
    FROM (SELECT j, sum(ln((b + k + j - 1) / (a + b + k + j - 1))) OVER (ORDER BY j) AS lp
          FROM generate_series(1, terms) AS j) AS s
$$;
CREATE TEMP TABLE lifetimes AS
SELECT label, ROW(a, b, NULL, NULL, true)::sbg AS m, a, b, k, d, terms
FROM (VALUES ('regular', 0.704, 1.182), ('high end', 0.668, 3.806), ('slow churn', 0.05, 0.2),
             ('fast churn', 12, 3)) AS mo(label, a, b)
CROSS JOIN (VALUES (0), (1), (7), (1000)) AS kk(k)
CROSS JOIN (VALUES (0.2), (0.1), (0.05), (0.01), (0.001), (0)) AS dd(d)
CROSS JOIN LATERAL (SELECT CASE WHEN d = 0 THEN 20000 WHEN d < 0.01 THEN 30000 ELSE 5000 END AS terms) AS t
WHERE d > 0 OR a > 1
UNION ALL
-- at d = 0.0001 pgcx integrates where churn is slow or rare (its series
-- would need more than 200,000 terms): in s = theta^alpha when alpha <= 1,
-- in theta on both sides of the mode otherwise ('rare churn'); 300,000
-- terms leave less than 1e-13 of the sum
SELECT label, ROW(a, b, NULL, NULL, true)::sbg, a, b, k, 0.0001, 300000
FROM (VALUES ('regular', 0.704, 1.182, 0), ('regular', 0.704, 1.182, 1000), ('slow churn', 0.05, 0.2, 7),
             ('fast churn', 12, 3, 0), ('fast churn', 12, 3, 1000), ('rare churn', 2, 5000, 0),
             ('rare churn', 2, 5000, 1000)) AS mo(label, a, b, k);
SELECT label, k AS tenure, d AS discount_rate,
       CASE WHEN k = 0 THEN round(sbg_expected_lifetime(m, d)::numeric, 6) END AS del,
       CASE WHEN k = 0 THEN abs(sbg_expected_lifetime(m, d) / (1 + pg_temp.derl_sum(a, b, 0, d, terms)) - 1) < 1e-9 END AS del_is_sum,
       round(sbg_residual_lifetime(m, k, d)::numeric, 6) AS derl,
       abs(sbg_residual_lifetime(m, k, d) / pg_temp.derl_sum(a, b, k, d, terms) - 1) < 1e-9 AS derl_is_sum
FROM lifetimes ORDER BY label DESC, k, d DESC;
-- with d = 0 the closed forms (alpha + beta - 1) / (alpha - 1) and
-- (beta + k) / (alpha - 1): 14 / 11 and 1003 / 11
SELECT sbg_expected_lifetime(m) = 14.0 / 11 AS del_0, sbg_residual_lifetime(m, 1000) = 1003.0 / 11 AS derl_0
FROM lifetimes WHERE label = 'fast churn' AND k = 0 AND d = 0;
-- Small discount rates, where the series needs billions of terms, against
-- the closed forms' limit d -> 0 (alpha = 12: DEL(d) = DEL(0) - O(d));
-- with alpha <= 1 DERL grows without bound as d -> 0, and it falls as the
-- rate rises.
SELECT d, abs(sbg_expected_lifetime(ROW(12, 3, NULL, NULL, true)::sbg, d) / (14.0 / 11) - 1) < 10 * d AS del_near_closed_form,
       abs(sbg_residual_lifetime(ROW(12, 3, NULL, NULL, true)::sbg, 1000, d) / (1003.0 / 11) - 1) < 1e4 * d AS derl_near_closed_form
FROM (VALUES (1e-3), (1e-6), (1e-9), (1e-12)) AS t(d);
SELECT bool_and(lag_derl > derl) AS derl_falls_as_d_rises
FROM (SELECT d, sbg_residual_lifetime(ROW(0.704, 1.182, NULL, NULL, true)::sbg, 12, d) AS derl,
             lag(sbg_residual_lifetime(ROW(0.704, 1.182, NULL, NULL, true)::sbg, 12, d)) OVER (ORDER BY d) AS lag_derl
      FROM (VALUES (1e-12), (1e-9), (1e-6), (1e-3), (0.01), (0.1), (1)) AS t(d)) AS s
WHERE lag_derl IS NOT NULL;
-- the regular segment's figures: no discounting, alpha = 0.704 <= 1: NULL
-- with a NOTICE; at 10 % a year, a new customer pays 3.69 years and one of
-- 5 years' tenure 5.69 more
SELECT sbg_expected_lifetime(m) AS del_undiscounted, round(sbg_expected_lifetime(m, 0.1)::numeric, 4) AS del_10,
       round(sbg_residual_lifetime(m, 5, 0.1)::numeric, 4) AS derl_5_10
FROM fits WHERE segment = 'regular';
SELECT sbg_residual_lifetime(m, 3) AS derl_undiscounted FROM fits WHERE segment = 'regular';
-- decimal literals reach the exact numeric forms, which give the float8 answer
SELECT sbg_expected_lifetime(m, 0.1) = sbg_expected_lifetime(m, 0.1::float8) AS del_literal,
       sbg_residual_lifetime(m, 5, 0.1) = sbg_residual_lifetime(m, 5, 0.1::float8) AS derl_literal,
       sbg_expected_lifetime(m, 0) IS NOT DISTINCT FROM sbg_expected_lifetime(m, 0::float8) AS int_literal
FROM (SELECT ROW(3, 2, NULL, NULL, true)::sbg AS m) AS f;
SELECT pg_temp.err($$SELECT sbg_expected_lifetime(ROW(0.7, 1.2, NULL, NULL, true)::sbg, 1.5)$$) AS literal_error;
-- named arguments
SELECT round(sbg_residual_lifetime(m => m, tenure => 5, discount_rate => 0.1)::numeric, 4) AS named,
       round(sbg_survival(m => m, t => 3)::numeric, 6) AS s3
FROM fits WHERE segment = 'regular';

-- Data that cannot identify the model: NULL with a NOTICE that says why.
SELECT sbg_fit(t, false) AS nobody_churned FROM generate_series(0, 5) AS t;
SELECT sbg_fit(1, true, 10) AS all_in_period_1;
SELECT sbg_fit(t, c, n) AS all_in_period_1_and_new FROM (VALUES (1, true, 10), (0, false, 4)) AS v(t, c, n);
SELECT sbg_fit(1, c, n) AS only_period_1 FROM (VALUES (true, 10), (false, 4)) AS v(c, n);
-- two periods are enough
-- customers all alike (half of those left renew every year, a geometric
-- lifetime) are less dispersed than any beta mixture: the likelihood rises
-- as alpha and beta grow together towards the geometric model, and the fit
-- stops at that edge of its parameter space, with converged = false and a
-- NOTICE, with alpha / (alpha + beta) = 1/2; S(3) is then the geometric 1/8
SELECT (m).alpha > 1e4 AS alpha_large, round(((m).alpha / ((m).alpha + (m).beta))::numeric, 3) AS churn_share,
       round(sbg_survival(m, 3)::numeric, 4) AS s3
FROM (SELECT sbg_fit(t, c, n) AS m
      FROM (VALUES (1, true, 512), (2, true, 256), (3, true, 128), (4, true, 64), (5, true, 32),
                   (5, false, 32)) AS v(t, c, n)) AS f;
SELECT (sbg_fit(t, c, n)).converged AS two_periods FROM (VALUES (1, true, 10), (2, true, 5), (2, false, 20)) AS v(t, c, n);
-- no customer at all: NULL without a notice
SELECT sbg_fit(t, true) AS no_rows FROM generate_series(1, 0) AS t;
SELECT sbg_fit(NULL::int, true) AS null_rows;
SELECT sbg_fit(3, true, 0) AS zero_customers;

-- Bad input: 22023.
SELECT pg_temp.err(q) FROM (VALUES
    ($$SELECT sbg_fit(-1, false)$$),
    ($$SELECT sbg_fit(0, true)$$),
    ($$SELECT sbg_fit(-2, true, 5)$$),
    ($$SELECT sbg_fit(0, true, 5)$$),
    ($$SELECT sbg_fit(3, true, -5)$$),
    ($$SELECT sbg_fit(date '2026-01-01', NULL, date '2026-06-30', NULL)$$),
    ($$SELECT sbg_fit(date '2026-01-01', NULL, date '2026-06-30', '0 days')$$),
    ($$SELECT sbg_fit(date '2026-01-01', NULL, date '2026-06-30', '-1 month')$$),
    ($$SELECT sbg_fit(date '2026-01-01', NULL, date '2026-06-30', '1 month 2 days')$$),
    ($$SELECT sbg_fit(date '2026-01-01', NULL, date '2026-06-30', '12 hours')$$),
    ($$SELECT sbg_fit(date '2026-01-01', NULL, NULL, '1 month')$$),
    ($$SELECT sbg_fit(date '2026-01-01', NULL, 'infinity', '1 month')$$),
    ($$SELECT sbg_fit('-infinity', NULL, date '2026-06-30', '1 month')$$),
    ($$SELECT sbg_fit(date '2026-03-01', date '2026-02-28', date '2026-06-30', '1 month')$$),
    ($$SELECT sbg_survival(ROW(0.7, 1.2, NULL, NULL, true)::sbg, -1)$$),
    ($$SELECT sbg_retention_rate(ROW(0.7, 1.2, NULL, NULL, true)::sbg, 0)$$),
    ($$SELECT sbg_residual_lifetime(ROW(0.7, 1.2, NULL, NULL, true)::sbg, -1, 0.1)$$),
    ($$SELECT sbg_expected_lifetime(ROW(0.7, 1.2, NULL, NULL, true)::sbg, -0.1)$$),
    ($$SELECT sbg_expected_lifetime(ROW(0.7, 1.2, NULL, NULL, true)::sbg, 10)$$),
    ($$SELECT sbg_expected_lifetime(ROW(0.7, 1.2, NULL, NULL, true)::sbg, 'NaN')$$),
    ($$SELECT sbg_residual_lifetime(ROW(0.7, 1.2, NULL, NULL, true)::sbg, 3, -0.01)$$),
    ($$SELECT sbg_survival(ROW(NULL, 1.2, NULL, NULL, true)::sbg, 1)$$),
    ($$SELECT sbg_survival(ROW(0.7, 0, NULL, NULL, true)::sbg, 1)$$),
    ($$SELECT sbg_expected_lifetime(ROW(-0.7, 1.2, NULL, NULL, true)::sbg, 0.1)$$),
    ($$SELECT sbg_retention_rate(ROW('Infinity', 1.2, NULL, NULL, true)::sbg, 1)$$)
) AS t(q);
-- NULL in, NULL out
SELECT sbg_survival(NULL, 3) IS NULL AS null_model, sbg_expected_lifetime(ROW(0.7, 1.2, NULL, NULL, true)::sbg, NULL) IS NULL AS null_rate;

-- sbg_state: text form, round trip, binary form, validation.
SELECT sbg_fit_accum(sbg_fit_accum(sbg_fit_accum(NULL::sbg_state, 3, true), 0, false), 3, true, 5)::text AS built;
SELECT '{"tenures":[[1,369,0],[2,163,0],[7,0,241]]}'::sbg_state::text AS round_trip,
       ' { "tenures" : [ ] } '::sbg_state::text AS empty,
       sbg_fit_final('{"tenures":[]}') IS NULL AS empty_is_null;
SELECT sbg_fit_final(('{"tenures":[' || string_agg(format('[%s,%s,%s]', tenure, churned, active), ',' ORDER BY tenure)
                      || ']}')::sbg_state) = (SELECT m FROM fits WHERE segment = 'regular') AS final_of_text
FROM (SELECT tenure, coalesce(sum(customers) FILTER (WHERE churned), 0) AS churned,
             coalesce(sum(customers) FILTER (WHERE NOT churned), 0) AS active
      FROM survivor_table WHERE segment = 'regular' GROUP BY tenure) AS t;
SELECT pg_temp.err(format('SELECT %L::sbg_state', v)) FROM (VALUES
    ('{"tenures":[[2,1,0],[1,1,0]]}'),
    ('{"tenures":[[1,1,0],[1,0,1]]}'),
    ('{"tenures":[[0,1,0]]}'),
    ('{"tenures":[[3,0,0]]}'),
    ('{"tenures":[[-1,0,1]]}'),
    ('{"tenures":[[2147483648,0,1]]}'),
    ('{"tenures":[[1,-1,2]]}'),
    ('{"tenures":[[1,2]]}'),
    ('{"tenures":[[1,2,3,4]]}'),
    ('{"tenures":[[1,9223372036854775807,0],[2,1,0]]}'),
    ('{"tenures":[[1,1.5,0]]}'),
    ('{"tenures":[[1,1,0],]}'),
    ('{"counts":[]}'),
    ('{"tenures":[]} x')
) AS t(v);
-- binary: version, flags, unused, ntenures, then per entry tenure, churned
-- and active, big-endian; received back, and altered byte by byte
SELECT sbg_state_send('{"tenures":[[1,369,0],[7,0,241]]}') AS sent;
SELECT what, pg_temp.recv(b, 'sbg_state') FROM (
    SELECT sbg_state_send('{"tenures":[[1,369,0],[7,0,241]]}') AS s) AS sent,
LATERAL (VALUES
    ('as sent', s),
    ('empty', sbg_state_send('{"tenures":[]}')),
    ('version 2', set_byte(s, 0, 2)),
    ('version 0', set_byte(s, 0, 0)),
    ('flags', set_byte(s, 1, 1)),
    ('unused', set_byte(s, 3, 1)),
    ('one byte short', substring(s FROM 1 FOR length(s) - 1)),
    ('one byte more', s || '\x00'::bytea),
    ('three tenures announced', set_byte(s, 7, 3)),
    ('negative ntenures', '\x01000000ffffffff'::bytea),
    ('short header', '\x010000'::bytea),
    ('tenures out of order', set_byte(s, 31, 0)),
    ('a tenure without customers', set_byte(s, 47, 0)),
    ('negative count', set_byte(s, 12, 255)),
    ('churned at tenure 0', set_byte(s, 11, 0)),
    ('negative tenure', set_byte(s, 8, 128))
) AS t(what, b);

-- combine: merges the entries of two states, NULLs skipped
SELECT sbg_fit_combine('{"tenures":[[1,2,0],[3,0,1]]}', '{"tenures":[[0,0,4],[3,1,1],[5,0,2]]}')::text AS merged,
       sbg_fit_combine(NULL, '{"tenures":[[1,2,0]]}')::text AS left_null,
       sbg_fit_combine('{"tenures":[[1,2,0]]}', NULL)::text AS right_null,
       sbg_fit_combine(NULL, NULL) IS NULL AS both_null;
-- counts past 2^63 - 1, in one tenure or in all of them: 22003
SELECT pg_temp.err(q) FROM (VALUES
    ($$SELECT sbg_fit_combine('{"tenures":[[1,9223372036854775807,0]]}', '{"tenures":[[1,1,0]]}')$$),
    ($$SELECT sbg_fit_combine('{"tenures":[[1,4611686018427387904,0]]}', '{"tenures":[[2,4611686018427387904,0]]}')$$),
    ($$SELECT sbg_fit(t, true, 4611686018427387904) FROM (VALUES (1), (2)) AS v(t)$$)
) AS t(q);
-- 5,000 distinct tenures in ascending, descending and scattered order:
-- the state grows and stays sorted, the same whatever the order (its
-- transitions without the final function, as an aggregate of their own)
CREATE AGGREGATE pg_temp.sbg_states(int, bool) (SFUNC = sbg_fit_accum, STYPE = sbg_state, COMBINEFUNC = sbg_fit_combine);
SELECT a = b AS descending, a = c AS scattered, length(a) AS text_length, left(a, 40) AS starts,
       right(a, 30) AS ends
FROM (SELECT pg_temp.sbg_states(t, t % 3 = 0 ORDER BY t)::text AS a,
             pg_temp.sbg_states(t, t % 3 = 0 ORDER BY t DESC)::text AS b,
             pg_temp.sbg_states(t, t % 3 = 0 ORDER BY (t * 7919) % 5001)::text AS c
      FROM generate_series(1, 5000) AS t) AS s;
