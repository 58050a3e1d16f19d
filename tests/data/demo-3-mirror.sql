-- Dashboard, part 3: the "symétrie des attentions" (the same questions put
-- to customers, employees and managers), eNPS against NPS, attrition and
-- retention by quarter, and customer lifetime value per segment.  The
-- barometer's answers are the sample's tables barometer and
-- barometer_questions; the subscriptions are generated here,
-- deterministically.
\pset null '-'
SET client_min_messages = warning;
SELECT setseed(0.33) \g /dev/null

\echo
\echo '=== Symétrie des attentions: mean answer (1-5) per audience, gap = employees - customers ==='
SELECT b.question AS q, bq.label AS question, g.customer_n AS n_c, g.employee_n AS n_e,
       round(g.customer_value::numeric, 2) AS customers, round(g.employee_value::numeric, 2) AS employees,
       round(g.manager_value::numeric, 2) AS managers,
       round(g.gap::numeric, 2) AS gap,
       '[' || round(g.gap_ci_low::numeric, 2) || ', ' || round(g.gap_ci_high::numeric, 2) || ']' AS "gap 95 % (Welch)",
       round(g.leadership_gap::numeric, 2) AS leaders_vs_team,
       CASE WHEN g.gap_ci_low > 0 THEN 'team overrates itself'
            WHEN g.gap_ci_high < 0 THEN 'team underrates itself'
            ELSE 'aligned' END AS reading
FROM (SELECT question, mirror_gap(audience, score) AS g
      FROM barometer WHERE question <> 'recommend' GROUP BY question) AS b
CROSS JOIN LATERAL (SELECT (b.g).*) AS g
JOIN barometer_questions AS bq USING (question)
ORDER BY b.question;
\echo '  1 = disagree, 5 = agree; reading: aligned when the interval of the gap holds 0; leaders_vs_team = managers - employees (15 managers).'

\echo
\echo '=== The same questions as top-two-box shares (4-5 of 5), Wald interval ==='
SELECT question AS q, round(g.customer_value::numeric, 1) AS "customers %", round(g.employee_value::numeric, 1) AS "employees %",
       round(g.gap::numeric, 1) AS gap,
       '[' || round(g.gap_ci_low::numeric, 1) || ', ' || round(g.gap_ci_high::numeric, 1) || ']' AS "gap 95 %"
FROM (SELECT question, mirror_gap(audience, score, 'top2') AS g
      FROM barometer WHERE question <> 'recommend' GROUP BY question) AS t
CROSS JOIN LATERAL (SELECT (t.g).*) AS g
ORDER BY question;
\echo '  % of each audience answering 4 or 5; gap = employees % - customers %, in points.'

\echo
\echo '=== eNPS against customer NPS (the same 0-10 question, metric nps) ==='
SELECT round(nps(rollup(rb))::numeric, 1) AS chain_nps FROM store_windows \gset
SELECT g.customer_n, round(g.customer_value::numeric, 1) AS customer_nps,
       g.employee_n, round(g.employee_value::numeric, 1) AS enps,
       round(g.manager_value::numeric, 1) AS managers_nps,
       round(g.gap::numeric, 1) AS "eNPS - NPS",
       '[' || round(g.gap_ci_low::numeric, 1) || ', ' || round(g.gap_ci_high::numeric, 1) || ']' AS "gap 95 %"
FROM (SELECT (mirror_gap(audience, score, 'nps')).* FROM barometer WHERE question = 'recommend') AS g;
\echo '  customer_nps: the barometer''s panel, asked about the chain as a whole; not the chain NPS of' :chain_nps 'in part 2, from service contacts (responses).'

\echo
\echo '=== Attrition and retention per quarter (attrition_agg, retention_rate, annualize_attrition) ==='
SELECT q.start AS quarter,
       a.at_start, a.at_end, a.acquired,
       round(attrition_agg(s.joined, s.left_on, daterange(q.start, q.stop))::numeric, 2) AS "attrition %",
       round(annualize_attrition(attrition_agg(s.joined, s.left_on, daterange(q.start, q.stop)),
                                 q.stop - q.start)::numeric, 1) AS "annualized %",
       round(retention_rate(a.at_start, a.at_end, a.acquired)::numeric, 2) AS "retention %",
       a.boundary AS "left on next quarter's 1st day"
FROM (SELECT d::date AS start, (d + interval '3 months')::date AS stop
      FROM generate_series(date '2025-01-01', date '2026-07-01', interval '3 months') AS d) AS q
CROSS JOIN subscriptions AS s
CROSS JOIN LATERAL (
    SELECT count(*) FILTER (WHERE x.joined <= q.start AND q.start < coalesce(x.left_on, 'infinity')) AS at_start,
           count(*) FILTER (WHERE x.joined <= q.stop AND q.stop < coalesce(x.left_on, 'infinity')) AS at_end,
           count(*) FILTER (WHERE x.joined > q.start AND x.joined <= q.stop
                            AND q.stop < coalesce(x.left_on, 'infinity')) AS acquired,
           count(*) FILTER (WHERE x.joined <= q.start AND x.left_on = q.stop) AS boundary
    FROM subscriptions AS x) AS a
GROUP BY q.start, q.stop, a.at_start, a.at_end, a.acquired, a.boundary
ORDER BY q.start;
\echo '  attrition % + retention % = 100 - 100 x last column / at_start: those leave on the day at_end counts, after attrition_agg''s quarter (it ends the day before).'

\echo
\echo '=== Customer lifetime value per segment (clv) ==='
\echo '    lifespan = 1 / yearly attrition of 2026-H1; margin 30 %, discounted at 8 % a year'
WITH orders AS (
    SELECT segment, avg_basket, per_year
    FROM (VALUES ('premium', 182.40, 6.5), ('standard', 64.90, 3.2), ('occasional', 38.50, 1.1))
         AS o(segment, avg_basket, per_year)
), churn AS (
    SELECT segment,
           annualize_attrition(attrition_agg(joined, left_on, daterange('2026-01-01', '2026-07-01')), 181) AS yearly
    FROM subscriptions GROUP BY segment
)
SELECT segment, avg_basket, per_year AS "purchases / year", round(c.yearly::numeric, 1) AS "attrition % / year",
       round(100 / c.yearly::numeric, 2) AS "lifespan (years)",
       round(clv(avg_basket, per_year, round(100 / c.yearly::numeric, 2)), 0) AS "CLV (revenue)",
       round(clv(avg_basket, per_year, round(100 / c.yearly::numeric, 2), 0.30, 0.08), 0) AS "CLV (margin, discounted)"
FROM orders JOIN churn AS c USING (segment)
ORDER BY 6 DESC;
\echo '  CLV (revenue) = avg_basket x purchases / year x lifespan; the last column keeps the 30 % margin and discounts each year by 8 %.'
