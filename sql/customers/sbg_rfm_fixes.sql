-- Fixes of 1.2.0 to the sBG functions and rfm_agg: a state that stays
-- O(n log n) in descending tenures (and gives the same fits), Fader &
-- Hardie's DERL one call away (sbg_derl), no silent infinity or lost digit
-- (rfm_agg, sbg_survival, sbg_retention_rate, the lifetimes), month
-- periods past the last date, fits at an edge of the parameter space.
\i sql/include/setup.sql

-- The oracles below were computed with mpmath at 50 digits by:
--   # The oracles of sql/customers/sbg_rfm_fixes.sql, computed with mpmath at 50 digits.
--   from mpmath import mp, mpf, loggamma, exp, hyp2f1
--   mp.dps = 50
--   rows = []
--   for a in ['1e-3', '0.7', '1e3', '1e6', '1e12', '1e15']:
--       for b in ['1e-3', '1.2', '1e4', '1e12']:
--           for t in [1, 7, 33, 1000, 1000000, 2147483647]:
--               A, B = mpf(a), mpf(b)
--               s = exp(loggamma(B + t) - loggamma(B) - loggamma(A + B + t) + loggamma(A + B))
--               if s >= mpf('1e-300'):
--                   rows.append("(%s, %s, %d, %s)" % (a, b, t, mp.nstr(s, 20, min_fixed=-400, max_fixed=400) if False else mp.nstr(s, 20)))
--   print("survival:\n" + ",\n".join(rows))
--   # Fader & Hardie (2010): DERL(d | alpha, beta, n - 1 renewals)
--   #   = (beta + n - 1) / (alpha + beta + n - 1) 2F1(1, beta + n; alpha + beta + n; 1 / (1 + d))
--   rows = []
--   for seg, a, b in [('regular', '0.704', '1.182'), ('high end', '0.668', '3.806')]:
--       for k in range(0, 8):
--           for d in ['0.1', '0.01']:
--               A, B, D = mpf(a), mpf(b), mpf(d)
--               n = k + 1
--               v = (B + n - 1) / (A + B + n - 1) * hyp2f1(1, B + n, A + B + n, 1 / (1 + D))
--               rows.append("('%s', %s, %s, %d, %s, %s)" % (seg, a, b, k, d, mp.nstr(v, 20)))
--   print("derl:\n" + ",\n".join(rows))

------------------------------------------------------------------------
-- The state with many tenures: sbg_fit over descending tenures (a state
-- that passes 1,024 tenures inside an aggregate is kept as an expanded
-- object) gives the same state and fit as the same customers in
-- ascending order and as their survivor table.
------------------------------------------------------------------------
CREATE TEMP TABLE many AS
SELECT least(c, f) AS t, c <= f AS churned
FROM (SELECT i, 1 + (i * 31) % 4000 AS f,
             greatest(1, ceil(-ln(((i * 104729) % 4999 + 0.5) / 4999)
                              / (((i * 7919) % 5003 + 0.5) / 5003) ^ 2))::int AS c
      FROM generate_series(1, 12000) AS i) AS x;
INSERT INTO many SELECT t, false FROM generate_series(2, 3000, 2) AS t;
CREATE TEMP TABLE many_table AS
SELECT t, churned, count(*) AS customers FROM many GROUP BY t, churned;
-- the transition without the final function shows the state itself
CREATE AGGREGATE pg_temp.sbg_state_of(int, boolean) (
    SFUNC = sbg_fit_accum, STYPE = sbg_state);
SELECT (SELECT pg_temp.sbg_state_of(t, churned ORDER BY t DESC) FROM many)
     = (SELECT pg_temp.sbg_state_of(t, churned ORDER BY t) FROM many) AS same_state,
       (SELECT pg_temp.sbg_state_of(t, churned ORDER BY t DESC) FROM many)::text
     = (SELECT pg_temp.sbg_state_of(t, churned ORDER BY t) FROM many)::text AS same_text,
       (SELECT sbg_fit(t, churned ORDER BY t DESC) FROM many)::text
     = (SELECT sbg_fit(t, churned ORDER BY t) FROM many)::text AS same_fit,
       (SELECT sbg_fit(t, churned ORDER BY t DESC) FROM many)::text
     = (SELECT sbg_fit(t, churned, customers ORDER BY t DESC) FROM many_table)::text AS same_as_table,
       (SELECT (sbg_fit(t, churned ORDER BY t DESC)).n FROM many) AS n;
-- the tenures of the state, in order, with their counts
SELECT count(*) AS tenures, bool_and(e.tenure > e.prev) AS ascending,
       bool_and(e.churned = coalesce(c.customers, 0) AND e.active = coalesce(a.customers, 0)) AS counts_right
FROM (SELECT (j->>0)::int AS tenure, (j->>1)::bigint AS churned, (j->>2)::bigint AS active,
             lag((j->>0)::int, 1, -1) OVER (ORDER BY o) AS prev
      FROM jsonb_array_elements((SELECT pg_temp.sbg_state_of(t, churned ORDER BY t DESC) FROM many)::text::jsonb->'tenures')
           WITH ORDINALITY AS a(j, o)) AS e
LEFT JOIN many_table AS c ON c.t = e.tenure AND c.churned
LEFT JOIN many_table AS a ON a.t = e.tenure AND NOT a.churned;
-- grouped, in a window (the final function reads the state between
-- transitions) and by hash aggregation
SELECT g, (sbg_fit(t, churned ORDER BY t DESC))::text = (sbg_fit(t, churned ORDER BY t))::text AS same
FROM (SELECT t % 2 AS g, t, churned FROM many) AS m GROUP BY g ORDER BY g;
SELECT count(*) AS tenures,
       bool_and(w = (SELECT pg_temp.sbg_state_of(t, churned ORDER BY t) FROM many AS m2 WHERE m2.t >= w_t)) AS same
FROM (SELECT DISTINCT ON (w_t) w_t, w
      FROM (SELECT t AS w_t, pg_temp.sbg_state_of(t, churned) OVER (ORDER BY t DESC) AS w FROM many) AS w
      WHERE w_t IN (1, 2, 500, 1000, 1975, 3001) ORDER BY w_t) AS w;
SET enable_sort = off;
SELECT count(*) AS groups, bool_and(a = b) AS same
FROM (SELECT g, pg_temp.sbg_state_of(t, churned) AS a FROM (SELECT t % 3 AS g, t, churned FROM many) AS m GROUP BY g) AS x
JOIN (SELECT g, pg_temp.sbg_state_of(t, churned ORDER BY t) AS b FROM (SELECT t % 3 AS g, t, churned FROM many) AS m GROUP BY g) AS y USING (g);
SELECT (SELECT count(DISTINCT t) FROM many) AS distinct_tenures, converged FROM (SELECT (sbg_fit(t, churned)).* FROM many) AS f;
RESET enable_sort;

------------------------------------------------------------------------
-- sbg_derl: the DERL of Fader & Hardie (2010), which counts the renewal
-- about to be decided without discounting it, against their closed form
-- (the hypergeometric 2F1, evaluated by mpmath) for the published
-- estimates of both segments; sbg_residual_lifetime is the same divided
-- by 1 + d.
------------------------------------------------------------------------
CREATE TEMP TABLE derl (segment text, alpha float8, beta float8, renewals int, d float8, derl numeric);
INSERT INTO derl VALUES
('regular', 0.704, 1.182, 0, 0.1, 2.9646621461320315146),
('regular', 0.704, 1.182, 0, 0.01, 8.5029471720112697931),
('regular', 0.704, 1.182, 1, 0.1, 4.1034586195985724029),
('regular', 0.704, 1.182, 1, 0.01, 12.69298134524313653),
('regular', 0.704, 1.182, 2, 0.1, 4.8701373665342016271),
('regular', 0.704, 1.182, 2, 0.01, 15.946124474791663128),
('regular', 0.704, 1.182, 3, 0.1, 5.4423913221203954353),
('regular', 0.704, 1.182, 3, 0.01, 18.658857984327720598),
('regular', 0.704, 1.182, 4, 0.1, 5.8944228598441600446),
('regular', 0.704, 1.182, 4, 0.01, 21.00789859219021886),
('regular', 0.704, 1.182, 5, 0.1, 6.2647298819658430383),
('regular', 0.704, 1.182, 5, 0.01, 23.090543424308750384),
('regular', 0.704, 1.182, 6, 0.1, 6.5759661863375080359),
('regular', 0.704, 1.182, 6, 0.01, 24.967272216109342558),
('regular', 0.704, 1.182, 7, 0.1, 6.8426171372881296587),
('regular', 0.704, 1.182, 7, 0.01, 26.678781367752806763),
('high end', 0.668, 3.806, 0, 0.1, 5.4148560483740405746),
('high end', 0.668, 3.806, 0, 0.01, 19.009625981018803322),
('high end', 0.668, 3.806, 1, 0.1, 5.9017531677530224077),
('high end', 0.668, 3.806, 1, 0.01, 21.559510589981320894),
('high end', 0.668, 3.806, 2, 0.1, 6.2942606167931854194),
('high end', 0.668, 3.806, 2, 0.01, 23.791691339836314623),
('high end', 0.668, 3.806, 3, 0.1, 6.6202803231882519197),
('high end', 0.668, 3.806, 3, 0.01, 25.784296216231709245),
('high end', 0.668, 3.806, 4, 0.1, 6.8970573977460908511),
('high end', 0.668, 3.806, 4, 0.01, 27.588141084236989839),
('high end', 0.668, 3.806, 5, 0.1, 7.1360018994812210171),
('high end', 0.668, 3.806, 5, 0.01, 29.238491752921149682),
('high end', 0.668, 3.806, 6, 0.1, 7.3450522592838515453),
('high end', 0.668, 3.806, 6, 0.01, 30.761011307727313401),
('high end', 0.668, 3.806, 7, 0.1, 7.5299495309109695282),
('high end', 0.668, 3.806, 7, 0.01, 32.175064324037042562);
SELECT segment, d, count(*) AS renewals,
       bool_and(abs(sbg_derl(ROW(alpha, beta, 0, 1, true)::sbg, renewals, d)::numeric / derl - 1) < 1e-12) AS derl_ok,
       bool_and(abs(sbg_residual_lifetime(ROW(alpha, beta, 0, 1, true)::sbg, renewals, d)::numeric * (1 + d::numeric) / derl - 1) < 1e-12) AS residual_times_1_plus_d
FROM derl GROUP BY segment, d ORDER BY segment DESC, d DESC;
-- the table of the paper, d = 10 %, regular segment (0.704, 1.182)
SELECT renewals, round(sbg_derl(ROW(0.704, 1.182, 0, 1, true)::sbg, renewals, 0.1)::numeric, 4) AS derl,
       round(sbg_residual_lifetime(ROW(0.704, 1.182, 0, 1, true)::sbg, renewals, 0.1)::numeric, 4) AS residual_lifetime
FROM generate_series(0, 7) AS renewals;
-- the README's example: the fit of the regular segment, a customer of 5
-- years, 6.2644 in Fader & Hardie's convention, 5.6949 in pgcx's
CREATE TEMP TABLE regular (t int, churned boolean, customers bigint);
INSERT INTO regular VALUES (1, true, 369), (2, true, 163), (3, true, 86), (4, true, 56),
    (5, true, 37), (6, true, 27), (7, true, 21), (7, false, 241);
SELECT round(sbg_derl(m, 5, 0.1)::numeric, 4) AS derl, round(sbg_residual_lifetime(m, 5, 0.1)::numeric, 4) AS residual_lifetime,
       sbg_derl(m, 5, 0.1) = sbg_derl(m, 5, 0.1::float8) AS numeric_form_same,
       sbg_derl(ROW(2.5, 3, 0, 1, true)::sbg, 5) = sbg_residual_lifetime(ROW(2.5, 3, 0, 1, true)::sbg, 5) AS same_without_discount
FROM (SELECT sbg_fit(t, churned, customers) AS m FROM regular) AS f;
-- NULL with a NOTICE when infinite; its errors
SELECT sbg_derl(ROW(0.704, 1.182, 0, 1, true)::sbg, 5) AS infinite;
SELECT pg_temp.err($$SELECT sbg_derl(ROW(0.704, 1.182, 0, 1, true)::sbg, -1, 0.1)$$);
SELECT pg_temp.err($$SELECT sbg_derl(ROW(0.704, 1.182, 0, 1, true)::sbg, 5, 10)$$);
SELECT pg_temp.err($$SELECT sbg_derl(ROW(0.704, 1.182, 0, 1, true)::sbg, 5, 1.5::float8)$$);
SELECT pg_temp.err($$SELECT sbg_derl(ROW(NULL, 1.182, 0, 1, true)::sbg, 5, 0.1)$$);

------------------------------------------------------------------------
-- sbg_survival keeps its digits for any alpha, beta and t: against
-- ln Gamma in 50 digits (mpmath), to 4e-15 of ln S(t) (S(t) of 1e-300 and
-- more).  With alpha = beta = 1e12, S(1) is the retention rate 0.5.
------------------------------------------------------------------------
CREATE TEMP TABLE survival (alpha float8, beta float8, t int, s numeric);
INSERT INTO survival VALUES
(1e-3, 1e-3, 1, 0.5),
(1e-3, 1e-3, 7, 0.49877761382282211005),
(1e-3, 1e-3, 33, 0.49797606901238066694),
(1e-3, 1e-3, 1000, 0.49627295639091006188),
(1e-3, 1e-3, 1000000, 0.49285639190512927063),
(1e-3, 1e-3, 2147483647, 0.48908963960991618405),
(1e-3, 1.2, 1, 0.99916736053288925895),
(1e-3, 1.2, 7, 0.99767232092726083908),
(1e-3, 1.2, 33, 0.99620127766027064132),
(1e-3, 1.2, 1000, 0.99282897336690701055),
(1e-3, 1.2, 1000000, 0.98599507658580017893),
(1e-3, 1.2, 2147483647, 0.97845941568972144124),
(1e-3, 1e4, 1, 0.99999990000001),
(1e-3, 1e4, 7, 0.99999930021018887609),
(1e-3, 1e4, 33, 0.99999670527417990087),
(1e-3, 1e4, 1000, 0.99990468982144607855),
(1e-3, 1e4, 1000000, 0.99539546355901391589),
(1e-3, 1e4, 2147483647, 0.98779778144665659596),
(1e-3, 1e12, 1, 0.999999999999999),
(1e-3, 1e12, 7, 0.999999999999993),
(1e-3, 1e12, 33, 0.999999999999967),
(1e-3, 1e12, 1000, 0.999999999999),
(1e-3, 1e12, 1000000, 0.9999999990000005005),
(1e-3, 1e12, 2147483647, 0.99999785482120103969),
(0.7, 1e-3, 1, 0.0014265335235378031384),
(0.7, 1e-3, 7, 0.00033717027740095078824),
(0.7, 1e-3, 33, 0.00011257042205878481767),
(0.7, 1e-3, 1000, 0.000010305275093310798291),
(0.7, 1e-3, 1000000, 8.1849181536958189877e-8),
(0.7, 1e-3, 2147483647, 3.8077058387254082876e-10),
(0.7, 1.2, 1, 0.63157894736842105263),
(0.7, 1.2, 7, 0.24321493814297407419),
(0.7, 1.2, 33, 0.088646029399586967463),
(0.7, 1.2, 1000, 0.008314340279908733171),
(0.7, 1.2, 1000000, 0.000066091638853224708746),
(0.7, 1.2, 2147483647, 3.0746517624799369132e-7),
(0.7, 1e4, 1, 0.99993000489965702401),
(0.7, 1e4, 7, 0.99951028402527847793),
(0.7, 1e4, 33, 0.99769642590828127694),
(0.7, 1e4, 1000, 0.93545888836481414266),
(0.7, 1e4, 1000000, 0.039533978654172398312),
(0.7, 1e4, 2147483647, 0.00018520091096550931028),
(0.7, 1e12, 1, 0.9999999999993),
(0.7, 1e12, 7, 0.9999999999951),
(0.7, 1e12, 33, 0.9999999999769),
(0.7, 1e12, 1000, 0.99999999930000000059),
(0.7, 1e12, 1000000, 0.99999930000059499936),
(0.7, 1e12, 2147483647, 0.99849950010745650443),
(1e3, 1e-3, 1, 9.99999000000999999e-7),
(1e3, 1e-3, 7, 7.0679371003515329675e-22),
(1e3, 1e-3, 33, 1.566956576662148644e-67),
(1e3, 1.2, 1, 0.0011985617259288853376),
(1e3, 1.2, 7, 7.9982547992443785382e-18),
(1e3, 1.2, 33, 1.0895633438824367583e-62),
(1e3, 1e4, 1, 0.90909090909090909091),
(1e3, 1e4, 7, 0.51325605362098941824),
(1e3, 1e4, 33, 0.043263505097227085618),
(1e3, 1e4, 1000, 2.8994711543195778381e-40),
(1e3, 1e12, 1, 0.999999999000000001),
(1e3, 1e12, 7, 0.99999999300000002802),
(1e3, 1e12, 33, 0.99999996700000056153),
(1e3, 1e12, 1000, 0.99999900000050099933),
(1e3, 1e12, 1000000, 0.99900050033337390896),
(1e3, 1e12, 2147483647, 0.11704683808409120167),
(1e6, 1e-3, 1, 9.99999999000000001e-10),
(1e6, 1e-3, 7, 7.2175046279680523069e-43),
(1e6, 1e-3, 33, 2.6406124068696893207e-166),
(1e6, 1.2, 1, 1.1999985600017279979e-6),
(1e6, 1.2, 7, 8.2360307025616749678e-39),
(1e6, 1.2, 33, 1.9089194932904228074e-161),
(1e6, 1e4, 1, 0.0099009900990099009901),
(1e6, 1e4, 7, 9.3465896190080401902e-15),
(1e6, 1e4, 33, 7.5870610343281019604e-67),
(1e6, 1e12, 1, 0.999999000000999999),
(1e6, 1e12, 7, 0.999993000027999937),
(1e6, 1e12, 33, 0.99996700056099398304),
(1e6, 1e12, 1000, 0.99900050033337390896),
(1e6, 1e12, 1000000, 0.36787980905045430072),
(1e12, 1e-3, 1, 9.99999999999999e-16),
(1e12, 1e-3, 7, 7.2176562472001289052e-85),
(1e12, 1.2, 1, 1.19999999999856e-12),
(1e12, 1.2, 7, 8.2362728445578535784e-81),
(1e12, 1e4, 1, 9.999999900000001e-9),
(1e12, 1e4, 7, 1.002101680566998537e-56),
(1e12, 1e4, 33, 1.0541582300292977624e-264),
(1e12, 1e12, 1, 0.5),
(1e12, 1e12, 7, 0.00781250000008203125),
(1e12, 1e12, 33, 1.1641532185766845942e-10),
(1e15, 1e-3, 1, 9.99999999999999999e-19),
(1e15, 1e-3, 7, 7.2176562473515985887e-106),
(1e15, 1.2, 1, 1.19999999999999856e-15),
(1e15, 1.2, 7, 8.2362728447997578536e-102),
(1e15, 1e4, 1, 9.9999999999e-12),
(1e15, 1e4, 7, 1.002101750664994251e-77),
(1e15, 1e12, 1, 0.000999000999000999001),
(1e15, 1e12, 7, 9.9302791623037167577e-22),
(1e15, 1e12, 33, 9.6755451398220680144e-100);
SELECT count(*) AS points,
       count(*) FILTER (WHERE abs(sbg_survival(ROW(alpha, beta, 0, 1, true)::sbg, t)::numeric / s - 1)
                               > 4e-15 * greatest(1, -ln(s))) AS off
FROM survival;
SELECT alpha, beta, t, s AS mpmath, sbg_survival(ROW(alpha, beta, 0, 1, true)::sbg, t) AS pgcx
FROM survival
WHERE abs(sbg_survival(ROW(alpha, beta, 0, 1, true)::sbg, t)::numeric / s - 1) > 4e-15 * greatest(1, -ln(s));
SELECT sbg_survival(m, 1) AS s1, sbg_retention_rate(m, 1) AS r1,
       abs(sbg_survival(m, 2)::numeric / (0.5 * (1e12 + 1) / (2e12 + 1)) - 1) < 1e-15 AS s2_right
FROM (SELECT ROW(1e12, 1e12, 0, 1, true)::sbg AS m) AS x;
-- the retention rate of a beta far below 1 (1.1.0 added t before taking
-- 1 away: 0.70019 here), and of an alpha + beta beyond float8 (1.1.0: 0)
SELECT abs(sbg_retention_rate(ROW(3.5e-14, 8.2e-14, 0, 1, true)::sbg, 1) / (8.2 / 11.7) - 1) < 1e-15 AS tiny_beta,
       sbg_retention_rate(ROW(1e308, 1e308, 0, 1, true)::sbg, 1) AS huge,
       sbg_retention_rate(ROW(1e308, 1e308, 0, 1, true)::sbg, 3) AS huge_t3,
       sbg_survival(ROW(1e308, 1e308, 0, 1, true)::sbg, 3) AS huge_s3;

------------------------------------------------------------------------
-- No silent infinity: a finite lifetime beyond float8 is 22003 (1.1.0:
-- Infinity)
------------------------------------------------------------------------
SELECT pg_temp.err($$SELECT sbg_expected_lifetime((1.0000000001, 1e300, 0, 1, true)::sbg, 0)$$);
SELECT pg_temp.err($$SELECT sbg_expected_lifetime((1.0000000001, 1e300, 0, 1, true)::sbg)$$);
SELECT pg_temp.err($$SELECT sbg_residual_lifetime((1.0000000001, 1e300, 0, 1, true)::sbg, 3, 0)$$);
SELECT pg_temp.err($$SELECT sbg_derl((1.0000000001, 1e300, 0, 1, true)::sbg, 3, 0)$$);
-- just below the limit, a number
SELECT sbg_expected_lifetime((2, 1e307, 0, 1, true)::sbg) AS del, sbg_residual_lifetime((2, 1e307, 0, 1, true)::sbg, 3) AS derl;

------------------------------------------------------------------------
-- rfm_agg: a day whose amounts add up past float8 is 22003 (1.1.0:
-- monetary = Infinity); repeat days whose totals each fit give their mean
-- even when their sum does not.
------------------------------------------------------------------------
SELECT pg_temp.err($$SELECT rfm_agg(d, a, date '2020-12-31', interval '1 day')
    FROM (VALUES (date '2020-01-01', 1e308), ('2020-01-02', 1e308), ('2020-01-02', 1e308)) AS v(d, a)$$);
SELECT pg_temp.err($$SELECT rfm_agg(d, a, date '2020-12-31', interval '1 day')
    FROM (VALUES (date '2020-01-01', 1e308), ('2020-01-01', 1e308)) AS v(d, a)$$);
SELECT (rfm_agg(d, a, date '2020-12-31', interval '1 day')).*
FROM (VALUES (date '2020-01-01', 1e308), ('2020-01-02', 1e308), ('2020-01-03', 1.5e308), ('2020-01-03', 0.1e308)) AS v(d, a);
SELECT (rfm_agg(d, a, date '2020-12-31', interval '1 day')).*
FROM (VALUES (date '2020-01-01', 1.5), ('2020-01-02', 2.25), ('2020-01-03', 3), ('2020-01-03', 1)) AS v(d, a);

------------------------------------------------------------------------
-- sbg_fit's date form: a month period whose end falls after the last
-- finite date is not passed (1.1.0: date2j overflowed, tenure 2)
------------------------------------------------------------------------
SELECT sbg_fit_accum(NULL, date '2000-01-01', NULL, date '2026-01-01', interval '5873627 years') AS active,
       sbg_fit_accum(NULL, date '2000-01-01', date '2026-01-01', date '2026-01-01', interval '5873627 years') AS churned,
       sbg_fit_accum(NULL, date '2000-01-01', NULL, date '2026-01-01', interval '178956970 years') AS largest_period;
SELECT sbg_fit_accum(NULL, date '5874000-01-01', NULL, date '5874897-12-31', interval '500 years') AS one_period,
       sbg_fit_accum(NULL, date '5874000-01-01', NULL, date '5874897-12-31', interval '1000 years') AS none,
       sbg_fit_accum(NULL, date '5874000-01-01', NULL, date '5874897-12-31', interval '1 month') AS months,
       sbg_fit_accum(NULL, date '5874897-11-30', date '5874897-12-31', date '5874897-12-31', interval '1 month') AS last_month;
-- as date + interval counts, where it can
SELECT sbg_fit_accum(NULL, date '2000-01-01', NULL, date '294000-01-01', interval '292000 years') AS tenure_1,
       date '2000-01-01' + interval '292000 years' <= date '294000-01-01' AS end_of_period_1_passed,
       sbg_fit_accum(NULL, date '2000-01-02', NULL, date '294000-01-01', interval '292000 years') AS tenure_0,
       date '2000-01-02' + interval '292000 years' <= date '294000-01-01' AS not_passed;
-- an infinite churned_on is a churn never observed; other infinite dates
-- are refused
SELECT sbg_fit_accum(NULL, date '2000-01-01', 'infinity', date '2026-01-01', interval '1 year') AS active;
SELECT pg_temp.err($$SELECT sbg_fit_accum(NULL, date '2000-01-01', '-infinity', date '2026-01-01', interval '1 year')$$);
SELECT pg_temp.err($$SELECT sbg_fit_accum(NULL, date 'infinity', NULL, date '2026-01-01', interval '1 year')$$);
SELECT pg_temp.err($$SELECT sbg_fit_accum(NULL, date '2000-01-01', NULL, date 'infinity', interval '1 year')$$);

------------------------------------------------------------------------
-- sbg_fit at an edge of the parameter space: converged = false with a
-- NOTICE (1.1.0: converged = true).  Customers all alike (every one
-- churns with probability 0.2 each period): alpha + beta grows without
-- bound; customers who churn in period 1 or never: alpha + beta goes to 0.
-- The loglik is that of the returned parameters, and never above the
-- limit's.
------------------------------------------------------------------------
CREATE TEMP TABLE geometric AS
SELECT t, true AS churned, (round(100000 * 0.8 ^ (t - 1)) - round(100000 * 0.8 ^ t))::bigint AS customers
FROM generate_series(1, 10) AS t
UNION ALL SELECT 10, false, round(100000 * 0.8 ^ 10)::bigint;
SELECT f.converged, f.alpha + f.beta > 1e4 AS concentration_large,
       round((f.alpha / (f.alpha + f.beta))::numeric, 4) AS churn,
       f.loglik <= l.ll + 1e-9 * abs(l.ll) AS not_above_limit
FROM (SELECT (sbg_fit(t, churned, customers)).* FROM geometric) AS f,
     (SELECT sum(CASE WHEN churned THEN customers * ((t - 1) * ln(1 - p) + ln(p)) ELSE customers * t * ln(1 - p) END)::float8 AS ll
      FROM geometric,
           (SELECT sum(customers) FILTER (WHERE churned)::float8
                 / sum(CASE WHEN churned THEN customers * t ELSE customers * t END) AS p FROM geometric) AS pp) AS l;
SELECT f.converged, f.alpha + f.beta < 1e-6 AS concentration_small,
       round((f.alpha / (f.alpha + f.beta))::numeric, 4) AS churn,
       f.loglik <= 300 * ln(0.3) + 700 * ln(0.7) AS not_above_limit,
       abs(f.loglik / (300 * ln(0.3) + 700 * ln(0.7)) - 1) < 1e-12 AS at_limit
FROM (SELECT (sbg_fit(t, churned, customers)).*
      FROM (VALUES (1, true, 300::bigint), (5, false, 700)) AS v(t, churned, customers)) AS f;
-- the published fits stay inside, converged
SELECT (sbg_fit(t, churned, customers)).converged FROM regular;
-- so does a late churn after a period-1 wave
SELECT (sbg_fit(t, churned, customers)).converged
FROM (VALUES (1, true, 300::bigint), (2, true, 5), (5, false, 700)) AS v(t, churned, customers);
