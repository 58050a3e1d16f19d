-- The accuracy of bgnbd_fit and gamma_gamma_fit: the log-likelihood they
-- report is that of the parameters they return, checked against the same
-- formula evaluated in plain SQL numeric arithmetic (40 decimal places, no
-- pgcx code); a fit whose likelihood keeps rising toward an edge of the
-- parameter space says which edge, with converged = false; and grouped fits
-- give the same models under hash and sort aggregation, with spilling,
-- grouping sets, moving window frames and parallel workers.
\i sql/include/setup.sql
\i sql/include/cdnow.sql

-- Fader, Hardie & Lee (2005) equation 6 in numeric arithmetic, per distinct
-- customer summary: ln Gamma(r + x) - ln Gamma(r) and ln B(a, b + x) -
-- ln B(a, b) as sums over the x repeat purchases, the bracket by log-sum-exp.
CREATE FUNCTION fa_bgnbd_ll(r numeric, alpha numeric, a numeric, b numeric,
                            x int, tx numeric, t numeric) RETURNS numeric
LANGUAGE sql IMMUTABLE AS $$
    SELECT s + m + ln(1 + CASE WHEN lo - m < -2000 THEN 0 ELSE exp(lo - m) END)
    FROM (SELECT coalesce((SELECT sum(ln(r + j) + ln(b + j) - ln(a + b + j))
                           FROM generate_series(0, x - 1) AS j), 0) + r * ln(alpha) AS s,
                 greatest(a3, a4) AS m, least(a3, a4) AS lo
          FROM (SELECT -(r + x) * ln(alpha + t) AS a3,
                       CASE WHEN x > 0 THEN ln(a) - ln(b + x - 1) - (r + x) * ln(alpha + tx)
                            ELSE -1e6 * (1 + abs(r + x) * ln(alpha + t)) END AS a4) AS terms) AS parts
$$;
-- a float8 as the exact decimal of its shortest form, with 40 decimal places
-- so that ln and exp keep them
CREATE FUNCTION fa_n(v float8) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$
    SELECT round(v::text::numeric, 40) $$;
CREATE FUNCTION fa_check_ll(m bgnbd, customers regclass) RETURNS TABLE (reported float8, oracle numeric, agree boolean)
LANGUAGE plpgsql AS $$
BEGIN
    RETURN QUERY EXECUTE format(
        'SELECT $1, ll, abs($1::numeric - ll) <= 1e-9 * abs(ll)
         FROM (SELECT sum(n * fa_bgnbd_ll(fa_n($2), fa_n($3), fa_n($4), fa_n($5), x::int, fa_n(tx), fa_n(t))) AS ll
               FROM (SELECT x, tx, t, count(*) AS n FROM %s GROUP BY 1, 2, 3) AS s) AS o', customers)
    USING (m).loglik, (m).r, (m).alpha, (m).a, (m).b;
END $$;

-- Customers never observed (t = 0): nothing to fit.  1.1.0 returned a
-- model with log-likelihood +1536.
SELECT bgnbd_fit(x, 0, 0) FROM generate_series(0, 4) AS x;

-- No dropout signal: every customer with repeat purchases still bought in
-- the last two weeks of a year.  The likelihood rises as a tends to 0
-- (1.1.0: a = 3.5e-8 reported as converged).
CREATE TABLE fa_loyal AS
SELECT (i % 9)::float8 AS x, CASE WHEN i % 9 = 0 THEN 0 ELSE 52 - (i % 7) * 0.25 END AS tx, 52::float8 AS t
FROM generate_series(1, 300) AS i;
CREATE TABLE fa_fit AS SELECT 'loyal' AS data, bgnbd_fit(x, tx, t) AS m FROM fa_loyal;
SELECT data, (m).a < 1e-6 AS a_near_0, (m).n, (m).converged FROM fa_fit;
SELECT agree AS loglik_is_the_oracles FROM fa_check_ll((SELECT m FROM fa_fit WHERE data = 'loyal'), 'fa_loyal');

-- One purchase rate for everyone: customers who buy every two weeks,
-- first seen over the first ten weeks.  r and alpha grow together (a
-- Poisson process), r / alpha the rate; nobody drops out either.  1.1.0
-- named no edge, and on a population of Poisson purchases at 0.5 a
-- week returned r = 1.36e7 as converged.
CREATE TABLE fa_regular AS
SELECT floor((52 - o) / 2) AS x, 2 * floor((52 - o) / 2) AS tx, 52 - o AS t
FROM (SELECT ((i % 200) / 100.0 + (i / 200) * 0.5)::float8 AS o FROM generate_series(0, 999) AS i) AS s;
INSERT INTO fa_fit SELECT 'regular', bgnbd_fit(x, tx, t) FROM fa_regular;
SELECT data, (m).r > 1e6 AS r_large, round(((m).r / (m).alpha)::numeric, 2) AS rate, (m).n, (m).converged
FROM fa_fit WHERE data = 'regular';
SELECT agree AS loglik_is_the_oracles FROM fa_check_ll((SELECT m FROM fa_fit WHERE data = 'regular'), 'fa_regular');

-- No heterogeneity in dropout, and a larger data set whose dropout is
-- unrelated to purchases (a population of 1,000,000 customers, at 20,000):
-- 1.1.0 let a and b drift to 1e17 and reported a log-likelihood that was
-- not that of its parameters.
SELECT setseed(0.1);
CREATE TABLE fa_noise AS
SELECT floor(random() * random() * 30) AS x, random() * 39 AS tx, 39 + random() AS t
FROM generate_series(1, 20000);
UPDATE fa_noise SET tx = 0 WHERE x = 0;
INSERT INTO fa_fit SELECT 'noise', bgnbd_fit(x, tx, t) FROM fa_noise;
SELECT data, (m).a > 1e6 AND (m).b > 1e6 AS a_b_large, (m).n, (m).converged FROM fa_fit WHERE data = 'noise';
SELECT agree AS loglik_is_the_oracles FROM fa_check_ll((SELECT m FROM fa_fit WHERE data = 'noise'), 'fa_noise');

-- A well-identified fit keeps converging, its log-likelihood equal to the
-- oracle's: the CDNOW summary (published: -9582.4).
CREATE TABLE fa_cdnow AS SELECT x::float8 AS x, t_x::float8 AS tx, t::float8 AS t FROM cdnow_summary;
INSERT INTO fa_fit SELECT 'cdnow', bgnbd_fit(x, tx, t) FROM fa_cdnow;
SELECT data, round((m).loglik::numeric, 1) AS loglik, (m).n, (m).converged FROM fa_fit WHERE data = 'cdnow';
SELECT agree AS loglik_is_the_oracles FROM fa_check_ll((SELECT m FROM fa_fit WHERE data = 'cdnow'), 'fa_cdnow');

-- The check can fail: a log-likelihood changed by 1e-8 of itself disagrees.
SELECT agree AS perturbed_agrees
FROM fa_check_ll((SELECT ROW((m).r, (m).alpha, (m).a, (m).b, (m).loglik * (1 + 1e-8), (m).n, (m).converged)::bgnbd
                  FROM fa_fit WHERE data = 'cdnow'), 'fa_cdnow');

-- Gamma-Gamma: mean spends that differ no more than chance: q and v grow
-- together without bound (1.1.0: converged).
SELECT (g).q > 1e6 AS q_large, (g).v > 1e6 AS v_large, (g).n, (g).converged
FROM (SELECT gamma_gamma_fit(x, 20 + 10 * sin(i) / sqrt(x)) AS g
      FROM (SELECT i, (1 + i % 6)::float8 AS x FROM generate_series(1, 300) AS i) AS s) AS f;
-- Every purchase the same amount: the likelihood grows without bound as
-- the spread of spend vanishes; the fit stops where it can still be
-- computed.
SELECT (g).n, (g).converged FROM (SELECT gamma_gamma_fit(1 + i % 6, 25) AS g FROM generate_series(1, 200) AS i) AS f;

-- Spends of 1e-300 beside spends of 1e300: no log-likelihood can be
-- computed to 1e-10 in double precision, so no fit (1.1.0: v = 1.8e308,
-- log-likelihood +652).
SELECT gamma_gamma_fit_final('{"rows":[[1,1e-300,3],[2,0.1,2],[500,1e+300,2]]}');

-- Grouped fits: one model per group, the same under every plan.  Many
-- groups fit to an edge; their NOTICEs are not the point here.
SET client_min_messages = warning;
CREATE TABLE fa_groups AS
SELECT i % 401 AS g, i % 3 AS h, x, CASE WHEN x = 0 THEN 0 ELSE 1 + (i * 7) % 30 END::float8 AS tx,
       40::float8 AS t, 10 + (i * 13) % 17 AS spend
FROM (SELECT i, (i % 5)::float8 AS x FROM generate_series(1, 12000) AS i) AS s;
ANALYZE fa_groups;
SET enable_sort = off;
SET work_mem = '64kB';
EXPLAIN (COSTS OFF) SELECT g, bgnbd_fit(x, tx, t) FROM fa_groups GROUP BY g;
CREATE TABLE fa_hash AS
SELECT g, bgnbd_fit(x, tx, t)::text AS bg, gamma_gamma_fit(x, spend)::text AS gg FROM fa_groups GROUP BY g;
RESET work_mem;
RESET enable_sort;
SET enable_hashagg = off;
EXPLAIN (COSTS OFF) SELECT g, bgnbd_fit(x, tx, t) FROM fa_groups GROUP BY g;
CREATE TABLE fa_sort AS
SELECT g, bgnbd_fit(x, tx, t)::text AS bg, gamma_gamma_fit(x, spend)::text AS gg FROM fa_groups GROUP BY g;
-- grouping sets: the groups, and the groups of h, in one sorted pass
CREATE TABLE fa_sets AS
SELECT g, h, bgnbd_fit(x, tx, t)::text AS bg, gamma_gamma_fit(x, spend)::text AS gg
FROM fa_groups GROUP BY GROUPING SETS ((g), (h));
RESET enable_hashagg;
SELECT count(*) AS groups,
       count(*) FILTER (WHERE h.bg IS NOT DISTINCT FROM s.bg AND h.gg IS NOT DISTINCT FROM s.gg) AS same_fit,
       count(*) FILTER (WHERE h.bg IS NOT NULL) AS fitted
FROM fa_hash AS h FULL JOIN fa_sort AS s USING (g);
SELECT count(*) FILTER (WHERE s.g IS NOT NULL AND s.bg IS NOT DISTINCT FROM h.bg AND s.gg IS NOT DISTINCT FROM h.gg) AS sets_same_as_groups,
       count(*) FILTER (WHERE s.h IS NOT NULL AND s.bg IS NOT DISTINCT FROM (SELECT bgnbd_fit(x, tx, t)::text FROM fa_groups AS f WHERE f.h = s.h)) AS sets_same_as_h
FROM fa_sets AS s LEFT JOIN fa_hash AS h USING (g);
-- moving window frames restart the aggregate at every row
SELECT count(*) AS windows,
       count(*) FILTER (WHERE w IS NOT DISTINCT FROM (SELECT bgnbd_fit(x, tx, t)::text FROM fa_groups AS f
                                   WHERE f.g = v.g AND f.tx BETWEEN v.tx - 5 AND v.tx)) AS same_fit
FROM (SELECT g, tx, bgnbd_fit(x, tx, t) OVER (PARTITION BY g ORDER BY tx RANGE BETWEEN 5 PRECEDING AND CURRENT ROW)::text AS w
      FROM fa_groups WHERE g < 3) AS v;
-- parallel workers: partial states combined by the leader
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SET parallel_leader_participation = off;
SET enable_hashagg = off;
EXPLAIN (COSTS OFF) SELECT g, bgnbd_fit(x, tx, t) FROM fa_groups GROUP BY g;
SELECT count(*) FILTER (WHERE p.bg IS NOT DISTINCT FROM s.bg AND p.gg IS NOT DISTINCT FROM s.gg) AS parallel_same_fit
FROM (SELECT g, bgnbd_fit(x, tx, t)::text AS bg, gamma_gamma_fit(x, spend)::text AS gg FROM fa_groups GROUP BY g) AS p
     JOIN fa_sort AS s USING (g);
RESET enable_hashagg;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather;
RESET parallel_leader_participation;
RESET client_min_messages;
