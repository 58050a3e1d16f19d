-- Weighted survey estimates: score_wdist and the weighted forms of nps_agg,
-- nps_stats, csat_agg, csat_stats, ces_agg, ces_stats and score_wdist_agg.
-- The figures against R's survey are tests/signals/test-weighted; this
-- file holds the published check, call resolution, NULLs and zero weights,
-- every error path with its SQLSTATE, the text, jsonb and binary forms,
-- merging and the inverse transitions.
\i sql/include/setup.sql
\i sql/include/hint.sql

CREATE TABLE wt_pub (score int, w float8);
INSERT INTO wt_pub VALUES (10, 1), (9, 2), (9, .5), (8, 1.5), (7, 1), (6, 3),
    (5, 1), (10, .5), (3, 2), (9, 1), (0, 1.5), (8, 1);

-- The published check (R survey::svymean, ids = ~1): weighted NPS -15.625,
-- standard error 29.45695; unweighted NPS 8.333.
SELECT nps_agg(score, w) AS weighted, round(nps_agg(score)::numeric, 3) AS unweighted,
       round((nps_stats(score, w)).std_error::numeric, 5) AS std_error
FROM wt_pub;
-- every column: Kish's n_effective = 16² / 27 = 9.4815; shares 31.25 +
-- 21.875 + 46.875 = 100; the Wald interval -15.625 ± 1.96 x 29.457
SELECT n, round(n_effective::numeric, 4) AS n_effective, weight, promoters, passives,
       detractors, nps, round(std_error::numeric, 6) AS std_error,
       round(ci_low::numeric, 4) AS ci_low, round(ci_high::numeric, 4) AS ci_high
FROM (SELECT (nps_stats(score, w)).* FROM wt_pub) s;
-- the unweighted figures of the same state
SELECT n(d), round(nps(unweighted(d))::numeric, 3) AS unweighted_nps, total_weight(d),
       round(n_effective(d)::numeric, 4) AS n_effective
FROM (SELECT score_wdist_agg(score, w) AS d FROM wt_pub) s;
SELECT * FROM unnest((SELECT score_wdist_agg(score, w) FROM wt_pub));

-- Every score type gives the same state; a weight given as integer,
-- numeric or real reaches the weighted form (implicit casts to double
-- precision).
SELECT count(DISTINCT d::text) AS states FROM (
    SELECT score_wdist_agg(score::int2, w) AS d FROM wt_pub
    UNION ALL SELECT score_wdist_agg(score::int8, w) FROM wt_pub
    UNION ALL SELECT score_wdist_agg(score::numeric, w) FROM wt_pub
    UNION ALL SELECT score_wdist_agg(score::float8, w) FROM wt_pub
    UNION ALL SELECT score_wdist_agg(score, w::numeric) FROM wt_pub
    UNION ALL SELECT score_wdist_agg(score, w::real) FROM wt_pub) s;
SELECT nps_agg(score, (w * 2)::int) AS integer_weights, nps_agg(score, w::numeric) AS numeric_weights
FROM wt_pub;
-- csat_agg and ces_agg with three arguments are weighted (score, scale,
-- weight); ces_agg(score, weight) reads 1-7 answers
SELECT csat_agg(score, 10, w) AS csat_1_10, ces_agg(score, w) AS ces_1_7,
       ces_agg(score, 10, w) AS mean_1_10
FROM wt_pub WHERE score BETWEEN 1 AND 7;
-- ces_agg(score, integer) is the unweighted ces_agg(score, scale): an
-- integer weight column reaches it, and is refused when it is not a valid
-- constant scale, with a hint to cast it
CREATE TABLE wt_intw (score int, w int);
INSERT INTO wt_intw VALUES (5, 1), (6, 2), (7, 3);
SELECT pg_temp.err('SELECT ces_agg(score, w) FROM wt_intw');
SELECT pg_temp.hint('SELECT ces_agg(score, w) FROM wt_intw');
SELECT pg_temp.err('SELECT ces_agg(score, w) FROM wt_intw WHERE w > 2 UNION ALL SELECT ces_agg(score, w + 2) FROM wt_intw');
SELECT ces_agg(score, w::float8) AS weighted, ces_agg(score) AS unweighted FROM wt_intw;

-- NULLs and zero weights: a NULL score or weight, or a weight of 0, leaves
-- the row out (n counts the answers with a positive weight); all weights 0,
-- or no row, gives NULL.
SELECT (nps_stats(score, w)).n, nps_agg(score, w)
FROM (SELECT * FROM wt_pub UNION ALL VALUES (NULL, 1), (3, NULL), (0, 0), (10, 0)) t;
SELECT nps_agg(score, 0) AS all_zero, nps_stats(score, 0) AS stats_all_zero,
       score_wdist_agg(score, 0) AS state_all_zero, csat_agg(score, 10, 0) AS csat_all_zero
FROM wt_pub WHERE score > 0;
SELECT nps_agg(score, w) AS no_rows, ces_stats(score, w) AS ces_no_rows FROM wt_pub WHERE false;
SELECT n, nps FROM (SELECT (nps_stats(score, w)).* FROM wt_pub WHERE score = 99) s;
-- one answer: the estimate, and a NULL standard error with a NOTICE
SELECT nps_agg(score, w) FROM wt_pub WHERE score = 3;
SELECT (nps_stats(score, w)).* FROM wt_pub WHERE score = 3;
-- an estimate on one score only: standard error 0
SELECT (csat_stats(score, 10, w)).* FROM wt_pub WHERE score = 9;

-- Bad weights: negative, NaN, infinite, or outside [1e-150, 1e150] → 22003.
SELECT pg_temp.err('SELECT nps_agg(score, -1) FROM wt_pub');
SELECT pg_temp.hint('SELECT nps_agg(score, -1) FROM wt_pub');
SELECT pg_temp.err('SELECT nps_agg(score, ''NaN'') FROM wt_pub');
SELECT pg_temp.err('SELECT nps_stats(score, ''Infinity'') FROM wt_pub');
SELECT pg_temp.err('SELECT ces_agg(score, ''-Infinity''::float8) FROM wt_pub WHERE score > 0');
SELECT pg_temp.err('SELECT csat_agg(score, 10, -0.5) FROM wt_pub WHERE score > 0');
SELECT pg_temp.err('SELECT score_wdist_agg(score, 1e-200::float8) FROM wt_pub');
SELECT pg_temp.err('SELECT score_wdist_agg(score, 1e200::float8, 0, 10) FROM wt_pub');
-- a NULL score leaves the row out before its weight is read
SELECT nps_agg(NULL::int, -1::float8);
-- bad scores and scales, as the unweighted forms
SELECT pg_temp.err('SELECT nps_agg(11, 1.0::float8)');
SELECT pg_temp.err('SELECT nps_agg(2.5::float8, 1.0::float8)');
SELECT pg_temp.err('SELECT csat_agg(6, 5, 1.0::float8)');
SELECT pg_temp.err('SELECT csat_agg(3, 11, 1.0::float8)');
SELECT pg_temp.err('SELECT csat_agg(3, NULL::int, 1.0::float8)');
SELECT pg_temp.err('SELECT score_wdist_agg(3, 1.0::float8, 5, 4)');
SELECT pg_temp.err('SELECT csat_agg(s, sc, 1.0::float8) FROM (VALUES (3, 5), (3, 7)) v(s, sc)');
SELECT pg_temp.err('SELECT ces_agg(0, 1.0::float8)');

-- Reads on the wrong scale are refused as the unweighted ones are.
SELECT pg_temp.err('SELECT nps(score_wdist_agg(3, 1.0::float8, 1, 5))');
SELECT pg_temp.err('SELECT nps_wstats(score_wdist_agg(3, 1.0::float8, 1, 5))');
SELECT pg_temp.err('SELECT csat(score_wdist_agg(s, 1.0::float8)) FROM generate_series(1, 5) s');
SELECT pg_temp.hint('SELECT csat(score_wdist_agg(s, 1.0::float8)) FROM generate_series(1, 5) s');
SELECT csat(score_wdist_agg(s, 1.0::float8, 1, 5)) FROM generate_series(1, 5) s;

-- Text form: exact float8s, read back and as jsonb; dump and restore keep
-- every bit (tails included).
CREATE TABLE wt_states AS
SELECT score_wdist_agg(score, w) AS d FROM wt_pub
UNION ALL SELECT score_wdist_agg(s % 11, 0.1 * s) FROM generate_series(1, 1000) s
UNION ALL SELECT score_wdist_agg(s % 5 + 1, 1e-150 * s, 1, 5) FROM generate_series(1, 7) s;
SELECT d::text::score_wdist::text = d::text AS text_reads_back,
       d::jsonb::score_wdist::text = d::text AS jsonb_reads_back,
       jsonb_typeof(d::jsonb) AS json
FROM wt_states;
SELECT d FROM wt_states WHERE n(d) = 1000;
-- the tails of a sum of 0.1's are not zero, and are kept
SELECT (d::jsonb -> 'w_tail') <> '[0,0,0,0,0,0,0,0,0,0,0]'::jsonb AS tails_kept FROM wt_states WHERE n(d) = 1000;
SELECT pg_temp.recv(score_wdist_send(d), 'score_wdist') = d::text AS binary_reads_back FROM wt_states;
-- malformed text → 22P02
SELECT pg_temp.err($$SELECT '{"lo":0,"hi":10}'::score_wdist$$);
SELECT pg_temp.err($$SELECT '{"lo":1,"hi":3,"n":[1,0,0],"ops":[1,0,0],"w":[1,0,0],"w_tail":[0,0,0],"w_peak":[1,0,0],"w2":[1,0,0],"w2_tail":[0,0,0],"w2_peak":[1,0,0],"x":1}'::score_wdist$$);
SELECT pg_temp.err($$SELECT '{"lo":1,"hi":3,"n":[1,0],"ops":[1,0],"w":[1,0,0],"w_tail":[0,0,0],"w_peak":[1,0,0],"w2":[1,0,0],"w2_tail":[0,0,0],"w2_peak":[1,0,0]}'::score_wdist$$);
SELECT pg_temp.err($$SELECT '{"lo":3,"hi":3,"n":[1],"ops":[1],"w":[1],"w_tail":[0],"w_peak":[1],"w2":[1],"w2_tail":[0],"w2_peak":[1]}'::score_wdist$$);
SELECT pg_temp.err($$SELECT '{"lo":1,"hi":3,"n":[-1,0,0],"ops":[-1,0,0],"w":[1,0,0],"w_tail":[0,0,0],"w_peak":[1,0,0],"w2":[1,0,0],"w2_tail":[0,0,0],"w2_peak":[1,0,0]}'::score_wdist$$);
SELECT pg_temp.err($$SELECT '{"lo":1,"hi":3,"n":[0,0,0],"ops":[0,0,0],"w":[1,0,0],"w_tail":[0,0,0],"w_peak":[1,0,0],"w2":[1,0,0],"w2_tail":[0,0,0],"w2_peak":[1,0,0]}'::score_wdist$$);
SELECT pg_temp.err($$SELECT '{"lo":1,"hi":3,"n":[1,0,0],"ops":[1,0,0],"w":[0,0,0],"w_tail":[0,0,0],"w_peak":[0,0,0],"w2":[0,0,0],"w2_tail":[0,0,0],"w2_peak":[0,0,0]}'::score_wdist$$);
SELECT pg_temp.err($$SELECT '{"lo":1,"hi":3,"n":[1,0,0],"ops":[1,0,0],"w":[-1,0,0],"w_tail":[0,0,0],"w_peak":[-1,0,0],"w2":[1,0,0],"w2_tail":[0,0,0],"w2_peak":[1,0,0]}'::score_wdist$$);
SELECT pg_temp.err($$SELECT '{"lo":1,"hi":3,"n":[1,0,0],"ops":[1,0,0],"w":[1,0,0],"w_tail":[0.5,0,0],"w_peak":[1,0,0],"w2":[1,0,0],"w2_tail":[0,0,0],"w2_peak":[1,0,0]}'::score_wdist$$);
SELECT pg_temp.err($$SELECT '{"lo":1,"hi":3,"n":[1,0,0],"ops":[1,0,0],"w":[2,0,0],"w_tail":[0,0,0],"w_peak":[2,0,0],"w2":[5,0,0],"w2_tail":[0,0,0],"w2_peak":[5,0,0]}'::score_wdist$$);
SELECT pg_temp.err($$SELECT '{"lo":1,"hi":3,"n":[4,0,0],"ops":[4,0,0],"w":[2,0,0],"w_tail":[0,0,0],"w_peak":[2,0,0],"w2":[0.5,0,0],"w2_tail":[0,0,0],"w2_peak":[0.5,0,0]}'::score_wdist$$);
SELECT pg_temp.err($$SELECT '{"lo":1,"hi":3,"n":[1,0,0],"ops":[1,0,0],"w":[1e999,0,0],"w_tail":[0,0,0],"w_peak":[1,0,0],"w2":[1,0,0],"w2_tail":[0,0,0],"w2_peak":[1,0,0]}'::score_wdist$$);
SELECT pg_temp.err($$SELECT '{"lo":1,"hi":3,"n":[1,0,0],"ops":[1,0,0],"w":["a",0,0],"w_tail":[0,0,0],"w_peak":["a",0,0],"w2":[1,0,0],"w2_tail":[0,0,0],"w2_peak":[1,0,0]}'::score_wdist$$);
SELECT pg_temp.err($$SELECT '{"lo":1,"hi":3,"n":[1,0,0],"ops":[1,0,0],"w":[1,0,0],"w_tail":[0,0,0],"w_peak":[1,0,0],"w2":[1,0,0],"w2_tail":[0,0,0],"w2_peak":[1,0,0]} x'::score_wdist$$);
-- fewer operations than answers; a peak below its sum
SELECT pg_temp.err($$SELECT '{"lo":1,"hi":3,"n":[2,0,0],"ops":[1,0,0],"w":[2,0,0],"w_tail":[0,0,0],"w_peak":[2,0,0],"w2":[2,0,0],"w2_tail":[0,0,0],"w2_peak":[2,0,0]}'::score_wdist$$);
SELECT pg_temp.err($$SELECT '{"lo":1,"hi":3,"n":[2,0,0],"ops":[2,0,0],"w":[2,0,0],"w_tail":[0,0,0],"w_peak":[1.5,0,0],"w2":[2,0,0],"w2_tail":[0,0,0],"w2_peak":[2,0,0]}'::score_wdist$$);
-- a valid value with the extremes of the bounds between Σw and Σw²
SELECT '{"lo":1,"hi":3,"n":[4,1,0],"ops":[4,1,0],"w":[2,3,0],"w_tail":[0,0,0],"w_peak":[2,3,0],"w2":[1,9,0],"w2_tail":[0,0,0],"w2_peak":[1,9,0]}'::score_wdist;
-- malformed binary → 22P03
SELECT pg_temp.recv('\x01', 'score_wdist');
SELECT pg_temp.recv('\x02000103', 'score_wdist');
SELECT pg_temp.recv('\x01010103', 'score_wdist');
SELECT pg_temp.recv('\x01000303', 'score_wdist');
SELECT pg_temp.recv('\x01000103'::bytea || '\x0000000000000001'::bytea, 'score_wdist');
SELECT pg_temp.recv(overlay(score_wdist_send(d) placing '\x7ff0000000000000' from 21 for 8), 'score_wdist')
FROM wt_states WHERE n(d) = 12;
SELECT pg_temp.recv(overlay(score_wdist_send(d) placing '\x0000000000000000' from 5 for 8), 'score_wdist')
FROM wt_states WHERE n(d) = 12;
-- a tail of -0 in binary reads as 0, so the value's text reads back to it
SELECT pg_temp.recv(overlay(score_wdist_send(d) placing '\x8000000000000000' from 29 for 8), 'score_wdist') = d::text
       AS minus_zero_is_zero
FROM wt_states WHERE n(d) = 12;

-- Merging: + and rollup equal one aggregate over all rows; the scales must
-- match (22023).
SELECT ((SELECT score_wdist_agg(score, w) FROM wt_pub WHERE score < 8)
        + (SELECT score_wdist_agg(score, w) FROM wt_pub WHERE score >= 8))::text
       = (SELECT score_wdist_agg(score, w) FROM wt_pub)::text AS plus_is_whole;
SELECT nps_wstats(rollup(d)) = (SELECT nps_wstats(score_wdist_agg(score, w)) FROM wt_pub) AS rollup_is_whole
FROM (SELECT score_wdist_agg(score, w) AS d FROM wt_pub GROUP BY score % 3) s;
SELECT rollup(d) FROM (SELECT NULL::score_wdist AS d) s;
SELECT pg_temp.err($$SELECT score_wdist_agg(3, 1.0::float8) + score_wdist_agg(3, 1.0::float8, 1, 5)$$);
SELECT pg_temp.err($$SELECT rollup(d) FROM (SELECT score_wdist_agg(3, 1.0::float8) UNION ALL SELECT score_wdist_agg(3, 1.0::float8, 1, 5)) v(d)$$);
-- sums past double precision → 22003, merged or counted
SELECT pg_temp.err($$SELECT '{"lo":0,"hi":10,"n":[0,0,0,0,0,0,0,0,0,0,1],"ops":[0,0,0,0,0,0,0,0,0,0,1],"w":[0,0,0,0,0,0,0,0,0,0,1.3407807929942596e+154],"w_tail":[0,0,0,0,0,0,0,0,0,0,0],"w_peak":[0,0,0,0,0,0,0,0,0,0,1.3407807929942596e+154],"w2":[0,0,0,0,0,0,0,0,0,0,1.7976931348623157e+308],"w2_tail":[0,0,0,0,0,0,0,0,0,0,0],"w2_peak":[0,0,0,0,0,0,0,0,0,0,1.7976931348623157e+308]}'::score_wdist + '{"lo":0,"hi":10,"n":[0,0,0,0,0,0,0,0,0,0,1],"ops":[0,0,0,0,0,0,0,0,0,0,1],"w":[0,0,0,0,0,0,0,0,0,0,1.3407807929942596e+154],"w_tail":[0,0,0,0,0,0,0,0,0,0,0],"w_peak":[0,0,0,0,0,0,0,0,0,0,1.3407807929942596e+154],"w2":[0,0,0,0,0,0,0,0,0,0,1.7976931348623157e+308],"w2_tail":[0,0,0,0,0,0,0,0,0,0,0],"w2_peak":[0,0,0,0,0,0,0,0,0,0,1.7976931348623157e+308]}'::score_wdist$$);
SELECT pg_temp.err($$SELECT score_wdist_accum('{"lo":0,"hi":10,"n":[0,0,0,0,0,0,0,0,0,0,1],"ops":[0,0,0,0,0,0,0,0,0,0,1],"w":[0,0,0,0,0,0,0,0,0,0,1.3407807929942596e+154],"w_tail":[0,0,0,0,0,0,0,0,0,0,0],"w_peak":[0,0,0,0,0,0,0,0,0,0,1.3407807929942596e+154],"w2":[0,0,0,0,0,0,0,0,0,0,1.7976931348623157e+308],"w2_tail":[0,0,0,0,0,0,0,0,0,0,0],"w2_peak":[0,0,0,0,0,0,0,0,0,0,1.7976931348623157e+308]}'::score_wdist, 10, 1e150::float8)$$);

-- Moving windows: the inverse transitions.  A window over daily states
-- (rollup) and over raw answers (nps_agg) equals each window computed anew;
-- a score whose answers all leave the window is exactly empty again.
CREATE TABLE wt_days AS
SELECT day, score_wdist_agg(s % 11, 0.1 + (s % 7) * 0.37) AS d
FROM generate_series(1, 30) day, generate_series(1, 20 + day) s
WHERE (s * day) % 5 <> 0 GROUP BY day;
SELECT bool_and(abs(moving - anew) < 1e-12) AS rollup_window_ok, count(*) FROM (
    SELECT day, nps(rollup(d) OVER (ORDER BY day RANGE 6 PRECEDING)) AS moving,
           (SELECT nps(rollup(d2.d)) FROM wt_days d2 WHERE d2.day BETWEEN w.day - 6 AND w.day) AS anew
    FROM wt_days w) s;
SELECT x, nps_agg(score, w) OVER (ORDER BY x ROWS 1 PRECEDING) AS moving,
       score_wdist_agg(score, w) OVER (ORDER BY x ROWS 1 PRECEDING) AS state
FROM (VALUES (1, 10, 0.1::float8), (2, 10, 0.2), (3, 0, 0.7)) v(x, score, w) ORDER BY x;
-- A removal that would leave a sum inexact (a weight of 1e140 leaving
-- weights of 1 and 2: the error bound of the double-double, ops x peak x
-- 2^-102, far above 2^-60 of what is left) makes the window compute its
-- frame anew (ops counts the frame's own rows again); the next removal is
-- exact and kept (ops 4).
SELECT x, nps_agg(10, w) OVER (ORDER BY x ROWS 1 PRECEDING) AS moving,
       score_wdist_agg(10, w, 9, 10) OVER (ORDER BY x ROWS 1 PRECEDING) AS state
FROM (VALUES (1, 1e140::float8), (2, 1.0), (3, 2.0), (4, 3.0)) v(x, w) ORDER BY x;
SELECT i, rollup(v) OVER (ORDER BY i ROWS BETWEEN CURRENT ROW AND 1 FOLLOWING)
FROM (SELECT 1, score_wdist_agg(9, 1e40::float8, 9, 10) UNION ALL SELECT 2, score_wdist_agg(9, 30000::float8, 9, 10)) t(i, v)
ORDER BY i;
-- called directly, such a removal is refused
SELECT pg_temp.err($$SELECT score_wdist_unaccum(score_wdist_agg(9, w, 9, 10), 9, 1e140::float8) FROM (VALUES (1e140::float8), (1.0)) v(w)$$);
-- removing what was never added → 22023
SELECT pg_temp.err($$SELECT score_wdist_merge_inv(score_wdist_agg(3, 1.0::float8), score_wdist_agg(4, 1.0::float8))$$);
SELECT pg_temp.err($$SELECT score_wdist_merge_inv((SELECT score_wdist_agg(s, 1.0::float8) FROM (VALUES (3), (3)) v(s)), score_wdist_agg(3, 5.0::float8))$$);
SELECT pg_temp.err($$SELECT score_wdist_unaccum(score_wdist_agg(3, 1.0::float8), 4, 1.0::float8)$$);
SELECT pg_temp.err($$SELECT score_wdist_unaccum(score_wdist_agg(s, 1.0::float8), 3, 5.0::float8) FROM (VALUES (3), (3)) v(s)$$);
SELECT pg_temp.err($$SELECT score_wdist_merge_inv(score_wdist_agg(3, 1.0::float8), score_wdist_agg(3, 1.0::float8, 1, 5))$$);
