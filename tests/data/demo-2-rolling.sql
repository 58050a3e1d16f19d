-- Dashboard, part 2: progress over 12 months against the sector, with
-- rolling_benchmark windows of 12 monthly periods per store (the sample's
-- table store_windows).
\pset null '-'

\echo
\echo '=== Progress over 12 months against the sector (ecommerce thresholds: good 40, excellent 60) ==='
SELECT s.name AS store, n(rb) AS answers, round(nps(rb)::numeric, 1) AS "NPS 12 months",
       round(trend(rb)::numeric, 2) AS "trend / month", round(progression(rb)::numeric, 1) AS progression,
       (benchmark(rb, 'ecommerce')).rating AS "vs ecommerce", sparkline(rb) AS "Dec 2025 .. Nov 2026"
FROM store_windows JOIN stores AS s USING (store_id)
ORDER BY nps(rb) DESC;
\echo '  trend: least-squares slope over all 12 months (points a month); progression: Nov 2026 minus Dec 2025 alone, so one noisy month can flip its sign.'

\echo
\echo '=== The whole chain: the store windows merged (rollup), period by period (series) ==='
SELECT period_start AS month, n, round(nps::numeric, 1) AS nps, round(csat::numeric, 1) AS "top-2 %",
       round(mean::numeric, 2) AS mean
FROM series((SELECT rollup(rb) FROM store_windows));
\echo '  The 20 stores merged: every NPS answer of the chain, month by month; top-2 % = answers 9-10; mean = mean answer (0-10).'
SELECT round(nps(rb)::numeric, 1) AS "chain NPS 12 months", round(trend(rb)::numeric, 2) AS "trend / month",
       (benchmark(rb, 'all')).rating AS "vs all sectors", sparkline(rb)
FROM (SELECT rollup(rb) AS rb FROM store_windows) AS t;
\echo '  The chain NPS of the service answers (responses); the barometer of part 3 asks other people and finds another NPS.'

\echo
\echo '=== What a BI tool reads: a view of series(...) per store (standard SQL types only) ==='
CREATE TEMP VIEW store_nps_by_month AS
SELECT store_id, s.period_start, s.n, s.nps
FROM store_windows, LATERAL series(rb) AS s;
SELECT st.name, v.period_start, v.n, round(v.nps::numeric, 1) AS nps
FROM store_nps_by_month AS v JOIN stores AS st USING (store_id)
WHERE store_id = 10 AND v.period_start >= date '2026-06-01'
ORDER BY v.period_start;
\echo '  n = answers in the month (2026-11 ends on the 23rd); a month without answers would show n = 0 and no NPS.'
