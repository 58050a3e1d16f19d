-- Dashboard, part 5: how long will subscribers stay.  attrition_agg
-- (part 3) says how many subscribers left each quarter; the
-- shifted-beta-geometric model, fitted per plan with sbg_fit on the same
-- columns (joined, left_on) in monthly periods, says how many will still
-- be there, how long a new subscriber stays, and what the current base is
-- still worth: the lifespan that clv(basket, frequency, lifespan) asks for.
\pset null '-'
SET client_min_messages = warning;
CREATE TEMP TABLE plan_models AS
SELECT plan, count(*) AS customers, count(left_on) AS churned,
       sbg_fit(joined, left_on, date '2026-11-23', '1 month') AS m
FROM subscriptions GROUP BY plan;
-- margin per subscriber and month, and the monthly discount rate (about
-- 10 % a year)
CREATE TEMP TABLE plan_terms (plan text, margin numeric, discount_rate float8);
INSERT INTO plan_terms VALUES ('annual', 7.50, 0.008), ('monthly', 9.00, 0.008), ('flex', 11.00, 0.008);
-- one glyph per value of 0-1 (a blank for none), as rolling_benchmark's
-- sparkline draws them
CREATE FUNCTION pg_temp.spark(v float8[]) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT string_agg(CASE WHEN x IS NULL THEN ' '
                           ELSE substr('▁▂▃▄▅▆▇█', 1 + least(7, floor(x * 8)::int), 1) END, '' ORDER BY i)
    FROM unnest(v) WITH ORDINALITY AS u(x, i)
$$;

\echo
\echo '=== How long will subscribers stay: the sBG model per plan (sbg_fit, monthly periods to 2026-11-23) ==='
SELECT plan, customers, churned, round((m).alpha::numeric, 3) AS alpha, round((m).beta::numeric, 3) AS beta,
       (m).converged,
       round(100 * sbg_retention_rate(m, 1)::numeric, 1) AS "renew month 1 %",
       round(100 * sbg_retention_rate(m, 12)::numeric, 1) AS "renew month 12 %",
       round(100 * sbg_survival(m, 12)::numeric, 1) AS "still there 1 year %",
       round(100 * sbg_survival(m, 36)::numeric, 1) AS "3 years %",
       round(100 * sbg_survival(m, 60)::numeric, 1) AS "5 years %"
FROM plan_models ORDER BY plan;
\echo '  Renewal rises with tenure (month 12 above month 1): those who stay are those least likely to leave, not a change in any one subscriber.'

\echo
\echo '=== Retention curve, months 0-34: observed cohorts against the fitted sBG (a glyph a month, 0-100 %) ==='
WITH months AS (
    SELECT k FROM generate_series(0, 34) AS k
), observed AS (
    -- share of the customers who joined k months or more before
    -- 2026-11-23 who were still there k months after joining
    SELECT s.plan, k,
           avg(CASE WHEN s.left_on IS NULL OR s.left_on > (s.joined + make_interval(months => k))::date
                    THEN 1.0 ELSE 0.0 END)::float8 AS share
    FROM subscriptions AS s CROSS JOIN months
    WHERE (s.joined + make_interval(months => k))::date <= date '2026-11-23'
    GROUP BY s.plan, k
)
SELECT o.plan, pg_temp.spark(array_agg(o.share ORDER BY o.k)) AS observed,
       pg_temp.spark(array_agg(sbg_survival(p.m, o.k) ORDER BY o.k)) AS "fitted sBG",
       round(100 * max(o.share) FILTER (WHERE o.k = 12)::numeric, 1) AS "obs. 12 %",
       round(100 * max(sbg_survival(p.m, o.k)) FILTER (WHERE o.k = 12)::numeric, 1) AS "fit 12 %",
       round(100 * max(o.share) FILTER (WHERE o.k = 30)::numeric, 1) AS "obs. 30 %",
       round(100 * max(sbg_survival(p.m, o.k)) FILTER (WHERE o.k = 30)::numeric, 1) AS "fit 30 %"
FROM observed AS o JOIN plan_models AS p USING (plan)
GROUP BY o.plan ORDER BY o.plan;
\echo '  observed: the share of each monthly cohort still subscribed k months after joining; fitted: the model''s S(k), from the same rows.'

\echo
\echo '=== Next to the quarterly attrition: last quarter observed (attrition_agg), next quarter expected by the model ==='
SELECT p.plan,
       round(attrition_agg(s.joined, s.left_on, daterange('2026-07-01', '2026-10-01'))::numeric, 2) AS "attrition % 2026-Q3",
       round(100 * avg(1 - sbg_survival(p.m, k.tenure + 3) / sbg_survival(p.m, k.tenure))
                   FILTER (WHERE s.left_on IS NULL)::numeric, 2) AS "expected % next 3 months",
       count(*) FILTER (WHERE s.left_on IS NULL) AS "active now"
FROM subscriptions AS s
JOIN plan_models AS p USING (plan)
CROSS JOIN LATERAL (
    SELECT (extract(year FROM age(date '2026-11-23', s.joined)) * 12
            + extract(month FROM age(date '2026-11-23', s.joined)))::int AS tenure) AS k
GROUP BY p.plan ORDER BY p.plan;
\echo '  Q3 observed: share of the subscribers active on July 1st who left by September 30th; next 3 months: the model''s chance that each active subscriber, at their tenure, leaves within 3 months, averaged.'

\echo
\echo '=== Expected lifetime of a new subscriber, and the value of the current base (margin x residual lifetime) ==='
\echo '    discounted at 0.8 % a month; a subscriber active after k months pays sbg_residual_lifetime(m, k, 0.008) more months'
SELECT p.plan, t.margin AS "margin / month",
       CASE WHEN (p.m).alpha > 1 THEN round(sbg_expected_lifetime(p.m)::numeric, 1)::text
            ELSE 'unbounded' END AS "lifetime (months)",
       round(sbg_expected_lifetime(p.m, t.discount_rate)::numeric, 1) AS "discounted (months)",
       round(clv(t.margin, 1, sbg_expected_lifetime(p.m, t.discount_rate)::numeric), 0) AS "value of a new one",
       count(*) AS "active now",
       round(avg(k.tenure), 1) AS "mean tenure",
       round(avg(sbg_residual_lifetime(p.m, k.tenure, t.discount_rate))::numeric, 1) AS "residual (months)",
       round(sum(t.margin * sbg_residual_lifetime(p.m, k.tenure, t.discount_rate)::numeric), 0) AS "value of the base"
FROM subscriptions AS s
JOIN plan_models AS p USING (plan)
JOIN plan_terms AS t USING (plan)
CROSS JOIN LATERAL (
    SELECT (extract(year FROM age(date '2026-11-23', s.joined)) * 12
            + extract(month FROM age(date '2026-11-23', s.joined)))::int AS tenure) AS k
WHERE s.left_on IS NULL
GROUP BY p.plan, p.m, t.margin, t.discount_rate ORDER BY p.plan;
\echo '  The value of the base is what today''s active subscribers are expected to pay from now on, discounted: a forecast, not revenue already booked.'
