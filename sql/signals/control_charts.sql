-- Control charts: nps_control_chart, csat_control_chart, ces_control_chart
-- on a rolling_benchmark and on arrays; the figures of a small series
-- worked by hand, empty periods, NULLs, both forms, every error path.
-- (tests/signals/test-control-charts checks every column against numpy.)
\i sql/include/setup.sql
\i sql/include/hint.sql

-- 1. A series of six months on 0-10: 10 answers each, promoters (10) and
--    detractors (0) only, then the detractors gain.  Months 1-4 are the
--    baseline: 20 promoters, 20 detractors, NPS 0, σ0 = 100 √(0.5 + 0.5 - 0)
--    = 100; std_error = 100 / √10 = 31.6228; month 5 is empty.
CREATE TABLE cc_answers (day date, score int);
INSERT INTO cc_answers
SELECT (date '2026-01-01' + make_interval(months => m - 1))::date, CASE WHEN i <= p THEN 10 ELSE 0 END
FROM (VALUES (1, 5), (2, 6), (3, 4), (4, 5), (6, 2), (7, 1)) AS v(m, p), generate_series(1, 10) AS i;
CREATE TABLE cc_rb AS SELECT rolling_benchmark(day, score, '1 month', 7) AS rb FROM cc_answers;
CREATE TABLE cc_arrays AS
SELECT array_agg(period_start ORDER BY period_start) AS periods,
       array_agg(coalesce(d, '{"lo":0,"hi":10,"counts":[0,0,0,0,0,0,0,0,0,0,0]}') ORDER BY period_start) AS dists
FROM (SELECT (date '2026-01-01' + make_interval(months => m))::date AS period_start FROM generate_series(0, 6) AS m) AS p
LEFT JOIN (SELECT date_trunc('month', day)::date AS period_start, score_dist_agg(score) AS d
           FROM cc_answers GROUP BY 1) AS a USING (period_start);
-- Shewhart: z = NPS / 31.6228 against ± 3; month 7 (NPS -80, z -2.53) stays
-- inside
SELECT period_start, n, estimate, round(std_error::numeric, 4) AS std_error, round(z::numeric, 4) AS z,
       round(statistic::numeric, 4) AS statistic, lower_limit, upper_limit, signal, direction
FROM nps_control_chart((SELECT rb FROM cc_rb), chart => 'shewhart', baseline_periods => 4);
-- CUSUM k 0.5, h 2: C⁻ grows by -z - 0.5 from month 6 (z -1.897, -2.530):
-- 1.397, then 3.427 > 2, a signal down
SELECT period_start, round(z::numeric, 4) AS z, round(statistic::numeric, 4) AS statistic,
       round(statistic_low::numeric, 4) AS statistic_low, lower_limit, upper_limit, signal, direction
FROM nps_control_chart((SELECT rb FROM cc_rb), chart => 'cusum', h => 2, baseline_periods => 4);
-- EWMA λ 0.5, L 2: Z_t = 0.5 z_t + 0.5 Z_{t-1}, limits 2 √(1/3 (1 - 0.25^t)),
-- t = 5 at month 6 (month 5 is empty and does not count): 1.1541
SELECT period_start, round(z::numeric, 4) AS z, round(statistic::numeric, 4) AS statistic,
       round(lower_limit::numeric, 4) AS lower_limit, round(upper_limit::numeric, 4) AS upper_limit,
       round((2 * sqrt(1.0 / 3 * (1 - 0.25 ^ t)))::numeric, 4) AS by_hand, signal, direction
FROM nps_control_chart((SELECT rb FROM cc_rb), lambda => 0.5, "limit" => 2, baseline_periods => 4)
     WITH ORDINALITY AS c, LATERAL (SELECT count(*) FILTER (WHERE n > 0) AS t
                                    FROM nps_control_chart((SELECT rb FROM cc_rb), lambda => 0.5, "limit" => 2, baseline_periods => 4)
                                         WITH ORDINALITY AS d WHERE d.ordinality <= c.ordinality) AS t;
-- the default EWMA limit is ewma_limit(lambda, 500)
SELECT DISTINCT round((upper_limit / sqrt(0.2 / 1.8 * (1 - 0.8 ^ 12)))::numeric, 9) AS l,
       round(ewma_limit(0.2, 500)::numeric, 9) AS ewma_limit
FROM nps_control_chart((SELECT rb FROM cc_rb), baseline_periods => 4) WHERE period_start = '2026-07-01'
UNION ALL
SELECT round(upper_limit::numeric, 9), round((ewma_limit(0.2, 500) * sqrt(0.2 / 1.8 * (1 - 0.8 ^ 2)))::numeric, 9)
FROM nps_control_chart((SELECT rb FROM cc_rb), baseline_periods => 4) WHERE period_start = '2026-01-01';
-- target and sigma replace the baseline: NPS 10 with σ 50
SELECT period_start, estimate, round(std_error::numeric, 4) AS std_error, round(z::numeric, 4) AS z
FROM nps_control_chart((SELECT rb FROM cc_rb), chart => 'shewhart', target => 10, sigma => 50)
WHERE n > 0 LIMIT 2;

-- 2. Both forms give the same rows, bit for bit, for every metric and chart
SELECT m, chart, count(*) AS rows,
       count(*) FILTER (WHERE NOT same) AS differ
FROM (VALUES ('nps'), ('csat'), ('ces')) AS ms(m), (VALUES ('shewhart'), ('ewma'), ('cusum')) AS cs(chart),
LATERAL (SELECT a IS NOT DISTINCT FROM b AS same
         FROM (SELECT row_number() OVER () AS i, r AS a FROM (
                 SELECT * FROM nps_control_chart((SELECT rb FROM cc_rb), chart, baseline_periods => 4) WHERE m = 'nps'
                 UNION ALL SELECT * FROM csat_control_chart((SELECT rb FROM cc_rb), chart, baseline_periods => 4) WHERE m = 'csat'
                 UNION ALL SELECT * FROM ces_control_chart((SELECT rb FROM cc_rb), chart, baseline_periods => 4) WHERE m = 'ces') AS r) AS x
         JOIN (SELECT row_number() OVER () AS i, r AS b FROM (
                 SELECT * FROM nps_control_chart((SELECT periods FROM cc_arrays), (SELECT dists FROM cc_arrays), chart, baseline_periods => 4) WHERE m = 'nps'
                 UNION ALL SELECT * FROM csat_control_chart((SELECT periods FROM cc_arrays), (SELECT dists FROM cc_arrays), chart, baseline_periods => 4) WHERE m = 'csat'
                 UNION ALL SELECT * FROM ces_control_chart((SELECT periods FROM cc_arrays), (SELECT dists FROM cc_arrays), chart, baseline_periods => 4) WHERE m = 'ces') AS r) AS y
         USING (i)) AS s
GROUP BY m, chart ORDER BY m, chart;
-- CSAT (top two boxes, 9-10: the promoters) and CES (the mean) of the series
SELECT period_start, n, estimate AS csat, round(z::numeric, 4) AS z
FROM csat_control_chart((SELECT rb FROM cc_rb), chart => 'shewhart', baseline_periods => 4);
SELECT period_start, estimate AS mean, round(std_error::numeric, 4) AS std_error, round(z::numeric, 4) AS z
FROM ces_control_chart((SELECT rb FROM cc_rb), chart => 'shewhart', baseline_periods => 4);

-- 3. Empty periods: estimate, std_error, z and signal NULL, the chart
--    carried over; empty periods first: the chart's start (0, EWMA limits 0)
SELECT period_start, n, estimate, z, statistic, statistic_low, lower_limit, upper_limit, signal, direction
FROM nps_control_chart(ARRAY['2026-01-01', '2026-02-01', '2026-03-01']::date[],
                       ARRAY['{"lo":0,"hi":10,"counts":[0,0,0,0,0,0,0,0,0,0,0]}',
                             '{"lo":0,"hi":10,"counts":[1,0,0,0,0,0,0,0,0,0,1]}',
                             '{"lo":0,"hi":10,"counts":[0,0,0,0,0,0,0,0,0,0,0]}']::score_dist[],
                       lambda => 1, "limit" => 3, baseline_periods => 2);

-- 4. NULLs: a NULL series gives no rows; limit, target and sigma may be NULL
SELECT count(*) AS rows FROM nps_control_chart(NULL::rolling_benchmark);
SELECT count(*) AS rows FROM csat_control_chart(NULL::date[], (SELECT dists FROM cc_arrays));
SELECT count(*) AS rows FROM ces_control_chart((SELECT periods FROM cc_arrays), NULL);
SELECT count(*) AS rows FROM ces_control_chart('{}'::date[], '{}'::score_dist[]);
SELECT count(*) AS rows FROM nps_control_chart((SELECT rb FROM cc_rb), "limit" => NULL, target => NULL, sigma => NULL, baseline_periods => 4);
-- the other options must not be NULL (22004), even for a NULL series
SELECT pg_temp.hint(format($$SELECT * FROM nps_control_chart(%L::rolling_benchmark, %s => NULL)$$, rb, o))
FROM cc_rb, unnest(ARRAY['chart', 'lambda', 'k', 'h', 'baseline_periods']) AS o;
SELECT pg_temp.hint($$SELECT * FROM nps_control_chart(NULL::rolling_benchmark, chart => NULL)$$);

-- 5. Options out of range: 22023 naming the value
SELECT pg_temp.err(format($$SELECT * FROM nps_control_chart(%L::rolling_benchmark, baseline_periods => 4, %s)$$, rb, o))
FROM cc_rb, unnest(ARRAY[
    $$lambda => 0$$, $$lambda => 1.5$$, $$lambda => 'NaN'$$,
    $$"limit" => 0$$, $$"limit" => -2$$, $$"limit" => 'Infinity'$$,
    $$chart => 'shewhart', "limit" => 'NaN'$$,
    $$k => -0.1$$, $$k => 'Infinity'$$, $$h => 0$$, $$h => -1$$, $$h => 'NaN'$$,
    $$target => 'Infinity'$$, $$sigma => 0$$, $$sigma => -5$$, $$sigma => 'NaN'$$]) AS o;
SELECT pg_temp.hint(format($$SELECT * FROM nps_control_chart(%L::rolling_benchmark, baseline_periods => %s)$$, rb, b))
FROM cc_rb, unnest(ARRAY[0, 8]) AS b;
-- an unknown chart, and limit given to cusum: the hint says what to give
SELECT pg_temp.hint(format($$SELECT * FROM nps_control_chart(%L::rolling_benchmark, chart => %L)$$, rb, c))
FROM cc_rb, unnest(ARRAY['xbar', '']) AS c;
SELECT pg_temp.hint($$SELECT * FROM nps_control_chart(NULL::rolling_benchmark, chart => 'cusum', "limit" => 4)$$);
-- chart names are read case-insensitively
SELECT count(*) AS rows FROM nps_control_chart((SELECT rb FROM cc_rb), chart => 'EWMA', baseline_periods => 4);
-- with target and sigma the baseline is not read: baseline_periods may
-- exceed the series, not be below 1
SELECT count(*) AS rows FROM nps_control_chart((SELECT rb FROM cc_rb), baseline_periods => 99, target => 0, sigma => 80);
SELECT pg_temp.err(format($$SELECT * FROM nps_control_chart(%L::rolling_benchmark, baseline_periods => -1, target => 0, sigma => 80)$$, rb)) FROM cc_rb;

-- 6. Baselines that cannot standardize: no answers, no spread (22023 and
--    the hint to give target and sigma)
SELECT pg_temp.hint($$SELECT * FROM nps_control_chart(ARRAY['2026-01-01', '2026-02-01']::date[],
    ARRAY['{"lo":0,"hi":10,"counts":[0,0,0,0,0,0,0,0,0,0,0]}', '{"lo":0,"hi":10,"counts":[0,0,0,0,0,0,0,0,0,0,2]}']::score_dist[],
    baseline_periods => 1)$$);
SELECT pg_temp.hint($$SELECT * FROM nps_control_chart(ARRAY['2026-01-01', '2026-02-01']::date[],
    ARRAY['{"lo":0,"hi":10,"counts":[0,0,0,0,0,0,0,0,0,0,3]}', '{"lo":0,"hi":10,"counts":[0,0,0,0,0,0,0,0,0,1,2]}']::score_dist[],
    baseline_periods => 1)$$);
SELECT pg_temp.hint($$SELECT * FROM ces_control_chart(ARRAY['2026-01-01', '2026-02-01']::date[],
    ARRAY['{"lo":1,"hi":7,"counts":[0,0,4,0,0,0,0]}', '{"lo":1,"hi":7,"counts":[0,0,1,0,1,0,0]}']::score_dist[],
    baseline_periods => 1)$$);
-- target alone still needs the baseline's spread; sigma alone its metric
SELECT pg_temp.hint($$SELECT * FROM csat_control_chart(ARRAY['2026-01-01', '2026-02-01']::date[],
    ARRAY['{"lo":1,"hi":5,"counts":[0,0,0,0,0]}', '{"lo":1,"hi":5,"counts":[1,0,0,0,1]}']::score_dist[],
    baseline_periods => 1, target => 80)$$);
SELECT estimate, std_error, z FROM csat_control_chart(ARRAY['2026-01-01', '2026-02-01']::date[],
    ARRAY['{"lo":1,"hi":5,"counts":[0,0,0,0,4]}', '{"lo":1,"hi":5,"counts":[1,0,0,0,1]}']::score_dist[],
    chart => 'shewhart', baseline_periods => 1, sigma => 40);

-- 7. Series that are refused: arrays of different lengths or dimensions
--    (2202E), NULL elements (22004), periods out of order or repeated,
--    scales that differ, the NPS of a scale other than 0-10, the CSAT of
--    smaller-scale answers read on 0-10 (22023)
SELECT pg_temp.err(q) FROM (VALUES
    ($$SELECT * FROM nps_control_chart(ARRAY['2026-01-01']::date[], ARRAY['{"lo":0,"hi":10,"counts":[0,0,0,0,0,0,0,0,0,0,1]}', '{"lo":0,"hi":10,"counts":[0,0,0,0,0,0,0,0,0,0,1]}']::score_dist[])$$),
    ($$SELECT * FROM nps_control_chart(ARRAY[['2026-01-01']]::date[], ARRAY['{"lo":0,"hi":10,"counts":[0,0,0,0,0,0,0,0,0,0,1]}']::score_dist[])$$),
    ($$SELECT * FROM nps_control_chart(ARRAY['2026-01-01']::date[], ARRAY[['{"lo":0,"hi":10,"counts":[0,0,0,0,0,0,0,0,0,0,1]}']]::score_dist[])$$),
    ($$SELECT * FROM nps_control_chart(ARRAY['2026-01-01', NULL]::date[], ARRAY['{"lo":0,"hi":10,"counts":[1,0,0,0,0,0,0,0,0,0,1]}', '{"lo":0,"hi":10,"counts":[0,0,0,0,0,0,0,0,0,0,1]}']::score_dist[], baseline_periods => 1)$$),
    ($$SELECT * FROM nps_control_chart(ARRAY['2026-01-01', '2026-02-01', '2026-02-01']::date[], ARRAY['{"lo":0,"hi":10,"counts":[1,0,0,0,0,0,0,0,0,0,1]}', '{"lo":0,"hi":10,"counts":[0,0,0,0,0,0,0,0,0,0,1]}', '{"lo":0,"hi":10,"counts":[0,0,0,0,0,0,0,0,0,0,1]}']::score_dist[], baseline_periods => 1)$$),
    ($$SELECT * FROM nps_control_chart(ARRAY['2026-02-01', '2026-01-01']::date[], ARRAY['{"lo":0,"hi":10,"counts":[1,0,0,0,0,0,0,0,0,0,1]}', '{"lo":0,"hi":10,"counts":[0,0,0,0,0,0,0,0,0,0,1]}']::score_dist[], baseline_periods => 1)$$),
    ($$SELECT * FROM ces_control_chart(ARRAY['2026-01-01', '2026-02-01']::date[], ARRAY['{"lo":1,"hi":7,"counts":[1,0,0,0,0,0,1]}', '{"lo":1,"hi":5,"counts":[1,0,0,0,1]}']::score_dist[], baseline_periods => 1)$$),
    ($$SELECT * FROM nps_control_chart(ARRAY['2026-01-01']::date[], ARRAY['{"lo":1,"hi":5,"counts":[1,0,0,0,1]}']::score_dist[], baseline_periods => 1)$$),
    ($$SELECT * FROM csat_control_chart(ARRAY['2026-01-01']::date[], ARRAY['{"lo":0,"hi":10,"counts":[0,1,0,0,3,2,0,0,0,0,0]}']::score_dist[], baseline_periods => 1)$$)
) AS t(q);
SELECT pg_temp.hint($$SELECT * FROM nps_control_chart(ARRAY['2026-01-01', '2026-02-01']::date[], ARRAY['{"lo":0,"hi":10,"counts":[1,0,0,0,0,0,0,0,0,0,1]}', NULL]::score_dist[], baseline_periods => 1)$$);
SELECT pg_temp.hint($$SELECT * FROM csat_control_chart((SELECT rolling_benchmark(d, s, '1 month', 2) FROM (VALUES ('2026-01-05'::date, 4), ('2026-02-05', 5)) AS v(d, s)), baseline_periods => 1)$$);
