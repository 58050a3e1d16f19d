-- Scales: box reads (csat, top_box, bottom_box, and the CSAT reads of a
-- rolling_benchmark) refuse a 0-10 value whose answers all lie at or below
-- 7, which is what answers of a smaller scale (1-5 CSAT, 1-7 CES) give when
-- they are summarized without their scale; benchmark_rating checks the
-- value it rates; sectors match in any case; errors carry no CONTEXT line.
\i sql/include/setup.sql
\i sql/include/hint.sql

-- Nine answers: CSAT on 1-5 (six in the top two boxes, 4 and 5: 66.67 %),
-- CES on 1-7 (two in its top two boxes, 6 and 7: 22.22 %; mean 31/9).
CREATE TEMP TABLE answers (answered_on date, csat int, ces int);
INSERT INTO answers VALUES
    ('2026-01-10', 5, 2), ('2026-01-20', 4, 3), ('2026-02-05', 4, 1),
    ('2026-02-15', 2, 5), ('2026-03-01', 5, 2), ('2026-03-20', 3, 7),
    ('2026-04-02', 4, 2), ('2026-04-15', 1, 6), ('2026-04-28', 5, 3);
SELECT round(csat_agg(csat)::numeric, 2) AS csat_agg, round(csat_agg(ces, 7)::numeric, 2) AS ces_top2,
       round(ces_agg(ces)::numeric, 4) AS ces_agg
FROM answers;

-- 1. The reads that returned 0 now refuse, with the call that fixes them.
SELECT pg_temp.err(q), pg_temp.hint(q) FROM (VALUES
    ($$SELECT csat(score_dist_agg(csat)) FROM answers$$),
    ($$SELECT top_box(score_dist_agg(ces), 2) FROM answers$$),
    ($$SELECT bottom_box(score_dist_agg(ces), 2) FROM answers$$),
    ($$SELECT csat(rolling_benchmark(answered_on, csat, '1 month', 12)) FROM answers$$),
    ($$SELECT benchmark(rolling_benchmark(answered_on, csat, '1 month', 12), 'all', 'csat') FROM answers$$),
    ($$SELECT trend(rolling_benchmark(answered_on, csat, '1 month', 12), 'csat') FROM answers$$),
    ($$SELECT progression(rolling_benchmark(answered_on, csat, '1 month', 12), 'top2') FROM answers$$),
    ($$SELECT sparkline(rolling_benchmark(answered_on, csat, '1 month', 12), 'csat') FROM answers$$),
    ($$SELECT sparkline(rolling_benchmark(answered_on, ces, '1 month', 12), 'CSAT', true) FROM answers$$)
) AS t(q);

-- series keeps its other columns and leaves csat NULL in every period,
-- with a NOTICE that says why; nps reads the answers as 0-10 ones, as it did.
SELECT period_start, n, nps, csat, round(mean::numeric, 2) AS mean
FROM series((SELECT rolling_benchmark(answered_on, csat, '1 month', 4) FROM answers));

-- The mean (CES) is right on any scale and stays readable.
SELECT round(mean(score_dist_agg(ces))::numeric, 4) AS mean_dist,
       round(mean(rolling_benchmark(answered_on, ces, '1 month', 12))::numeric, 4) AS mean_window,
       round(trend(rolling_benchmark(answered_on, ces, '1 month', 12), 'ces')::numeric, 4) AS ces_trend
FROM answers;

-- 2. Built on their own scale, the same answers read right: the figures
-- of csat_agg on the same rows.
SELECT round(csat(score_dist_agg(csat, 1, 5))::numeric, 2) AS csat_dist,
       round(top_box(score_dist_agg(csat, 1, 5), 2)::numeric, 2) AS top2_dist,
       round(bottom_box(score_dist_agg(csat, 1, 5), 3)::numeric, 2) AS bottom3_dist,
       round(top_box(score_dist_agg(ces, 1, 7), 2)::numeric, 2) AS ces_top2,
       round(csat(rolling_benchmark(answered_on, csat, '1 month', 12, 1, 5))::numeric, 2) AS csat_window,
       csat(score_dist_agg(csat, 1, 5)) = csat_agg(csat) AS same_as_csat_agg
FROM answers;
SELECT round(b.value::numeric, 2) AS value, b.good_from, b.rating,
       round(trend(rb, 'csat')::numeric, 4) AS trend, progression(rb, 'csat'), sparkline(rb, 'csat')
FROM (SELECT rolling_benchmark(answered_on, csat, '1 month', 4, 1, 5) AS rb FROM answers) AS w,
     LATERAL benchmark(w.rb, 'all', 'csat') AS b;
SELECT period_start, n, nps, round(csat::numeric, 2) AS csat, round(mean::numeric, 2) AS mean
FROM series((SELECT rolling_benchmark(answered_on, csat, '1 month', 4, 1, 5) FROM answers));

-- The hint follows the answers: with a 0 among them, or up to 7.
SELECT pg_temp.hint($$SELECT csat('{"lo":0,"hi":10,"counts":[1,0,2,0,0,3,0,0,0,0,0]}'::score_dist)$$);
SELECT pg_temp.hint($$SELECT top_box('{"lo":0,"hi":10,"counts":[0,1,0,0,0,0,0,4,0,0,0]}'::score_dist, 3)$$);

-- 3. Genuine 0-10 answers read: one answer above 7 is enough, and the
-- check is on the whole window, so a period without such an answer reads
-- too (its CSAT on 0-10 is 0).
SELECT csat(d) AS csat, top_box(d, 3) AS top3, bottom_box(d, 7) AS bottom7
FROM (SELECT '{"lo":0,"hi":10,"counts":[0,0,0,1,0,0,0,2,1,0,0]}'::score_dist) AS t(d);
SELECT pg_temp.err($$SELECT csat('{"lo":0,"hi":10,"counts":[0,0,0,1,0,0,0,2,0,0,0]}'::score_dist)$$);
CREATE TEMP TABLE nps_window AS
SELECT rolling_benchmark(d, s, '1 month', 3) AS rb
FROM (VALUES (date '2026-01-05', 3), ('2026-01-06', 7), ('2026-02-01', 9), ('2026-02-02', 10),
             ('2026-03-03', 6), ('2026-03-04', 8)) AS t(d, s);
SELECT period_start, n, nps, csat FROM series((SELECT rb FROM nps_window));
SELECT round(csat(rb)::numeric, 2) AS csat, trend(rb, 'csat'), progression(rb, 'csat'),
       sparkline(rb, 'csat'), (benchmark(rb, 'all', 'csat')).rating
FROM nps_window;

-- A scale other than 0-10 is read as it is, whatever its answers.
SELECT csat('{"lo":0,"hi":7,"counts":[0,0,0,1,0,0,2,3]}'::score_dist) AS csat_0_7,
       top_box('{"lo":1,"hi":5,"counts":[1,1,0,0,0]}'::score_dist, 2) AS top2_1_5;

-- 4. Empty values give NULL (no answers: nothing to refuse).
SELECT csat(d) IS NULL AS csat, top_box(d, 2) IS NULL AS top_box, bottom_box(d, 2) IS NULL AS bottom_box
FROM (SELECT '{"lo":0,"hi":10,"counts":[0,0,0,0,0,0,0,0,0,0,0]}'::score_dist) AS t(d);
SELECT csat(e) IS NULL AS csat, trend(e, 'csat') IS NULL AS trend, sparkline(e, 'csat') AS sparkline,
       (benchmark(e, 'all', 'csat')).*
FROM (SELECT roll_to(rolling_benchmark(answered_on, csat, '1 month', 2), '2027-01-01') AS e FROM answers) AS t;
SELECT count(*) AS periods, count(csat) AS with_csat
FROM series((SELECT roll_to(rolling_benchmark(answered_on, csat, '1 month', 2), '2027-01-01') FROM answers));

-- 5. benchmark_rating checks the value against its metric: CSAT is a
-- percentage (0..100; a value between 0 and 1 is a fraction written where a
-- percentage belongs), NPS runs from -100 to 100, and no metric is NaN or
-- infinite.  NPS values between -1 and 1 are real figures and are rated.
SELECT pg_temp.err(q), pg_temp.hint(q) FROM (VALUES
    ($$SELECT benchmark_rating('csat', 0.87)$$),
    ($$SELECT benchmark_rating('top2', 0.5::float8, 'ecommerce')$$),
    ($$SELECT benchmark_rating('csat', 100.5)$$),
    ($$SELECT benchmark_rating('csat', -1)$$),
    ($$SELECT benchmark_rating('nps', 150)$$),
    ($$SELECT benchmark_rating('nps', -100.01::float8)$$),
    ($$SELECT benchmark_rating('nps', 'NaN'::float8)$$),
    ($$SELECT benchmark_rating('csat', 'NaN'::numeric)$$),
    ($$SELECT benchmark_rating('ces', 'Infinity'::float8)$$),
    ($$SELECT benchmark_rating('nps', '-Infinity'::float8)$$)
) AS t(q);
SELECT benchmark_rating('csat', 0) AS csat_0, benchmark_rating('csat', 1) AS csat_1,
       benchmark_rating('csat', 100) AS csat_100, benchmark_rating('nps', -100) AS nps_min,
       benchmark_rating('nps', 100) AS nps_max, benchmark_rating('nps', 0.5) AS nps_half,
       benchmark_rating('nps', -0.5) AS nps_minus_half, benchmark_rating('nps', 0.87::float8, 'ecommerce') AS nps_087;
-- NULLs: a NULL metric or sector gives NULL, as a NULL value does.
SELECT benchmark_rating(NULL, 50) IS NULL AS null_metric, benchmark_rating('nps', 50, NULL) IS NULL AS null_sector,
       benchmark_rating('nps', NULL::numeric) IS NULL AS null_value,
       benchmark(NULL::rolling_benchmark, 'all') IS NULL AS null_window;

-- 6. Sectors match without regard to case; an unknown sector's error lists
-- the sectors there are (sorted, distinct).
SELECT benchmark_rating('nps', 50, 'ECommerce') AS ecommerce, benchmark_rating('CSAT', 86, 'ALL') AS "all",
       (benchmark(rb, 'B2B_Services')).rating AS b2b
FROM nps_window;
SELECT pg_temp.err(q), pg_temp.hint(q) FROM (VALUES
    ($$SELECT benchmark_rating('nps', 50, 'e-commerce')$$),
    ($$SELECT benchmark(rb, 'retail') FROM nps_window$$)
) AS t(q);
BEGIN;
DELETE FROM sector_benchmark;
SELECT pg_temp.err($$SELECT benchmark_rating('nps', 50)$$);
ROLLBACK;

-- Two sectors that differ only in case: an exact name picks its own rows,
-- any other spelling is ambiguous and the error lists both.
BEGIN;
INSERT INTO sector_benchmark (sector, metric, alert_below, good_from, excellent_from, source)
VALUES ('Retail', 'nps', 0, 20, 40, 'group targets'), ('retail', 'nps', 0, 60, 80, 'store targets'),
       ('retail', 'csat', NULL, 80, 90, 'store targets');
SELECT benchmark_rating('nps', 50, 'Retail') AS "Retail", benchmark_rating('nps', 50, 'retail') AS retail;
SELECT pg_temp.err(q), pg_temp.hint(q) FROM (VALUES
    ($$SELECT benchmark_rating('nps', 50, 'RETAIL')$$),
    ($$SELECT benchmark(rb, 'RETAIL') FROM nps_window$$),
    ($$SELECT benchmark_rating('csat', 85, 'Retail')$$)
) AS t(q);
-- an unknown sector lists each sector once, in byte order
SELECT pg_temp.err($$SELECT benchmark_rating('nps', 50, 'aerospace')$$);
-- and the first 20 of them when there are more
INSERT INTO sector_benchmark (sector, metric, good_from)
SELECT format('region_%s', lpad(i::text, 2, '0')), 'nps', 40 FROM generate_series(1, 20) AS i;
SELECT pg_temp.err($$SELECT benchmark_rating('nps', 50, 'aerospace')$$);
ROLLBACK;

-- benchmark_rating (every form) and benchmark are C functions: no SQL or
-- PL/pgSQL body of theirs can appear in an error.
SELECT p.oid::regprocedure AS function, l.lanname AS language, p.provolatile AS volatility, p.proparallel AS parallel
FROM pg_proc AS p JOIN pg_language AS l ON l.oid = p.prolang
WHERE p.proname IN ('benchmark_rating', 'benchmark') AND p.pronamespace = 'public'::regnamespace
ORDER BY 1::text;

-- 7. No CONTEXT line: with the default verbosity and every context shown,
-- the errors say message, detail and hint, nothing of pgcx's insides.
\set VERBOSITY default
\set SHOW_CONTEXT always
SELECT benchmark_rating('csat', 0.87);
SELECT benchmark_rating('nps', 50, 'aerospace');
SELECT benchmark_rating('nps', 44.4, 'aerospace');
SELECT benchmark_rating('nps', 44.4::float8, 'aerospace');
SELECT benchmark_rating('effort', 50);
SELECT benchmark(rb, 'aerospace') FROM nps_window;
SELECT benchmark(rb, 'all', 'ces') FROM nps_window;
SELECT csat(score_dist_agg(csat)) FROM answers;
SELECT trend(rolling_benchmark(answered_on, csat, '1 month', 12), 'csat') FROM answers;
\set VERBOSITY terse
\set SHOW_CONTEXT errors

-- 8. The 1.1.0 C symbols keep their released behaviour (the 1.1.0 script
-- names them): pointed at from temporary functions, they read the 1-5
-- answers as 0-10 ones, as 1.1.0 did.
DO $$
DECLARE
    lib text := (SELECT probin FROM pg_proc WHERE oid = 'public.csat(public.score_dist)'::regprocedure);
BEGIN
    EXECUTE format($f$CREATE FUNCTION pg_temp.csat_1_1(d score_dist) RETURNS float8
        AS %L, 'score_dist_csat' LANGUAGE C IMMUTABLE STRICT$f$, lib);
    EXECUTE format($f$CREATE FUNCTION pg_temp.top_box_1_1(d score_dist, k int) RETURNS float8
        AS %L, 'score_dist_top_box' LANGUAGE C IMMUTABLE STRICT$f$, lib);
    EXECUTE format($f$CREATE FUNCTION pg_temp.bottom_box_1_1(d score_dist, k int) RETURNS float8
        AS %L, 'score_dist_bottom_box' LANGUAGE C IMMUTABLE STRICT$f$, lib);
    EXECUTE format($f$CREATE FUNCTION pg_temp.rb_csat_1_1(rb rolling_benchmark) RETURNS float8
        AS %L, 'rolling_benchmark_csat' LANGUAGE C IMMUTABLE STRICT$f$, lib);
    EXECUTE format($f$CREATE FUNCTION pg_temp.series_1_1(rb rolling_benchmark)
        RETURNS TABLE (period_start date, n int8, nps float8, csat float8, mean float8)
        AS %L, 'rolling_benchmark_series' LANGUAGE C IMMUTABLE STRICT$f$, lib);
    EXECUTE format($f$CREATE FUNCTION pg_temp.trend_1_1(rb rolling_benchmark, metric text) RETURNS float8
        AS %L, 'rolling_benchmark_trend' LANGUAGE C IMMUTABLE STRICT$f$, lib);
    EXECUTE format($f$CREATE FUNCTION pg_temp.progression_1_1(rb rolling_benchmark, metric text) RETURNS float8
        AS %L, 'rolling_benchmark_progression' LANGUAGE C IMMUTABLE STRICT$f$, lib);
    EXECUTE format($f$CREATE FUNCTION pg_temp.sparkline_1_1(rb rolling_benchmark, metric text) RETURNS text
        AS %L, 'rolling_benchmark_sparkline' LANGUAGE C IMMUTABLE STRICT$f$, lib);
END
$$;
SELECT pg_temp.csat_1_1(d) AS csat, pg_temp.top_box_1_1(d, 2) AS top2,
       round(pg_temp.bottom_box_1_1(d, 7)::numeric, 2) AS bottom7
FROM (SELECT score_dist_agg(csat) AS d FROM answers) AS t;
SELECT pg_temp.rb_csat_1_1(rb) AS csat, pg_temp.trend_1_1(rb, 'csat') AS trend,
       pg_temp.progression_1_1(rb, 'csat') AS progression, pg_temp.sparkline_1_1(rb, 'csat') AS sparkline,
       (SELECT string_agg(coalesce(csat::text, '-'), ' ') FROM pg_temp.series_1_1(rb)) AS series_csat
FROM (SELECT rolling_benchmark(answered_on, csat, '1 month', 4) AS rb FROM answers) AS t;

-- benchmark_rating keeps the thresholds it read for the next rows of the
-- same query, under the same snapshot only: a change of the table within
-- a transaction, also between the simple expressions of one PL/pgSQL
-- function (whose expression state lives on), is seen at the next read.
BEGIN;
INSERT INTO sector_benchmark (sector, metric, alert_below, good_from, excellent_from, source)
VALUES ('cached', 'nps', 0, 40, 60, 'cache test');
SELECT v, benchmark_rating('nps', v, 'cached') AS rating
FROM (VALUES (-5.0), (10.0), (45.0), (65.0), (45.0)) AS t(v);
CREATE FUNCTION pg_temp.ratings_around_update() RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
    after text;
    i int;
BEGIN
    -- one expression, evaluated before and after each change
    FOR i IN 1..3 LOOP
        after := concat_ws(' ', after, benchmark_rating('nps', 45.0::float8, 'cached'));
        UPDATE sector_benchmark SET good_from = good_from + 5 WHERE sector = 'cached';
    END LOOP;
    RETURN after;
END
$$;
SELECT pg_temp.ratings_around_update() AS good_from_40_45_50;
-- the same query after the change, and after a rollback to a savepoint
SELECT benchmark_rating('nps', 45.0, 'cached') AS good_from_55;
SAVEPOINT s;
UPDATE sector_benchmark SET good_from = 30 WHERE sector = 'cached';
SELECT benchmark_rating('nps', 45.0, 'cached') AS good_from_30;
ROLLBACK TO SAVEPOINT s;
SELECT benchmark_rating('nps', 45.0, 'cached') AS good_from_55_again;
ROLLBACK;
