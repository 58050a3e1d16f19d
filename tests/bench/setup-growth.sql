-- Data of the growth measure G1 (grouped fits), made without random():
--   bench_gfit_10k  10,000 groups g of 10 customers k = 0..9 each:
--                   frequency x = k mod 5, recency tx (0 when x = 0; near
--                   the end for k < 5, early for the others), age t = 20,
--                   mean spend m
--   bench_gfit_40k  the same for 40,000 groups: 4x the rows and the groups
-- (small groups: many of their fits end at an edge of the parameter space,
-- as grouped fits of few customers do).
SET client_min_messages = warning;
DROP TABLE IF EXISTS bench_gfit_10k, bench_gfit_40k;
-- G2: sbg_fit's transition without its final function (the state alone)
DROP AGGREGATE IF EXISTS bench_sbg_state(int, bool);
CREATE AGGREGATE bench_sbg_state(int, bool) (sfunc = sbg_fit_accum, stype = sbg_state);
CREATE TABLE bench_gfit_10k AS
SELECT g, x, CASE WHEN x = 0 THEN 0 WHEN k < 5 THEN 19 - g % 3 ELSE 2 + x + g % 4 END::float8 AS tx,
       20::float8 AS t, (5 + (3 * g + k) % 23)::float8 AS m
FROM (SELECT i % 10000 AS g, i / 10000 AS k, ((i / 10000) % 5)::float8 AS x
      FROM generate_series(0, 99999) AS i) AS s;
CREATE TABLE bench_gfit_40k AS
SELECT g, x, CASE WHEN x = 0 THEN 0 WHEN k < 5 THEN 19 - g % 3 ELSE 2 + x + g % 4 END::float8 AS tx,
       20::float8 AS t, (5 + (3 * g + k) % 23)::float8 AS m
FROM (SELECT i % 40000 AS g, i / 40000 AS k, ((i / 40000) % 5)::float8 AS x
      FROM generate_series(0, 399999) AS i) AS s;
VACUUM ANALYZE bench_gfit_10k;
VACUUM ANALYZE bench_gfit_40k;
