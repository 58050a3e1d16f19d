-- Key drivers: driver_stats and key_drivers.
--
-- 1. R's swiss data (Fertility of 47 French-speaking provinces of
--    Switzerland in 1888 against five socio-economic indicators), whose
--    importances the relaimpo vignette publishes (Grömping 2006): lmg,
--    first and last are compared with those figures to 1e-7.
\i sql/include/setup.sql
CREATE TABLE swiss (fertility float8, agriculture float8, examination float8,
                    education float8, catholic float8, infant_mortality float8);
INSERT INTO swiss VALUES
(80.2, 17, 15, 12, 9.96, 22.2),
(83.1, 45.1, 6, 9, 84.84, 22.2),
(92.5, 39.7, 5, 5, 93.4, 20.2),
(85.8, 36.5, 12, 7, 33.77, 20.3),
(76.9, 43.5, 17, 15, 5.16, 20.6),
(76.1, 35.3, 9, 7, 90.57, 26.6),
(83.8, 70.2, 16, 7, 92.85, 23.6),
(92.4, 67.8, 14, 8, 97.16, 24.9),
(82.4, 53.3, 12, 7, 97.67, 21),
(82.9, 45.2, 16, 13, 91.38, 24.4),
(87.1, 64.5, 14, 6, 98.61, 24.5),
(64.1, 62, 21, 12, 8.52, 16.5),
(66.9, 67.5, 14, 7, 2.27, 19.1),
(68.9, 60.7, 19, 12, 4.43, 22.7),
(61.7, 69.3, 22, 5, 2.82, 18.7),
(68.3, 72.6, 18, 2, 24.2, 21.2),
(71.7, 34, 17, 8, 3.3, 20),
(55.7, 19.4, 26, 28, 12.11, 20.2),
(54.3, 15.2, 31, 20, 2.15, 10.8),
(65.1, 73, 19, 9, 2.84, 20),
(65.5, 59.8, 22, 10, 5.23, 18),
(65, 55.1, 14, 3, 4.52, 22.4),
(56.6, 50.9, 22, 12, 15.14, 16.7),
(57.4, 54.1, 20, 6, 4.2, 15.3),
(72.5, 71.2, 12, 1, 2.4, 21),
(74.2, 58.1, 14, 8, 5.23, 23.8),
(72, 63.5, 6, 3, 2.56, 18),
(60.5, 60.8, 16, 10, 7.72, 16.3),
(58.3, 26.8, 25, 19, 18.46, 20.9),
(65.4, 49.5, 15, 8, 6.1, 22.5),
(75.5, 85.9, 3, 2, 99.71, 15.1),
(69.3, 84.9, 7, 6, 99.68, 19.8),
(77.3, 89.7, 5, 2, 100, 18.3),
(70.5, 78.2, 12, 6, 98.96, 19.4),
(79.4, 64.9, 7, 3, 98.22, 20.2),
(65, 75.9, 9, 9, 99.06, 17.8),
(92.2, 84.6, 3, 3, 99.46, 16.3),
(79.3, 63.1, 13, 13, 96.83, 18.1),
(70.4, 38.4, 26, 12, 5.62, 20.3),
(65.7, 7.7, 29, 11, 13.79, 20.5),
(72.7, 16.7, 22, 13, 11.22, 18.9),
(64.4, 17.6, 35, 32, 16.92, 23),
(77.6, 37.6, 15, 7, 4.97, 20),
(67.6, 18.7, 25, 7, 8.65, 19.5),
(35, 1.2, 37, 53, 42.34, 18),
(44.7, 46.6, 16, 29, 50.43, 18.2),
(42.8, 27.7, 22, 29, 58.33, 19.3);
CREATE TABLE published (driver text, lmg float8, first float8, last float8);
INSERT INTO published VALUES
    ('Agriculture',      0.05709122, 0.1246649, 0.042869607),
    ('Examination',      0.17117303, 0.4171645, 0.007387419),
    ('Education',        0.26013468, 0.4406156, 0.161962693),
    ('Catholic',         0.10557015, 0.2150035, 0.062372626),
    ('Infant.Mortality', 0.11276592, 0.1735189, 0.056945259);
-- R² = 0.7067350; every figure within 1e-7 of the published one (the
-- vignette prints 7 to 9 significant digits)
SELECT k.driver,
       abs(k.shapley - p.lmg) < 1e-7 AS lmg_ok,
       abs(k.first - p.first) < 1e-7 AS first_ok,
       abs(k.last - p.last) < 1e-7 AS last_ok,
       abs(k.r2 - 0.7067350) < 1e-7 AS r2_ok,
       k.n, k.skipped
FROM key_drivers((SELECT driver_stats(fertility, ARRAY[agriculture, examination, education, catholic, infant_mortality])
                  FROM swiss),
                 '{Agriculture,Examination,Education,Catholic,Infant.Mortality}') AS k
JOIN published AS p USING (driver);
-- Johnson's relative weights of the same model, as numpy computes them
-- from the rows (tests/drivers/driver_oracle.py: an eigen-decomposition of
-- the drivers' correlations), and the standardized coefficients of R's
-- lm() on scaled variables; importances sum to R² and their percentages
-- to 100
CREATE TABLE oracle (driver text, rw float8, beta float8);
INSERT INTO oracle VALUES
    ('Agriculture',      0.04841689581190069, -0.3129212825),
    ('Examination',      0.15470824980616016, -0.1647782225),
    ('Education',        0.2719641046459993,  -0.6704007801),
    ('Catholic',         0.11468002994756106,  0.3476000281),
    ('Infant.Mortality', 0.11696572138110475,  0.2511359763);
SELECT k.driver, abs(k.relative_weight - o.rw) < 1e-10 AS rw_ok, abs(k.beta - o.beta) < 1e-9 AS beta_ok,
       round(k.shapley_pct::numeric, 2) AS shapley_pct, round(k.relative_weight_pct::numeric, 2) AS rw_pct
FROM key_drivers((SELECT driver_stats(fertility, ARRAY[agriculture, examination, education, catholic, infant_mortality])
                  FROM swiss),
                 '{Agriculture,Examination,Education,Catholic,Infant.Mortality}') AS k
JOIN oracle AS o USING (driver);
SELECT abs(sum(shapley) - max(r2)) < 1e-12 AS shapley_sums_to_r2,
       abs(sum(relative_weight) - max(r2)) < 1e-12 AS weights_sum_to_r2,
       abs(sum(shapley_pct) - 100) < 1e-9 AS pct_sum_to_100
FROM key_drivers((SELECT driver_stats(fertility, ARRAY[agriculture, examination, education, catholic, infant_mortality])
                  FROM swiss),
                 '{Agriculture,Examination,Education,Catholic,Infant.Mortality}');

-- 2. Integer answers: exact sums, the same figures in every plan.
CREATE TABLE answers AS
SELECT i AS id, (i % 7) AS channel,
       ((i * 7) % 11)::int AS wait, ((i * 5 + 3) % 11)::int AS staff, ((i * 3 + 1) % 5 + 1)::int AS price,
       NULL::int AS nps
FROM generate_series(1, 3000) AS i;
UPDATE answers SET nps = least(10, greatest(0, (wait + 2 * staff + price + (id * 13) % 5) / 4));
UPDATE answers SET staff = NULL WHERE id % 97 = 0;
UPDATE answers SET nps = NULL WHERE id % 89 = 0;
-- the state, then the same state through text and binary: equal bits
CREATE TABLE states AS SELECT driver_stats(nps, ARRAY[wait, staff, price]) AS s FROM answers;
SELECT s::text = s::text::driver_stats::text AS text_round_trip,
       driver_stats_send(s) = driver_stats_send(s::text::driver_stats) AS same_binary
FROM states;
SELECT driver, round(shapley::numeric, 6) AS shapley, round(relative_weight::numeric, 6) AS relative_weight,
       round(first::numeric, 6) AS first, round(last::numeric, 6) AS last, round(beta::numeric, 6) AS beta, n, skipped
FROM states, key_drivers(s, '{wait,staff,price}');
-- parallel workers give the same bits as one process
SET max_parallel_workers_per_gather = 2;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET parallel_leader_participation = off;
EXPLAIN (COSTS OFF) SELECT driver_stats(nps, ARRAY[wait, staff, price]) FROM answers;
SELECT (SELECT driver_stats(nps, ARRAY[wait, staff, price])::text FROM answers) = (SELECT s::text FROM states) AS parallel_equal;
-- workers that see no row: their NULL states merge into NULL
SELECT driver_stats_combine(NULL, NULL) IS NULL AS nothing_merged;
EXPLAIN (COSTS OFF) SELECT driver_stats(nps, ARRAY[wait, staff, price]) FROM answers WHERE id < 0;
SELECT driver_stats(nps, ARRAY[wait, staff, price]) IS NULL AS no_rows_no_state FROM answers WHERE id < 0;
RESET max_parallel_workers_per_gather;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET parallel_leader_participation;
-- a moving window removes rows exactly: each frame equals its recomputation
SELECT count(*) AS frames,
       count(*) FILTER (WHERE w::text = (SELECT driver_stats(b.nps, ARRAY[b.wait, b.staff, b.price])::text
                                         FROM answers AS b WHERE b.id BETWEEN f.id - 99 AND f.id)) AS equal
FROM (SELECT id, driver_stats(nps, ARRAY[wait, staff, price]) OVER (ORDER BY id ROWS 99 PRECEDING) AS w
      FROM answers) AS f
WHERE id % 50 = 0;
-- per channel, GROUP BY
SELECT channel, count(*) AS drivers, min(n) AS n
FROM (SELECT channel, driver_stats(nps, ARRAY[wait, staff, price]) AS s FROM answers GROUP BY channel) AS g,
     key_drivers(s, '{wait,staff,price}')
GROUP BY channel ORDER BY channel;

-- 3. Bad input
SELECT pg_temp.err($$SELECT driver_stats(nps, CASE WHEN id = 7 THEN ARRAY[wait, staff] ELSE ARRAY[wait, staff, price] END) FROM answers$$);
SELECT pg_temp.err($$SELECT driver_stats(1::float8, ARRAY['NaN'::float8, 1])$$);
SELECT pg_temp.err($$SELECT driver_stats('Infinity'::float8, ARRAY[1::float8, 1])$$);
SELECT pg_temp.err($$SELECT driver_stats(1::float8, ARRAY[1::float8], -1)$$);
SELECT pg_temp.err($$SELECT driver_stats(1, '{{1,2},{3,4}}'::int[])$$);
SELECT pg_temp.err($$SELECT driver_stats(1, '{}'::int[])$$);
SELECT pg_temp.err($$SELECT driver_stats(1, array_fill(1, ARRAY[101]))$$);
SELECT pg_temp.err($$SELECT * FROM key_drivers((SELECT s FROM states), '{wait,staff}')$$);
SELECT pg_temp.err($$SELECT * FROM key_drivers((SELECT s FROM states), '{wait,NULL,price}')$$);
SELECT pg_temp.err($$SELECT * FROM key_drivers((SELECT s FROM states), NULL)$$);
-- a driver that never varies, drivers that repeat one another
SELECT pg_temp.err($$SELECT * FROM key_drivers((SELECT driver_stats(nps, ARRAY[wait, 3]) FROM answers), '{wait,three}')$$);
SELECT pg_temp.err($$SELECT * FROM key_drivers((SELECT driver_stats(nps, ARRAY[wait, staff, wait + staff]) FROM answers), '{wait,staff,both}')$$);
-- too few rows, an outcome that never varies: a NOTICE and no row
SELECT * FROM key_drivers((SELECT driver_stats(nps, ARRAY[wait, staff, price]) FROM answers WHERE id < 5), '{wait,staff,price}');
SELECT * FROM key_drivers((SELECT driver_stats(5, ARRAY[wait, staff, price]) FROM answers), '{wait,staff,price}');
-- more than 20 drivers: Shapley values are refused, pointing to relative weights
SELECT pg_temp.err($$SELECT * FROM key_drivers((SELECT driver_stats(id::int, array_fill(id::int, ARRAY[21])) FROM answers), array_fill('d'::text, ARRAY[21]))$$);
-- damaged values
SELECT pg_temp.err($$SELECT '{"drivers":0,"n":0,"skipped":0,"sums":[],"products":[]}'::driver_stats$$);
SELECT pg_temp.err($$SELECT '{"drivers":1,"n":1,"skipped":0,"sums":[1],"products":[1,1,1]}'::driver_stats$$);
SELECT pg_temp.err($$SELECT '{"drivers":1,"n":1,"skipped":0,"sums":[1,170141183460469231731687303715884105728],"products":[1,1,1]}'::driver_stats$$);
SELECT pg_temp.err($$SELECT '{"drivers":1,"n":-1,"skipped":0,"weight":1,"means":[1,1],"comoments":[1,1,1]}'::driver_stats$$);
-- the mixed states of one rollup
SELECT pg_temp.err($$SELECT driver_stats_combine('{"drivers":1,"n":1,"skipped":0,"sums":[1,1],"products":[1,1,1]}', '{"drivers":2,"n":1,"skipped":0,"sums":[1,1,1],"products":[1,1,1,1,1,1]}')$$);
SELECT pg_temp.err($$SELECT '{"drivers":1,"n":2,"skipped":0,"sums":[1,1],"products":[-1,1,1]}'::driver_stats$$);
SELECT pg_temp.err($$SELECT '{"drivers":1,"n":0,"skipped":0,"sums":[3,1],"products":[9,1,1]}'::driver_stats$$);
SELECT pg_temp.err($$SELECT '{"drivers":1,"n":2,"skipped":0,"weight":-2,"means":[1,1],"comoments":[1,1,1]}'::driver_stats$$);
SELECT pg_temp.err($$SELECT '{"drivers":1,"n":2,"skipped":0,"weight":2,"means":[1,1],"comoments":[1,1,-1]}'::driver_stats$$);
