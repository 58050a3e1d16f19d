-- BG/NBD and Gamma-Gamma: maximum-likelihood fits over customers, the
-- expected purchases, P(alive), the expected spend and the CLV they give.
\i sql/include/setup.sql
\i sql/include/cdnow.sql
-- sig(x): x to 6 significant digits, for values computed from fitted
-- parameters: the fit stops within its tolerance (about 1e-9), where
-- libm's last bits move the estimates.
CREATE FUNCTION pg_temp.sig(x float8) RETURNS float8
LANGUAGE sql IMMUTABLE STRICT AS $$
    SELECT CASE WHEN x = 0 THEN x ELSE round(x::numeric, 5 - floor(log(abs(x::numeric)))::int)::float8 END
$$;
CREATE TEMP TABLE cdnow_rfm AS
SELECT customer, (rfm_agg(purchased_on, amount, '1997-09-30', '1 week')).*
FROM cdnow GROUP BY customer;

-- The oracle: Fader, Hardie & Lee (2005) fit BG/NBD to the CDNOW summary:
-- r = 0.2426, alpha = 4.4135, a = 0.7929, b = 2.4258, log-likelihood
-- -9582.4.  From the published summary, and from rfm_agg over the raw
-- purchases (its times are not rounded to two decimals), every estimate is
-- within 1e-3 of them, relatively, and the fit says it converged.
CREATE TEMP TABLE fits AS
SELECT 'summary' AS data, bgnbd_fit(x, t_x, t) AS m FROM cdnow_summary
UNION ALL
SELECT 'rfm_agg', bgnbd_fit(frequency, recency, t) FROM cdnow_rfm;
SELECT data, round((m).r::numeric, 4) AS r, round((m).alpha::numeric, 4) AS alpha,
       round((m).a::numeric, 4) AS a, round((m).b::numeric, 4) AS b,
       round((m).loglik::numeric, 1) AS loglik, (m).n, (m).converged,
       abs((m).r / 0.2426 - 1) < 1e-3 AND abs((m).alpha / 4.4135 - 1) < 1e-3
       AND abs((m).a / 0.7929 - 1) < 1e-3 AND abs((m).b / 2.4258 - 1) < 1e-3
       AND abs((m).loglik / -9582.4 - 1) < 1e-3 AS published_to_1e_3
FROM fits ORDER BY data DESC;

-- The published conditional expectation: a customer with x = 2,
-- t_x = 30.43, T = 38.86 makes 1.226 purchases in the next 39 weeks.
SELECT round(bgnbd_expected_purchases(m, 39, 2, 30.43, 38.86)::numeric, 3) AS expected_39_weeks,
       round(bgnbd_p_alive(m, 2, 30.43, 38.86)::numeric, 4) AS p_alive
FROM fits WHERE data = 'summary';

-- Against a high-precision reference: equation 10 of the paper, with the
-- Gauss hypergeometric series 2F1(r+x, b+x; a+b+x-1; z) summed term by
-- term in numeric (60 decimals), as published (pgcx sums another,
-- transformed series).  Customers with hundreds of purchases, new
-- customers, long horizons: equal to 1e-12, relatively.
CREATE FUNCTION pg_temp.ey_reference(m bgnbd, t numeric, x numeric, tx numeric, cap_t numeric)
RETURNS numeric LANGUAGE plpgsql AS $$
DECLARE
    r numeric := round(m.r::numeric, 60);
    al numeric := round(m.alpha::numeric, 60);
    a numeric := round(m.a::numeric, 60);
    b numeric := round(m.b::numeric, 60);
    z numeric := round(t / (al + cap_t + t), 60);
    term numeric := 1;
    f numeric := 1;
    k int := 0;
    head numeric;
    den numeric := 1;
BEGIN
    LOOP
        term := round(term * (r + x + k) * (b + x + k) / ((a + b + x - 1 + k) * (k + 1)) * z, 60);
        f := f + term;
        k := k + 1;
        EXIT WHEN abs(term) < 1e-40 * abs(f) AND k > (r + x) * z / (1 - z) + 10;
    END LOOP;
    head := (a + b + x - 1) / (a - 1)
            * (1 - power(round((al + cap_t) / (al + cap_t + t), 60), r + x) * f);
    IF x > 0 THEN
        den := 1 + a / (b + x - 1) * power(round((al + cap_t) / (al + tx), 60), r + x);
    END IF;
    RETURN head / den;
END
$$;
SELECT c.x, c.tx, c.cap_t AS "T", c.t AS horizon,
       pg_temp.sig(bgnbd_expected_purchases(m, c.t, c.x, c.tx, c.cap_t)) AS expected,
       abs(bgnbd_expected_purchases(m, c.t, c.x, c.tx, c.cap_t)::numeric
           / pg_temp.ey_reference(m, c.t, c.x, c.tx, c.cap_t) - 1) < 1e-12 AS equal_to_1e_12
FROM fits, (VALUES (2, 30.43, 38.86, 39), (0, 0, 38.86, 39), (1, 1.71, 38.86, 1), (30, 38, 38.86, 52),
                   (500, 38, 38.86, 39), (500, 38.86, 38.86, 104), (800, 30, 38.86, 39),
                   (0, 0, 0, 52), (3, 10, 20, 520)) AS c(x, tx, cap_t, t)
WHERE data = 'summary' ORDER BY c.x, c.t;
-- no horizon, no purchase; P(alive) is 1 without repeat purchases and falls
-- as the time since the last purchase grows
SELECT bgnbd_expected_purchases(m, 0, 2, 30.43, 38.86) AS no_horizon,
       bgnbd_p_alive(m, 0, 0, 38.86) AS no_repeat,
       pg_temp.sig(bgnbd_p_alive(m, 5, 38.86, 38.86)) AS just_bought,
       pg_temp.sig(bgnbd_p_alive(m, 5, 10, 38.86)) AS quiet_for_29_weeks,
       bgnbd_p_alive(m, 5000, 1, 38.86) AS gone
FROM fits WHERE data = 'summary';

-- Same model with a parallel plan (partial states merged by the combine
-- function) as serially, to the last bit.
CREATE TABLE cdnow_shared AS SELECT * FROM cdnow_rfm;	-- temporary tables are not scanned in parallel
ANALYZE cdnow_shared;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SET parallel_leader_participation = off;
EXPLAIN (COSTS OFF) SELECT bgnbd_fit(frequency, recency, t), gamma_gamma_fit(frequency, monetary) FROM cdnow_shared;
SELECT p.bg = f.m AS bgnbd_equal, p.gg = (SELECT gamma_gamma_fit(frequency, monetary) FROM cdnow_rfm) AS gamma_gamma_equal
FROM (SELECT bgnbd_fit(frequency, recency, t) AS bg, gamma_gamma_fit(frequency, monetary) AS gg FROM cdnow_shared) AS p,
     fits AS f WHERE f.data = 'rfm_agg';
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather;
RESET parallel_leader_participation;
DROP TABLE cdnow_shared;

-- The state holds each distinct (frequency, recency, t) once, with its
-- customers: the 2,357 CDNOW customers make 1,390 distinct summaries.  (An
-- aggregate without a final function shows the state it builds.)
CREATE AGGREGATE pg_temp.bgnbd_state_of(float8, float8, float8) (
    SFUNC = bgnbd_fit_accum, STYPE = bgnbd_state, COMBINEFUNC = bgnbd_fit_combine);
CREATE TEMP TABLE cdnow_state AS SELECT pg_temp.bgnbd_state_of(x, t_x, t) AS s FROM cdnow_summary;
SELECT (SELECT count(DISTINCT (x, t_x, t)) FROM cdnow_summary) AS distinct_summaries,
       (SELECT count(*) FROM json_array_elements(s::text::json -> 'rows')) AS state_rows,
       (SELECT sum((r ->> 3)::int) FROM json_array_elements(s::text::json -> 'rows') AS r) AS customers,
       left(s::text, 60) AS state_starts
FROM cdnow_state;
-- it reads back from its text and binary forms, and fits the same model
SELECT bgnbd_fit_final(s::text::bgnbd_state) = f.m AS text_form_fits_the_same,
       bgnbd_fit_final(bgnbd_state_recv_test) = f.m AS binary_form_fits_the_same
FROM cdnow_state, fits AS f,
     LATERAL (SELECT pg_temp.recv(bgnbd_state_send(s), 'bgnbd_state')::bgnbd_state AS bgnbd_state_recv_test) AS b
WHERE f.data = 'summary';

-- Gamma-Gamma: p = 6.25, q = 3.74, v = 15.45 published for the 946 CDNOW
-- customers with repeat purchases (customers with frequency 0 are not
-- counted), to two decimals; lifetimes' documentation prints more digits
-- for the summary (p = 6.248802, q = 3.744588, v = 15.447748): equal to
-- 1e-5.  From rfm_agg's unrounded means, v is 15.44.
CREATE TEMP TABLE gg_fits AS
SELECT 'summary' AS data, gamma_gamma_fit(x, zbar) AS g FROM cdnow_summary
UNION ALL
SELECT 'rfm_agg', gamma_gamma_fit(frequency, monetary) FROM cdnow_rfm;
SELECT data, round((g).p::numeric, 2) AS p, round((g).q::numeric, 2) AS q, round((g).v::numeric, 2) AS v,
       round((g).loglik::numeric, 1) AS loglik, (g).n, (g).converged,
       CASE WHEN data = 'summary' THEN
           abs((g).p / 6.248802 - 1) < 1e-5 AND abs((g).q / 3.744588 - 1) < 1e-5
           AND abs((g).v / 15.447748 - 1) < 1e-5 END AS lifetimes_to_1e_5
FROM gg_fits ORDER BY data DESC;
-- expected spend per purchase: p (v + x m) / (p x + q - 1); for x = 0 the
-- population mean p v / (q - 1)
SELECT pg_temp.sig(gamma_gamma_expected_spend(g, 2, 22.35)) AS customer_1,
       abs(gamma_gamma_expected_spend(g, 2, 22.35) / ((g).p * ((g).v + 2 * 22.35) / ((g).p * 2 + (g).q - 1)) - 1) < 1e-15 AS formula,
       pg_temp.sig(gamma_gamma_expected_spend(g, 0, 0)) AS new_customer,
       abs(gamma_gamma_expected_spend(g, 0, 0) / ((g).p * (g).v / ((g).q - 1)) - 1) < 1e-15 AS population_mean
FROM gg_fits WHERE data = 'summary';
-- no finite mean when p x + q <= 1: NULL
SELECT gamma_gamma_expected_spend(ROW(1, 0.5, 10, 0, 1, true)::gamma_gamma, 0, 0) IS NULL AS no_mean;

-- clv_predict: the sum over units i of spend x (E[X(i)] - E[X(i-1)]) /
-- (1 + d)^i, checked against that sum written in SQL, for 52 weeks at
-- 0.2 % a week
SELECT pg_temp.sig(clv_predict(bg := f.m, gg := g.g, frequency := 2, recency := 30.43, t := 38.86,
                                  monetary := 22.35, horizon := 52, discount_rate := 0.002)) AS clv_52_weeks,
       abs(clv_predict(f.m, g.g, 2, 30.43, 38.86, 22.35, 52, 0.002)
           / (SELECT sum(gamma_gamma_expected_spend(g.g, 2, 22.35)
                         * (bgnbd_expected_purchases(f.m, i, 2, 30.43, 38.86)
                            - bgnbd_expected_purchases(f.m, i - 1, 2, 30.43, 38.86))
                         / 1.002 ^ i)
              FROM generate_series(1, 52) AS i) - 1) < 1e-12 AS equal_to_the_sum,
       clv_predict(f.m, g.g, 2, 30.43, 38.86, 22.35, 0, 0.002) AS no_horizon,
       pg_temp.sig(clv_predict(f.m, g.g, 0, 0, 38.86, 0, 52, 0)) AS one_time_buyer
FROM fits AS f, gg_fits AS g WHERE f.data = 'summary' AND g.data = 'summary';

-- CLV and P(alive) for every CDNOW customer: finite, and summed by frequency
SELECT least(frequency, 3) AS frequency, count(*) AS customers,
       round(avg(bgnbd_p_alive(f.m, frequency, recency, t))::numeric, 3) AS p_alive,
       round(avg(bgnbd_expected_purchases(f.m, 39, frequency, recency, t))::numeric, 3) AS next_39_weeks,
       round(avg(clv_predict(f.m, g.g, frequency, recency, t, monetary, 52, 0.002))::numeric, 2) AS clv_52_weeks
FROM cdnow_rfm, fits AS f, gg_fits AS g WHERE f.data = 'rfm_agg' AND g.data = 'rfm_agg'
GROUP BY 1 ORDER BY 1;

-- Too few customers, or data that say nothing of repeat buying: NULL with a
-- NOTICE that says why.  No row: NULL, silently.
SELECT bgnbd_fit(x, tx, t) FROM (VALUES (1, 2, 10), (0, 0, 5), (2, 3, 8)) AS v(x, tx, t);
SELECT bgnbd_fit(0, 0, t) FROM generate_series(1, 100) AS t;
SELECT gamma_gamma_fit(x, m) FROM (VALUES (1, 2.0), (2, 3.0), (0, 0)) AS v(x, m);
SELECT bgnbd_fit(x, t_x, t) IS NULL AS bgnbd_empty, gamma_gamma_fit(x, zbar) IS NULL AS gamma_gamma_empty
FROM cdnow_summary WHERE false;
-- rows with a NULL are skipped, as avg skips them
SELECT (bgnbd_fit(x, t_x, t)).n AS bgnbd_n, (gamma_gamma_fit(x, zbar)).n AS gamma_gamma_n
FROM (SELECT x, CASE WHEN id % 10 = 0 THEN NULL ELSE t_x END AS t_x, t, zbar FROM cdnow_summary) AS s;

-- Hostile but valid: every customer alike.  The likelihood has a ridge
-- of equal maxima, no estimate is one: NULL with a NOTICE that says why.
-- Likewise two kinds of customers only.
SELECT bgnbd_fit(3, 20, 30) IS NULL AS bgnbd_alike FROM generate_series(1, 1000);
SELECT gamma_gamma_fit(3, 25) IS NULL AS gamma_gamma_alike FROM generate_series(1, 1000);
SELECT bgnbd_fit(CASE WHEN i % 2 = 0 THEN 3 ELSE 0 END, CASE WHEN i % 2 = 0 THEN 20 ELSE 0 END, 30) IS NULL AS two_kinds
FROM generate_series(1, 1000) AS i;

-- Spend that never varies around a customer's mean: the maximum lies at
-- infinity (q and v without bound), and the fit ends, within its bounded
-- iterations, with converged = false.  (Its NOTICE says whether it ran out
-- of iterations or reached the edge, which depends on libm's last bits, so
-- it is not shown here.)
SET client_min_messages = warning;
SELECT (g).converged, (g).n, (g).q > 1e6 AS q_runs_off
FROM (SELECT gamma_gamma_fit(x, 10 + x) AS g FROM (SELECT 1 + i % 5 AS x FROM generate_series(1, 2000) AS i) AS s) AS f;
RESET client_min_messages;

-- A population of 1,000,000 customers with heavy buyers (500 to 1,000
-- purchases) and customers first seen on the last day (t = 0): finite
-- estimates, no overflow, no NaN, every prediction in range.
CREATE TEMP TABLE population AS
SELECT i, x, CASE WHEN x = 0 THEN 0 ELSE round((t * (0.5 + 0.5 * ((i * 7919) % 1000) / 1000.0))::numeric, 2)::float8 END AS tx, t
FROM (SELECT i,
             CASE WHEN i % 100 = 1 THEN 500 + i % 501 WHEN i % 3 = 0 THEN 0 ELSE (i * 31) % 9 END AS x,
             CASE WHEN i % 50 = 0 THEN 0 ELSE 1 + (i * 13) % 104 END::float8 AS t
      FROM generate_series(1::bigint, 1000000) AS i) AS s;
UPDATE population SET x = 0, tx = 0 WHERE t = 0;
SELECT count(*) FILTER (WHERE x >= 500) AS heavy_buyers, count(*) FILTER (WHERE t = 0) AS first_seen_on_the_last_day
FROM population;
-- (PostgreSQL orders NaN above Infinity: "< 'Infinity'" refuses both)
SELECT (m).converged, (m).n,
       (m).r > 0 AND (m).alpha > 0 AND (m).a > 0 AND (m).b > 0 AND
       (m).r < 'Infinity' AND (m).alpha < 'Infinity' AND (m).a < 'Infinity' AND (m).b < 'Infinity' AS positive_finite,
       (m).loglik > '-Infinity' AND (m).loglik < 'Infinity' AS finite_loglik,
       (SELECT count(*) FROM population
        WHERE bgnbd_expected_purchases(m, 52, x, tx, t) NOT BETWEEN 0 AND 1e6
           OR bgnbd_p_alive(m, x, tx, t) NOT BETWEEN 0 AND 1) AS out_of_range_predictions
FROM (SELECT bgnbd_fit(x, tx, t) AS m FROM population) AS s;

-- Bad input: ERROR with its SQLSTATE, nothing skipped or clamped.
SELECT pg_temp.err(q) FROM (VALUES
    ($$SELECT bgnbd_fit(-1, 0, 10)$$),
    ($$SELECT bgnbd_fit(2, -1, 10)$$),
    ($$SELECT bgnbd_fit(2, 5, -10)$$),
    ($$SELECT bgnbd_fit(2.5, 5, 10)$$),
    ($$SELECT bgnbd_fit(2, 11, 10)$$),
    ($$SELECT bgnbd_fit(0, 3, 10)$$),
    ($$SELECT bgnbd_fit('NaN', 5, 10)$$),
    ($$SELECT bgnbd_fit(2, 'Infinity', 'Infinity')$$),
    ($$SELECT gamma_gamma_fit(-1, 10)$$),
    ($$SELECT gamma_gamma_fit(2, 0)$$),
    ($$SELECT gamma_gamma_fit(2, -5)$$),
    ($$SELECT gamma_gamma_fit(0, 'NaN')$$),
    ($$SELECT gamma_gamma_fit(1.5, 10)$$),
    ($$SELECT bgnbd_expected_purchases(ROW(0.24, 4.4, -0.8, 2.4, 0, 1, true)::bgnbd, 39, 2, 30, 38)$$),
    ($$SELECT bgnbd_expected_purchases(ROW(NULL, 4.4, 0.8, 2.4, 0, 1, true)::bgnbd, 39, 2, 30, 38)$$),
    ($$SELECT bgnbd_expected_purchases(ROW(0.24, 'Infinity', 0.8, 2.4, 0, 1, true)::bgnbd, 39, 2, 30, 38)$$),
    ($$SELECT bgnbd_expected_purchases(ROW(0.24, 4.4, 0.8, 2.4, 0, 1, true)::bgnbd, -1, 2, 30, 38)$$),
    ($$SELECT bgnbd_expected_purchases(ROW(0.24, 4.4, 0.8, 2.4, 0, 1, true)::bgnbd, 'NaN', 2, 30, 38)$$),
    ($$SELECT bgnbd_expected_purchases(ROW(0.24, 4.4, 0.8, 2.4, 0, 1, true)::bgnbd, 39, 2, 40, 38)$$),
    ($$SELECT bgnbd_p_alive(ROW(0.24, 4.4, 0.8, 2.4, 0, 1, true)::bgnbd, 2.5, 30, 38)$$),
    ($$SELECT gamma_gamma_expected_spend(ROW(6, 0, 15, 0, 1, true)::gamma_gamma, 2, 20)$$),
    ($$SELECT gamma_gamma_expected_spend(ROW(6, 3.7, 15, 0, 1, true)::gamma_gamma, 2, 0)$$),
    ($$SELECT clv_predict(ROW(0.24, 4.4, 0.8, 2.4, 0, 1, true)::bgnbd, ROW(6, 3.7, 15, 0, 1, true)::gamma_gamma, 2, 30, 38, 20, -1, 0.01)$$),
    ($$SELECT clv_predict(ROW(0.24, 4.4, 0.8, 2.4, 0, 1, true)::bgnbd, ROW(6, 3.7, 15, 0, 1, true)::gamma_gamma, 2, 30, 38, 20, 100001, 0.01)$$),
    ($$SELECT clv_predict(ROW(0.24, 4.4, 0.8, 2.4, 0, 1, true)::bgnbd, ROW(6, 3.7, 15, 0, 1, true)::gamma_gamma, 2, 30, 38, 20, 52, 10)$$),
    ($$SELECT clv_predict(ROW(0.24, 4.4, 0.8, 2.4, 0, 1, true)::bgnbd, ROW(6, 3.7, 15, 0, 1, true)::gamma_gamma, 2, 30, 38, 20, 52, -0.01)$$),
    ($$SELECT clv_predict(ROW(0.24, 4.4, 0.8, 2.4, 0, 1, true)::bgnbd, ROW(6, 3.7, 15, 0, 1, true)::gamma_gamma, 2, 30, 38, 20, 52, 'NaN')$$),
    ($$SELECT clv_predict(ROW(0.24, 4.4, 0.8, 2.4, 0, 1, true)::bgnbd, ROW(6, 3.7, 15, 0, 1, true)::gamma_gamma, 2, 30, 38, 0, 52, 0.01)$$)
) AS t(q);

-- The states: real types with text and binary forms, read back and
-- validated; the transition and combine functions also work outside an
-- aggregate, on copies.
SELECT bgnbd_fit_accum(bgnbd_fit_accum(bgnbd_fit_accum(NULL, 2, 30.43, 38.86), 0, 0, 38.86), 2, 30.43, 38.86) AS bgnbd_state,
       gamma_gamma_fit_accum(gamma_gamma_fit_accum(NULL, 2, 22.35), 0, 0) AS gamma_gamma_state;
SELECT bgnbd_fit_combine('{"rows":[[0,0,38.86,3],[2,30.43,38.86,1]]}', '{"rows":[[0,0,38.86,1],[1,1.71,38.86,2]]}') AS combined,
       bgnbd_fit_final('{"rows":[[0,0,38.86,3],[1,1.71,38.86,1]]}') IS NULL AS two_summaries,
       gamma_gamma_fit_combine(NULL, '{"rows":[[1,11.77,2]]}') AS from_null;
SELECT s::text = t AS text_round_trip, pg_temp.recv(bgnbd_state_send(s), 'bgnbd_state') = t AS binary_round_trip
FROM (SELECT t, t::bgnbd_state AS s FROM (VALUES
    ('{"rows":[]}'), ('{"rows":[[0,0,0,5],[0,0,38.86,9223372036854775800],[1000000,0.1,1e+300,1]]}')) AS v(t)) AS w;
SELECT s::text = t AS text_round_trip, pg_temp.recv(gamma_gamma_state_send(s), 'gamma_gamma_state') = t AS binary_round_trip
FROM (SELECT t, t::gamma_gamma_state AS s FROM (VALUES
    ('{"rows":[]}'), ('{"rows":[[1,5e-324,1],[2,22.35,7],[500,1e+308,2]]}')) AS v(t)) AS w;
SELECT pg_temp.err(format('SELECT %L::%s', t, typ)) FROM (VALUES
    ('bgnbd_state', '{"rows":[[0,0,38.86,0]]}'),
    ('bgnbd_state', '{"rows":[[2,30,38,1],[1,1,38,1]]}'),
    ('bgnbd_state', '{"rows":[[1,1,38,1],[1,1,38,1]]}'),
    ('bgnbd_state', '{"rows":[[1,40,38,1]]}'),
    ('bgnbd_state', '{"rows":[[1.5,1,38,1]]}'),
    ('bgnbd_state', '{"rows":[[0,1,38,1]]}'),
    ('bgnbd_state', '{"rows":[[1,1,1e999,1]]}'),
    ('bgnbd_state', '{"rows":[[1,1,38,9223372036854775807],[2,1,38,1]]}'),
    ('bgnbd_state', '{"rows":[[1,1,38]]}'),
    ('bgnbd_state', '{"rows":[[1,1,38,1],]}'),
    ('bgnbd_state', '{"rows":[[1,1,NaN,1]]}'),
    ('bgnbd_state', '{"rows":[]} x'),
    ('gamma_gamma_state', '{"rows":[[0,0,1]]}'),
    ('gamma_gamma_state', '{"rows":[[2,0,1]]}'),
    ('gamma_gamma_state', '{"rows":[[2,-3,1]]}'),
    ('gamma_gamma_state', '{"rows":[[2,3,1,1]]}')
) AS v(typ, t);
-- binary: version, flags, dims, unused, int32 rows, then per row the
-- float8 values and an int64 count
SELECT pg_temp.recv(b, typ) FROM (VALUES
    ('bgnbd_state', '\x01000300'::bytea || int4send(1) || float8send(1) || float8send(1) || float8send(38) || int8send(2)),
    ('bgnbd_state', '\x02000300'::bytea || int4send(0)),
    ('bgnbd_state', '\x01000200'::bytea || int4send(0)),
    ('bgnbd_state', '\x01010300'::bytea || int4send(0)),
    ('bgnbd_state', '\x01000300'::bytea || int4send(1) || float8send(1)),
    ('bgnbd_state', '\x01000300'::bytea || int4send(1) || float8send(1) || float8send(40) || float8send(38) || int8send(2)),
    ('bgnbd_state', '\x01000300'::bytea || int4send(1) || float8send(1) || float8send(1) || float8send('NaN') || int8send(2)),
    ('bgnbd_state', '\x01000300'::bytea || int4send(2) || float8send(1) || float8send(1) || float8send(38) || int8send(2)
                    || float8send(1) || float8send(1) || float8send(38) || int8send(2)),
    ('bgnbd_state', '\x010003'::bytea),
    ('gamma_gamma_state', '\x01000200'::bytea || int4send(1) || float8send(2) || float8send(22.35) || int8send(1)),
    ('gamma_gamma_state', '\x01000200'::bytea || int4send(1) || float8send(2) || float8send(0) || int8send(1)),
    ('gamma_gamma_state', '\x01000200'::bytea || int4send(1) || float8send(2) || float8send(5) || int8send(-1)),
    ('gamma_gamma_state', '\x01000200'::bytea || int4send(-1))
) AS v(typ, b);
