-- Accuracy of the BG/NBD expected purchases, clv_predict and the
-- Gamma-Gamma expected spend in regions where the 1.1.0 series cancelled
-- (r of 100 and more, long horizons, p x beside q - 1).  The oracle figures are equation 10 of Fader,
-- Hardie & Lee (2005) evaluated by mpmath at 40 digits (hyp2f1, or the
-- integral over the dropout probability for r = 1e6 and a = 1); see
-- tests/stats/test-bgnbd-reference for the full grid.
\i sql/include/setup.sql

-- Large r: 1.1.0 gave 106.81, -2.7e211 and an error for these.
SELECT c.r, c.a, c.b, c.x, c.horizon,
       to_char(bgnbd_expected_purchases(ROW(c.r, c.alpha, c.a, c.b, 0, 1, true)::bgnbd,
                                        c.horizon, c.x, c.tx, c.cap_t), '9.9999999999EEEE') AS expected,
       abs(bgnbd_expected_purchases(ROW(c.r, c.alpha, c.a, c.b, 0, 1, true)::bgnbd,
                                    c.horizon, c.x, c.tx, c.cap_t)::numeric / c.oracle - 1) < 1e-13 AS oracle_to_1e_13
FROM (VALUES
    (100::float8, 200::float8, 1.5::float8, 2.43::float8, 0::float8, 0::float8, 0::float8, 520::float8, 5.3211775108841514853),
    (1000, 200, 1.5, 2.43, 0, 0, 0, 520, 5.6897576496975518645),
    (1e6, 200, 1.5, 2.43, 0, 0, 0, 520, 5.8546170004061554872),
    -- the CDNOW customer of the paper (1.226 in 39 weeks)
    (0.2426, 4.4135, 0.7929, 2.4258, 2, 30.43, 38.86, 39, 1.2259111998992229465),
    -- a = 1 exactly, a tiny a, customers alike in dropout (a = b = 1e6)
    (1, 1, 1, 1, 3, 10, 20, 52, 0.91819417461846068502),
    (0.24, 4.4, 0.01, 50, 10, 5, 39, 1e4, 2.1274288798969676108),
    (1e6, 1e4, 1e6, 1e6, 800, 38, 39, 1e5, 1.0093791628183578981e-43::numeric)
) AS c(r, alpha, a, b, x, tx, cap_t, horizon, oracle)
ORDER BY c.r, c.a;

-- clv_predict over 520 units of the r = 100 model: 3761.8 in 1.1.0, true 187.406434233693636.
SELECT round(v::numeric, 8) AS clv, abs(v::numeric / 187.40643423369363571 - 1) < 1e-13 AS oracle_to_1e_13
FROM (SELECT clv_predict(ROW(100, 200, 1.5, 2.43, 0, 1, true)::bgnbd,
                         ROW(6.25, 3.74, 15.44, 0, 1, true)::gamma_gamma, 0, 0, 0, 0, 520, 0) AS v) AS s;

-- p x far below q - 1 = 0: p (v + x m) / (p x + q - 1) = 1e-300 (1 + 1e-300) / 1e-300.
SELECT gamma_gamma_expected_spend((1e-300, 1, 1e-300, 0, 1, true)::gamma_gamma, 1, 1) AS spend,
       clv_predict(ROW(0.24, 4.4, 0.79, 2.43, 0, 1, true)::bgnbd,
                   (1e-300, 1, 1e-300, 0, 1, true)::gamma_gamma, 1, 1, 2, 1, 1, 0)
       = bgnbd_expected_purchases(ROW(0.24, 4.4, 0.79, 2.43, 0, 1, true)::bgnbd, 1, 1, 1, 2) AS clv_is_purchases;

-- Figures that cannot be computed are errors, never plausible numbers.
SELECT pg_temp.err(q) FROM (VALUES
    ($$SELECT bgnbd_expected_purchases(ROW(0.24, 4.4, 0.79, 2.43, 0, 1, true)::bgnbd, 1e300, 2, 30, 38)$$),
    ($$SELECT clv_predict(ROW(1e300, 1, 0.79, 2.43, 0, 1, true)::bgnbd, ROW(6, 3.7, 15, 0, 1, true)::gamma_gamma, 2, 30, 38, 20, 5, 0.01)$$),
    ($$SELECT gamma_gamma_expected_spend(ROW(6, 3.7, 1e308, 0, 1, true)::gamma_gamma, 2, 1e308)$$),
    ($$SELECT clv_predict(ROW(0.24, 4.4, 0.8, 2.4, 0, 1, true)::bgnbd, ROW(6, 3.7, 1e308, 0, 1, true)::gamma_gamma, 2, 30, 38, 1e308, 5, 0.01)$$)
) AS t(q);
