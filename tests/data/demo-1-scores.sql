-- Dashboard, part 1: the survey scores (NPS, CSAT, CES) of the sample
-- retail chain, computed where the answers live.
\pset null '-'
\echo
\echo '=== NPS per store, with its 95 % interval (nps_stats) ==='
SELECT s.name AS store, st.n, round(st.nps::numeric, 1) AS nps,
       round(st.ci_low::numeric, 1) AS ci_low, round(st.ci_high::numeric, 1) AS ci_high,
       round(st.std_error::numeric, 1) AS std_error
FROM (SELECT store_id, nps_stats(nps) AS st FROM responses GROUP BY store_id) AS r
CROSS JOIN LATERAL (SELECT (r.st).*) AS st
JOIN stores AS s USING (store_id)
ORDER BY st.nps DESC;
\echo '  Two years of answers (part 2 shows the last 12 months); n = answers to the NPS question; ci_low to ci_high: its 95 % interval.'

\echo
\echo '=== How the chain answers: share of answers per score, every store, two years (count_at) ==='
WITH d AS (
    SELECT score_dist_agg(nps) AS nps, score_dist_agg(csat, 1, 5) AS csat, score_dist_agg(ces, 1, 7) AS ces
    FROM responses
)
SELECT s AS score,
       CASE WHEN s <= 6 THEN 'detractor' WHEN s <= 8 THEN 'passive' ELSE 'promoter' END AS "NPS group",
       count_at(nps, s) AS "NPS answers",
       round(100.0 * count_at(nps, s) / n(nps), 1) AS "NPS %",
       repeat('█', round(100.0 * count_at(nps, s) / n(nps))::int) AS "NPS histogram",
       CASE WHEN s BETWEEN 1 AND 5 THEN round(100.0 * count_at(csat, s) / n(csat), 1) END AS "CSAT % (1-5)",
       CASE WHEN s BETWEEN 1 AND 7 THEN round(100.0 * count_at(ces, s) / n(ces), 1) END AS "CES % (1-7)"
FROM d, generate_series(0, 10) AS s
ORDER BY s;
\echo '  The shape of real NPS data: a spike at 10, a smaller one at 0 (an angry customer answers 0, not 3); NPS = % of 9-10 - % of 0-6.'

\echo
\echo '=== CSAT, CES and NPS per channel (phone is the weak channel) ==='
SELECT channel, count(*) AS contacts,
       round(csat_agg(csat)::numeric, 1) AS "CSAT % (4-5 of 5)",
       round(ces_agg(ces)::numeric, 2) AS "CES (1-7, easy = 7)",
       round(nps_agg(nps)::numeric, 1) AS nps
FROM responses GROUP BY channel ORDER BY nps DESC;
\echo '  contacts = service contacts surveyed; each figure is over the contacts that answered its question (some skip one).'

\echo
\echo '=== Is Nantes really ahead of Paris? (nps_diff, two-sample Wald test) ==='
SELECT round(d.diff::numeric, 1) AS nps_diff, round(d.std_error::numeric, 2) AS std_error,
       round(d.z::numeric, 2) AS z, round(d.p_value::numeric, 4) AS p_value,
       CASE WHEN d.p_value < 0.05 THEN 'yes: the gap is significant at 5 %'
            ELSE 'not proven: the gap is within the noise' END AS reading
FROM (SELECT (nps_diff(score_dist_agg(nps) FILTER (WHERE store_id = 6),
                       score_dist_agg(nps) FILTER (WHERE store_id = 1))).*
      FROM responses) AS d;
\echo '  nps_diff = NPS of Nantes - NPS of Paris, in points, over two years; p_value < 0.05: not a fluke of sampling.'
\echo 'and Rennes ahead of Paris, over the last six months?'
SELECT round(d.diff::numeric, 1) AS nps_diff, round(d.std_error::numeric, 2) AS std_error,
       round(d.z::numeric, 2) AS z, round(d.p_value::numeric, 4) AS p_value,
       CASE WHEN d.p_value < 0.05 THEN 'yes: the gap is significant at 5 %'
            ELSE 'not proven: the gap is within the noise' END AS reading
FROM (SELECT (nps_diff(score_dist_agg(nps) FILTER (WHERE store_id = 11),
                       score_dist_agg(nps) FILTER (WHERE store_id = 1))).*
      FROM responses WHERE answered_on >= date '2026-05-24') AS d;
\echo '  The same test on six months of answers: not proven is not equal, the gap may be real but too small for so few answers.'

\echo
\echo '=== Monthly NPS of the chain, rebuilt from the daily score_dist table (rollup) ==='
\echo '    (the raw-rows column recomputes it from the answers: the two agree)'
SELECT m.month, n(m.d) AS answers, round(nps(m.d)::numeric, 1) AS nps,
       round(top_box(m.d, 2)::numeric, 1) AS "promoters %",
       round(bottom_box(m.d, 7)::numeric, 1) AS "detractors %",
       round(r.nps::numeric, 1) AS "nps from raw rows"
FROM (SELECT date_trunc('month', day)::date AS month, rollup(dist) AS d
      FROM daily_nps GROUP BY 1) AS m
JOIN (SELECT date_trunc('month', answered_on)::date AS month, nps_agg(nps) AS nps
      FROM responses GROUP BY 1) AS r USING (month)
ORDER BY m.month;
\echo '  promoters % = answers 9-10 (top_box 2), detractors % = answers 0-6 (bottom_box 7), nps = their difference; 2026-11 ends on the 23rd.'

\echo
\echo '=== Rolling 3-month NPS of two stores, from the daily table (rollup OVER a window) ==='
WITH monthly AS (
    SELECT store_id, date_trunc('month', day)::date AS month, rollup(dist) AS d
    FROM daily_nps WHERE store_id IN (5, 10) GROUP BY 1, 2
), rolling AS (
    SELECT store_id, month,
           nps(rollup(d) OVER (PARTITION BY store_id ORDER BY month ROWS 2 PRECEDING)) AS nps_3m
    FROM monthly
)
SELECT month AS "3 months to",
       round((max(nps_3m) FILTER (WHERE store_id = 10))::numeric, 1) AS "Lille (improving)",
       round((max(nps_3m) FILTER (WHERE store_id = 5))::numeric, 1) AS "Nice (declining)"
FROM rolling
WHERE extract(month FROM month)::int % 3 = 2 AND month >= date '2025-02-01'
GROUP BY month ORDER BY month;
\echo '  Each row: the NPS of the three months ending with the month shown (2025-02-01: December, January and February).'

\echo
\echo '=== One distribution, read every way: Paris Rivoli, last full month ==='
SELECT n(d) AS answers, count_at(d, 10) AS "answers at 10", round(mean(d)::numeric, 2) AS mean,
       round(nps(d)::numeric, 1) AS nps, round(csat(d)::numeric, 1) AS "top-2 %",
       round(top_box(d, 3)::numeric, 1) AS "top-3 %", round(bottom_box(d, 7)::numeric, 1) AS "bottom-7 %"
FROM (SELECT rollup(dist) AS d FROM daily_nps
      WHERE store_id = 1 AND day >= date '2026-10-01' AND day < date '2026-11-01') AS t;
\echo '  top-2 % = answers 9-10 (the promoters), top-3 % = 8-10, bottom-7 % = 0-6 (the detractors): nps = top-2 % - bottom-7 %.'
\echo 'as jsonb, for a BI tool:'
SELECT rollup(dist)::jsonb AS "Paris Rivoli, October 2026" FROM daily_nps
WHERE store_id = 1 AND day >= date '2026-10-01' AND day < date '2026-11-01';
\echo '  counts[i] = answers at score lo + i: here counts[0] is the answers at 0, counts[10] those at 10.'
