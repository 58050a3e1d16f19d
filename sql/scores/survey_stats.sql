-- survey_stats: csat_stats, ces_stats, csat_diff, ces_diff, unnest(score_dist)
-- and series(rb, metric), on small distributions whose figures are also
-- computed here by formulas in plain SQL numeric arithmetic (no pgcx), and
-- every error path.  "ok" columns say that pgcx agrees with the formula to
-- 1e-10 (relative, or absolute below 1).
\i sql/include/setup.sql

-- near(x, y): x (pgcx) equals y (the formula) to 1e-10; both NULL is equal
CREATE FUNCTION pg_temp.near(x float8, y numeric) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN x IS NULL OR y IS NULL THEN x IS NULL AND y IS NULL
                ELSE abs(x::numeric - y) <= 1e-10 * greatest(1, abs(y)) END
$$;
-- Wilson 95 % interval in %: (k + z^2/2 -+ z sqrt(k (n - k)/n + z^2/4)) / (n + z^2)
CREATE FUNCTION pg_temp.wilson(k numeric, n numeric, OUT lo numeric, OUT hi numeric)
LANGUAGE sql IMMUTABLE AS $$
    SELECT 100 * (k + z * z / 2 - z * sqrt(k * (n - k) / n + z * z / 4)) / (n + z * z),
           100 * (k + z * z / 2 + z * sqrt(k * (n - k) / n + z * z / 4)) / (n + z * z)
    FROM (SELECT 1.959963984540054::numeric AS z) AS c
$$;
-- the 97.5 % quantile of Student's t in closed form for 1, 2 and 4 df:
-- tan(pi (p - 1/2)); (2p - 1) / sqrt(2 p (1 - p)); 2 sqrt(cos(theta/3) /
-- sqrt(a) - 1) with a = 4 p (1 - p), theta = acos(sqrt(a))
CREATE FUNCTION pg_temp.t975(df int) RETURNS numeric
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE df WHEN 1 THEN tan(pi() * 0.475)::numeric
                   WHEN 2 THEN 0.95 / sqrt(2 * 0.975 * 0.025)
                   WHEN 4 THEN (2 * sqrt(cos(acos(sqrt(0.0975::float8)) / 3) / sqrt(0.0975::float8) - 1))::numeric
           END
$$;
-- standard normal upper tail 1 - Phi(z) for z >= 0 by the series
-- Phi(z) = 1/2 + phi(z) (z + z^3/3 + z^5/(3*5) + ...), 200 terms
CREATE FUNCTION pg_temp.normal_sf(z numeric) RETURNS numeric
LANGUAGE sql IMMUTABLE AS $$
    WITH RECURSIVE term(k, v) AS (
        SELECT 0, z
        UNION ALL
        SELECT k + 1, v * z * z / (2 * k + 3) FROM term WHERE k < 200)
    SELECT 0.5 - exp(-z * z / 2) / sqrt(2 * pi()::numeric) * sum(v) FROM term
$$;

-- csat_stats.  1-5 answers 1,2,3,3,4,4,4,5,5,5: n 10, satisfied (4 and 5) 6,
-- CSAT 60, std_error 100 sqrt(0.6 x 0.4 / 10) = 15.49, Wilson 31.27..83.18
SELECT n, satisfied, csat, round(std_error::numeric, 4) AS std_error,
       round(ci_low::numeric, 4) AS ci_low, round(ci_high::numeric, 4) AS ci_high,
       pg_temp.near(std_error, 100 * sqrt(0.6 * 0.4 / 10)) AND pg_temp.near(ci_low, (pg_temp.wilson(6, 10)).lo)
       AND pg_temp.near(ci_high, (pg_temp.wilson(6, 10)).hi) AS ok
FROM csat_stats('{"lo":1,"hi":5,"counts":[1,1,2,3,3]}');
-- every answer satisfied (p = 1): the Wilson interval ends at exactly 100
-- and keeps a width (n / (n + z^2) = 51.01 % for n = 4); std_error 0.
-- None satisfied: it starts at exactly 0.  One answer: 20.65..100.
SELECT label, n, satisfied, csat, std_error, ci_low, ci_high,
       pg_temp.near(ci_low, (pg_temp.wilson(satisfied, n)).lo)
       AND pg_temp.near(ci_high, (pg_temp.wilson(satisfied, n)).hi) AS ok
FROM (VALUES ('all satisfied', '{"lo":1,"hi":5,"counts":[0,0,0,0,4]}'::score_dist),
             ('none satisfied', '{"lo":1,"hi":5,"counts":[3,0,0,0,0]}'),
             ('one answer', '{"lo":1,"hi":5,"counts":[0,0,0,0,1]}'),
             ('1-10 scale', '{"lo":1,"hi":10,"counts":[0,0,0,0,0,0,0,1,2,1]}'),
             ('0-10, above 7', '{"lo":0,"hi":10,"counts":[1,0,0,0,0,0,0,0,1,1,1]}')) AS v(label, d),
     LATERAL csat_stats(d);
-- no answer: NULL
SELECT csat_stats('{"lo":1,"hi":5,"counts":[0,0,0,0,0]}') IS NULL AS empty_is_null;
-- 0-10 answers that all lie at or below 7 come from a smaller scale
SELECT pg_temp.err($$SELECT csat_stats('{"lo":0,"hi":10,"counts":[0,1,0,2,5,1,0,0,0,0,0]}')$$);

-- ces_stats.  1-7 answers 3, 6: n 2, mean 4.5, sd sqrt(4.5) = 2.1213,
-- std_error 1.5, t interval with 1 df: 4.5 -+ 12.7062 x 1.5.
-- 1-7 answers 2, 4, 6: mean 4, sd 2, se 2/sqrt 3, 2 df.
-- 1-5 answers 1, 2, 2, 4, 5: mean 2.8, sd sqrt(2.7), 4 df.
SELECT label, n, mean, round(std_dev::numeric, 6) AS std_dev, round(std_error::numeric, 6) AS std_error,
       round(ci_low::numeric, 6) AS ci_low, round(ci_high::numeric, 6) AS ci_high,
       pg_temp.near(mean, m) AND pg_temp.near(std_dev, sqrt(v)) AND pg_temp.near(std_error, sqrt(v / n))
       AND pg_temp.near(ci_low, m - pg_temp.t975(n::int - 1) * sqrt(v / n))
       AND pg_temp.near(ci_high, m + pg_temp.t975(n::int - 1) * sqrt(v / n)) AS ok
FROM (VALUES ('two', '{"lo":1,"hi":7,"counts":[0,0,1,0,0,1,0]}'::score_dist, 4.5, 4.5),
             ('three', '{"lo":1,"hi":7,"counts":[0,1,0,1,0,1,0]}', 4, 4),
             ('five', '{"lo":1,"hi":5,"counts":[1,2,0,1,1]}', 2.8, 2.7)) AS v(label, d, m, v),
     LATERAL ces_stats(d);
-- one answer: mean only (a sample standard deviation needs two); all
-- answers equal: sd 0 and a zero-width interval; no answer: NULL
SELECT (ces_stats('{"lo":1,"hi":7,"counts":[0,0,0,0,1,0,0]}')).*;
SELECT (ces_stats('{"lo":1,"hi":7,"counts":[0,0,0,0,6,0,0]}')).*;
SELECT ces_stats('{"lo":1,"hi":7,"counts":[0,0,0,0,0,0,0]}') IS NULL AS empty_is_null;
-- large counts: the variance from exact integer sums.  2^62 answers of 1
-- and 2^62 of 2 on 1-2: mean 1.5, variance n/(4(n-1)) (n = 2^63 - 1 would
-- overflow, so one answer less of 2)
SELECT n, mean = 1.5 - 0.5 / n AS mean_ok, pg_temp.near(std_dev, sqrt(0.25 * (n::numeric * n - 1) / (n::numeric * (n - 1)))) AS sd_ok
FROM ces_stats('{"lo":1,"hi":2,"counts":[4611686018427387904,4611686018427387903]}');

-- csat_diff.  a = 1-5 [1,1,2,3,3] (6/10 satisfied), b = [2,2,2,1,1] (2/8):
-- diff 60 - 25 = 35, std_error 100 sqrt(.24/10 + .1875/8), z = diff / se,
-- p = 2 (1 - Phi(|z|)), 95 % Wald interval diff -+ z975 se
SELECT round(diff::numeric, 6) AS diff, round(std_error::numeric, 6) AS std_error,
       round(z::numeric, 6) AS z, round(p_value::numeric, 6) AS p_value,
       round(ci_low::numeric, 6) AS ci_low, round(ci_high::numeric, 6) AS ci_high,
       pg_temp.near(diff, 35) AND pg_temp.near(std_error, se) AND pg_temp.near(z, 35 / se)
       AND pg_temp.near(p_value, 2 * pg_temp.normal_sf(35 / se))
       AND pg_temp.near(ci_low, 35 - 1.959963984540054 * se) AND pg_temp.near(ci_high, 35 + 1.959963984540054 * se) AS ok
FROM csat_diff('{"lo":1,"hi":5,"counts":[1,1,2,3,3]}', '{"lo":1,"hi":5,"counts":[2,2,2,1,1]}'),
     LATERAL (SELECT 100 * sqrt(0.24 / 10 + 0.1875 / 8) AS se) AS f;
-- both all satisfied: std_error 0, so z and p_value are NULL; a side with
-- no answer: NULL
SELECT (csat_diff('{"lo":1,"hi":5,"counts":[0,0,0,1,1]}', '{"lo":1,"hi":5,"counts":[0,0,0,0,3]}')).*;
SELECT csat_diff('{"lo":1,"hi":5,"counts":[0,0,0,1,1]}', '{"lo":1,"hi":5,"counts":[0,0,0,0,0]}') IS NULL AS empty_is_null;
SELECT pg_temp.err($$SELECT csat_diff('{"lo":1,"hi":5,"counts":[0,0,0,1,1]}', '{"lo":1,"hi":7,"counts":[0,0,0,0,0,1,1]}')$$);
SELECT pg_temp.err($$SELECT csat_diff('{"lo":0,"hi":10,"counts":[0,0,0,0,0,0,0,0,0,1,1]}', '{"lo":0,"hi":10,"counts":[0,1,0,2,5,1,0,0,0,0,0]}')$$);

-- ces_diff.  a = 1-7 answers 5, 7 (mean 6, variance 2), b = 2, 4 (mean 3,
-- variance 2): diff 3, std_error sqrt(2/2 + 2/2) = sqrt 2, t = 3/sqrt 2,
-- Welch df = (1 + 1)^2 / (1/1 + 1/1) = 2, two-sided p with 2 df
-- = 1 - |t| / sqrt(2 + t^2), interval 3 -+ t975(2) sqrt 2
SELECT diff, round(std_error::numeric, 6) AS std_error, round(t::numeric, 6) AS t, df,
       round(p_value::numeric, 6) AS p_value, round(ci_low::numeric, 6) AS ci_low, round(ci_high::numeric, 6) AS ci_high,
       pg_temp.near(std_error, sqrt(2.0)) AND pg_temp.near(t, 3 / sqrt(2.0)) AND pg_temp.near(df, 2)
       AND pg_temp.near(p_value, 1 - (3 / sqrt(2.0)) / sqrt(2 + 4.5))
       AND pg_temp.near(ci_low, 3 - pg_temp.t975(2) * sqrt(2.0)) AND pg_temp.near(ci_high, 3 + pg_temp.t975(2) * sqrt(2.0)) AS ok
FROM ces_diff('{"lo":1,"hi":7,"counts":[0,0,0,0,1,0,1]}', '{"lo":1,"hi":7,"counts":[0,1,0,1,0,0,0]}');
-- unequal variances and sizes: a = 1, 2, 3, 4, 5 (variance 2.5, n 5), b =
-- 4, 4, 5 (variance 1/3, n 3): va = 0.5, vb = 1/9, Welch df
-- = (0.5 + 1/9)^2 / (0.25/4 + (1/81)/2); t = (3 - 13/3) / sqrt(0.5 + 1/9)
SELECT round(diff::numeric, 6) AS diff, round(t::numeric, 6) AS t, round(df::numeric, 6) AS df,
       pg_temp.near(diff, 3 - 13 / 3.0) AND pg_temp.near(std_error, sqrt(0.5 + 1 / 9.0))
       AND pg_temp.near(df, (0.5 + 1 / 9.0) ^ 2 / (0.25 / 4 + (1 / 81.0) / 2)) AS ok
FROM ces_diff('{"lo":1,"hi":5,"counts":[1,1,1,1,1]}', '{"lo":1,"hi":5,"counts":[0,0,0,2,1]}');
-- one answer on a side: the difference only; equal answers on both sides
-- (std_error 0): the difference only; a side without answers: NULL
SELECT (ces_diff('{"lo":1,"hi":7,"counts":[0,0,0,0,1,0,0]}', '{"lo":1,"hi":7,"counts":[0,1,0,1,0,0,0]}')).*;
SELECT (ces_diff('{"lo":1,"hi":7,"counts":[0,0,0,0,3,0,0]}', '{"lo":1,"hi":7,"counts":[0,2,0,0,0,0,0]}')).*;
SELECT ces_diff('{"lo":1,"hi":7,"counts":[0,0,0,0,3,0,0]}', '{"lo":1,"hi":7,"counts":[0,0,0,0,0,0,0]}') IS NULL AS empty_is_null;
SELECT pg_temp.err($$SELECT ces_diff('{"lo":1,"hi":5,"counts":[0,0,0,1,1]}', '{"lo":1,"hi":7,"counts":[0,0,0,0,0,1,1]}')$$);

-- unnest(score_dist): one row per score, lowest first, shares in %
SELECT * FROM unnest('{"lo":1,"hi":5,"counts":[1,1,2,3,3]}'::score_dist);
SELECT * FROM unnest('{"lo":0,"hi":3,"counts":[0,0,0,0]}'::score_dist);
-- the rows add up to n and to 100 %, and the mean they give is mean(d)
SELECT (SELECT sum(answers) FROM unnest(d)) = n(d) AS n_ok,
       (SELECT round(sum(share)::numeric, 10) FROM unnest(d)) AS total_share,
       pg_temp.near(mean(d), (SELECT sum(score * answers)::numeric / sum(answers) FROM unnest(d))) AS mean_ok
FROM (SELECT '{"lo":0,"hi":10,"counts":[3,1,4,1,5,9,2,6,5,3,5]}'::score_dist AS d) AS t;
-- PostgreSQL's own unnest is unaffected
SELECT unnest(ARRAY[3, 1]) AS from_array, unnest('a b'::tsvector) AS from_tsvector;
SELECT * FROM unnest(ARRAY[1, 2], ARRAY['x', 'y']);

-- series(rb, metric).  A 1-5 window of three months: January 5, 3, 4, 4, 4
-- (CSAT 80, Wilson 37.55..96.38; mean 4, variance 0.5, t interval with 4
-- df), February empty, March 5 (one answer: no t interval)
CREATE TEMP TABLE w5 AS
SELECT rolling_benchmark(at, score, '1 month', 3, 1, 5) AS rb
FROM (VALUES ('2026-01-05'::date, 5), ('2026-01-07', 3), ('2026-01-20', 4), ('2026-01-31', 4),
             ('2026-01-31', 4), ('2026-03-01', 5)) AS t(at, score);
SELECT period_start, n, nps, csat, mean, top2, value, round(std_error::numeric, 6) AS std_error,
       round(ci_low::numeric, 6) AS ci_low, round(ci_high::numeric, 6) AS ci_high
FROM series((SELECT rb FROM w5), 'csat');
SELECT period_start, n, value, round(std_error::numeric, 6) AS std_error,
       round(ci_low::numeric, 6) AS ci_low, round(ci_high::numeric, 6) AS ci_high
FROM series((SELECT rb FROM w5), 'ces');
-- January's intervals by the formulas, and the first five columns are
-- series(rb)'s
SELECT m.metric, s.period_start,
       CASE m.metric WHEN 'top2' THEN pg_temp.near(s.ci_low, (pg_temp.wilson(4, 5)).lo)
                                      AND pg_temp.near(s.ci_high, (pg_temp.wilson(4, 5)).hi)
                     ELSE pg_temp.near(s.ci_low, 4 - pg_temp.t975(4) * sqrt(0.5 / 5))
                          AND pg_temp.near(s.ci_high, 4 + pg_temp.t975(4) * sqrt(0.5 / 5)) END AS ok
FROM (VALUES ('top2'), ('mean')) AS m(metric),
     LATERAL series((SELECT rb FROM w5), m.metric) AS s
WHERE s.n = 5;
SELECT bool_and(a.period_start = b.period_start AND a.n = b.n AND a.nps IS NOT DISTINCT FROM b.nps
                AND a.csat IS NOT DISTINCT FROM b.csat AND a.mean IS NOT DISTINCT FROM b.mean
                AND a.top2 IS NOT DISTINCT FROM a.csat) AS same_as_series
FROM series((SELECT rb FROM w5), 'mean') WITH ORDINALITY AS a
JOIN series((SELECT rb FROM w5)) WITH ORDINALITY AS b USING (ordinality);
-- a 0-10 window read as NPS: every period as nps_stats reads its answers
CREATE TEMP TABLE w10 AS
SELECT rolling_benchmark(at, score, '1 month', 2) AS rb
FROM (VALUES ('2026-01-05'::date, 10), ('2026-01-07', 3), ('2026-01-20', 9),
             ('2026-02-01', 8), ('2026-02-02', 10)) AS t(at, score);
SELECT s.period_start, s.n, s.value, round(s.ci_low::numeric, 6) AS ci_low, round(s.ci_high::numeric, 6) AS ci_high,
       s.value = n.nps AND s.std_error = n.std_error AND s.ci_low = n.ci_low AND s.ci_high = n.ci_high AS same_as_nps_stats
FROM series((SELECT rb FROM w10), 'nps') AS s
JOIN (SELECT period_start, (nps_stats(score_dist_agg(score))).*
      FROM (VALUES ('2026-01-01'::date, 10), ('2026-01-01', 3), ('2026-01-01', 9),
                   ('2026-02-01', 8), ('2026-02-01', 10)) AS t(period_start, score)
      GROUP BY period_start) AS n USING (period_start);
-- the metric names of the one vocabulary, in any case
SELECT metric, count(*) AS periods, max(value) AS max_value
FROM (VALUES ('NPS'), ('csat'), ('Top2'), ('ces'), ('mean')) AS m(metric),
     LATERAL series((SELECT rb FROM w10), metric) GROUP BY metric ORDER BY metric;
-- errors: an unknown metric; nps on another scale; the csat metric of a
-- 0-10 window whose answers come from a smaller scale (a box read); other
-- metrics of such a window leave the box columns csat and top2 NULL with a
-- NOTICE; a NULL metric gives no row (the function is strict)
SELECT pg_temp.err($$SELECT * FROM series((SELECT rb FROM w5), 'nps_score')$$);
SELECT pg_temp.err($$SELECT * FROM series((SELECT rb FROM w5), 'nps')$$);
CREATE TEMP TABLE w_small AS
SELECT rolling_benchmark(at, score, '1 month', 2) AS rb
FROM (VALUES ('2026-01-05'::date, 4), ('2026-02-05', 5), ('2026-02-06', 2)) AS t(at, score);
SELECT pg_temp.err($$SELECT * FROM series((SELECT rb FROM w_small), 'csat')$$);
SELECT period_start, n, csat, top2, value, round(ci_low::numeric, 4) AS ci_low
FROM series((SELECT rb FROM w_small), 'mean');
SELECT count(*) AS rows_for_null_metric FROM series((SELECT rb FROM w5), NULL);
