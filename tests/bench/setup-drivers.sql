-- The tables of B11 and B12 (tests/bench/run): bench_drivers, 1,000,000
-- answers of an outcome (0-10) and 8 integer drivers (1-5), each driver a
-- column, so that the built-in covar_pop reads them as they are, and its
-- first 100,000 rows (bench_drivers_100k); and
-- bench_driver_states, the statistics of 15 and 20 drivers (2,000 rows
-- each, without and with a row key) whose final function B12 times.
SET client_min_messages = warning;
DROP TABLE IF EXISTS bench_drivers, bench_drivers_100k, bench_driver_states;
SELECT setseed(0.11) \g /dev/null
CREATE TABLE bench_drivers AS
SELECT i AS id,
       least(10, greatest(0, round(x1 + x2 + x3 + x4 - 6 + 2 * random())))::int AS y,
       x1, x2, x3, x4,
       (1 + floor(random() * 5))::int AS x5, (1 + floor(random() * 5))::int AS x6,
       (1 + floor(random() * 5))::int AS x7, (1 + floor(random() * 5))::int AS x8
FROM (SELECT i, (1 + floor(random() * 5))::int AS x1, (1 + floor(random() * 5))::int AS x2,
             (1 + floor(random() * 5))::int AS x3, (1 + floor(random() * 5))::int AS x4
      FROM generate_series(1, 1000000) AS i) AS d;
CREATE TABLE bench_drivers_100k AS SELECT * FROM bench_drivers WHERE id <= 100000;
VACUUM ANALYZE bench_drivers;
VACUUM ANALYZE bench_drivers_100k;
CREATE TABLE bench_driver_states AS
SELECT p, driver_stats(y, x) AS plain, driver_stats(i, y, x) AS keyed,
       (SELECT array_agg('d' || j ORDER BY j) FROM generate_series(1, p) AS j) AS names
FROM (SELECT p, i, (abs(hashint4(i)) % 11) AS y,
             array_agg((1 + abs(hashint4(i * 1000 + j + p * 100000)) % 5) ORDER BY j) AS x
      FROM (VALUES (15), (20)) AS ps(p), generate_series(1, 2000) AS i, generate_series(1, p) AS j
      WHERE j <= p GROUP BY p, i) AS rows
GROUP BY p;
