-- clv: customer lifetime value by formula, numeric (exact) and float8.
\i sql/include/setup.sql
\i sql/include/approx.sql

-- basket 50, 4 purchases a year, 3 years: 50 x 4 x 3 = 600
SELECT clv(50, 4, 3) AS numeric_, clv(50::float8, 4, 3) AS float8_,
       clv(19.99, 2.5, 1.5) AS exact_decimals;
-- with margin and discounting: value per year = 0.3 x 50 x 4 = 60;
--   at 10 %: 60 x (1 - 1.1^-3) / 0.1 = 60 x 2.486851990984222 = 149.2111194590533
--   at 0 %: 60 x 3 = 180
--   2.5 years at 8 %: 60 x (1 - 1.08^-2.5) / 0.08 = 60 x 2.187815 = 131.2690...
SELECT clv(50, 4, 3, 0.3, 0.1) AS discounted, pg_temp.approx(clv(50::float8, 4, 3, 0.3, 0.1)) AS discounted_float8,
       clv(50, 4, 3, 0.3, 0) AS undiscounted, clv(50, 4, 2.5, 0.3, 0.08) AS half_year;
SELECT clv(50, 4, 3, 0, 0.1) AS no_margin, clv(50, 4, 3, 1, 0.1) AS full_margin,
       clv(50, 4, 0, 0.3, 0.1) AS no_lifespan, clv(50::float8, 4, 3, 0.3, 0) AS undiscounted_float8,
       pg_temp.approx(clv(50::float8, 4, 3, 0.3, 1e-12)) AS tiny_rate_float8;
-- NULL in, NULL out (STRICT)
SELECT clv(NULL, 4, 3) IS NULL AS null_in, clv(50, 4, 3, NULL, 0.1) IS NULL AS null_margin;

SELECT pg_temp.err(q) FROM (VALUES
    ($$SELECT clv(-50, 4, 3)$$),
    ($$SELECT clv(50, -4, 3)$$),
    ($$SELECT clv(50, 4, -3)$$),
    ($$SELECT clv('NaN'::numeric, 4, 3)$$),
    ($$SELECT clv('Infinity'::numeric, 4, 3)$$),
    ($$SELECT clv(-50::float8, 4, 3)$$),
    ($$SELECT clv(50::float8, 'NaN', 3)$$),
    ($$SELECT clv(50::float8, 4, 'Infinity')$$),
    ($$SELECT clv(50, 4, 3, 1.5, 0.1)$$),
    ($$SELECT clv(50, 4, 3, -0.1, 0.1)$$),
    ($$SELECT clv(50, 4, 3, 0.3, -0.1)$$),
    ($$SELECT clv(50::float8, 4, 3, 1.01, 0.1)$$),
    ($$SELECT clv(50::float8, 4, 3, 0.3, -0.01)$$)
) AS t(q);

-- A discount rate above 1 (10 written for 10 %) is refused with a hint that
-- rates are fractions; 1 itself (100 % per unit) is a rate.
\i sql/include/hint.sql
SELECT pg_temp.err(q), pg_temp.hint(q) FROM (VALUES
    ($$SELECT clv(50, 4, 3, 0.3, 10)$$),
    ($$SELECT clv(50.0, 4, 3, 0.3, 1.5)$$),
    ($$SELECT clv(50::float8, 4, 3, 0.3, 10)$$),
    ($$SELECT clv(50, 4, 3, 0.3, 1.0000001)$$)
) AS t(q);
-- 1 per unit over 2 units: 0.3 x 200 x (1 - 2^-2) / 1 = 45
SELECT clv(50, 4, 2, 0.3, 1) AS rate_one, clv(50::float8, 4, 2, 0.3, 1) AS rate_one_float8;
