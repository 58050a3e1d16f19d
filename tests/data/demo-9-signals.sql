-- Dashboard, part 9: when a store's NPS really moves
-- (docs/signals/control-charts.md).  Each store's daily NPS distributions
-- (daily_nps) are merged per month; nps_control_chart standardizes each
-- month's NPS by its answers against the store's first six months and
-- charts it with an EWMA (lambda 0.2, limits for an in-control run length
-- of 500 months).  Beside it, the naive rule of many dashboards: "NPS down
-- more than 5 points from the previous month".  Nice and Reims decline
-- over the two years of the sample; Bordeaux holds steady.
\pset null '-'
SET client_min_messages = warning;
CREATE TEMP TABLE signal_months AS
SELECT store_id, date_trunc('month', day)::date AS month, rollup(dist) AS dist
FROM daily_nps WHERE store_id IN (5, 9, 12)
GROUP BY 1, 2;
CREATE TEMP TABLE signal_charts AS
SELECT s.store_id, c.*, lag(c.estimate) OVER w AS previous, lead(c.estimate) OVER w AS next
FROM (SELECT store_id, array_agg(month ORDER BY month) AS periods, array_agg(dist ORDER BY month) AS dists
      FROM signal_months GROUP BY store_id) AS s,
     LATERAL nps_control_chart(s.periods, s.dists, baseline_periods => 6) AS c
WINDOW w AS (PARTITION BY s.store_id ORDER BY c.period_start);

\echo
\echo '=== When does the NPS of a store really fall? The EWMA chart against a naive month-on-month rule ==='
SELECT st.store_id, st.name,
       (SELECT min(period_start) FROM signal_charts c WHERE c.store_id = st.store_id AND direction = 'down') AS "EWMA first signal",
       ((SELECT min(period_start) FROM signal_charts c WHERE c.store_id = st.store_id) + interval '6 months')::date AS "after the baseline",
       (SELECT count(*) FROM signal_charts c WHERE c.store_id = st.store_id AND signal) AS "EWMA months signalling",
       (SELECT count(*) FROM signal_charts c WHERE c.store_id = st.store_id AND estimate < previous - 5) AS "naive flags",
       (SELECT count(*) FROM signal_charts c WHERE c.store_id = st.store_id AND estimate < previous - 5
                                              AND next >= previous) AS "false alarms",
       (SELECT string_agg(to_char(period_start, 'YYYY-MM'), ' ' ORDER BY period_start)
        FROM signal_charts c WHERE c.store_id = st.store_id AND estimate < previous - 5) AS "months flagged by the naive rule"
FROM stores AS st WHERE st.store_id IN (5, 12, 9)
ORDER BY st.store_id;
\echo '  EWMA first signal: the first month whose EWMA of standardized NPS crosses its lower limit (no reset after it: later months keep signalling while the NPS stays low); naive flags: months whose NPS is more than 5 points below the month before; false alarms: flags that the next month contradicts (its NPS back at or above the level before the drop).'

\echo
\echo '=== Nice month by month: NPS, its standard error, z against the first six months, the EWMA and its limits ==='
SELECT to_char(period_start, 'YYYY-MM') AS month, n, round(estimate::numeric, 1) AS nps,
       round(std_error::numeric, 1) AS std_error, round(z::numeric, 2) AS z,
       round(statistic::numeric, 2) AS ewma, round(lower_limit::numeric, 2) AS lower_limit,
       round(upper_limit::numeric, 2) AS upper_limit, signal, direction,
       CASE WHEN estimate < previous - 5 THEN 'flag' END AS naive
FROM signal_charts WHERE store_id = 5 ORDER BY period_start;
\echo '  std_error = σ0 / √n with σ0 the standard deviation of one baseline answer (100 √(p + d - (p - d)²)); z = (NPS - baseline NPS) / std_error; the limits widen from λ L to L √(λ / (2 - λ)) as months accumulate.'
