-- Moving windows: the aggregates run in moving-aggregate mode (an exact
-- inverse transition), and OVER (ROWS n PRECEDING) equals a recomputation
-- of each frame from scratch.
\i sql/include/setup.sql

CREATE TEMP TABLE w AS
SELECT i, CASE WHEN i % 13 = 0 THEN NULL ELSE (i * 7) % 11 END AS score,
       (i % 5) + 1 AS five, (i % 7) + 1 AS seven
FROM generate_series(1, 500) AS i;

-- Every frame of 10 rows, against a recomputation over the same rows.
SELECT count(*) AS frames,
       count(*) FILTER (WHERE m.nps IS DISTINCT FROM r.nps) AS nps_mismatches,
       count(*) FILTER (WHERE m.stats IS DISTINCT FROM r.stats) AS stats_mismatches,
       count(*) FILTER (WHERE m.csat IS DISTINCT FROM r.csat) AS csat_mismatches,
       count(*) FILTER (WHERE m.csat7 IS DISTINCT FROM r.csat7) AS csat7_mismatches,
       count(*) FILTER (WHERE m.ces IS DISTINCT FROM r.ces) AS ces_mismatches,
       count(*) FILTER (WHERE m.ces7 IS DISTINCT FROM r.ces7) AS ces7_mismatches,
       count(*) FILTER (WHERE m.dist IS DISTINCT FROM r.dist) AS dist_mismatches,
       count(*) FILTER (WHERE m.dist3 IS DISTINCT FROM r.dist3) AS dist3_mismatches
FROM (SELECT i,
             nps_agg(score) OVER f AS nps,
             nps_stats(score::numeric) OVER f AS stats,
             csat_agg(five::smallint) OVER f AS csat,
             csat_agg(seven, 7) OVER f AS csat7,
             ces_agg(seven::bigint) OVER f AS ces,
             ces_agg(five, 7) OVER f AS ces7,
             (score_dist_agg(score) OVER f)::text AS dist,
             (score_dist_agg(five, 0, 5) OVER f)::text AS dist3
      FROM w
      WINDOW f AS (ORDER BY i ROWS 9 PRECEDING)) AS m
JOIN LATERAL (SELECT nps_agg(score) AS nps, nps_stats(score::numeric) AS stats,
                     csat_agg(five::smallint) AS csat, csat_agg(seven, 7) AS csat7,
                     ces_agg(seven::bigint) AS ces, ces_agg(five, 7) AS ces7,
                     score_dist_agg(score)::text AS dist,
                     score_dist_agg(five, 0, 5)::text AS dist3
              FROM w AS x WHERE x.i BETWEEN m.i - 9 AND m.i) AS r ON true;

-- The first rows, by hand: scores (7 i) mod 11 for i = 1..4 are 7, 3, 10, 6;
-- a frame of 3 rows: {7} 0; {7,3} -50; {7,3,10} 0; {3,10,6} -33.3...
SELECT i, score, nps_agg(score) OVER (ORDER BY i ROWS 2 PRECEDING)
FROM w WHERE i <= 4 ORDER BY i;

-- rollup over a moving window of daily distributions equals a recomputation
CREATE TEMP TABLE wd AS
SELECT i / 10 AS day, score_dist_agg(score) AS d FROM w GROUP BY 1;
SELECT count(*) AS frames,
       count(*) FILTER (WHERE m.r IS DISTINCT FROM x.r) AS rollup_mismatches
FROM (SELECT day, (rollup(d) OVER (ORDER BY day ROWS 6 PRECEDING))::text AS r FROM wd) AS m
JOIN LATERAL (SELECT rollup(d)::text AS r FROM wd AS y
              WHERE y.day BETWEEN m.day - 6 AND m.day) AS x ON true;

-- Days without answers hold NULL distributions (a calendar LEFT JOIN):
-- frames that start with them, or hold only them, are recomputed exactly
-- (1.0.0: "moving-aggregate transition function must not return null").
CREATE TEMP TABLE wd_gaps AS
SELECT g AS day, CASE WHEN g % 4 IN (0, 1) THEN NULL ELSE wd.d END AS d
FROM generate_series(0, 40) AS g LEFT JOIN wd ON wd.day = g;
SELECT count(*) AS frames, count(*) FILTER (WHERE m.r IS NULL) AS empty_frames,
       count(*) FILTER (WHERE m.r IS DISTINCT FROM x.r) AS rollup_mismatches
FROM (SELECT day, (rollup(d) OVER (ORDER BY day ROWS 2 PRECEDING))::text AS r FROM wd_gaps) AS m
JOIN LATERAL (SELECT rollup(d)::text AS r FROM wd_gaps AS y
              WHERE y.day BETWEEN m.day - 2 AND m.day) AS x ON true;

-- A frame with only NULL scores is NULL (no answer), as for avg.
SELECT i, s, nps_agg(s) OVER (ORDER BY i ROWS 1 PRECEDING),
       score_dist_agg(s) OVER (ORDER BY i ROWS 1 PRECEDING)
FROM (VALUES (1, 10), (2, NULL), (3, NULL), (4, 0)) AS t(i, s);

-- An error in a window names the aggregate.
SELECT pg_temp.err($$SELECT nps_agg(s) OVER (ORDER BY s ROWS 1 PRECEDING) FROM generate_series(9, 11) AS s$$);
SELECT pg_temp.err($$SELECT csat_agg(s, 5) OVER (ORDER BY s ROWS 1 PRECEDING) FROM generate_series(4, 6) AS s$$);

-- double precision and real scores (1.1.0) in moving-aggregate mode: every
-- frame equals a recomputation, and equals the integer form's frame.
SELECT count(*) AS frames,
       count(*) FILTER (WHERE m.nps IS DISTINCT FROM r.nps OR m.nps IS DISTINCT FROM m.nps_i) AS nps_mismatches,
       count(*) FILTER (WHERE m.stats IS DISTINCT FROM r.stats OR m.stats IS DISTINCT FROM m.stats_i) AS stats_mismatches,
       count(*) FILTER (WHERE m.csat IS DISTINCT FROM r.csat OR m.csat IS DISTINCT FROM m.csat_i) AS csat_mismatches,
       count(*) FILTER (WHERE m.csat7 IS DISTINCT FROM r.csat7 OR m.csat7 IS DISTINCT FROM m.csat7_i) AS csat7_mismatches,
       count(*) FILTER (WHERE m.ces IS DISTINCT FROM r.ces OR m.ces IS DISTINCT FROM m.ces_i) AS ces_mismatches,
       count(*) FILTER (WHERE m.ces7 IS DISTINCT FROM r.ces7 OR m.ces7 IS DISTINCT FROM m.ces7_i) AS ces7_mismatches,
       count(*) FILTER (WHERE m.dist IS DISTINCT FROM r.dist OR m.dist IS DISTINCT FROM m.dist_i) AS dist_mismatches,
       count(*) FILTER (WHERE m.dist3 IS DISTINCT FROM r.dist3 OR m.dist3 IS DISTINCT FROM m.dist3_i) AS dist3_mismatches
FROM (SELECT i,
             nps_agg(score::float8) OVER f AS nps, nps_agg(score) OVER f AS nps_i,
             nps_stats(score::real) OVER f AS stats, nps_stats(score) OVER f AS stats_i,
             csat_agg(five::float8) OVER f AS csat, csat_agg(five) OVER f AS csat_i,
             csat_agg(seven::real, 7) OVER f AS csat7, csat_agg(seven, 7) OVER f AS csat7_i,
             ces_agg(seven::real) OVER f AS ces, ces_agg(seven) OVER f AS ces_i,
             ces_agg(five::float8, 7) OVER f AS ces7, ces_agg(five, 7) OVER f AS ces7_i,
             (score_dist_agg(score::real) OVER f)::text AS dist, (score_dist_agg(score) OVER f)::text AS dist_i,
             (score_dist_agg(five::float8, 0, 5) OVER f)::text AS dist3, (score_dist_agg(five, 0, 5) OVER f)::text AS dist3_i
      FROM w
      WINDOW f AS (ORDER BY i ROWS 9 PRECEDING)) AS m
JOIN LATERAL (SELECT nps_agg(score::float8) AS nps, nps_stats(score::real) AS stats,
                     csat_agg(five::float8) AS csat, csat_agg(seven::real, 7) AS csat7,
                     ces_agg(seven::real) AS ces, ces_agg(five::float8, 7) AS ces7,
                     score_dist_agg(score::real)::text AS dist,
                     score_dist_agg(five::float8, 0, 5)::text AS dist3
              FROM w AS x WHERE x.i BETWEEN m.i - 9 AND m.i) AS r ON true;
-- the first rows by hand, as above: 0, -50, 0, -33.3...
SELECT i, score, nps_agg(score::real) OVER (ORDER BY i ROWS 2 PRECEDING)
FROM w WHERE i <= 4 ORDER BY i;
-- an error in a window names the aggregate
SELECT pg_temp.err($$SELECT nps_agg(s::float8 / 2) OVER (ORDER BY s ROWS 1 PRECEDING) FROM generate_series(18, 21) AS s$$);
SELECT pg_temp.err($$SELECT ces_agg(s::real, 5) OVER (ORDER BY s ROWS 1 PRECEDING) FROM generate_series(4, 6) AS s$$);
