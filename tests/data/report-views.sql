-- The views of make report (tests/report/make-report), run after
-- load-sample on the sample retail chain: each view is one chart of the
-- page, each figure computed by pgcx where the answers live.  Figures are
-- rounded here to the precision the page prints (NPS and percentages to
-- 0.1, gaps on the 1-5 scale to 0.01), so that the page shows a view's
-- values as they are and tests/report/test-report compares them exactly.
-- The views live in the schema report.
SET client_min_messages = warning;
DROP SCHEMA IF EXISTS report CASCADE;
CREATE SCHEMA report;
COMMENT ON SCHEMA report IS 'the views of make report: one view per chart of the page';

-- Where the figures come from: the sample's answers and periods, the
-- server and pgcx versions.  The sector of every comparison is named here
-- once: sector_band reads it.
CREATE VIEW report.about AS
SELECT current_database() AS database,
       current_setting('server_version') AS server_version,
       (SELECT extversion FROM pg_extension WHERE extname = 'pgcx') AS pgcx_version,
       (SELECT count(*) FROM responses) AS answers,
       (SELECT count(DISTINCT store_id) FROM responses) AS stores,
       (SELECT min(answered_on) FROM responses) AS first_day,
       (SELECT max(answered_on) FROM responses) AS last_day,
       (SELECT min(period_start) FROM store_windows, series(rb)) AS window_from,
       (SELECT max(period_start) FROM store_windows, series(rb)) AS window_to,
       'ecommerce'::text AS sector,
       date '2026-11-23' AS retention_observed_until;
COMMENT ON VIEW report.about IS 'the data source of the report: database, versions, the sample''s days, the 12 months of the store windows, the sector compared with';

-- The sector's NPS thresholds (sector_benchmark, shipped with pgcx): the
-- band a store is rated good in (good_from to excellent_from), above it
-- excellent, below alert_below an alert (NULL: no such threshold).
CREATE VIEW report.sector_band AS
SELECT b.sector, b.metric, b.alert_below, b.good_from, b.excellent_from, b.source
FROM sector_benchmark AS b JOIN report.about AS a ON b.sector = a.sector
WHERE b.metric = 'nps';
COMMENT ON VIEW report.sector_band IS 'NPS thresholds of the report''s sector (sector_benchmark)';

-- NPS per store over the 12 months of its window (store_windows), with
-- its adjusted-Wald 95 % interval (nps_stats of the window's answers) and
-- its rating against the sector (benchmark).
CREATE VIEW report.store_nps AS
SELECT w.store_id, s.name AS store, (w.st).n AS answers,
       round((w.st).nps::numeric, 1) AS nps,
       round((w.st).ci_low::numeric, 1) AS ci_low,
       round((w.st).ci_high::numeric, 1) AS ci_high,
       (benchmark(w.rb, a.sector)).rating
FROM (SELECT store_id, rb, nps_stats(window_dist(rb)) AS st FROM store_windows) AS w
JOIN stores AS s USING (store_id)
CROSS JOIN report.about AS a;
COMMENT ON VIEW report.store_nps IS 'NPS of each store over its 12-month window, 95 % interval, rating against the sector';

-- The chain's NPS month by month over the two years, rebuilt from the
-- daily score_dist table (rollup), with its 95 % interval (nps_stats).
CREATE VIEW report.chain_monthly_nps AS
SELECT month, (st).n AS answers, round((st).nps::numeric, 1) AS nps,
       round((st).ci_low::numeric, 1) AS ci_low, round((st).ci_high::numeric, 1) AS ci_high
FROM (SELECT date_trunc('month', day)::date AS month, nps_stats(rollup(dist)) AS st
      FROM daily_nps GROUP BY 1) AS m;
COMMENT ON VIEW report.chain_monthly_nps IS 'NPS of the whole chain per month with its 95 % interval';

-- The mirror barometer: per question, the mean answer (1-5) of each
-- audience and the gap employees - customers with its 95 % interval
-- (mirror_gap, Welch).  The 0-10 recommendation question is on another
-- scale and left out.
CREATE VIEW report.mirror_gap AS
SELECT b.question, q.label, (b.g).customer_n AS customers, (b.g).employee_n AS employees,
       round((b.g).customer_value::numeric, 2) AS customer_mean,
       round((b.g).employee_value::numeric, 2) AS employee_mean,
       round((b.g).manager_value::numeric, 2) AS manager_mean,
       round((b.g).gap::numeric, 2) AS gap,
       round((b.g).gap_ci_low::numeric, 2) AS gap_ci_low,
       round((b.g).gap_ci_high::numeric, 2) AS gap_ci_high
FROM (SELECT question, mirror_gap(audience, score) AS g
      FROM barometer WHERE question <> 'recommend' GROUP BY question) AS b
JOIN barometer_questions AS q USING (question);
COMMENT ON VIEW report.mirror_gap IS 'per question of the barometer: mean answer per audience, gap employees - customers with its 95 % interval';

-- Retention per plan, months 0-34 after joining: the observed share of
-- subscribers still there k months after joining (among those who joined
-- k months or more before the end of the observation), against S(k) of
-- the sBG model fitted per plan on the same rows (sbg_fit, sbg_survival),
-- as in part 5 of make demo.
CREATE VIEW report.retention AS
WITH models AS (
    SELECT s.plan, sbg_fit(s.joined, s.left_on, a.retention_observed_until, '1 month') AS m
    FROM subscriptions AS s CROSS JOIN report.about AS a GROUP BY s.plan
), observed AS (
    SELECT s.plan, k AS tenure_months, count(*) AS customers,
           avg(CASE WHEN s.left_on IS NULL OR s.left_on > (s.joined + make_interval(months => k))::date
                    THEN 1.0 ELSE 0.0 END) AS share
    FROM subscriptions AS s
    CROSS JOIN generate_series(0, 34) AS k
    CROSS JOIN report.about AS a
    WHERE (s.joined + make_interval(months => k))::date <= a.retention_observed_until
    GROUP BY s.plan, k
)
SELECT o.plan, o.tenure_months, o.customers,
       round(100 * o.share, 1) AS observed_pct,
       round(100 * sbg_survival(m.m, o.tenure_months)::numeric, 1) AS fitted_pct
FROM observed AS o JOIN models AS m USING (plan);
COMMENT ON VIEW report.retention IS 'per plan and month after joining: observed share of subscribers still there, and the fitted sBG survival, in %';
