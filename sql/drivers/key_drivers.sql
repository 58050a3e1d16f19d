-- Key drivers: driver_stats, key_drivers, driver_weights, driver_r2,
-- driver_performance, driver_dominance and driver_conditional_dominance.
--
-- 1. R's swiss data (Fertility of 47 French-speaking provinces of
--    Switzerland in 1888 against five socio-economic indicators), whose
--    importances the relaimpo vignette publishes (Grömping 2006): lmg,
--    first and last are compared with those figures to 1e-7.
\i sql/include/setup.sql
\i sql/include/hint.sql
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
ALTER TABLE swiss ADD COLUMN id serial;
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

-- R² and adjusted R² as R's summary(lm(Fertility ~ ., swiss)) gives them
-- (0.7067350015927255, 0.6709709773967164)
SELECT abs(r2 - 0.7067350015927255) < 1e-12 AS r2_ok,
       abs(adjusted_r2 - 0.6709709773967164) < 1e-12 AS adjusted_ok, n, skipped
FROM driver_r2((SELECT driver_stats(fertility, ARRAY[agriculture, examination, education, catholic, infant_mortality])
                FROM swiss));
-- Conditional dominance: the mean increment of R² over the subsets of k
-- other drivers, from numpy's least squares over every subset of the rows
-- (tests/drivers/driver_oracle.py's method)
CREATE TABLE conditional_oracle (driver text, k int, increment float8);
INSERT INTO conditional_oracle VALUES
    ('Agriculture', 0, 0.124664909906), ('Agriculture', 1, 0.050272326243), ('Agriculture', 2, 0.032445473641),
    ('Agriculture', 3, 0.035203786925), ('Agriculture', 4, 0.042869607125),
    ('Examination', 0, 0.417164470501), ('Examination', 1, 0.23770866896), ('Examination', 2, 0.132100403913),
    ('Examination', 3, 0.061504182613), ('Examination', 4, 0.007387418515),
    ('Education', 0, 0.440615646724), ('Education', 1, 0.290917065533), ('Education', 2, 0.221010477969),
    ('Education', 3, 0.186167509818), ('Education', 4, 0.161962693077),
    ('Catholic', 0, 0.215003501619), ('Catholic', 1, 0.106997134446), ('Catholic', 2, 0.074482527645),
    ('Catholic', 3, 0.068994962331), ('Catholic', 4, 0.062372625827),
    ('Infant.Mortality', 0, 0.173518927325), ('Infant.Mortality', 1, 0.137953479036), ('Infant.Mortality', 2, 0.112330043445),
    ('Infant.Mortality', 3, 0.083081906095), ('Infant.Mortality', 4, 0.056945258732);
SELECT count(*) AS increments, count(*) FILTER (WHERE abs(c.increment - o.increment) < 1e-11) AS within_1e_11
FROM driver_conditional_dominance((SELECT driver_stats(fertility, ARRAY[agriculture, examination, education, catholic, infant_mortality])
                                   FROM swiss),
                                  '{Agriculture,Examination,Education,Catholic,Infant.Mortality}') AS c
JOIN conditional_oracle AS o ON o.driver = c.driver AND o.k = c.subset_size;
-- Dominance designations, from the same subsets (complete: on every
-- subset of the other drivers; conditional: at every size; general: the
-- Shapley values); the rows listed are the pairs where the first dominates
SELECT driver, other, complete, conditional, general
FROM driver_dominance((SELECT driver_stats(fertility, ARRAY[agriculture, examination, education, catholic, infant_mortality])
                       FROM swiss),
                      '{Agriculture,Examination,Education,Catholic,Infant.Mortality}')
WHERE complete OR conditional OR general ORDER BY driver, other;
-- The quadrant: the means of the indicators (R's colMeans(swiss)) on their
-- 0-100 scale, against each Shapley share; the splits are the mean share
-- (20 %) and the mean performance (27.85)
SELECT driver, abs(mean - m.r_mean) < 1e-12 AS mean_ok, round(performance::numeric, 2) AS performance,
       round(importance_pct::numeric, 2) AS importance_pct, quadrant
FROM driver_performance((SELECT driver_stats(fertility, ARRAY[agriculture, examination, education, catholic, infant_mortality])
                         FROM swiss),
                        '{Agriculture,Examination,Education,Catholic,Infant.Mortality}', 0, 100)
JOIN (VALUES ('Agriculture', 50.65957446808510), ('Examination', 16.48936170212766),
             ('Education', 10.97872340425532), ('Catholic', 41.14382978723404),
             ('Infant.Mortality', 19.94255319148936)) AS m(driver, r_mean) USING (driver);
-- the same with relative weights as the importance
SELECT driver, round(importance_pct::numeric, 2) AS importance_pct, quadrant
FROM driver_performance((SELECT driver_stats(fertility, ARRAY[agriculture, examination, education, catholic, infant_mortality])
                         FROM swiss),
                        '{Agriculture,Examination,Education,Catholic,Infant.Mortality}', 0, 100, 'relative_weight');
-- driver_weights gives key_drivers' relative weights, first, last and beta
SELECT count(*) AS drivers,
       count(*) FILTER (WHERE abs(w.relative_weight - k.relative_weight) < 1e-14 AND abs(w.first - k.first) < 1e-14
                        AND abs(w.last - k.last) < 1e-12 AND abs(w.beta - k.beta) < 1e-12) AS equal
FROM (SELECT driver_stats(id, fertility, ARRAY[agriculture, examination, education, catholic, infant_mortality]) AS s FROM swiss) AS st,
     driver_weights(s, '{Agriculture,Examination,Education,Catholic,Infant.Mortality}') AS w
JOIN key_drivers(s, '{Agriculture,Examination,Education,Catholic,Infant.Mortality}') AS k USING (driver);

-- Intervals.  With a row key first, each row falls into one of 20 groups:
-- the key's extended hash (PostgreSQL's hashint8extended for an integer
-- key, seed 0) as an unsigned 64-bit integer, modulo 20.  The interval is
-- the delete-a-group jackknife: for each group g the figure without it,
-- SE² = 19/20 Σ (θ_g - mean θ_g)², and θ ± t(0.975, 19) SE with
-- t = 2.093024054408263.  Recomputed here from 20 aggregates that leave one
-- group out each.
CREATE TABLE swiss_groups AS
SELECT id, ((hashint8extended(id, 0)::numeric + 18446744073709551616) % 18446744073709551616 % 20)::int AS g FROM swiss;
SET client_min_messages = warning; -- each replicate says it has no interval
CREATE TABLE replicates AS
SELECT g.g, k.driver, k.shapley, k.relative_weight
FROM generate_series(0, 19) AS g(g),
     key_drivers((SELECT driver_stats(s.fertility, ARRAY[s.agriculture, s.examination, s.education, s.catholic, s.infant_mortality])
                  FROM swiss AS s JOIN swiss_groups USING (id) WHERE swiss_groups.g <> g.g),
                 '{Agriculture,Examination,Education,Catholic,Infant.Mortality}') AS k;
RESET client_min_messages;
SELECT count(DISTINCT g) AS groups_with_rows FROM swiss_groups;
WITH jk AS (
    SELECT driver, sqrt(19.0 / 20 * sum((shapley - ms) ^ 2)) AS se_shapley,
           sqrt(19.0 / 20 * sum((relative_weight - mw) ^ 2)) AS se_weight
    FROM (SELECT *, avg(shapley) OVER (PARTITION BY driver) AS ms,
                 avg(relative_weight) OVER (PARTITION BY driver) AS mw FROM replicates) AS r
    GROUP BY driver)
SELECT k.driver,
       abs(k.shapley_ci_low - (k.shapley - 2.093024054408263 * jk.se_shapley)) < 1e-12 AS shapley_low_ok,
       abs(k.shapley_ci_high - (k.shapley + 2.093024054408263 * jk.se_shapley)) < 1e-12 AS shapley_high_ok,
       abs(k.relative_weight_ci_low - (k.relative_weight - 2.093024054408263 * jk.se_weight)) < 1e-12 AS weight_low_ok,
       abs(k.relative_weight_ci_high - (k.relative_weight + 2.093024054408263 * jk.se_weight)) < 1e-12 AS weight_high_ok,
       round(k.shapley_ci_low::numeric, 3) AS shapley_low, round(k.shapley_ci_high::numeric, 3) AS shapley_high
FROM key_drivers((SELECT driver_stats(id, fertility, ARRAY[agriculture, examination, education, catholic, infant_mortality])
                  FROM swiss),
                 '{Agriculture,Examination,Education,Catholic,Infant.Mortality}') AS k
JOIN jk USING (driver);
-- driver_weights' intervals are the same jackknife's
SELECT count(*) AS drivers,
       count(*) FILTER (WHERE w.relative_weight_ci_low = k.relative_weight_ci_low
                        AND w.relative_weight_ci_high = k.relative_weight_ci_high) AS same_intervals
FROM (SELECT driver_stats(id, fertility, ARRAY[agriculture, examination, education, catholic, infant_mortality]) AS s FROM swiss) AS st,
     driver_weights(s, '{Agriculture,Examination,Education,Catholic,Infant.Mortality}') AS w
JOIN key_drivers(s, '{Agriculture,Examination,Education,Catholic,Infant.Mortality}') AS k USING (driver);
-- the groups of a key are the same whatever its rows' order or plan: a
-- state gathered in reverse order is the same value
SELECT (SELECT driver_stats(id, round(fertility)::int, ARRAY[round(agriculture)::int, round(examination)::int])
        FROM (SELECT * FROM swiss ORDER BY id) AS a)::text
     = (SELECT driver_stats(id, round(fertility)::int, ARRAY[round(agriculture)::int, round(examination)::int])
        FROM (SELECT * FROM swiss ORDER BY id DESC) AS b)::text
       AS same_groups_any_order;
-- without a key, the figures are the same and the intervals NULL, with a NOTICE
SELECT driver, shapley_ci_low IS NULL AND relative_weight_ci_high IS NULL AS no_interval
FROM key_drivers((SELECT driver_stats(fertility, ARRAY[agriculture, examination]) FROM swiss), '{Agriculture,Examination}');

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
CREATE TABLE states AS SELECT driver_stats(nps, ARRAY[wait, staff, price]) AS s,
                              driver_stats(id, nps, ARRAY[wait, staff, price]) AS keyed,
                              driver_stats(nps::float8, ARRAY[wait, staff, price]::float8[], 1 + id % 3) AS weighted,
                              driver_stats(id, nps::float8, ARRAY[wait, staff, price]::float8[], 1 + id % 3) AS keyed_weighted
                       FROM answers;
SELECT s::text = s::text::driver_stats::text AS text_round_trip,
       keyed::text = keyed::text::driver_stats::text AS keyed_round_trip,
       weighted::text = weighted::text::driver_stats::text AS weighted_round_trip,
       keyed_weighted::text = keyed_weighted::text::driver_stats::text AS keyed_weighted_round_trip,
       driver_stats_send(s) = driver_stats_send(s::text::driver_stats) AS same_binary,
       driver_stats_send(keyed_weighted) = driver_stats_send(keyed_weighted::text::driver_stats) AS keyed_same_binary,
       pg_temp.recv(driver_stats_send(keyed), 'driver_stats') = keyed::text AS keyed_binary_round_trip,
       pg_temp.recv(driver_stats_send(weighted), 'driver_stats') = weighted::text AS weighted_binary_round_trip
FROM states;
-- text keys give their own groups and the same figures; they hash their
-- bytes whatever their collation (a case-insensitive collation included),
-- as hashtextextended does under the C collation
CREATE COLLATION pg_temp.nocase (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
SELECT (SELECT driver_stats(('R' || id) COLLATE pg_temp.nocase, nps, ARRAY[wait, staff]) FROM answers)::text
     = (SELECT driver_stats(('R' || id) COLLATE "C", nps, ARRAY[wait, staff]) FROM answers)::text AS bytes_hashed,
       (SELECT count(*) FILTER (WHERE g = 0) FROM (SELECT ((hashtextextended(('R' || id) COLLATE "C", 0)::numeric + 18446744073709551616)
                                                            % 18446744073709551616 % 20)::int AS g FROM answers
                                                   WHERE nps IS NOT NULL AND wait IS NOT NULL AND staff IS NOT NULL) AS k)
     = ((SELECT driver_stats('R' || id, nps, ARRAY[wait, staff]) FROM answers)::text::jsonb -> 'groups' ->> 0)::int AS group_0_rows;
-- a key of any hashable type: text keys give their own groups, the same figures
SELECT k.driver, k.shapley = t.shapley AS same_shapley, t.shapley_ci_low IS NOT NULL AS has_interval
FROM states, key_drivers(keyed, '{wait,staff,price}') AS k
JOIN key_drivers((SELECT driver_stats('r' || id, nps, ARRAY[wait, staff, price]) FROM answers), '{wait,staff,price}') AS t
USING (driver);
-- the weighted state equals the rows repeated by their weight
SELECT count(*) AS drivers,
       count(*) FILTER (WHERE abs(w.shapley - r.shapley) < 1e-12 AND abs(w.beta - r.beta) < 1e-12) AS equal
FROM states, key_drivers(weighted, '{wait,staff,price}') AS w
JOIN key_drivers((SELECT driver_stats(nps, ARRAY[wait, staff, price]) FROM answers, generate_series(1, 1 + id % 3)),
                 '{wait,staff,price}') AS r USING (driver);
SELECT driver, round(shapley::numeric, 6) AS shapley, round(relative_weight::numeric, 6) AS relative_weight,
       round(first::numeric, 6) AS first, round(last::numeric, 6) AS last, round(beta::numeric, 6) AS beta, n, skipped
FROM states, key_drivers(keyed, '{wait,staff,price}');
-- parallel workers give the same bits as one process
SET max_parallel_workers_per_gather = 2;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET parallel_leader_participation = off;
EXPLAIN (COSTS OFF) SELECT driver_stats(nps, ARRAY[wait, staff, price]) FROM answers;
SELECT (SELECT driver_stats(nps, ARRAY[wait, staff, price])::text FROM answers) = (SELECT s::text FROM states) AS parallel_equal,
       (SELECT driver_stats(id, nps, ARRAY[wait, staff, price])::text FROM answers) = (SELECT keyed::text FROM states) AS keyed_parallel_equal;
-- weighted moments are merged in another order: equal figures to 1e-12
SELECT count(*) AS drivers, count(*) FILTER (WHERE abs(p.shapley - w.shapley) < 1e-12
                                             AND abs(p.shapley_ci_low - w.shapley_ci_low) < 1e-12) AS equal
FROM (SELECT driver_stats(id, nps::float8, ARRAY[wait, staff, price]::float8[], 1 + id % 3) AS ps FROM answers) AS par,
     key_drivers(ps, '{wait,staff,price}') AS p
JOIN (SELECT w.* FROM states, key_drivers(keyed_weighted, '{wait,staff,price}') AS w) AS w USING (driver);
-- workers that see no row: their NULL states merge into NULL
SELECT driver_stats_combine(NULL, NULL) IS NULL AS nothing_merged;
-- the transition functions called on their own work on a copy of the
-- state they are given, which must be of their kind; a row can be removed
-- only from statistics that could hold it
SELECT pg_temp.err($$SELECT driver_stats_inverse(NULL::driver_stats, NULL::int8, 3, NULL::int[])$$);
SELECT pg_temp.err($$SELECT driver_stats_inverse('{"drivers":3,"n":0,"skipped":0,"sums":[0,0,0,0],"products":[0,0,0,0,0,0,0,0,0,0]}', 3, '{1,2,3}'::int[])$$);
SELECT pg_temp.err($$SELECT driver_stats_inverse('{"drivers":0,"n":0,"skipped":2,"sums":[0],"products":[0]}', 3, '{1,2,3}'::int[])$$);
SELECT pg_temp.err($$SELECT driver_stats_inverse(weighted, 3, '{1,2,3}'::int[]) FROM states$$);
SELECT pg_temp.err($$SELECT driver_stats_trans(s, 1::bigint, 3, '{1,2,3}'::int[]) FROM states$$);
SELECT driver_stats_inverse(driver_stats_trans(s, 3, '{1,2,3}'::int[]), 3, '{1,2,3}'::int[])::text = s::text AS added_then_removed,
       driver_stats_trans(NULL::driver_stats, 3, '{1,2,3}'::int[])::text AS one_row
FROM states;
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
-- and with a row key, each row leaves its own group
SELECT count(*) AS frames,
       count(*) FILTER (WHERE w::text = (SELECT driver_stats(b.id, b.nps, ARRAY[b.wait, b.staff, b.price])::text
                                         FROM answers AS b WHERE b.id BETWEEN f.id - 99 AND f.id)) AS equal
FROM (SELECT id, driver_stats(id, nps, ARRAY[wait, staff, price]) OVER (ORDER BY id ROWS 99 PRECEDING) AS w
      FROM answers) AS f
WHERE id % 50 = 0;
-- stored statistics roll up: per channel, then all channels, the same
-- bits as one aggregate; a moving rollup removes channels exactly
CREATE TABLE per_channel AS
SELECT channel, driver_stats(nps, ARRAY[wait, staff, price]) AS s, driver_stats(id, nps, ARRAY[wait, staff, price]) AS k,
       driver_stats(nps::float8, ARRAY[wait, staff, price]::float8[], 1 + id % 3) AS w
FROM answers GROUP BY channel;
SELECT rollup(s ORDER BY channel)::text = (SELECT s::text FROM states) AS rollup_exact,
       rollup(k ORDER BY channel)::text = (SELECT keyed::text FROM states) AS keyed_rollup_exact
FROM per_channel;
SELECT count(*) AS frames,
       count(*) FILTER (WHERE r::text = (SELECT driver_stats(b.nps, ARRAY[b.wait, b.staff, b.price])::text
                                         FROM answers AS b WHERE b.channel BETWEEN f.channel - 2 AND f.channel)) AS equal
FROM (SELECT channel, rollup(s) OVER (ORDER BY channel ROWS 2 PRECEDING) AS r FROM per_channel) AS f;
-- weighted moments merge in any order to the same figures (1e-12), and
-- their moving rollup merges each frame again
SELECT count(*) AS drivers, count(*) FILTER (WHERE abs(a.shapley - b.shapley) < 1e-12) AS equal
FROM (SELECT rollup(w ORDER BY channel DESC) AS r FROM per_channel) AS ro,
     key_drivers(r, '{wait,staff,price}') AS a
JOIN (SELECT w.* FROM states, key_drivers(weighted, '{wait,staff,price}') AS w) AS b USING (driver);
SELECT count(*) AS frames, count(*) FILTER (WHERE f.n = m.n) AS equal_rows
FROM (SELECT channel, (SELECT n FROM driver_r2(mw)) AS n
      FROM (SELECT channel, rollup(w) OVER (ORDER BY channel ROWS 2 PRECEDING) AS mw FROM per_channel) AS moving) AS f
JOIN (SELECT c.channel, count(*) FILTER (WHERE b.nps IS NOT NULL AND b.staff IS NOT NULL) AS n
      FROM generate_series(0, 6) AS c(channel) JOIN answers AS b ON b.channel BETWEEN c.channel - 2 AND c.channel
      GROUP BY c.channel) AS m USING (channel);
-- the inverse is strict: a NULL side is skipped by a moving window, and
-- gives NULL when called on its own
SELECT driver_stats_unmerge(NULL, s) IS NULL AS null_state, driver_stats_unmerge(s, NULL) IS NULL AS null_removed
FROM per_channel LIMIT 1;
SELECT pg_temp.err($$SELECT driver_stats_unmerge(a.s, b.s) FROM per_channel AS a, per_channel AS b WHERE a.channel = 0 AND b.channel = 1$$);
SELECT pg_temp.err($$SELECT driver_stats_unmerge(a.s, b.k) FROM per_channel AS a, per_channel AS b WHERE a.channel = 0 AND b.channel = 0$$);
SELECT pg_temp.err($$SELECT driver_stats_unmerge(s, '{"drivers":2,"n":1,"skipped":0,"sums":[1,1,2],"products":[1,1,2,1,2,4]}') FROM per_channel WHERE channel = 0$$);
SELECT driver_stats_unmerge(w, w) IS NULL AS moments_recompute FROM per_channel WHERE channel = 0;
SELECT driver_stats_unmerge((SELECT rollup(s) FROM per_channel), (SELECT s FROM per_channel WHERE channel = 3))::text
     = (SELECT driver_stats(nps, ARRAY[wait, staff, price]) FROM answers WHERE channel <> 3)::text AS removed_exactly;
-- per channel, GROUP BY
SELECT channel, count(*) AS drivers, min(n) AS n
FROM (SELECT channel, driver_stats(id, nps, ARRAY[wait, staff, price]) AS s FROM answers GROUP BY channel) AS g,
     key_drivers(s, '{wait,staff,price}')
GROUP BY channel ORDER BY channel;

-- 3. Bad input
SELECT pg_temp.err($$SELECT driver_stats(nps, CASE WHEN id = 7 THEN ARRAY[wait, staff] ELSE ARRAY[wait, staff, price] END ORDER BY id) FROM answers$$);
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
SELECT pg_temp.hint($$SELECT * FROM key_drivers((SELECT driver_stats(nps, ARRAY[wait, staff, wait + staff, price]) FROM answers), '{wait,staff,both,price}')$$);
SELECT pg_temp.hint($$SELECT * FROM key_drivers((SELECT driver_stats(nps, ARRAY[wait, price, staff, 2 * wait - 3 * staff]) FROM answers), '{wait,price,staff,mix}')$$);
SELECT pg_temp.hint($$SELECT * FROM driver_r2((SELECT driver_stats(nps, ARRAY[wait, 3]) FROM answers))$$);
SELECT pg_temp.hint($$SELECT * FROM driver_r2((SELECT driver_stats(nps, ARRAY[wait, staff, wait - staff]) FROM answers))$$);
SELECT pg_temp.hint($$SELECT * FROM driver_weights((SELECT driver_stats(nps, ARRAY[price, wait, staff, price + wait]) FROM answers), '{price,wait,staff,sum}')$$);
-- a key of another type than bigint (or a smaller integer), text or uuid
SELECT pg_temp.hint($$SELECT driver_stats(id::numeric, nps, ARRAY[wait, staff]) FROM answers$$);
-- uuid keys, and integer keys read as bigint: the groups of hashint8extended
SELECT (SELECT driver_stats(id, nps, ARRAY[wait, staff]) FROM answers)::text
     = (SELECT driver_stats(id::bigint, nps, ARRAY[wait, staff]) FROM answers)::text AS integer_is_bigint,
       (SELECT n FROM driver_r2((SELECT driver_stats(md5(id::text)::uuid, nps, ARRAY[wait, staff]) FROM answers))) AS uuid_rows;
-- statistics with a key and without do not merge
SELECT pg_temp.err($$SELECT driver_stats_combine(s, keyed) FROM states$$);
SELECT pg_temp.err($$SELECT driver_stats_combine(s, weighted) FROM states$$);
-- the quadrant: bounds, importance, and means off the scale
SELECT pg_temp.err($$SELECT * FROM driver_performance((SELECT s FROM states), '{wait,staff,price}', 5, 1)$$);
SELECT pg_temp.err($$SELECT * FROM driver_performance((SELECT s FROM states), '{wait,staff,price}', 0, 'Infinity')$$);
SELECT pg_temp.err($$SELECT * FROM driver_performance((SELECT s FROM states), '{wait,staff,price}', NULL, 10)$$);
SELECT pg_temp.hint($$SELECT * FROM driver_performance((SELECT s FROM states), '{wait,staff,price}', 0, 10, 'lmg')$$);
SELECT pg_temp.hint($$SELECT * FROM driver_performance((SELECT s FROM states), '{wait,staff,price}', 1, 4)$$);
-- every function of the statistics checks the names and the number of drivers
SELECT pg_temp.err($$SELECT * FROM driver_weights((SELECT s FROM states), '{wait}')$$);
SELECT pg_temp.err($$SELECT * FROM driver_dominance((SELECT s FROM states), '{{wait,staff},{price,x}}')$$);
SELECT pg_temp.err($$SELECT * FROM driver_conditional_dominance((SELECT s FROM states), NULL)$$);
SELECT pg_temp.hint($$SELECT * FROM driver_dominance((SELECT driver_stats(id::int, array_fill(id::int, ARRAY[21])) FROM answers), array_fill('d'::text, ARRAY[21]))$$);
SELECT pg_temp.hint($$SELECT * FROM driver_conditional_dominance((SELECT driver_stats(id::int, array_fill(id::int, ARRAY[21])) FROM answers), array_fill('d'::text, ARRAY[21]))$$);
SELECT pg_temp.hint($$SELECT * FROM driver_performance((SELECT driver_stats(id::int, array_fill(id::int, ARRAY[21])) FROM answers), array_fill('d'::text, ARRAY[21]), 0, 3000)$$);
-- NULL statistics give no row
SELECT count(*) AS no_rows FROM key_drivers(NULL, '{a}');
SELECT count(*) AS no_rows FROM driver_r2(NULL);
-- too few rows, an outcome that never varies: a NOTICE and NULL figures
SELECT * FROM key_drivers((SELECT driver_stats(nps, ARRAY[wait, staff, price]) FROM answers WHERE id < 5), '{wait,staff,price}');
SELECT * FROM key_drivers((SELECT driver_stats(5, ARRAY[wait, staff, price]) FROM answers), '{wait,staff,price}');
SELECT * FROM driver_r2((SELECT driver_stats(nps, ARRAY[wait, staff, price]) FROM answers WHERE id < 5));
SELECT driver, mean, quadrant FROM driver_performance((SELECT driver_stats(5, ARRAY[wait, staff, price]) FROM answers), '{wait,staff,price}', 0, 10);
SELECT count(*) AS pairs, count(*) FILTER (WHERE complete IS NULL) AS unknown
FROM driver_dominance((SELECT driver_stats(nps, ARRAY[wait, staff, price]) FROM answers WHERE id < 5), '{wait,staff,price}');
SELECT count(*) AS increments, count(*) FILTER (WHERE increment IS NULL) AS unknown
FROM driver_conditional_dominance((SELECT driver_stats(nps, ARRAY[wait, staff, price]) FROM answers WHERE id < 5), '{wait,staff,price}');
SELECT driver_stats(nps::float8, ARRAY[wait, staff]::float8[], 0) IS NOT NULL AS weightless_state FROM answers;
SELECT * FROM driver_r2((SELECT driver_stats(nps::float8, ARRAY[wait, staff]::float8[], 0) FROM answers));
-- intervals need figures without each group: 3 rows for one driver leave
-- too few once a group is out, 6 rows for two drivers do not
SELECT driver, shapley IS NOT NULL AS has_figure, shapley_ci_low IS NULL AS no_interval
FROM key_drivers((SELECT driver_stats(id, nps, ARRAY[wait]) FROM answers WHERE id <= 3), '{wait}');
SELECT driver, shapley IS NOT NULL AS has_figure, shapley_ci_low IS NULL AS no_interval
FROM key_drivers((SELECT driver_stats(id, nps, ARRAY[wait, staff]) FROM answers WHERE id BETWEEN 3 AND 8), '{wait,staff}');
-- a key left NULL leaves its row out, counted
SELECT n, skipped FROM driver_r2((SELECT driver_stats(CASE WHEN id % 10 = 0 THEN NULL ELSE id END, nps, ARRAY[wait, staff]) FROM answers));
-- rows whose drivers are NULL before any row with drivers are counted too;
-- a group with no drivers at all gives a value of 0 drivers and no figure
CREATE TABLE sparse AS
SELECT id, nps, CASE WHEN id <= 5 OR id % 7 = 0 THEN NULL ELSE ARRAY[wait, price] END AS x FROM answers;
SELECT n, skipped, n + skipped AS rows FROM driver_r2((SELECT driver_stats(nps, x ORDER BY id) FROM sparse));
SELECT n, skipped FROM driver_r2((SELECT driver_stats(id, nps, x ORDER BY id) FROM sparse));
SELECT driver_stats(nps, x)::text AS no_drivers FROM sparse WHERE x IS NULL;
SELECT driver_stats(nps, x)::text::driver_stats::text AS reads_back FROM sparse WHERE x IS NULL AND id < 30;
SELECT * FROM key_drivers((SELECT driver_stats(nps, x) FROM sparse WHERE x IS NULL), '{wait,price}');
SELECT (driver_stats_combine(a, b)::text = c::text) AS merged_with_no_drivers,
       (driver_stats_combine(b, a)::text = c::text) AS either_order
FROM (SELECT driver_stats(nps, x) FILTER (WHERE x IS NULL) AS a,
             driver_stats(nps, x) FILTER (WHERE x IS NOT NULL) AS b,
             driver_stats(nps, x) AS c FROM sparse) AS s;
SET max_parallel_workers_per_gather = 2;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SELECT (SELECT driver_stats(nps, x)::text FROM sparse) = (SELECT driver_stats(nps, x ORDER BY id)::text FROM sparse) AS parallel_equal;
RESET max_parallel_workers_per_gather;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
SELECT pg_temp.err($$SELECT '{"drivers":0,"n":1,"skipped":0,"sums":[1],"products":[1]}'::driver_stats$$);
-- more than 20 drivers: Shapley values are refused, pointing to relative weights
SELECT pg_temp.hint($$SELECT * FROM key_drivers((SELECT driver_stats(id::int, array_fill(id::int, ARRAY[21])) FROM answers), array_fill('d'::text, ARRAY[21]))$$);
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
-- ... and up to 100 drivers for relative weights, whose R² matches driver_r2
SELECT count(*) AS drivers, abs(sum(w.relative_weight) - max(w.r2)) < 1e-10 AS weights_sum_to_r2,
       abs(max(w.r2) - max(r.r2)) < 1e-10 AS same_r2
FROM (SELECT driver_stats(y, x) AS s
      FROM (SELECT i, abs(hashint4(i) % 101) AS y,
                   array_agg(abs(hashint4(i * 100 + j) % 23) ORDER BY j) AS x
            FROM generate_series(1, 400) AS i, generate_series(1, 30) AS j GROUP BY i) AS rows) AS st,
     driver_r2(s) AS r,
     driver_weights(s, (SELECT array_agg('d' || j ORDER BY j) FROM generate_series(1, 30) AS j)) AS w;
-- damaged values with groups
SELECT pg_temp.err($$SELECT '{"drivers":1,"n":1,"skipped":0,"groups":[1],"sums":[1,1],"products":[1,1,1]}'::driver_stats$$);
SELECT pg_temp.err($$SELECT ('{"drivers":1,"n":2,"skipped":0,"groups":[1' || repeat(',0', 19) || '],"sums":[1,1' || repeat(',0,0', 19) || '],"products":[1,1,1' || repeat(',0,0,0', 19) || ']}')::driver_stats$$);
SELECT pg_temp.err($$SELECT ('{"drivers":1,"n":1,"skipped":0,"groups":[1' || repeat(',0', 19) || '],"sums":[1,1' || repeat(',0,0', 19) || '],"products":[1,1,1,5,5,5' || repeat(',0,0,0', 18) || ']}')::driver_stats$$);
SELECT pg_temp.err($$SELECT ('{"drivers":1,"n":1,"skipped":0,"groups":[1' || repeat(',0', 19) || '],"weight":1,"means":[1,1],"comoments":[0,0,0]}')::driver_stats$$);
SELECT ('{"drivers":1,"n":1,"skipped":0,"groups":[1' || repeat(',0', 19) || '],"sums":[1,1' || repeat(',0,0', 19) || '],"products":[1,1,1' || repeat(',0,0,0', 19) || ']}')::driver_stats IS NOT NULL AS one_row_reads;
-- sums past 128 bits, leading zeros, products or moments without rows,
-- a weight array longer than the groups
SELECT pg_temp.err($$SELECT '{"drivers":1,"n":1,"skipped":0,"sums":[340282366920938463463374607431768211456,1],"products":[1,1,1]}'::driver_stats$$);
SELECT pg_temp.err($$SELECT '{"drivers":1,"n":1,"skipped":0,"sums":[-1701411834604692317316873037158841057285,1],"products":[1,1,1]}'::driver_stats$$);
SELECT pg_temp.err($$SELECT '{"drivers":1,"n":1,"skipped":0,"sums":[007,1],"products":[49,7,1]}'::driver_stats$$);
SELECT '{"drivers":1,"n":1,"skipped":0,"sums":[-170141183460469231731687303715884105728,1],"products":[1,1,1]}'::driver_stats IS NOT NULL AS int128_min_reads;
SELECT pg_temp.err($$SELECT '{"drivers":1,"n":0,"skipped":0,"sums":[0,0],"products":[0,5,0]}'::driver_stats$$);
SELECT pg_temp.err($$SELECT '{"drivers":1,"n":1,"skipped":0,"weight":0,"means":[3,0],"comoments":[0,0,0]}'::driver_stats$$);
SELECT pg_temp.err($$SELECT ('{"drivers":1,"n":0,"skipped":0,"groups":[0' || repeat(',0', 19) || '],"weight":[0' || repeat(',0', 999) || '],"means":[0],"comoments":[0]}')::driver_stats$$);
-- a -0 received reads as 0, as its text does
SELECT pg_temp.recv('\x01000001000000000000000100000000000000003ff00000000000008000000000000000'::bytea
                    || '\x0000000000000000000000000000000000000000000000000000000000000000'::bytea, 'driver_stats');
-- double precision co-moments past the largest float8: 22003, in a
-- transition and in a merge; a side without weight merges as the other
SELECT pg_temp.err($$SELECT driver_stats(v, ARRAY[0::float8]) FROM (VALUES (1e200::float8), (-1e200)) AS t(v)$$);
SELECT pg_temp.err($$SELECT driver_stats_combine('{"drivers":1,"n":1,"skipped":0,"weight":1e300,"means":[1e300,0],"comoments":[0,0,0]}',
                                                 '{"drivers":1,"n":1,"skipped":0,"weight":1e300,"means":[-1e300,0],"comoments":[0,0,0]}')$$);
SELECT driver_stats_combine('{"drivers":1,"n":1,"skipped":0,"weight":1e200,"means":[1,0],"comoments":[0,0,0]}',
                            '{"drivers":1,"n":1,"skipped":0,"weight":1e200,"means":[2,0],"comoments":[0,0,0]}')::text AS large_weights;
SELECT driver_stats_combine('{"drivers":1,"n":1,"skipped":0,"weight":0,"means":[0,0],"comoments":[0,0,0]}',
                            '{"drivers":1,"n":1,"skipped":0,"weight":1,"means":[1e200,2],"comoments":[0,0,0]}')::text AS weightless_side;
-- a side of 0 drivers merges with a side of its kind only
SELECT pg_temp.err($$SELECT driver_stats_combine('{"drivers":0,"n":0,"skipped":1,"sums":[0],"products":[0]}',
                                                 '{"drivers":1,"n":1,"skipped":0,"weight":1,"means":[1,2],"comoments":[0,0,0]}')$$);
SELECT driver_stats_combine('{"drivers":0,"n":0,"skipped":1,"sums":[0],"products":[0]}',
                            '{"drivers":1,"n":1,"skipped":0,"sums":[1,2],"products":[1,2,4]}')::text AS no_drivers_merged;
-- binary: a value cut short, a byte too many, unknown flags
SELECT pg_temp.recv(substr(driver_stats_send(keyed), 1, 100), 'driver_stats') FROM states;
SELECT pg_temp.recv(driver_stats_send(s) || '\x00'::bytea, 'driver_stats') FROM states;
SELECT pg_temp.recv(set_byte(driver_stats_send(s), 2, 255), 'driver_stats') FROM states;
-- a moving rollup skips NULL states, and a frame of NULLs is NULL
SELECT i, (rollup(s) OVER (ORDER BY i ROWS BETWEEN CURRENT ROW AND 1 FOLLOWING))::text
FROM (VALUES (1, NULL), (2, driver_stats_trans(NULL, 1::int4, ARRAY[1, 2]::int4[])), (3, NULL), (4, NULL)) AS t(i, s)
ORDER BY i;
