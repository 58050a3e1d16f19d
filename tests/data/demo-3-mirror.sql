-- Dashboard, part 3: the "symétrie des attentions" (the same questions put
-- to customers, employees and managers), eNPS against NPS, attrition and
-- retention by quarter, and customer lifetime value per segment.
-- Its sample data is generated here, deterministically.
\pset null '-'
SET client_min_messages = warning;
SELECT setseed(0.33) \g /dev/null

-- The mirror barometer: five questions on a 1-5 agreement scale, and the
-- recommendation question on 0-10.  Each audience has its own bias per
-- question; on q2 and q4 the team overrates itself.
CREATE TEMP TABLE barometer_questions (q text, label text, customer float8, employee float8, manager float8);
INSERT INTO barometer_questions VALUES
    ('q1', 'On me répond avec courtoisie / we answer courteously', 4.2, 4.4, 4.6),
    ('q2', 'On me répond vite / we answer quickly', 2.9, 4.1, 4.5),
    ('q3', 'Mon problème est résolu du premier coup / first-contact resolution', 3.4, 3.6, 4.2),
    ('q4', 'On me tient informé / we keep customers informed', 3.0, 3.9, 4.4),
    ('q5', 'Les prix sont clairs / prices are clear', 3.8, 3.6, 3.9);
CREATE TEMP TABLE barometer_answers AS
SELECT q.q, a.audience,
       least(5, greatest(1, round(CASE a.audience WHEN 'client' THEN q.customer
                                                  WHEN 'collaborateur' THEN q.employee
                                                  ELSE q.manager END
                                  + (random() + random() - 1) * 1.6)))::numeric AS score
FROM barometer_questions AS q
CROSS JOIN (VALUES ('client', 400), ('collaborateur', 120), ('dirigeant', 15)) AS a(audience, n)
CROSS JOIN LATERAL generate_series(1, a.n + 0 * length(q.q)) AS i;
CREATE TEMP TABLE recommend_answers AS
SELECT audience,
       least(10, greatest(0, round(mu + (random() + random() + random() - 1.5) * 3.2)))::numeric AS score
FROM (VALUES ('customer', 7.6, 900), ('employee', 6.9, 140), ('manager', 8.7, 15)) AS a(audience, mu, n)
CROSS JOIN LATERAL generate_series(1, a.n + 0 * length(a.audience)) AS i;

\echo
\echo '=== Symétrie des attentions: mean answer (1-5) per audience, gap = employees - customers ==='
SELECT b.q, bq.label AS question, g.customer_n AS n_c, g.employee_n AS n_e,
       round(g.customer_value::numeric, 2) AS customers, round(g.employee_value::numeric, 2) AS employees,
       round(g.manager_value::numeric, 2) AS managers,
       round(g.gap::numeric, 2) AS gap,
       '[' || round(g.gap_ci_low::numeric, 2) || ', ' || round(g.gap_ci_high::numeric, 2) || ']' AS "gap 95 % (Welch)",
       round(g.leadership_gap::numeric, 2) AS leaders_vs_team,
       CASE WHEN g.gap_ci_low > 0 THEN 'team overrates itself'
            WHEN g.gap_ci_high < 0 THEN 'team underrates itself'
            ELSE 'aligned' END AS reading
FROM (SELECT q, mirror_gap(audience, score) AS g FROM barometer_answers GROUP BY q) AS b
CROSS JOIN LATERAL (SELECT (b.g).*) AS g
JOIN barometer_questions AS bq USING (q)
ORDER BY b.q;

\echo
\echo '=== The same questions as top-two-box shares (4-5 of 5), Wald interval ==='
SELECT q, round(g.customer_value::numeric, 1) AS "customers %", round(g.employee_value::numeric, 1) AS "employees %",
       round(g.gap::numeric, 1) AS gap,
       '[' || round(g.gap_ci_low::numeric, 1) || ', ' || round(g.gap_ci_high::numeric, 1) || ']' AS "gap 95 %"
FROM (SELECT q, mirror_gap(audience, score, 'top2') AS g FROM barometer_answers GROUP BY q) AS t
CROSS JOIN LATERAL (SELECT (t.g).*) AS g
ORDER BY q;

\echo
\echo '=== eNPS against customer NPS (the same 0-10 question, metric nps) ==='
SELECT g.customer_n, round(g.customer_value::numeric, 1) AS customer_nps,
       g.employee_n, round(g.employee_value::numeric, 1) AS enps,
       round(g.manager_value::numeric, 1) AS managers_nps,
       round(g.gap::numeric, 1) AS "eNPS - NPS",
       '[' || round(g.gap_ci_low::numeric, 1) || ', ' || round(g.gap_ci_high::numeric, 1) || ']' AS "gap 95 %"
FROM (SELECT (mirror_gap(audience, score, 'nps')).* FROM recommend_answers) AS g;

\echo
\echo '=== Attrition and retention per quarter (attrition_agg, retention_rate, annualize_attrition) ==='
SELECT q.start AS quarter,
       a.at_start, a.at_end, a.acquired,
       round(attrition_agg(s.joined, s.left_on, daterange(q.start, q.stop))::numeric, 2) AS "attrition %",
       round(annualize_attrition(attrition_agg(s.joined, s.left_on, daterange(q.start, q.stop)),
                                 q.stop - q.start)::numeric, 1) AS "annualized %",
       round(retention_rate(a.at_start, a.at_end, a.acquired)::numeric, 2) AS "retention %"
FROM (SELECT d::date AS start, (d + interval '3 months')::date AS stop
      FROM generate_series(date '2025-01-01', date '2026-07-01', interval '3 months') AS d) AS q
CROSS JOIN subscriptions AS s
CROSS JOIN LATERAL (
    SELECT count(*) FILTER (WHERE x.joined <= q.start AND q.start < coalesce(x.left_on, 'infinity')) AS at_start,
           count(*) FILTER (WHERE x.joined <= q.stop AND q.stop < coalesce(x.left_on, 'infinity')) AS at_end,
           count(*) FILTER (WHERE x.joined > q.start AND x.joined <= q.stop
                            AND q.stop < coalesce(x.left_on, 'infinity')) AS acquired
    FROM subscriptions AS x) AS a
GROUP BY q.start, q.stop, a.at_start, a.at_end, a.acquired
ORDER BY q.start;

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
