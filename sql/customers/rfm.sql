-- rfm_agg: transactions summarised per customer as (frequency, recency, t,
-- monetary), the inputs of BG/NBD and Gamma-Gamma.
\i sql/include/setup.sql
\i sql/include/cdnow.sql
SELECT count(*) AS purchases, count(DISTINCT customer) AS customers,
       min(purchased_on), max(purchased_on) FROM cdnow;

-- The oracle: on CDNOW with observed_until 1997-09-30 and a unit of one
-- week, rfm_agg gives the published summary of every customer to its two
-- printed decimals (zbar is monetary).
CREATE TEMP TABLE cdnow_rfm AS
SELECT customer, (rfm_agg(purchased_on, amount, '1997-09-30', '1 week')).*
FROM cdnow GROUP BY customer;
SELECT count(*) AS customers,
       count(*) FILTER (WHERE r.frequency = s.x AND round(r.recency::numeric, 2) = s.t_x
                          AND round(r.t::numeric, 2) = s.t
                          AND round(r.monetary::numeric, 2) = s.zbar) AS equal_to_the_summary
FROM cdnow_rfm AS r FULL JOIN cdnow_summary AS s ON s.id = r.customer;
-- a few customers in full: the first one bought on 1997-01-01, 01-18 and
-- 08-02 (and on 12-12, after observed_until): two repeat days of 29.73 and
-- 14.96, mean 22.345
SELECT r.*, s.x, s.t_x, s.t AS "T", s.zbar
FROM cdnow_rfm AS r JOIN cdnow_summary AS s ON s.id = r.customer
WHERE customer IN (1, 2, 3, 18, 1000) ORDER BY customer;

-- timestamp and timestamptz forms give the same summaries: timestamps are
-- placed by their own date, timestamptz values by their UTC date, whatever
-- the session's TimeZone (here 14 hours ahead of UTC).
SET TimeZone = 'Pacific/Kiritimati';
SELECT count(*) AS customers_differing FROM (
    SELECT customer, (rfm_agg(purchased_on + time '23:59', amount, timestamp '1997-09-30 00:01', '7 days')).*
    FROM cdnow GROUP BY customer
    EXCEPT
    SELECT * FROM cdnow_rfm) AS d;
SELECT count(*) AS customers_differing FROM (
    SELECT customer, (rfm_agg((purchased_on + time '23:00') AT TIME ZONE 'UTC', amount,
                              timestamptz '1997-09-30 23:59 UTC', '1 week')).*
    FROM cdnow GROUP BY customer
    EXCEPT
    SELECT * FROM cdnow_rfm) AS d;
-- 1997-09-30 22:00 UTC is 1997-10-01 in Kiritimati, but rfm_agg reads the
-- UTC date: a purchase then is in the calibration period
SELECT rfm_agg(p, 10, timestamptz '1997-09-30 23:00 UTC', '1 day')
FROM (VALUES (timestamptz '1997-09-01 12:00 UTC'), (timestamptz '1997-09-30 22:00 UTC')) AS v(p);
RESET TimeZone;

-- Same answers with a parallel plan (partial states merged by the combine
-- function) as serially: rfm_agg over the purchases of a quarter of the
-- customers each (one state for many customers, split between workers),
-- to the last bit.
CREATE TABLE cdnow_shared AS SELECT *, customer % 4 AS quarter FROM cdnow;	-- temporary tables are not scanned in parallel
ANALYZE cdnow_shared;
CREATE TEMP TABLE serial_quarters AS
SELECT quarter, rfm_agg(purchased_on, amount, '1997-09-30', '1 week')
FROM cdnow_shared GROUP BY 1;
SELECT * FROM serial_quarters ORDER BY quarter;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SET parallel_leader_participation = off;
EXPLAIN (COSTS OFF)
SELECT quarter, rfm_agg(purchased_on, amount, '1997-09-30', '1 week') FROM cdnow_shared GROUP BY 1;
SELECT count(*) AS quarters, count(*) FILTER (WHERE s.rfm_agg = p.rfm_agg) AS equal
FROM serial_quarters AS s
JOIN (SELECT quarter, rfm_agg(purchased_on, amount, '1997-09-30', '1 week')
      FROM cdnow_shared GROUP BY 1) AS p USING (quarter);
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather;
RESET parallel_leader_participation;
DROP TABLE cdnow_shared;

-- Purchases on one day are one purchase, their amounts added; purchases
-- after observed_until are left out; rows with a NULL date or amount are
-- skipped; the order of the rows does not matter.
SELECT rfm_agg(d, a, '2024-03-31', '1 day') AS one_customer,
       rfm_agg(d, a, '2024-03-31', '1 day' ORDER BY d DESC, a) AS reversed
FROM (VALUES (date '2024-01-01', 10.0), ('2024-01-01', 5), ('2024-01-11', 20), ('2024-01-11', 1),
             ('2024-02-10', 30), ('2024-04-01', 1000), (NULL, 7), ('2024-02-20', NULL)) AS v(d, a);
-- one purchase only: frequency 0, monetary 0; the purchase on the last day: t = 0
SELECT rfm_agg(d, 12.5, '2024-03-31', '1 week') AS single,
       rfm_agg(d + 90, 12.5, '2024-03-31', '1 week') AS first_seen_on_the_last_day
FROM (VALUES (date '2024-01-01')) AS v(d);
-- no purchase up to observed_until, or no row: NULL
SELECT rfm_agg(d, 1, '2023-12-31', '1 day') IS NULL AS only_later_purchases,
       (SELECT rfm_agg(purchased_on, amount, '1997-09-30', '1 week') FROM cdnow WHERE false) IS NULL AS no_rows
FROM (VALUES (date '2024-01-01')) AS v(d);
-- a unit of any whole number of days, also written in hours
SELECT rfm_agg(d, 1, '2024-03-31', u) AS rfm, u AS unit
FROM (VALUES (date '2024-01-01'), ('2024-03-01')) AS v(d),
     (VALUES (interval '1 day'), ('30 days'), ('48 hours'), ('1 week 1 day')) AS w(u)
GROUP BY u ORDER BY u;

-- Bad input: ERROR with its SQLSTATE, nothing skipped or clamped.
SELECT pg_temp.err(q) FROM (VALUES
    ($$SELECT rfm_agg(date '2024-01-01', -1, '2024-03-31', '1 day')$$),
    ($$SELECT rfm_agg(date '2024-01-01', 'NaN', '2024-03-31', '1 day')$$),
    ($$SELECT rfm_agg(date '2024-01-01', 'Infinity', '2024-03-31', '1 day')$$),
    ($$SELECT rfm_agg(date '2024-01-01', 1e400, '2024-03-31', '1 day')$$),
    ($$SELECT rfm_agg(date '2024-01-01', 1, '2024-03-31', '1 month')$$),
    ($$SELECT rfm_agg(date '2024-01-01', 1, '2024-03-31', '36 hours')$$),
    ($$SELECT rfm_agg(date '2024-01-01', 1, '2024-03-31', '0 days')$$),
    ($$SELECT rfm_agg(date '2024-01-01', 1, '2024-03-31', '-7 days')$$),
    ($$SELECT rfm_agg(date '2024-01-01', 1, '2024-03-31', NULL)$$),
    ($$SELECT rfm_agg(date '2024-01-01', 1, NULL, '1 day')$$),
    ($$SELECT rfm_agg(date 'infinity', 1, '2024-03-31', '1 day')$$),
    ($$SELECT rfm_agg(date '2024-01-01', 1, '-infinity', '1 day')$$),
    ($$SELECT rfm_agg(timestamptz 'infinity', 1, now(), '1 day')$$),
    ($$SELECT rfm_agg(d, 1, o, '1 day') FROM (VALUES (date '2024-01-01', date '2024-03-31'), ('2024-01-02', '2024-04-01')) AS v(d, o)$$),
    ($$SELECT rfm_agg(d, 1, '2024-03-31', u) FROM (VALUES (date '2024-01-01', interval '1 day'), ('2024-01-02', '1 week')) AS v(d, u)$$)
) AS t(q);

-- The state: a real type with text and binary forms (days counted from
-- 2000-01-01), read back and validated.
SELECT rfm_agg_accum(rfm_agg_accum(NULL, date '2024-01-01', 10.5, '2024-03-31', '1 week'),
                     date '2024-02-01', 0.1, '2024-03-31', '1 week') AS state;
SELECT rfm_agg_final('{"observed_until":8855,"unit_days":7,"purchases":[[8766,10.5],[8797,0.1],[8797,2]]}') AS from_text,
       rfm_agg_combine('{"observed_until":8855,"unit_days":7,"purchases":[[8766,10.5]]}',
                       '{"observed_until":8855,"unit_days":7,"purchases":[[8797,0.1]]}') AS combined;
-- the widest span of days a state can hold: 4,294,967,293 days
SELECT rfm_agg_final('{"observed_until":2147483646,"unit_days":1,"purchases":[[-2147483647,1],[2147483646,2]]}') AS widest;
SELECT s::text = t AS text_round_trip, pg_temp.recv(rfm_state_send(s), 'rfm_state') = t AS binary_round_trip
FROM (SELECT t, t::rfm_state AS s FROM (VALUES
    ('{"observed_until":8855,"unit_days":7,"purchases":[]}'),
    ('{"observed_until":-824,"unit_days":1,"purchases":[[-1095,29.33],[-1095,0],[-1000,1e-300],[-900,1.7976931348623157e+308]]}')) AS v(t)) AS w;
SELECT pg_temp.err(format('SELECT %L::rfm_state', t)) FROM (VALUES
    ('{"observed_until":8855,"unit_days":0,"purchases":[]}'),
    ('{"observed_until":8855,"unit_days":7,"purchases":[[8856,1]]}'),
    ('{"observed_until":8855,"unit_days":7,"purchases":[[8800,-1]]}'),
    ('{"observed_until":8855,"unit_days":7,"purchases":[[8800,1e999]]}'),
    ('{"observed_until":8855,"unit_days":7,"purchases":[[8800,1],]}'),
    ('{"observed_until":8855,"unit_days":7,"purchases":[[8800]]}'),
    ('{"observed_until":2147483647,"unit_days":7,"purchases":[]}'),
    ('{"observed_until":8855,"unit_days":7}'),
    ('{"unit_days":7,"observed_until":8855,"purchases":[]}')
) AS v(t);
-- binary: version 1, flags, observed_until, unit_days, n, then (day, amount)
SELECT pg_temp.recv(b, 'rfm_state') FROM (VALUES
    ('\x0100000022970000000700000001000022403ff0000000000000'::bytea),
    ('\x0200000022970000000700000000'),
    ('\x0100000022970000000700000002000022403ff0000000000000'),
    ('\x0101000022970000000700000000'),
    ('\x010000002297000000000000000000000000'),
    ('\x01000000229700000007000000010000224bfff0000000000000'),
    ('\x0100')
) AS v(b);
