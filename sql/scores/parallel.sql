-- Parallel aggregation: with parallel query forced, every aggregate runs as
-- Partial Aggregate in workers whose states are merged by the combine
-- function, and gives exactly the serial answer.
\i sql/include/setup.sql

-- 110,000 answers: score (7 i) mod 11 takes each value 0-10 exactly 10,000
-- times, so NPS = 100 (20,000 - 70,000) / 110,000 = -45.4545...;
-- csat score (i mod 5) + 1: 22,000 of each, CSAT = 40 %; CES (i mod 7) + 1
-- over 110,000 = 7 x 15,714 + 2: mean 4.0000181818... (computed below by avg).
CREATE TABLE par_answers AS
SELECT i, i % 4 AS g, (i * 7) % 11 AS score, (i % 5) + 1 AS csat, (i % 7) + 1 AS ces
FROM generate_series(1, 110000) AS i;
CREATE TABLE par_daily AS
SELECT i % 5000 AS day, score_dist_agg(score) AS d FROM par_answers GROUP BY 1;
ANALYZE par_answers;
ANALYZE par_daily;

CREATE TEMP TABLE serial_result AS
SELECT nps_agg(score) AS nps, nps_stats(score) AS stats, csat_agg(csat) AS csat,
       csat_agg(csat, 7) AS csat7, ces_agg(ces) AS ces, ces_agg(ces::numeric, 9) AS ces9,
       score_dist_agg(score)::text AS dist, score_dist_agg(score, 0, 20)::text AS dist20
FROM par_answers;
SELECT nps, (stats).n, csat, ces = (SELECT avg(ces)::float8 FROM par_answers) AS ces_is_avg
FROM serial_result;

SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SET parallel_leader_participation = off;

EXPLAIN (COSTS OFF)
SELECT nps_agg(score), nps_stats(score), csat_agg(csat), csat_agg(csat, 7), ces_agg(ces),
       ces_agg(ces::numeric, 9), score_dist_agg(score), score_dist_agg(score, 0, 20)
FROM par_answers;

SELECT s.nps = p.nps AS nps, s.stats = p.stats AS nps_stats, s.csat = p.csat AS csat,
       s.csat7 = p.csat7 AS csat7, s.ces = p.ces AS ces, s.ces9 = p.ces9 AS ces9,
       s.dist = p.dist AS dist, s.dist20 = p.dist20 AS dist20
FROM serial_result AS s,
     (SELECT nps_agg(score) AS nps, nps_stats(score) AS stats, csat_agg(csat) AS csat,
             csat_agg(csat, 7) AS csat7, ces_agg(ces) AS ces, ces_agg(ces::numeric, 9) AS ces9,
             score_dist_agg(score)::text AS dist, score_dist_agg(score, 0, 20)::text AS dist20
      FROM par_answers) AS p;

-- grouped, and rollup of stored distributions
EXPLAIN (COSTS OFF) SELECT g, nps_agg(score) FROM par_answers GROUP BY g;
SELECT g, nps_agg(score) FROM par_answers GROUP BY g ORDER BY g;
EXPLAIN (COSTS OFF) SELECT rollup(d) FROM par_daily;
SELECT rollup(d)::text = (SELECT dist FROM serial_result) AS rollup_equals_serial
FROM par_daily;

-- errors raised inside workers reach the client unchanged
SELECT pg_temp.err($$SELECT nps_agg(CASE WHEN i = 100000 THEN 11 ELSE score END) FROM par_answers$$);

RESET ALL;

-- double precision and real scores (1.1.0): the same plans, the serial
-- answer of the integer scores.
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SET parallel_leader_participation = off;
EXPLAIN (COSTS OFF)
SELECT nps_agg(score::float8), nps_stats(score::real), csat_agg(csat::float8),
       csat_agg(csat::real, 7), ces_agg(ces::real), ces_agg(ces::float8, 9),
       score_dist_agg(score::float8), score_dist_agg(score::real, 0, 20)
FROM par_answers;
SELECT s.nps = p.nps AS nps, s.stats = p.stats AS nps_stats, s.csat = p.csat AS csat,
       s.csat7 = p.csat7 AS csat7, s.ces = p.ces AS ces, s.ces9 = p.ces9 AS ces9,
       s.dist = p.dist AS dist, s.dist20 = p.dist20 AS dist20
FROM serial_result AS s,
     (SELECT nps_agg(score::float8) AS nps, nps_stats(score::real) AS stats, csat_agg(csat::float8) AS csat,
             csat_agg(csat::real, 7) AS csat7, ces_agg(ces::real) AS ces, ces_agg(ces::float8, 9) AS ces9,
             score_dist_agg(score::float8)::text AS dist, score_dist_agg(score::real, 0, 20)::text AS dist20
      FROM par_answers) AS p;
SELECT g, nps_agg(score::float8) FROM par_answers GROUP BY g ORDER BY g;
SELECT pg_temp.err($$SELECT nps_agg(CASE WHEN i = 100000 THEN 9.5 ELSE score END::float8) FROM par_answers$$);

RESET ALL;
SELECT g, nps_agg(score) FROM par_answers GROUP BY g ORDER BY g;
DROP TABLE par_answers, par_daily;
