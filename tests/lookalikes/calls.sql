-- Every function call of the README's examples, as written there (the
-- attrition_agg query reads the quarter as a date), one per paragraph; each
-- has a deterministic order.

SELECT store, nps_agg(score), (nps_stats(score)).ci_low, (nps_stats(score)).ci_high
FROM responses GROUP BY store ORDER BY store;

SELECT store_id, nps_agg(nps) AS nps, round((nps_stats(nps)).ci_low) AS ci_low,
       round((nps_stats(nps)).ci_high) AS ci_high, csat_agg(csat) AS csat,
       csat_agg(csat10, 10) AS csat_10pt, ces_agg(ces) AS ces
FROM responses GROUP BY store_id ORDER BY store_id;

SELECT (nps_stats(score)).* FROM (VALUES (0),(6),(7),(9),(9),(10),(10),(10)) t(score);

SELECT store_id, day, score_dist_agg(nps) FROM responses, LATERAL (SELECT answered_on AS day) AS d
GROUP BY 1, 2 ORDER BY 1, 2 LIMIT 5;

SELECT date_trunc('month', day)::date AS month, n(rollup(dist)), nps(rollup(dist)),
       top_box(rollup(dist), 2) AS promoters_pct, bottom_box(rollup(dist), 7) AS detractors_pct
FROM daily_nps GROUP BY 1 ORDER BY 1;

SELECT store_id, day, nps(rollup(dist) OVER (PARTITION BY store_id ORDER BY day ROWS 89 PRECEDING))
FROM daily_nps ORDER BY store_id, day LIMIT 20;

SELECT (nps_diff(a, b)).*
FROM (SELECT score_dist_agg(nps) FILTER (WHERE store_id = 1) AS a,
             score_dist_agg(nps) FILTER (WHERE store_id = 2) AS b FROM responses) t;

SELECT (nps_diff('{"lo":0,"hi":10,"counts":[1,0,0,0,0,0,2,3,1,4,5]}'::score_dist,
                 '{"lo":0,"hi":10,"counts":[2,0,0,0,0,0,2,2,2,1,1]}'::score_dist)).*;

SELECT '{"lo":1,"hi":5,"counts":[0,1,2,3,4]}'::score_dist + '{"lo":1,"hi":5,"counts":[1,0,0,0,0]}';

SELECT count_at(d, 5), mean(d), csat(d), d::jsonb -> 'counts'
FROM (SELECT '{"lo":1,"hi":5,"counts":[0,1,2,3,4]}'::score_dist) t(d);

SELECT store_id, nps(rb), trend(rb) AS per_month, progression(rb),
       (benchmark(rb, 'ecommerce')).rating, sparkline(rb)
FROM (SELECT store_id, rolling_benchmark(answered_on, nps, '1 month', 12) AS rb
      FROM responses GROUP BY store_id) AS w ORDER BY store_id;

SELECT * FROM series((SELECT rollup(rb) FROM store_windows));

SELECT store_id, nps(roll_to(rb, date '2027-01-15')) FROM store_windows ORDER BY store_id;

SELECT w.store_id, s.period_start, s.n, s.nps, s.csat, s.mean
FROM store_windows AS w, LATERAL series(w.rb) AS s ORDER BY 1, 2;

SELECT benchmark_rating('nps', 44.4, 'ecommerce');

SELECT question, (mirror_gap(audience, score)).*
FROM barometer GROUP BY question ORDER BY question;

SELECT (mirror_gap(audience, score, 'nps')).*
FROM (VALUES ('customer', 10), ('customer', 9), ('customer', 8), ('customer', 3),
             ('customer', 0), ('employee', 10), ('employee', 10), ('employee', 9),
             ('employee', 7)) AS t(audience, score);

SELECT attrition(2, 10);

SELECT retention_rate(100, 95, 10);

SELECT annualize_attrition(5, 91.25);

SELECT q, attrition_agg(active_from, churned_on, daterange(q, (q + interval '3 months')::date))
FROM subscriptions, generate_series(date '2026-01-01', date '2026-10-01', interval '3 months') AS g(t),
     LATERAL (SELECT t::date AS q) AS d
GROUP BY q ORDER BY q;

SELECT clv(50, 4, 3);

SELECT clv(50, 4, 3, 0.3, 0.1);

SELECT clv(50, 4, 3, 0.3, 0);
