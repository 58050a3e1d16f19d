-- score_dist_agg (both forms) and rollup: building distributions from raw
-- scores, storing them per day, and merging them back.
\i sql/include/setup.sql

SELECT score_dist_agg(s) FROM unnest(ARRAY[0, 10, 10, 5, NULL]) AS s;
SELECT score_dist_agg(s::smallint), score_dist_agg(s::bigint), score_dist_agg(s::numeric)
FROM unnest(ARRAY[0, 10, 10, 5, NULL]) AS s;
SELECT score_dist_agg(s, 1, 5) FROM unnest(ARRAY[1, 5, 5, 3]) AS s;
SELECT score_dist_agg(s::numeric, 95, 100) FROM unnest(ARRAY[100, 95, 96]) AS s;
SELECT score_dist_agg(s) IS NULL AS empty, score_dist_agg(s, 1, 5) IS NULL AS empty_range
FROM unnest(ARRAY[NULL::int]) AS s;

-- A daily table of distributions, merged back with rollup: the merge of the
-- parts equals the distribution of the whole.
CREATE TEMP TABLE raw_answers AS
SELECT i, date '2026-01-01' + (i % 7) AS day, (i * 7) % 11 AS score
FROM generate_series(1, 700) AS i;
CREATE TEMP TABLE daily AS
SELECT day, score_dist_agg(score) AS d FROM raw_answers GROUP BY day;
SELECT rollup(d)::text = (SELECT score_dist_agg(score)::text FROM raw_answers) AS parts_equal_whole,
       n(rollup(d)), nps(rollup(d))
FROM daily;
-- 700 answers, scores (7 i) mod 11: 63 or 64 of each score;
-- i = 1..700 runs through 63 full cycles of 11 (693 values, 63 of each
-- score) and then i = 694..700, whose scores (7 i) mod 11 are
-- 694 -> 7, 695 -> 3, 696 -> 10, 697 -> 6, 698 -> 2, 699 -> 9, 700 -> 5:
-- scores 2, 3, 5, 6, 7, 9, 10 have 64 answers, the others 63.
SELECT rollup(d) FROM daily;
-- the accessors read the rolled-up value like any other
SELECT nps(r) = (SELECT nps_agg(score) FROM raw_answers) AS same_nps,
       csat(r), mean(r) = (SELECT avg(score)::float8 FROM raw_answers) AS same_mean
FROM (SELECT rollup(d) AS r FROM daily) AS t;

-- rollup skips NULLs; over no row, or only NULLs, or only empty
-- distributions (no answer counted) it is NULL.
SELECT rollup(d) FROM (VALUES ('{"lo":1,"hi":3,"counts":[1,0,0]}'::score_dist), (NULL)) AS t(d);
SELECT rollup(d) IS NULL AS no_rows FROM daily WHERE false;
SELECT rollup(d) IS NULL AS only_nulls FROM (VALUES (NULL::score_dist)) AS t(d);
SELECT rollup(d) IS NULL AS only_empty
FROM (VALUES ('{"lo":1,"hi":3,"counts":[0,0,0]}'::score_dist)) AS t(d);

-- Error paths.
SELECT pg_temp.err(q) FROM (VALUES
    ($$SELECT rollup(d) FROM (VALUES ('{"lo":1,"hi":3,"counts":[1,0,0]}'::score_dist), ('{"lo":0,"hi":10,"counts":[0,0,0,0,0,0,0,0,0,0,1]}')) AS t(d)$$),
    ($$SELECT rollup(d) FROM (VALUES ('{"lo":0,"hi":1,"counts":[9223372036854775807,0]}'::score_dist), ('{"lo":0,"hi":1,"counts":[1,0]}')) AS t(d)$$),
    ($$SELECT score_dist_agg(s, 5, 5) FROM (VALUES (5)) AS t(s)$$),
    ($$SELECT score_dist_agg(s, -1, 5) FROM (VALUES (1)) AS t(s)$$),
    ($$SELECT score_dist_agg(s, 0, 101) FROM (VALUES (1)) AS t(s)$$),
    ($$SELECT score_dist_agg(s, NULL, 5) FROM (VALUES (1)) AS t(s)$$),
    ($$SELECT score_dist_agg(s, 1, NULL) FROM (VALUES (1)) AS t(s)$$),
    ($$SELECT score_dist_agg(s, 1, 5) FROM (VALUES (6)) AS t(s)$$),
    ($$SELECT score_dist_agg(s, lo, 5) FROM (VALUES (1, 1), (2, 0)) AS t(s, lo)$$),
    ($$SELECT score_dist_agg(s) FROM (VALUES (11)) AS t(s)$$),
    ($$SELECT score_dist_merge_inv('{"lo":1,"hi":3,"counts":[1,0,0]}', '{"lo":1,"hi":3,"counts":[0,1,0]}')$$),
    ($$SELECT score_dist_merge_inv('{"lo":1,"hi":3,"counts":[1,0,0]}', '{"lo":1,"hi":4,"counts":[1,0,0,0]}')$$)
) AS t(q);

-- rollup's transition and inverse are strict since 1.1.0 (PostgreSQL skips
-- NULL distributions itself): called directly with a NULL side, NULL.
SELECT score_dist_merge_inv(NULL, '{"lo":1,"hi":3,"counts":[0,1,0]}') IS NULL AS inverse_null,
       score_dist_combine(NULL, '{"lo":1,"hi":3,"counts":[0,1,0]}') IS NULL AS combine_null;

-- double precision and real scores (1.1.0), both forms: the distribution
-- of the integer scores; integral in value only, else ERROR 22003.
SELECT score_dist_agg(s::float8)::text = score_dist_agg(s)::text AS float8_same,
       score_dist_agg(s::real)::text = score_dist_agg(s)::text AS real_same,
       score_dist_agg(s::real)
FROM unnest(ARRAY[0, 10, 10, 5, NULL]) AS s;
SELECT score_dist_agg(s::float8, 95, 100)::text = score_dist_agg(s, 95, 100)::text AS float8_same,
       score_dist_agg(s::real, 95, 100)::text = score_dist_agg(s, 95, 100)::text AS real_same,
       score_dist_agg(s::float8, 95, 100)
FROM unnest(ARRAY[100, 95, 96, NULL]) AS s;
SELECT rollup(d)::text = (SELECT score_dist_agg(score::float8)::text FROM raw_answers) AS float8_parts_equal_whole
FROM (SELECT day, score_dist_agg(score::real) AS d FROM raw_answers GROUP BY day) AS t;
SELECT pg_temp.err(q) FROM (VALUES
    ($$SELECT score_dist_agg(10.5::float8)$$),
    ($$SELECT score_dist_agg('NaN'::real)$$),
    ($$SELECT score_dist_agg(11::real)$$),
    ($$SELECT score_dist_agg(s, 1, 5) FROM (VALUES (6::float8)) AS t(s)$$),
    ($$SELECT score_dist_agg(s, 1, 5) FROM (VALUES (0.5::real)) AS t(s)$$),
    ($$SELECT score_dist_agg(s, 0, 100) FROM (VALUES ('Infinity'::float8)) AS t(s)$$),
    ($$SELECT score_dist_agg(s, 0, 100) FROM (VALUES ('-Infinity'::real)) AS t(s)$$),
    ($$SELECT score_dist_agg(s, 0, 100) FROM (VALUES (100.5::float8)) AS t(s)$$),
    ($$SELECT score_dist_agg(s, 5, 5) FROM (VALUES (5::float8)) AS t(s)$$),
    ($$SELECT score_dist_agg(s, lo, 5) FROM (VALUES (1::real, 1), (2, 0)) AS t(s, lo)$$)
) AS t(q);
