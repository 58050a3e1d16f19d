-- attrition, retention_rate, annualize_attrition and attrition_agg.
\i sql/include/setup.sql
\i sql/include/approx.sql

-- attrition(lost, at_start) = 100 lost / at_start
SELECT attrition(2, 10) AS "2 of 10", attrition(0, 5) AS "0 of 5", attrition(5, 5) AS "5 of 5",
       attrition(0, 0) AS "no customer";
-- retention_rate(at_start, at_end, acquired) = 100 (at_end - acquired) / at_start
--   100 at start, 95 at the end of which 10 new: 85 kept, 85 %
SELECT retention_rate(100, 95, 10) AS kept_85, retention_rate(100, 100, 0) AS all_kept,
       retention_rate(100, 10, 10) AS none_kept, retention_rate(0, 7, 7) AS no_customer;
-- annualize_attrition(rate, days) = 100 (1 - (1 - rate/100)^(365/days))
--   5 % a quarter of 91.25 days: 1 - 0.95^4 = 0.18549375
--   10 % over 365 days stays 10 % (to the last float8 digit)
--   2 % a month of 30 days: 1 - 0.98^(365/30) = 1 - exp(12.1667 ln 0.98) = 0.217921...
SELECT pg_temp.approx(annualize_attrition(5, 91.25)) AS quarterly_5,
       annualize_attrition(10, 365) AS yearly_10,
       pg_temp.approx(annualize_attrition(2, 30)) AS monthly_2, annualize_attrition(0, 30) AS zero,
       annualize_attrition(100, 30) AS all_lost;

SELECT pg_temp.err(q) FROM (VALUES
    ($$SELECT attrition(-1, 10)$$),
    ($$SELECT attrition(1, -10)$$),
    ($$SELECT attrition(11, 10)$$),
    ($$SELECT attrition(1, 0)$$),
    ($$SELECT retention_rate(-1, 0, 0)$$),
    ($$SELECT retention_rate(10, -1, 0)$$),
    ($$SELECT retention_rate(10, 5, -1)$$),
    ($$SELECT retention_rate(10, 5, 6)$$),
    ($$SELECT retention_rate(10, 25, 5)$$),
    ($$SELECT annualize_attrition(-0.5, 30)$$),
    ($$SELECT annualize_attrition(100.5, 30)$$),
    ($$SELECT annualize_attrition('NaN', 30)$$),
    ($$SELECT annualize_attrition(5, 0)$$),
    ($$SELECT annualize_attrition(5, -30)$$),
    ($$SELECT annualize_attrition(5, 'Infinity')$$)
) AS t(q);

-- attrition_agg over the first quarter of 2026, [2026-01-01, 2026-04-01):
CREATE TEMP TABLE subs (id int, active_from date, churned_on date);
INSERT INTO subs VALUES
    (1, '2025-01-01', NULL),          -- active all along: counted, kept
    (2, '2025-06-01', '2026-01-01'),  -- churns on the first day: not active at the start
    (3, '2025-06-01', '2026-01-02'),  -- active at the start, churns the next day: lost
    (4, '2025-06-01', '2026-03-31'),  -- lost on the last day of the period
    (5, '2025-06-01', '2026-04-01'),  -- churns on the first day after it: kept
    (6, '2026-01-01', NULL),          -- joins on the first day: active at the start, kept
    (7, '2026-01-02', '2026-02-01'),  -- joins after the start: not counted
    (8, '2024-01-01', '2025-12-31'),  -- gone before the period: not counted
    (9, NULL, NULL);                  -- no start date: skipped
-- active at the start: 1, 3, 4, 5, 6 (5 customers); lost: 3, 4 -> 40 %
SELECT attrition_agg(active_from, churned_on, daterange('2026-01-01', '2026-04-01')) FROM subs;
-- the same with timestamps: a customer leaving at the period's first instant
-- is not active at its start; one leaving a microsecond later is lost.
SELECT attrition_agg(f, c, tstzrange('2026-01-01 00:00+00', '2026-04-01 00:00+00'))
FROM (VALUES ('2025-01-01 00:00+00'::timestamptz, '2026-01-01 00:00+00'::timestamptz),
             ('2025-01-01 00:00+00', '2026-01-01 00:00:00.000001+00'),
             ('2025-01-01 00:00+00', NULL),
             ('2025-01-01 00:00+00', '2026-04-01 00:00+00')) AS t(f, c);
-- timestamps without time zone are compared as they are, whatever the
-- session's TimeZone (1.0.0 cast them to timestamptz in it): the customer
-- who leaves at 2026-01-01 00:00 is not active at the start, the one
-- leaving at 00:30 is lost, the one leaving on 2026-03-31 22:30 too.
CREATE TEMP TABLE subs_ts (f timestamp, c timestamp);
INSERT INTO subs_ts VALUES ('2025-01-01 09:00', '2026-01-01 00:00'), ('2025-01-01 09:00', '2026-01-01 00:30'),
    ('2025-06-01 12:00', NULL), ('2025-12-31 23:30', '2026-03-31 22:30'), ('2026-01-01 00:00', '2026-04-01 00:00');
SET TimeZone = 'America/New_York';
SELECT attrition_agg(f, c, tsrange('2026-01-01', '2026-04-01')) AS new_york FROM subs_ts;
SET TimeZone = 'Asia/Tokyo';
SELECT attrition_agg(f, c, tsrange('2026-01-01', '2026-04-01')) AS tokyo FROM subs_ts;
-- the state of a timestamp period says so
SELECT attrition_agg_accum(NULL, f, c, tsrange('2026-01-01', '2026-04-01'))::text AS state
FROM subs_ts WHERE c IS NULL;
RESET TimeZone;
SELECT pg_temp.err($$SELECT attrition_agg(timestamp '2026-02-01 10:00', timestamp '2026-02-01 09:00', tsrange('2026-01-01', '2026-04-01'))$$);

-- quarters of 2026, one row per quarter
SELECT q, attrition_agg(active_from, churned_on, daterange(q, (q + interval '3 months')::date))
FROM subs, (VALUES (date '2025-10-01'), (date '2026-01-01'), (date '2026-04-01')) AS quarters(q)
GROUP BY q ORDER BY q;
-- nobody active at the start, or no row at all: NULL
SELECT attrition_agg(active_from, churned_on, daterange('2020-01-01', '2020-02-01')) AS nobody FROM subs;
SELECT attrition_agg(active_from, churned_on, daterange('2026-01-01', '2026-04-01')) AS no_rows
FROM subs WHERE false;

SELECT pg_temp.err(q) FROM (VALUES
    ($$SELECT attrition_agg(active_from, churned_on, NULL::daterange) FROM subs$$),
    ($$SELECT attrition_agg(active_from, churned_on, 'empty'::daterange) FROM subs$$),
    ($$SELECT attrition_agg(active_from, churned_on, daterange('2026-01-01', NULL)) FROM subs$$),
    ($$SELECT attrition_agg(active_from, churned_on, daterange('-infinity', '2026-01-01')) FROM subs$$),
    ($$SELECT attrition_agg(now(), NULL, tstzrange(now(), 'infinity')) FROM subs$$),
    ($$SELECT attrition_agg(active_from, churned_on, daterange('2026-01-01', ('2026-02-01'::date + id % 2))) FROM subs$$),
    ($$SELECT attrition_agg(date '2026-02-01', date '2026-01-01', daterange('2026-01-01', '2026-04-01'))$$)
) AS t(q);

-- The state type: a fixed 40-byte value with text and binary forms.
SELECT attrition_agg_accum(NULL, date '2025-01-01', NULL, daterange('2026-01-01', '2026-04-01'));
SELECT '{"kind":"date","lower":9497,"upper":9587,"active":3,"churned":1}'::attrition_state;
SELECT attrition_state_send('{"kind":"timestamptz","lower":1,"upper":2,"active":3,"churned":1}');
SELECT left(e, 5) AS sqlstate, split_part(e, ' | ', 2) AS detail
FROM (SELECT pg_temp.err(format('SELECT %L::attrition_state', q)) AS e FROM (VALUES
    ('{}'),
    ('{"kind":"week","lower":1,"upper":2,"active":3,"churned":1}'),
    ('{"kind":"date","lower":2,"upper":2,"active":3,"churned":1}'),
    ('{"kind":"date","lower":1,"upper":2,"active":3,"churned":4}'),
    ('{"kind":"date","lower":1,"upper":2,"active":-3,"churned":0}'),
    ('{"kind":"date","lower":01,"upper":2,"active":3,"churned":1}'),
    ('{"kind":"date","lower":1,"upper":2,"active":3,"churned":1} x'),
    ('{"kind":"date","lower":1,"upper":2,"active":99999999999999999999,"churned":1}')
) AS t(q)) AS r;
SELECT pg_temp.recv(b, 'attrition_state') FROM (VALUES
    (attrition_state_send('{"kind":"date","lower":9497,"upper":9587,"active":3,"churned":1}')),
    ('\x01000100'::bytea),
    -- version 2; kind 3 (timestamp, valid); kind 4; churned 4 > active 3
    ('\x02000100000000000000000000000001000000000000000200000000000000030000000000000001'::bytea),
    ('\x01000300000000000000000000000001000000000000000200000000000000030000000000000001'::bytea),
    ('\x01000400000000000000000000000001000000000000000200000000000000030000000000000001'::bytea),
    ('\x01000100000000000000000000000001000000000000000200000000000000030000000000000004'::bytea)
) AS t(b);

-- Parallel plans give the serial answer.
CREATE TABLE subs_big AS
SELECT i, date '2020-01-01' + (i % 2000) AS active_from,
       CASE WHEN i % 3 = 0 THEN NULL ELSE date '2020-01-01' + (i % 2000) + (i % 700) END AS churned_on
FROM generate_series(1, 90000) AS i;
ANALYZE subs_big;
CREATE TEMP TABLE subs_serial AS
SELECT attrition_agg(active_from, churned_on, daterange('2024-01-01', '2024-07-01')) AS a FROM subs_big;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
EXPLAIN (COSTS OFF)
SELECT attrition_agg(active_from, churned_on, daterange('2024-01-01', '2024-07-01')) FROM subs_big;
SELECT s.a = p.a AS same, s.a = 100.0 * count_lost / count_active AS matches_counting
FROM subs_serial AS s,
     (SELECT attrition_agg(active_from, churned_on, daterange('2024-01-01', '2024-07-01')) AS a
      FROM subs_big) AS p,
     (SELECT count(*) FILTER (WHERE active_from <= '2024-01-01' AND '2024-01-01' < coalesce(churned_on, 'infinity'))::float8 AS count_active,
             count(*) FILTER (WHERE active_from <= '2024-01-01' AND '2024-01-01' < coalesce(churned_on, 'infinity')
                              AND churned_on < '2024-07-01')::float8 AS count_lost
      FROM subs_big) AS c;
RESET ALL;
DROP TABLE subs_big;

-- attrition_stats: the counts behind attrition over [2026-01-01, 2026-04-01).
-- Each row's expected membership, derived by hand (s = at_start, l = lost,
-- g = gained, e = at_end):
CREATE TEMP TABLE cust (id int, active_from date, churned_on date);
INSERT INTO cust VALUES
    (1, '2025-01-01', NULL),          -- s e: active all along
    (2, '2025-06-01', '2026-01-01'),  -- none: churns on lower, not active at the start
    (3, '2025-06-01', '2026-01-02'),  -- s l
    (4, '2025-06-01', '2026-03-31'),  -- s l: on the last day of the period
    (5, '2025-06-01', '2026-04-01'),  -- s e: churns on upper, still there at the end
    (6, '2026-01-01', NULL),          -- s e: active_from = lower is at the start
    (7, '2026-01-02', '2026-02-01'),  -- none: joins and leaves inside the period
    (8, '2024-01-01', '2025-12-31'),  -- none: gone before the period
    (9, NULL, NULL),                  -- skipped: no start date
    (10, '2026-02-01', NULL),         -- g e: joins inside, stays
    (11, '2026-03-01', '2026-04-01'), -- g e: joins inside, churns on upper
    (12, '2026-04-01', NULL),         -- none: joins on upper, after the period
    (13, '2026-05-01', '2026-06-01'), -- none: after the period
    (14, '2026-03-31', '2026-03-31'); -- none: joins and leaves on the same day inside
-- by hand: at_start {1,3,4,5,6} = 5, lost {3,4} = 2, gained {10,11} = 2,
-- at_end {1,5,6,10,11} = 5 = 5 - 2 + 2, attrition 40
SELECT (attrition_stats(active_from, churned_on, daterange('2026-01-01', '2026-04-01'))).* FROM cust;
-- the same counts by plain SQL, the same figure as attrition_agg, the
-- identity, and retention_rate(at_start, at_end, gained) = 100 - attrition
SELECT s = (c.at_start, c.lost, c.gained, c.at_end, 100.0 * c.lost / nullif(c.at_start, 0))::attrition_stats AS matches_counting,
       (s).attrition = a AS same_as_attrition_agg,
       (s).at_end = (s).at_start - (s).lost + (s).gained AS identity,
       retention_rate((s).at_start, (s).at_end, (s).gained) = 100 - (s).attrition AS retention_is_complement
FROM (SELECT attrition_stats(active_from, churned_on, daterange('2026-01-01', '2026-04-01')) AS s,
             attrition_agg(active_from, churned_on, daterange('2026-01-01', '2026-04-01')) AS a
      FROM cust) AS r,
     (SELECT count(*) FILTER (WHERE active_from <= '2026-01-01' AND '2026-01-01' < coalesce(churned_on, 'infinity')) AS at_start,
             count(*) FILTER (WHERE active_from <= '2026-01-01' AND '2026-01-01' < coalesce(churned_on, 'infinity')
                              AND churned_on < '2026-04-01') AS lost,
             count(*) FILTER (WHERE '2026-01-01' < active_from AND active_from < '2026-04-01'
                              AND coalesce(churned_on, 'infinity') >= '2026-04-01') AS gained,
             count(*) FILTER (WHERE active_from < '2026-04-01' AND '2026-04-01' <= coalesce(churned_on, 'infinity')) AS at_end
      FROM cust) AS c;
-- one row per quarter: the identity holds in each, with attrition_agg's figure
SELECT q, (s).*, (s).at_end = (s).at_start - (s).lost + (s).gained AS identity,
       (s).attrition IS NOT DISTINCT FROM a AS same_as_attrition_agg
FROM (SELECT q, attrition_stats(active_from, churned_on, daterange(q, (q + interval '3 months')::date)) AS s,
             attrition_agg(active_from, churned_on, daterange(q, (q + interval '3 months')::date)) AS a
      FROM cust, (VALUES (date '2025-10-01'), (date '2026-01-01'), (date '2026-04-01')) AS quarters(q)
      GROUP BY q) AS r
ORDER BY q;
-- nobody at the start (customer 8 joins inside December 2023 and stays):
-- at_start 0, gained 1, at_end 1, attrition NULL; no row at all: NULL
SELECT (attrition_stats(active_from, churned_on, daterange('2023-12-01', '2024-02-01'))).* FROM cust;
SELECT attrition_stats(active_from, churned_on, daterange('2026-01-01', '2026-04-01')) IS NULL AS no_rows
FROM cust WHERE false;
SELECT attrition_stats(active_from, churned_on, daterange('2026-01-01', '2026-04-01')) IS NULL AS only_null_starts
FROM cust WHERE active_from IS NULL;
-- timestamptz: leaving at the first instant is not being at the start; one
-- microsecond later is lost; joining one microsecond after lower and
-- staying past upper is gained; leaving at upper is being at the end.
SELECT (attrition_stats(f, c, tstzrange('2026-01-01 00:00+00', '2026-04-01 00:00+00'))).*
FROM (VALUES ('2025-01-01 00:00+00'::timestamptz, '2026-01-01 00:00+00'::timestamptz),  -- none
             ('2025-01-01 00:00+00', '2026-01-01 00:00:00.000001+00'),                    -- s l
             ('2026-01-01 00:00:00.000001+00', NULL),                                     -- g e
             ('2026-01-01 00:00:00.000001+00', '2026-03-31 23:59:59.999999+00'),          -- none
             ('2025-01-01 00:00+00', '2026-04-01 00:00+00')) AS t(f, c);                  -- s e
-- timestamp: compared as they are, whatever the TimeZone.  The rows of
-- subs_ts above, by hand: none (leaves at lower), s l, s e, s l, s e
-- (joins at lower, leaves at upper): 4, 2, 0, 2, as attrition_agg's 50 %
SET TimeZone = 'Asia/Tokyo';
SELECT (attrition_stats(f, c, tsrange('2026-01-01', '2026-04-01'))).*,
       attrition_agg(f, c, tsrange('2026-01-01', '2026-04-01')) AS attrition_agg
FROM subs_ts;
RESET TimeZone;
-- errors
SELECT pg_temp.err(q) FROM (VALUES
    ($$SELECT attrition_stats(active_from, churned_on, NULL::daterange) FROM cust$$),
    ($$SELECT attrition_stats(active_from, churned_on, 'empty'::daterange) FROM cust$$),
    ($$SELECT attrition_stats(active_from, churned_on, daterange('2026-01-01', NULL)) FROM cust$$),
    ($$SELECT attrition_stats(active_from, churned_on, daterange('-infinity', '2026-01-01')) FROM cust$$),
    ($$SELECT attrition_stats(now(), NULL, tstzrange(now(), 'infinity'))$$),
    ($$SELECT attrition_stats(active_from, churned_on, daterange('2026-01-01', ('2026-02-01'::date + id % 2))) FROM cust WHERE active_from IS NOT NULL$$),
    ($$SELECT attrition_stats(date '2026-02-01', date '2026-01-01', daterange('2026-01-01', '2026-04-01'))$$),
    ($$SELECT attrition_stats(timestamp '2026-02-01 10:00', timestamp '2026-02-01 09:00', tsrange('2026-01-01', '2026-04-01'))$$)
) AS t(q);
-- the state: an int8[] {version 1, kind, lower, upper, at_start, lost,
-- gained, at_end}, checked on every read
SELECT attrition_stats_accum(NULL, date '2025-01-01', NULL, daterange('2026-01-01', '2026-04-01')) AS state;
SELECT (attrition_stats_final('{1,1,9497,9587,5,2,2,5}')).*;
SELECT attrition_stats_combine('{1,1,9497,9587,5,2,2,5}', '{1,1,9497,9587,1,1,0,0}') AS combined;
SELECT pg_temp.err(q) FROM (VALUES
    ($$SELECT attrition_stats_final('{1,1,9497,9587,5,2,2}')$$),
    ($$SELECT attrition_stats_final('{{1,1,9497,9587},{5,2,2,5}}')$$),
    ($$SELECT attrition_stats_final('{1,1,9497,9587,5,2,2,NULL}')$$),
    ($$SELECT attrition_stats_final('[0:7]={1,1,9497,9587,5,2,2,5}')$$),
    ($$SELECT attrition_stats_final('{2,1,9497,9587,5,2,2,5}')$$),
    ($$SELECT attrition_stats_final('{1,4,9497,9587,5,2,2,5}')$$),
    ($$SELECT attrition_stats_final('{1,1,9587,9587,5,2,2,5}')$$),
    ($$SELECT attrition_stats_final('{1,1,9497,9587,5,6,2,1}')$$),
    ($$SELECT attrition_stats_final('{1,1,9497,9587,5,2,-1,2}')$$),
    ($$SELECT attrition_stats_final('{1,1,9497,9587,5,2,2,6}')$$),
    ($$SELECT attrition_stats_accum('{1,1,9497,9587,5,2,2,6}', date '2025-01-01', NULL, daterange('2026-01-01', '2026-04-01'))$$),
    ($$SELECT attrition_stats_accum('{1,2,9497,9587,5,2,2,5}', date '2025-01-01', NULL, daterange('2026-01-01', '2026-04-01'))$$),
    ($$SELECT attrition_stats_combine('{1,1,9497,9587,5,2,2,5}', '{1,1,9497,9588,5,2,2,5}')$$),
    ($$SELECT attrition_stats_combine('{1,1,9497,9587,9223372036854775807,0,0,9223372036854775807}', '{1,1,9497,9587,1,0,0,1}')$$)
) AS t(q);
-- called directly, the transition leaves its argument as it was
SELECT s AS before, attrition_stats_accum(s, date '2025-01-01', NULL, daterange('2026-01-01', '2026-04-01')) AS after, s AS still
FROM (VALUES ('{1,1,9497,9587,5,2,2,5}'::int8[])) AS t(s);

-- Parallel plans give the serial answer; the partial states are merged by
-- the combine function.
CREATE TABLE cust_big AS
SELECT i, date '2020-01-01' + (i % 2000) AS active_from,
       CASE WHEN i % 3 = 0 THEN NULL ELSE date '2020-01-01' + (i % 2000) + (i % 700) END AS churned_on
FROM generate_series(1, 90000) AS i;
ANALYZE cust_big;
CREATE TEMP TABLE cust_serial AS
SELECT attrition_stats(active_from, churned_on, daterange('2024-01-01', '2024-07-01')) AS s FROM cust_big;
SELECT (s).*, (s).at_end = (s).at_start - (s).lost + (s).gained AS identity FROM cust_serial;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SET parallel_leader_participation = off;
EXPLAIN (COSTS OFF)
SELECT attrition_stats(active_from, churned_on, daterange('2024-01-01', '2024-07-01')) FROM cust_big;
SELECT s.s = p.s AS same,
       s.s = (c.at_start, c.lost, c.gained, c.at_end, 100.0 * c.lost / c.at_start)::attrition_stats AS matches_counting
FROM cust_serial AS s,
     (SELECT attrition_stats(active_from, churned_on, daterange('2024-01-01', '2024-07-01')) AS s
      FROM cust_big) AS p,
     (SELECT count(*) FILTER (WHERE active_from <= '2024-01-01' AND '2024-01-01' < coalesce(churned_on, 'infinity')) AS at_start,
             count(*) FILTER (WHERE active_from <= '2024-01-01' AND '2024-01-01' < coalesce(churned_on, 'infinity')
                              AND churned_on < '2024-07-01') AS lost,
             count(*) FILTER (WHERE '2024-01-01' < active_from AND active_from < '2024-07-01'
                              AND coalesce(churned_on, 'infinity') >= '2024-07-01') AS gained,
             count(*) FILTER (WHERE active_from < '2024-07-01' AND '2024-07-01' <= coalesce(churned_on, 'infinity')) AS at_end
      FROM cust_big) AS c;
-- an error inside a worker reaches the client
SELECT pg_temp.err($$SELECT attrition_stats(active_from, CASE WHEN i = 80000 THEN date '2000-01-01' ELSE churned_on END, daterange('2024-01-01', '2024-07-01')) FROM cust_big$$);
RESET ALL;
DROP TABLE cust_big;
