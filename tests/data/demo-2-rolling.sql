-- Dashboard, part 2: progress over 12 months against the sector, with
-- rolling_benchmark windows of 12 monthly periods per store.
\pset null '-'
CREATE TEMP TABLE store_windows AS
SELECT store_id, rolling_benchmark(answered_on, nps, '1 month', 12) AS rb
FROM responses GROUP BY store_id;

\echo
\echo '=== Progress over 12 months against the sector (ecommerce thresholds: good 40, excellent 60) ==='
SELECT s.name AS store, n(rb) AS answers, round(nps(rb)::numeric, 1) AS "NPS 12 months",
       round(trend(rb)::numeric, 2) AS "trend / month", round(progression(rb)::numeric, 1) AS progression,
       (benchmark(rb, 'ecommerce')).rating AS "vs ecommerce", sparkline(rb) AS "Dec 2025 .. Nov 2026"
FROM store_windows JOIN stores AS s USING (store_id)
ORDER BY nps(rb) DESC;

\echo
\echo '=== The whole chain: the store windows merged (rollup), period by period (series) ==='
SELECT period_start AS month, n, round(nps::numeric, 1) AS nps, round(csat::numeric, 1) AS "top-2 %",
       round(mean::numeric, 2) AS mean
FROM series((SELECT rollup(rb) FROM store_windows));
SELECT round(nps(rb)::numeric, 1) AS "chain NPS 12 months", round(trend(rb)::numeric, 2) AS "trend / month",
       (benchmark(rb, 'all')).rating AS "vs all sectors", sparkline(rb)
FROM (SELECT rollup(rb) AS rb FROM store_windows) AS t;

\echo
\echo '=== What a BI tool reads: a view of series(...) per store (standard SQL types only) ==='
CREATE TEMP VIEW store_nps_by_month AS
SELECT store_id, s.period_start, s.n, s.nps
FROM store_windows, LATERAL series(rb) AS s;
SELECT st.name, v.period_start, v.n, round(v.nps::numeric, 1) AS nps
FROM store_nps_by_month AS v JOIN stores AS st USING (store_id)
WHERE store_id = 10 AND v.period_start >= date '2026-06-01'
ORDER BY v.period_start;
