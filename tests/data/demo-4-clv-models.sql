-- Dashboard, part 4: who is still a customer, and what are they worth.
-- The purchases up to 2026-05-31 calibrate BG/NBD (how often customers buy,
-- and when they leave) and Gamma-Gamma (how much they spend); the 25 weeks
-- after are the holdout that checks them.
\pset null '-'
SET client_min_messages = warning;
CREATE TEMP TABLE customer_rfm AS
SELECT customer_id, (rfm_agg(purchased_on, amount, date '2026-05-31', '1 week')).*
FROM purchases GROUP BY customer_id;
CREATE TEMP TABLE clv_models AS
SELECT (SELECT bgnbd_fit(frequency, recency, t) FROM customer_rfm) AS bg,
       (SELECT gamma_gamma_fit(frequency, monetary) FROM customer_rfm) AS gg;

\echo
\echo '=== Who is still a customer, and what are they worth (BG/NBD and Gamma-Gamma, calibrated up to 2026-05-31) ==='
SELECT round((bg).r::numeric, 3) AS r, round((bg).alpha::numeric, 2) AS "alpha (weeks)",
       round((bg).a::numeric, 3) AS a, round((bg).b::numeric, 3) AS b, (bg).n AS customers,
       (bg).converged AS "BG/NBD converged",
       round((gg).p::numeric, 2) AS p, round((gg).q::numeric, 2) AS q, round((gg).v::numeric, 2) AS v,
       (gg).converged AS "Gamma-Gamma converged"
FROM clv_models;
\echo '  The fitted models: purchases at a rate ~ Gamma(r, alpha) per week while active, dropout after each purchase ~ Beta(a, b); spend ~ Gamma-Gamma(p, q, v).'
SELECT c.segment, count(*) AS customers,
       round(avg(r.frequency)::numeric, 2) AS "repeat purchases",
       round(100 * avg(bgnbd_p_alive(m.bg, r.frequency, r.recency, r.t))::numeric, 1) AS "P(alive) %",
       round(avg(bgnbd_expected_purchases(m.bg, 52, r.frequency, r.recency, r.t))::numeric, 2) AS "purchases next 12 months",
       round(avg(gamma_gamma_expected_spend(m.gg, r.frequency, r.monetary))::numeric, 2) AS "spend per purchase",
       round(avg(clv_predict(m.bg, m.gg, r.frequency, r.recency, r.t, r.monetary, 52, 0.0018))::numeric, 2) AS "12-month CLV",
       round(sum(clv_predict(m.bg, m.gg, r.frequency, r.recency, r.t, r.monetary, 52, 0.0018))::numeric, 0) AS "segment value"
FROM customer_rfm AS r JOIN customers AS c USING (customer_id), clv_models AS m
GROUP BY c.segment ORDER BY "12-month CLV" DESC;
\echo '  Averages per customer of the segment; 12-month CLV = expected purchases x expected spend per purchase, week by week, discounted at 10 % a year.'

\echo
\echo '=== The ten customers most likely to have left among those who bought at least 5 times ==='
SELECT customer_id, c.segment, r.frequency::int AS "repeat purchases",
       round(r.recency::numeric, 1) AS "last purchase (week)", round(r.t::numeric, 1) AS "age (weeks)",
       round(100 * bgnbd_p_alive(m.bg, r.frequency, r.recency, r.t)::numeric, 1) AS "P(alive) %",
       round(r.monetary::numeric, 2) AS "mean spend"
FROM customer_rfm AS r JOIN customers AS c USING (customer_id), clv_models AS m
WHERE r.frequency >= 5
ORDER BY bgnbd_p_alive(m.bg, r.frequency, r.recency, r.t), customer_id LIMIT 10;
\echo '  Frequent buyers who have been silent long compared with their own rhythm: the model thinks they have left (low P(alive)).'

\echo
\echo '=== Calibration and holdout: purchases the model expected in the 25 weeks after 2026-05-31, against those made ==='
SELECT CASE WHEN r.frequency >= 7 THEN '7+' ELSE r.frequency::int::text END AS "repeat purchases by 2026-05-31",
       count(*) AS customers,
       round(avg(bgnbd_expected_purchases(m.bg, (date '2026-11-23' - date '2026-05-31') / 7.0,
                                          r.frequency, r.recency, r.t))::numeric, 2) AS "expected per customer",
       round(avg(coalesce(h.days, 0))::numeric, 2) AS "actual per customer"
FROM customer_rfm AS r CROSS JOIN clv_models AS m
LEFT JOIN (SELECT customer_id, count(DISTINCT purchased_on) AS days FROM purchases
           WHERE purchased_on > date '2026-05-31' GROUP BY customer_id) AS h USING (customer_id)
GROUP BY 1 ORDER BY min(r.frequency);
\echo '  The check lifetimes users plot: per frequency group, the purchases the model expected after 2026-05-31 against those actually made (purchase days).'
SELECT round(sum(bgnbd_expected_purchases(m.bg, (date '2026-11-23' - date '2026-05-31') / 7.0,
                                          r.frequency, r.recency, r.t))::numeric, 0) AS "expected purchases, all customers",
       (SELECT count(DISTINCT (customer_id, purchased_on)) FROM purchases
        WHERE purchased_on > date '2026-05-31'
          AND customer_id IN (SELECT customer_id FROM customer_rfm)) AS "actual purchases"
FROM customer_rfm AS r, clv_models AS m;
\echo '  The same over all customers: the holdout purchases were not seen by the fit.'
