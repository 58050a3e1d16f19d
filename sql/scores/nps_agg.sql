-- nps_agg and nps_stats over raw scores of every accepted type, with NULLs,
-- empty input and every error path.
\i sql/include/setup.sql
\i sql/include/approx.sql

-- Answers 0, 6, 7, 9, 9, 10, 10, 10 and one NULL (skipped):
--   n = 8, detractors (0-6) = 2, passives (7-8) = 1, promoters (9-10) = 5
--   NPS = 100 (5 - 2) / 8 = 37.5
--   SE = 100 sqrt((5/8 + 2/8 - (3/8)^2) / 8) = 100 sqrt(0.734375 / 8) = 30.2980...
--   adjusted: n' = 11, P' = 5.75, D' = 2.75, NPS' = 27.2727...,
--   SE' = 100 sqrt((8.5/11 - (3/11)^2) / 11) = 25.1965...,
--   CI = 27.2727 -/+ 1.959964 x 25.1965 = [-22.1114, 76.6568]
CREATE TEMP TABLE answers (s2 smallint, s4 integer, s8 bigint, sn numeric);
INSERT INTO answers
SELECT s, s, s, s FROM unnest(ARRAY[0, 6, 7, 9, 9, 10, 10, 10, NULL]) AS s;

SELECT nps_agg(s2) AS smallint_, nps_agg(s4) AS integer_, nps_agg(s8) AS bigint_,
       nps_agg(sn) AS numeric_
FROM answers;
SELECT (pg_temp.approx(nps_stats(s4))).* FROM answers;
SELECT nps_stats(s2) = nps_stats(s4) AND nps_stats(s4) = nps_stats(s8)
       AND nps_stats(s8) = nps_stats(sn) AS same_for_every_type
FROM answers;

-- numeric scores only need to be integral in value: 9.0 is 9
SELECT nps_agg(s) FROM unnest(ARRAY[9.0, 10.00, 3.000]::numeric[]) AS s;

-- Per group.
SELECT g, nps_agg(s), (nps_stats(s)).n
FROM (VALUES (1, 10), (1, 9), (1, 3), (2, 7), (2, 8), (3, NULL::int)) AS t(g, s)
GROUP BY g ORDER BY g;

-- Empty input and all-NULL input give NULL, not 0 and not an error.
SELECT nps_agg(s4), nps_stats(s4) FROM answers WHERE false;
SELECT nps_agg(s), nps_stats(s) FROM (VALUES (NULL::int), (NULL)) AS t(s);

-- One answer: NPS 100 or -100, SE 0; the interval still has a width.
--   a single 10: n' = 4, NPS' = 100 (1.75 - 0.75) / 4 = 25,
--   SE' = 100 sqrt((2.5/4 - 0.0625) / 4) = 37.5, CI = 25 -/+ 73.4986
SELECT (pg_temp.approx(nps_stats(10))).*;
SELECT (pg_temp.approx(nps_stats(0))).*;

-- eNPS is nps_agg over employees' answers: the same function.
SELECT nps_agg(s) AS enps FROM (VALUES (8), (9), (4), (10)) AS t(s);

-- Scores off the 0-10 scale, non-integers, NaN and infinities: ERROR 22003.
SELECT pg_temp.err(q) FROM (VALUES
    ($$SELECT nps_agg(11)$$),
    ($$SELECT nps_agg(-1)$$),
    ($$SELECT nps_agg(32767::smallint)$$),
    ($$SELECT nps_agg(9223372036854775807::bigint)$$),
    ($$SELECT nps_agg((-9223372036854775808)::bigint)$$),
    ($$SELECT nps_agg(5.5)$$),
    ($$SELECT nps_agg(10.000001)$$),
    ($$SELECT nps_agg(11.0)$$),
    ($$SELECT nps_agg(-0.5)$$),
    ($$SELECT nps_agg('NaN'::numeric)$$),
    ($$SELECT nps_agg('Infinity'::numeric)$$),
    ($$SELECT nps_agg('-Infinity'::numeric)$$),
    ($$SELECT nps_stats(12)$$),
    ($$SELECT nps_agg(s) FROM (VALUES (5), (NULL), (99)) AS t(s)$$)
) AS t(q);

-- A count that would pass 2^63 - 1: ERROR 22003, never a wrap (the
-- transition function, called directly, on a state at the limit).
SELECT pg_temp.err($$SELECT score_dist_accum('{"lo":0,"hi":10,"counts":[0,0,0,0,0,9223372036854775807,0,0,0,0,0]}'::score_dist, 5)$$);
-- Called directly (outside an aggregate), a transition works on a copy.
SELECT score_dist_accum('{"lo":0,"hi":10,"counts":[0,0,0,0,0,1,0,0,0,0,0]}'::score_dist, 5::smallint);
-- Removing an answer that is not there (the inverse, called directly): ERROR 22023.
SELECT pg_temp.err($$SELECT score_dist_unaccum('{"lo":0,"hi":10,"counts":[0,0,0,0,0,0,0,0,0,0,0]}'::score_dist, 5)$$);
SELECT score_dist_unaccum('{"lo":0,"hi":10,"counts":[0,0,0,0,0,2,0,0,0,0,0]}'::score_dist, 5::numeric);

-- double precision and real scores (1.1.0), under the rules of numeric
-- ones: the same answers give what integer ones give.  A real score
-- reaches the double precision form by PostgreSQL's implicit cast real ->
-- double precision, which is exact.
SELECT nps_agg(s4::float8) AS float8_, nps_agg(s4::real) AS real_, nps_agg(s4) AS integer_
FROM answers;
SELECT nps_stats(s4::float8) = nps_stats(s4) AND nps_stats(s4::real) = nps_stats(s4)
       AS same_stats
FROM answers;
-- integral in value: 9.0 is 9, -0 is 0
SELECT score_dist_agg(s) FROM unnest(ARRAY[9.0, 10, 3, '-0', 9]::float8[]) AS s;
-- every score 0..100 as real and as double precision counts where the
-- integer does
SELECT score_dist_agg(i::real, 0, 100)::text = score_dist_agg(i, 0, 100)::text
       AND score_dist_agg(i::float8, 0, 100)::text = score_dist_agg(i, 0, 100)::text AS exact_0_to_100,
       n(score_dist_agg(i::real, 0, 100)), count_at(score_dist_agg(i::real, 0, 100), 100) AS at_100
FROM generate_series(0, 100) AS i;

-- The aggregate each call resolves to (read from the dependencies of a
-- view over the call, aggregates only): integer and decimal literals keep
-- their forms; real goes to double precision; an untyped literal or NULL,
-- ambiguous among the integer and numeric forms before, goes to double
-- precision, PostgreSQL's preferred numeric type (in rolling_benchmark an
-- untyped score stays ambiguous: the score_dist form takes one too).
CREATE FUNCTION pg_temp.resolves_to(call text) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
    target text;
BEGIN
    EXECUTE format('CREATE TEMP VIEW resolved AS SELECT %s', call);
    SELECT string_agg(d.refobjid::regprocedure::text, ', ' ORDER BY d.refobjid::regprocedure::text)
      INTO target
      FROM pg_depend AS d
      JOIN pg_rewrite AS r ON d.classid = 'pg_rewrite'::regclass AND d.objid = r.oid
      JOIN pg_proc AS p ON d.refclassid = 'pg_proc'::regclass AND d.refobjid = p.oid
     WHERE r.ev_class = 'resolved'::regclass AND p.prokind = 'a';
    DROP VIEW resolved;
    RETURN target;
END
$$;
SELECT call, pg_temp.resolves_to(call) FROM (VALUES
    ('nps_agg(9)'), ('nps_agg(9.0)'), ('nps_agg(''9'')'), ('nps_agg(NULL)'),
    ('nps_agg(9::smallint)'), ('nps_agg(9::bigint)'), ('nps_agg(9::real)'),
    ('nps_agg(9::float8)'), ('nps_stats(9::real)'), ('score_dist_agg(9::real)'),
    ('csat_agg(4, 5)'), ('csat_agg(4.0, 5)'), ('csat_agg(''4'', 5)'), ('csat_agg(4::real, 5)'),
    ('score_dist_agg(9, 0, 10)'), ('score_dist_agg(9::real, 0, 10)'),
    ('mirror_gap(''customer'', 9)'), ('mirror_gap(''customer'', 9.0)'),
    ('mirror_gap(''customer'', ''9'')'), ('mirror_gap(''customer'', 9::real, ''nps'')'),
    ('rolling_benchmark(date ''2026-01-01'', 9, ''1 month'', 12)'),
    ('rolling_benchmark(date ''2026-01-01'', 9.0, ''1 month'', 12)'),
    ('rolling_benchmark(date ''2026-01-01'', 9::real, ''1 month'', 12)'),
    ('rolling_benchmark(now(), 9::real, interval ''1 month'', 12, 0, 10)')
) AS t(call);
SELECT nps_agg('9') AS untyped, nps_agg(NULL) AS null_;

-- Fractions, NaN, infinities and scores off the scale: ERROR 22003 with the
-- numeric forms' messages, the value as PostgreSQL prints it.
SELECT pg_temp.err(q) FROM (VALUES
    ($$SELECT nps_agg(9.5::float8)$$),
    ($$SELECT nps_agg(9.5::real)$$),
    ($$SELECT nps_agg(10.000000000000002::float8)$$),
    ($$SELECT nps_agg('5e-324'::float8)$$),
    ($$SELECT nps_agg(0.1::real)$$),
    ($$SELECT nps_agg('NaN'::float8)$$),
    ($$SELECT nps_agg('NaN'::real)$$),
    ($$SELECT nps_agg('Infinity'::float8)$$),
    ($$SELECT nps_agg('Infinity'::real)$$),
    ($$SELECT nps_agg('-Infinity'::float8)$$),
    ($$SELECT nps_agg('-Infinity'::real)$$),
    ($$SELECT nps_agg(11::float8)$$),
    ($$SELECT nps_agg(11::real)$$),
    ($$SELECT nps_agg(-1::float8)$$),
    ($$SELECT nps_agg(-1::real)$$),
    ($$SELECT nps_agg(1e300::float8)$$),
    ($$SELECT nps_agg(-1e300::float8)$$),
    ($$SELECT nps_agg(4294967306::float8)$$),
    ($$SELECT nps_agg(1e30::real)$$),
    ($$SELECT nps_agg('9.5')$$),
    ($$SELECT nps_stats(12::float8)$$),
    ($$SELECT nps_stats(s) FROM (VALUES (5::real), (NULL), (7.25)) AS t(s)$$)
) AS t(q);
-- the inverse transition, called directly, is exact for double precision too
SELECT score_dist_unaccum(score_dist_accum('{"lo":0,"hi":10,"counts":[0,0,0,0,0,0,0,0,0,0,0]}'::score_dist, 7::float8), 7::float8);
SELECT pg_temp.err($$SELECT score_dist_unaccum('{"lo":0,"hi":10,"counts":[0,0,0,0,0,0,0,0,0,0,0]}'::score_dist, 5::float8)$$);
