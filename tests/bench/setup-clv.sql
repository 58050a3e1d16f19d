-- Data of B7 (probabilistic CLV), made once with a fixed seed:
--   bench_cdnow_rfm  the CDNOW sample of Fader, Hardie & Lee (2005) as
--                    rfm_agg summarises it (2,357 customers)
--   bench_purchases  purchases of 1,000,000 customers over two years
--                    (2024-01-01 to 2025-12-30), 1 to 20 or so each, one
--                    in 2,000 with 500 to 1,200; some first seen on the
--                    last day
--   bench_rfm        rfm_agg of bench_purchases per customer, in days
--   bench_bgnbd      the BG/NBD model fitted on bench_rfm (m) and its
--                    parameters r, alpha, a, b, for B7p
--   bench_gg         the Gamma-Gamma model fitted on bench_rfm, for G3
--   bench_clv_customers  20 customers of bench_rfm, for G3
SET client_min_messages = warning;
DROP TABLE IF EXISTS bench_cdnow_rfm, bench_purchases, bench_rfm, bench_bgnbd, bench_gg,
	bench_clv_customers;
SELECT setseed(0.57) \g /dev/null
CREATE TEMP TABLE cdnow_raw (line text);
\copy cdnow_raw FROM '../data/cdnow/cdnow_sample.txt'
CREATE TABLE bench_cdnow_rfm AS
SELECT customer, (rfm_agg(purchased_on, amount, date '1997-09-30', '1 week')).*
FROM (SELECT f[2]::int AS customer, to_date(f[3], 'YYYYMMDD') AS purchased_on, f[5]::numeric AS amount
      FROM (SELECT regexp_split_to_array(btrim(line, E' \r'), '\s+') AS f FROM cdnow_raw) AS s) AS p
GROUP BY customer;
CREATE TABLE bench_purchases AS
SELECT c AS customer,
       date '2024-01-01' + CASE WHEN k = 1 THEN f ELSE f + floor(random() * (730 - f))::int END AS purchased_on,
       round((5 + random() * 95)::numeric, 2) AS amount
FROM (SELECT c, CASE WHEN c % 500 = 0 THEN 729 ELSE floor(random() * 730)::int END AS f,
             CASE WHEN c % 2000 = 1 THEN 500 + c % 701 ELSE 1 + floor(-ln(1 - random()) * 2.5)::int END AS n
      FROM generate_series(1, 1000000) AS c) AS s,
     LATERAL generate_series(1, n) AS k;
CREATE TABLE bench_rfm AS
SELECT customer, (rfm_agg(purchased_on, amount, date '2025-12-30', '1 day')).*
FROM bench_purchases GROUP BY customer;
CREATE TABLE bench_bgnbd AS
SELECT m, (m).r, (m).alpha, (m).a, (m).b
FROM (SELECT bgnbd_fit(frequency, recency, t) AS m FROM bench_rfm) AS s;
CREATE TABLE bench_gg AS
SELECT gamma_gamma_fit(frequency, monetary) AS m FROM bench_rfm;
CREATE TABLE bench_clv_customers AS
SELECT * FROM bench_rfm WHERE customer <= 20;
VACUUM ANALYZE bench_cdnow_rfm;
VACUUM ANALYZE bench_purchases;
VACUUM ANALYZE bench_rfm;
