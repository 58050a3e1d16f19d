-- rolling_benchmark: windows of periods, their readings, merging, roll_to,
-- bucket rules, time zones, parallel plans and every error path.
\i sql/include/setup.sql

-- A window of 4 months ending April 2026:
--   2025-12-31: 10             -> December 2025, older than the window: not counted
--   2026-01-15: 10, 9          -> January: n 2, NPS 100, CSAT 100 %, mean 9.5
--   2026-02-03: 0, 10, 7       -> February: n 3, NPS 0, CSAT 33.3 %, mean 17/3
--   (March: no answer)
--   2026-04-30: 9, 9, 9, 3     -> April: n 4, NPS 50, CSAT 75 %, mean 7.5
-- whole window: n 9, promoters 6, detractors 2: NPS 100 x 4/9 = 44.44,
-- CSAT 6/9 = 66.67 %, mean 66/9 = 7.333
CREATE TEMP TABLE answers (at date, score int, part int);
INSERT INTO answers VALUES
    ('2025-12-31', 10, 1),
    ('2026-01-15', 10, 1), ('2026-01-15', 9, 2),
    ('2026-02-03', 0, 1), ('2026-02-03', 10, 2), ('2026-02-03', 7, 1),
    ('2026-04-30', 9, 2), ('2026-04-30', 9, 1), ('2026-04-30', 9, 2), ('2026-04-30', 3, 1),
    (NULL, 5, 1), ('2026-04-01', NULL, 1);
CREATE TEMP TABLE w AS
SELECT rolling_benchmark(at, score, '1 month', 4) AS rb FROM answers;
SELECT rb FROM w;
SELECT * FROM series((SELECT rb FROM w));
SELECT n(rb), nps(rb), csat(rb), mean(rb), window_dist(rb) FROM w;
-- trend of NPS, weights = answers: points (0, 100, w 2), (1, 0, w 3), (3, 50, w 4);
--   x mean 15/9, y mean 400/9, Sxx = 14, Sxy = -200/3: slope = -100/21 = -4.7619
-- trend of the mean: (0, 9.5), (1, 17/3), (3, 7.5): Sxy = -3, slope = -3/14 = -0.2143
-- progression: newest non-empty (April) minus oldest (January):
--   NPS 50 - 100 = -50; mean 7.5 - 9.5 = -2
-- sparkline from the series' minimum to its maximum, level floor(8 (y - min) / (max - min)), at most 7:
--   NPS 0..100: 100 -> █ (7), 0 -> ▁ (0), empty, 50 -> ▅ (4)
--   CSAT 33.3..100: 100 -> █, 33.3 -> ▁, empty, 75 -> 8 x 41.67/66.67 = 5 -> ▆
--   mean 5.67..9.5: 9.5 -> █, 5.67 -> ▁, empty, 7.5 -> 8 x 1.833/3.833 = 3.83 -> ▄
SELECT trend(rb) AS trend_nps, trend(rb, 'mean') AS trend_mean,
       progression(rb) AS progression_nps, progression(rb, 'mean') AS progression_mean,
       sparkline(rb) AS nps, sparkline(rb, 'csat') AS csat, sparkline(rb, 'mean') AS mean
FROM w;
-- with fixed_scale, on the metric's whole range:
--   on -100..100 (NPS): 100 -> █, 0 -> ▅ (level 4), empty, 50 -> ▇ (level 6)
--   on 0..100 (CSAT): 100 -> █, 33.3 -> ▃ (level 2), empty, 75 -> ▇ (level 6)
--   on 0..10 (mean): 9.5 -> █ (7), 5.67 -> ▅ (4), empty, 7.5 -> ▇ (6)
SELECT sparkline(rb, 'nps', fixed_scale => true) AS nps, sparkline(rb, 'csat', true) AS csat,
       sparkline(rb, 'mean', fixed_scale => true) AS mean, sparkline(rb, 'nps', false) = sparkline(rb) AS default_is_own_range
FROM w;
-- One vocabulary: top2 is csat, ces is mean, in any case.
SELECT trend(rb, 'top2') = trend(rb, 'csat') AS top2, trend(rb, 'ces') = trend(rb, 'mean') AS ces,
       progression(rb, 'CES') = progression(rb, 'mean') AS any_case,
       sparkline(rb, 'top2') = sparkline(rb, 'csat') AS sparkline_top2
FROM w;
SELECT rb::jsonb -> 'end' AS "end", jsonb_array_length(rb::jsonb -> 'counts') AS periods FROM w;

-- Fewer than two non-empty periods: no trend, no progression; the
-- sparkline of one value is flat (▄).
SELECT trend(rb), progression(rb), sparkline(rb)
FROM (SELECT rolling_benchmark(d, 9, '1 month', 3) AS rb FROM (VALUES (date '2026-03-05')) AS t(d)) AS x;

-- roll_to moves the window forward: to May, January leaves (n 9 - 2 = 7)
-- and May is empty; within April nothing changes; far ahead, all is empty.
SELECT n(roll_to(rb, '2026-05-10')), (SELECT string_agg(period_start::text || ':' || n, ' ')
                                       FROM series(roll_to(rb, '2026-05-10'))) FROM w;
SELECT roll_to(rb, '2026-04-01')::text = rb::text AS same_period_unchanged FROM w;
SELECT n(roll_to(rb, '2027-01-01')), nps(roll_to(rb, '2027-01-01')) FROM w;

-- Merging: the parts, aggregated apart and merged, equal the whole.  Part
-- 1 alone ends in April too; a part ending in February (it still holds
-- December) merges into a window ending in April, where December drops out.
SELECT (a.rb + b.rb)::text = w.rb::text AS plus_equals_whole,
       (SELECT rollup(r)::text FROM (VALUES (a.rb), (b.rb)) AS t(r)) = w.rb::text AS rollup_equals_whole
FROM w,
     (SELECT rolling_benchmark(at, score, '1 month', 4) AS rb FROM answers WHERE part = 1) AS a,
     (SELECT rolling_benchmark(at, score, '1 month', 4) AS rb FROM answers WHERE part = 2) AS b;
SELECT early.rb AS early_part,
       (early.rb + late.rb)::text = w.rb::text AS merged_equals_whole
FROM w,
     (SELECT rolling_benchmark(at, score, '1 month', 4) AS rb FROM answers WHERE at < '2026-03-01') AS early,
     (SELECT rolling_benchmark(at, score, '1 month', 4) AS rb FROM answers WHERE at >= '2026-03-01') AS late;
SELECT rollup(rb) IS NULL AS empty_rollup FROM w WHERE false;

-- Buckets: days, weeks (from Monday), months, quarters, half-years, years.
-- 2026-11-23 is a Monday; 2026-11-22 a Sunday.
SELECT bucket, (SELECT string_agg(period_start::text || ':' || n, ' ')
                FROM series(rolling_benchmark(d, 5, bucket::interval, 3))) AS periods
FROM (VALUES ('1 day'), ('1 week'), ('2 weeks'), ('14 days'), ('1 month'), ('3 months'),
             ('6 months'), ('1 year')) AS b(bucket),
     (VALUES (date '2026-11-22'), (date '2026-11-23'), (date '2026-11-29'), (date '2026-06-30')) AS t(d)
GROUP BY bucket ORDER BY min(bucket::interval);

-- timestamptz values are placed by their UTC date, whatever TimeZone says:
-- 2026-01-31 23:30 in New York is 2026-02-01 04:30 UTC: February.
SET TimeZone = 'America/New_York';
SELECT (SELECT string_agg(period_start::text || ':' || n, ' ') FROM series(rolling_benchmark(t, 9, '1 month', 2)))
FROM (VALUES (timestamptz '2026-01-31 23:30:00-05'), (timestamptz '2026-01-31 18:59:59-05')) AS x(t);
SET TimeZone = 'Asia/Tokyo';
SELECT (SELECT string_agg(period_start::text || ':' || n, ' ') FROM series(rolling_benchmark(t, 9, '1 month', 2)))
FROM (VALUES (timestamptz '2026-01-31 23:30:00-05'), (timestamptz '2026-01-31 18:59:59-05')) AS x(t);
RESET TimeZone;

-- timestamp without time zone values are placed by their own calendar date,
-- whatever TimeZone says (1.0.0 cast them to timestamptz in the session's
-- TimeZone, so that 2026-01-31 22:30 fell in February for a client at
-- UTC-5 and in January for one at UTC+9): January twice, March once.
CREATE TEMP TABLE wall (at timestamp, score int);
INSERT INTO wall VALUES ('2026-01-31 22:30', 9), ('2026-01-01 00:00', 3), ('2026-03-31 23:59:59.999999', 10);
SET TimeZone = 'America/New_York';
SELECT (SELECT string_agg(period_start::text || ':' || n, ' ') FROM series(rolling_benchmark(at, score, '1 month', 3))) AS new_york
FROM wall;
SELECT (SELECT string_agg(period_start::text || ':' || n, ' ') FROM series(rolling_benchmark(at, d, '1 month', 3))) AS dist_form
FROM (SELECT at, score_dist_agg(score) AS d FROM wall GROUP BY at) AS t;
SET TimeZone = 'Pacific/Auckland';
SELECT (SELECT string_agg(period_start::text || ':' || n, ' ') FROM series(rolling_benchmark(at, score, '1 month', 3))) AS auckland,
       (SELECT string_agg(period_start::text || ':' || n, ' ') FROM series(rolling_benchmark(at, score::numeric, '1 day', 3, 0, 10))) AS by_day
FROM wall;
RESET TimeZone;

-- The bucket as text (an untyped literal, a text column) is the interval
-- it reads as, in every form.
SELECT rolling_benchmark(d, s, '1 month', 3)::text = rolling_benchmark(d, s, interval '1 month', 3)::text AS literal,
       rolling_benchmark(d, s, b, 3)::text = rolling_benchmark(d, s, b::interval, 3)::text AS text_column,
       rolling_benchmark(d::timestamp, s::numeric, b, 3, 0, 10)::text
         = rolling_benchmark(d::timestamp, s::numeric, b::interval, 3, 0, 10)::text AS timestamp_numeric,
       n(rolling_benchmark(d, s, b, 3)) AS n
FROM (VALUES (date '2026-01-15', 9, '1 mon'::text), ('2026-02-03', 3, '1 month'), ('2026-03-31', 10, '1 mons')) AS t(d, s, b);

-- Other scales: CSAT on 1-5 with (lo, hi), and pre-aggregated score_dist values.
--   March: 5, 4, 2 (CSAT 66.7 %, mean 3.667); April: 1, 5 (CSAT 50 %, mean 3)
SELECT * FROM series((SELECT rolling_benchmark(d, s::smallint, '1 month', 2, 1, 5)
                      FROM (VALUES (date '2026-03-01', 5), ('2026-03-31', 4), ('2026-03-15', 2),
                                   ('2026-04-02', 1), ('2026-04-03', 5)) AS t(d, s)));
SELECT rolling_benchmark(day, dist, '1 month', 4)::text = (SELECT rb::text FROM w) AS from_daily_dists
FROM (SELECT at AS day, score_dist_agg(score) AS dist FROM answers WHERE at IS NOT NULL GROUP BY at) AS daily;
SELECT rolling_benchmark(d, s::numeric, '7 days', 2)::text = rolling_benchmark(d, s::bigint, '1 week', 2)::text AS numeric_equals_bigint
FROM (VALUES (date '2026-11-20', 3), ('2026-11-24', 10)) AS t(d, s);

-- The text form is JSON and round-trips; the binary form too.
SELECT rb::text::rolling_benchmark::text = rb::text AS text_round_trip,
       length(rolling_benchmark_send(rb)) AS binary_bytes FROM w;
SELECT '{"lo":1,"hi":3,"bucket":"1 year","periods":2,"end":"2026-01-01","counts":[[1,0,0],[0,0,5]]}'::rolling_benchmark;
SELECT E'{ "lo" : 0 , "hi" : 1 ,\n "bucket" : "14 days" , "periods" : 1 , "end" : "2026-11-16" , "counts" : [ [ 1 , 2 ] ] }'::rolling_benchmark;

-- Malformed text: ERROR 22P02 (SQLSTATE and detail shown).
SELECT left(e, 5) AS sqlstate, split_part(e, ' | ', 2) AS detail
FROM (SELECT pg_temp.err(format('SELECT %L::rolling_benchmark', q)) AS e FROM (VALUES
    ('{}'),
    ('{"lo":3,"hi":3,"bucket":"1 mon","periods":1,"end":"2026-01-01","counts":[[1]]}'),
    ('{"lo":0,"hi":1,"bucket":"2 mons","periods":1,"end":"2026-01-01","counts":[[1,1]]}'),
    ('{"lo":0,"hi":1,"bucket":"1 week","periods":1,"end":"2026-01-05","counts":[[1,1]]}'),
    ('{"lo":0,"hi":1,"bucket":"1 mon","periods":0,"end":"2026-01-01","counts":[]}'),
    ('{"lo":0,"hi":1,"bucket":"1 mon","periods":121,"end":"2026-01-01","counts":[]}'),
    ('{"lo":0,"hi":1,"bucket":"1 mon","periods":1,"end":"2026-01-02","counts":[[1,1]]}'),
    ('{"lo":0,"hi":1,"bucket":"7 days","periods":1,"end":"2026-11-24","counts":[[1,1]]}'),
    ('{"lo":0,"hi":1,"bucket":"1 mon","periods":1,"end":"2026-02-30","counts":[[1,1]]}'),
    ('{"lo":0,"hi":1,"bucket":"1 mon","periods":1,"end":"26-01-01","counts":[[1,1]]}'),
    ('{"lo":0,"hi":1,"bucket":"1 mon","periods":1,"end":"+026-01-01","counts":[[1,1]]}'),
    ('{"lo":0,"hi":1,"bucket":"1 mon","periods":2,"end":"2026-01-01","counts":[[1,1]]}'),
    ('{"lo":0,"hi":1,"bucket":"1 mon","periods":1,"end":"2026-01-01","counts":[[1,1,1]]}'),
    ('{"lo":0,"hi":1,"bucket":"1 mon","periods":1,"end":"2026-01-01","counts":[[1,-1]]}'),
    ('{"lo":0,"hi":1,"bucket":"1 mon","periods":1,"end":"2026-01-01","counts":[[9223372036854775807,1]]}'),
    ('{"lo":0,"hi":1,"bucket":"1 mon","periods":1,"end":"2026-01-01","counts":[[1,1]]} x')
) AS t(q)) AS r;

-- Malformed binary: ERROR 22P03, through COPY BINARY (see sql/scores/score_dist.sql).
-- header: version flags lo hi | unit unused periods(2) | step(4) | end(4) | unused(4)
SELECT label, pg_temp.recv(decode(hex, 'hex'), 'rolling_benchmark') FROM (VALUES
    ('valid', '01000001' || '02000001' || '00000001' || '00000138' || '00000000' || '0000000000000001' || '0000000000000002'),
    ('short', '0100'),
    ('version 2', '02000001' || '02000001' || '00000001' || '00000138' || '00000000' || '0000000000000001' || '0000000000000002'),
    ('flags', '01010001' || '02000001' || '00000001' || '00000138' || '00000000' || '0000000000000001' || '0000000000000002'),
    ('unit 3', '01000001' || '03000001' || '00000001' || '00000138' || '00000000' || '0000000000000001' || '0000000000000002'),
    ('2 months', '01000001' || '02000001' || '00000002' || '0000009c' || '00000000' || '0000000000000001' || '0000000000000002'),
    ('0 periods', '01000001' || '02000000' || '00000001' || '00000138' || '00000000'),
    ('end far away', '01000001' || '02000001' || '00000001' || '7fffffff' || '00000000' || '0000000000000001' || '0000000000000002'),
    ('count missing', '01000001' || '02000001' || '00000001' || '00000138' || '00000000' || '0000000000000001'),
    ('negative count', '01000001' || '02000001' || '00000001' || '00000138' || '00000000' || 'ffffffffffffffff' || '0000000000000002')
) AS t(label, hex);

-- Parallel plans give the serial answer.
CREATE TABLE rb_big AS
SELECT date '2024-11-01' + (i % 730) AS at, (i * 7) % 11 AS score, i % 3 AS g
FROM generate_series(1, 90000) AS i;
ANALYZE rb_big;
CREATE TEMP TABLE rb_serial AS
SELECT rolling_benchmark(at, score, '1 month', 12)::text AS m,
       rolling_benchmark(at::timestamptz, score, '1 week', 20)::text AS wk FROM rb_big;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
EXPLAIN (COSTS OFF) SELECT rolling_benchmark(at, score, '1 month', 12) FROM rb_big;
SELECT s.m = p.m AS months_same, s.wk = p.wk AS weeks_same
FROM rb_serial AS s,
     (SELECT rolling_benchmark(at, score, '1 month', 12)::text AS m,
             rolling_benchmark(at::timestamptz, score, '1 week', 20)::text AS wk FROM rb_big) AS p;
RESET ALL;
DROP TABLE rb_big;

-- Error paths.
SELECT pg_temp.err(q) FROM (VALUES
    ($$SELECT rolling_benchmark(current_date, 5, '2 months', 3)$$),
    ($$SELECT rolling_benchmark(current_date, 5, '36 hours', 3)$$),
    ($$SELECT rolling_benchmark(current_date, 5, '1 month 1 day', 3)$$),
    ($$SELECT rolling_benchmark(current_date, 5, '0 days', 3)$$),
    ($$SELECT rolling_benchmark(current_date, 5, '-7 days', 3)$$),
    ($$SELECT rolling_benchmark(current_date, 5, NULL, 3)$$),
    ($$SELECT rolling_benchmark(current_date, 5, '1 month', 0)$$),
    ($$SELECT rolling_benchmark(current_date, 5, '1 month', 121)$$),
    ($$SELECT rolling_benchmark(current_date, 5, '1 month', NULL)$$),
    ($$SELECT rolling_benchmark(current_date, 11, '1 month', 3)$$),
    ($$SELECT rolling_benchmark(current_date, 2.5, '1 month', 3)$$),
    ($$SELECT rolling_benchmark(current_date, 6, '1 month', 3, 1, 5)$$),
    ($$SELECT rolling_benchmark(current_date, 3, '1 month', 3, 5, 1)$$),
    ($$SELECT rolling_benchmark('infinity'::date, 5, '1 month', 3)$$),
    ($$SELECT rolling_benchmark('-infinity'::timestamptz, 5, '1 month', 3)$$),
    ($$SELECT rolling_benchmark('infinity'::timestamp, 5, '1 month', 3)$$),
    -- a bucket given as text reads as an interval, or fails as one
    ($$SELECT rolling_benchmark(current_date, 5, 'monthly'::text, 3)$$),
    ($$SELECT rolling_benchmark(current_date, 5, '2 months'::text, 3)$$),
    ($$SELECT rolling_benchmark(current_date, 5, b, 3) FROM (VALUES ('1 month'), ('1 week')) AS t(b)$$),
    -- timestamps get the years 100 to 9999 check that dates get (1.0.0
    -- built a value that could not be read back, nor dumped)
    ($$SELECT rolling_benchmark(timestamptz '20000-01-01 00:00+00', 5, '1 day', 3)$$),
    ($$SELECT rolling_benchmark(timestamptz '0050-01-01 00:00+00', 5, '1 month', 3)$$),
    ($$SELECT rolling_benchmark(timestamptz '0005-01-01 00:00+00', 5, '3660 days', 2)$$),
    ($$SELECT rolling_benchmark(timestamp '0099-12-31 23:59:59', 5, '1 month', 3)$$),
    ($$SELECT rolling_benchmark(timestamp '10000-01-01 00:00', d, '1 month', 3) FROM (VALUES ('{"lo":0,"hi":10,"counts":[0,0,0,0,0,0,0,0,0,0,1]}'::score_dist)) AS t(d)$$),
    ($$SELECT rolling_benchmark('0099-12-31'::date, 5, '1 month', 3)$$),
    ($$SELECT rolling_benchmark('10000-01-01'::date, 5, '1 month', 3)$$),
    ($$SELECT rolling_benchmark(d, 5, b::interval, 3) FROM (VALUES (current_date, '1 month'), (current_date, '1 week')) AS t(d, b)$$),
    ($$SELECT rolling_benchmark(current_date, d, '1 month', 3) FROM (VALUES ('{"lo":0,"hi":10,"counts":[0,0,0,0,0,0,0,0,0,0,1]}'::score_dist), ('{"lo":1,"hi":5,"counts":[1,0,0,0,0]}')) AS t(d)$$),
    ($$SELECT rolling_benchmark(current_date, 5, '1 month', 3) + rolling_benchmark(current_date, 5, '1 month', 4)$$),
    ($$SELECT rolling_benchmark(current_date, 5, '1 month', 3) + rolling_benchmark(current_date, 5, '1 week', 3)$$),
    ($$SELECT rollup(r) FROM (SELECT rolling_benchmark(current_date, 5, '1 month', 3) UNION ALL SELECT rolling_benchmark(current_date, 5, '1 month', 3, 0, 5)) AS t(r)$$),
    ($$SELECT roll_to(rolling_benchmark(date '2026-04-10', 5, '1 month', 3), '2026-03-31')$$),
    ($$SELECT roll_to(rolling_benchmark(date '2026-04-10', 5, '1 month', 3), 'infinity')$$),
    ($$SELECT nps(rolling_benchmark(current_date, 5, '1 month', 3, 1, 5))$$),
    ($$SELECT trend(rolling_benchmark(current_date, 5, '1 month', 3), 'median')$$),
    ($$SELECT sparkline(rolling_benchmark(current_date, 5, '1 month', 3, 1, 5), 'nps')$$)
) AS t(q);

-- Moving windows: rolling_benchmark OVER (ROWS n PRECEDING) equals a
-- recomputation of every frame, whether rows leave in time order (the
-- inverse removes them) or not (when the newest period empties, the
-- inverse asks PostgreSQL to recompute the frame).
CREATE TEMP TABLE mw AS
SELECT i, date '2026-01-01' + (i * 5) % 97 AS d, (i * 7) % 11 AS s,
       score_dist_agg((i * 7) % 11) OVER (ORDER BY i ROWS 2 PRECEDING) AS dist
FROM generate_series(1, 120) AS i;
SELECT count(*) AS frames, count(*) FILTER (WHERE w.rb IS DISTINCT FROM r.rb) AS by_time_mismatches
FROM (SELECT i, (rolling_benchmark(d, s, '1 week', 4) OVER (ORDER BY d, i ROWS 9 PRECEDING))::text AS rb FROM mw) AS w
JOIN LATERAL (SELECT rolling_benchmark(d, s, '1 week', 4)::text AS rb
              FROM (SELECT d, s, row_number() OVER (ORDER BY d, i) AS k FROM mw) AS x
              WHERE x.k BETWEEN (SELECT k FROM (SELECT i, row_number() OVER (ORDER BY d, i) AS k FROM mw) AS y WHERE y.i = w.i) - 9
                            AND (SELECT k FROM (SELECT i, row_number() OVER (ORDER BY d, i) AS k FROM mw) AS y WHERE y.i = w.i)) AS r ON true;
SELECT count(*) AS frames, count(*) FILTER (WHERE w.rb IS DISTINCT FROM r.rb) AS any_order_mismatches,
       count(*) FILTER (WHERE w.rd IS DISTINCT FROM r.rd) AS dist_mismatches
FROM (SELECT i, (rolling_benchmark(d, s, '1 month', 2) OVER f)::text AS rb,
             (rolling_benchmark(d, dist, '14 days', 3) OVER f)::text AS rd
      FROM mw WINDOW f AS (ORDER BY i ROWS 6 PRECEDING)) AS w
JOIN LATERAL (SELECT rolling_benchmark(d, s, '1 month', 2)::text AS rb,
                     rolling_benchmark(d, dist, '14 days', 3)::text AS rd
              FROM mw AS x WHERE x.i BETWEEN w.i - 6 AND w.i) AS r ON true;

-- Keys in any order: the 720 orders of the six keys read as one value,
-- written back in the order lo, hi, bucket, periods, end, counts.
WITH RECURSIVE k(i, kv) AS (VALUES
    (1, '"lo":1'), (2, '"hi":3'), (3, '"bucket":"3 mons"'), (4, '"periods":2'),
    (5, '"end":"2026-10-01"'), (6, '"counts":[[1,0,2],[0,9223372036854775804,0]]')),
orders(used, q) AS (
    SELECT ARRAY[i], kv FROM k
    UNION ALL
    SELECT used || k.i, q || ',' || k.kv FROM orders, k WHERE k.i <> ALL (used))
SELECT count(*) AS orders, count(DISTINCT ('{' || q || '}')::rolling_benchmark::text) AS values,
       min(('{' || q || '}')::rolling_benchmark::text) AS value
FROM orders WHERE cardinality(used) = 6;
SELECT E'{ "counts" : [ [ 1 , 2 ] ] ,\n "end" : "2026-11-16", "periods" : 1 , "bucket" : "14 days" , "hi" : 1 , "lo" : 0 }'::rolling_benchmark;

-- Each key exactly once: a repeated, unknown or missing key is 22P02 with
-- a detail naming it.  Checks that read several keys hold whatever their
-- order (end is checked against a bucket that comes after it, counts
-- against a scale and periods that come after them).
SELECT CASE WHEN length(q) > 110 THEN left(q, 90) || '...' ELSE q END AS input,
       split_part(pg_temp.err(format('SELECT %L::rolling_benchmark', q)), ' | ', 2) AS detail
FROM (VALUES
    ('{"lo":0,"hi":1,"bucket":"1 mon","periods":1,"end":"2026-01-01","counts":[[1,1]],"end":"2026-01-01"}'),
    ('{"lo":0,"hi":1,"bucket":"1 mon","bucket":"1 mon","periods":1,"end":"2026-01-01","counts":[[1,1]]}'),
    ('{"lo":0,"hi":1,"bucket":"1 mon","periods":1,"end":"2026-01-01","counts":[[1,1]],"step":1}'),
    ('{"lo":0,"hi":1,"bucket":"1 mon","period":1,"end":"2026-01-01","counts":[[1,1]]}'),
    ('{"lo":0,"hi":1,"bucket":"1 mon","end":"2026-01-01","counts":[[1,1]]}'),
    ('{"lo":0,"hi":1,"bucket":"1 mon","periods":1,"counts":[[1,1]]}'),
    ('{"counts":[[1,1]],"end":"2026-01-01","periods":1,"bucket":"1 mon","hi":1}'),
    ('{"end":"2026-01-02","bucket":"1 mon","lo":0,"hi":1,"periods":1,"counts":[[1,1]]}'),
    ('{"counts":[[1,1,1]],"lo":0,"hi":1,"bucket":"1 mon","periods":1,"end":"2026-01-01"}'),
    ('{"counts":[[1,1],[1,1]],"lo":0,"hi":1,"bucket":"1 mon","periods":1,"end":"2026-01-01"}'),
    ('{"counts":[[1,1]],"lo":1,"hi":1,"bucket":"1 mon","periods":1,"end":"2026-01-01"}'),
    ('{"lo":0,"hi":1,"bucket":"1 mon","periods":1,"end":"2026-01-01","counts":[]}'),
    ('{"lo":0,"hi":1,"bucket":"1 mon","periods":1,"end":"2026-01-01","counts":[[1,1] [1,1]]}'),
    ('{"lo":0,"hi":1,"bucket":"1 mon","periods":1,"end":"2026-01-01","counts":[[1,1 1]]}'),
    ('{"lo":0,"hi":1,"bucket":"1 mon","periods":1,"end":"2026-01-01","counts":[1,1]}'),
    ('{"lo":0,"hi":1,"bucket":"1 mon","periods":1,"end":"2026-01-01","counts":[[' || repeat('0,', 101) || '0]]}'),
    ('{"lo":0,"hi":1,"bucket":"1 mon","periods":1,"end":"2026-01-01","counts":[' || repeat('[0,0],', 120) || '[0,0]]}')
) AS t(q);

-- The explicit cast from jsonb reads rb::jsonb back to rb exactly: empty
-- windows, totals at 2^63 - 1, the edges of the scale, of periods (1, 120)
-- and of the calendar (years 1 and 9999), every kind of bucket.
CREATE TEMP TABLE rb_values (rb rolling_benchmark);
INSERT INTO rb_values VALUES
    ('{"lo":0,"hi":10,"bucket":"1 mon","periods":3,"end":"2026-11-01","counts":[[0,0,0,0,0,0,0,0,0,0,0],[0,0,0,0,0,0,0,0,0,0,0],[0,0,0,0,0,0,0,0,0,0,0]]}'),
    ('{"lo":0,"hi":1,"bucket":"1 day","periods":1,"end":"2026-11-24","counts":[[9223372036854775807,0]]}'),
    ('{"lo":99,"hi":100,"bucket":"7 days","periods":2,"end":"2026-11-23","counts":[[4611686018427387904,0],[0,4611686018427387903]]}'),
    ('{"lo":1,"hi":5,"bucket":"3 mons","periods":2,"end":"2026-10-01","counts":[[1,2,3,4,5],[0,0,0,0,7]]}'),
    ('{"lo":1,"hi":7,"bucket":"6 mons","periods":1,"end":"0001-01-01","counts":[[1,0,0,0,0,0,1]]}'),
    ('{"lo":0,"hi":1,"bucket":"1 year","periods":1,"end":"9999-01-01","counts":[[2,3]]}'),
    ('{"lo":0,"hi":1,"bucket":"1 mon","periods":1,"end":"9999-12-01","counts":[[0,1]]}'),
    ('{"lo":0,"hi":1,"bucket":"3660 days","periods":1,"end":"2000-01-03","counts":[[1,1]]}');
INSERT INTO rb_values
SELECT rolling_benchmark(date '2016-11-30' + i % 3653, i % 101, '1 mon', 120, 0, 100)
FROM generate_series(1, 20000) AS i;
INSERT INTO rb_values
SELECT rolling_benchmark(at, score, '1 week', 5) FROM answers;
SELECT rb::jsonb AS as_jsonb, rb::jsonb::rolling_benchmark::text = rb::text AS same
FROM rb_values WHERE length(rb::text) < 200;
SELECT count(*) AS values, count(*) FILTER (WHERE rb::jsonb::rolling_benchmark::text = rb::text) AS same,
       count(*) FILTER (WHERE (rb::jsonb)::text::rolling_benchmark::text = rb::text) AS same_through_text,
       max(periods) AS most_periods
FROM rb_values, LATERAL (SELECT count(*) AS periods FROM series(rb)) AS s;
SELECT NULL::jsonb::rolling_benchmark IS NULL AS null_is_null;
-- the cast is explicit
SELECT castcontext FROM pg_cast WHERE castsource = 'jsonb'::regtype AND casttarget = 'rolling_benchmark'::regtype;
SELECT pg_temp.err($$SELECT n('{"lo":0,"hi":1,"bucket":"1 mon","periods":1,"end":"2026-01-01","counts":[[1,1]]}'::jsonb)$$);

-- A jsonb is validated like text input: numbers that are not integers,
-- strings for numbers and numbers for strings, nested junk, other keys
-- are 22P02.
SELECT j AS input, split_part(pg_temp.err(format('SELECT %L::jsonb::rolling_benchmark', j)), ' | ', 2) AS detail
FROM (VALUES
    ('{"lo":0,"hi":1,"bucket":"1 mon","periods":1,"end":"2026-01-01","counts":[[1.5,1]]}'),
    ('{"lo":0,"hi":1,"bucket":"1 mon","periods":1.0,"end":"2026-01-01","counts":[[1,1]]}'),
    ('{"lo":0,"hi":1,"bucket":"1 mon","periods":"1","end":"2026-01-01","counts":[[1,1]]}'),
    ('{"lo":0,"hi":1,"bucket":1,"periods":1,"end":"2026-01-01","counts":[[1,1]]}'),
    ('{"lo":0,"hi":1,"bucket":"1 month","periods":1,"end":"2026-01-01","counts":[[1,1]]}'),
    ('{"lo":0,"hi":1,"bucket":"1 mon","periods":1,"end":20260101,"counts":[[1,1]]}'),
    ('{"lo":0,"hi":1,"bucket":"1 mon","periods":1,"end":"2026-01-01T00:00","counts":[[1,1]]}'),
    ('{"lo":0,"hi":1,"bucket":"1 mon","periods":1,"end":"2026-01-01","counts":[[1,"1"]]}'),
    ('{"lo":0,"hi":1,"bucket":"1 mon","periods":1,"end":"2026-01-01","counts":[{"0":1,"1":1}]}'),
    ('{"lo":0,"hi":1,"bucket":"1 mon","periods":1,"end":"2026-01-01","counts":[[[1],1]]}'),
    ('{"lo":0,"hi":1,"bucket":"1 mon","periods":1,"end":"2026-01-01","counts":[[1,-1]]}'),
    ('{"lo":0,"hi":1,"bucket":"1 mon","periods":1,"end":"2026-01-01","counts":[[1,1]],"n":2}'),
    ('{"lo":0,"hi":1,"bucket":"1 mon","periods":1,"end":"2026-01-01"}'),
    ('[{"lo":0,"hi":1,"bucket":"1 mon","periods":1,"end":"2026-01-01","counts":[[1,1]]}]')
) AS t(j);
-- double precision and real scores (1.1.0): every form (date, timestamptz,
-- timestamp; bucket as interval or text; 0-10 or lo..hi) gives what the
-- integer form gives; moving windows equal a recomputation, parallel plans
-- the serial answer; a fraction, NaN, an infinity or a score off the scale
-- is 22003.
SELECT rolling_benchmark(at, score::float8, '1 month', 4)::text
         = rolling_benchmark(at, score, '1 month', 4)::text AS date_text,
       rolling_benchmark(at, score::real, interval '1 month', 4)::text
         = rolling_benchmark(at, score, interval '1 month', 4)::text AS date_interval,
       rolling_benchmark(at, score::real, '1 month', 4, 0, 10)::text
         = rolling_benchmark(at, score, '1 month', 4, 0, 10)::text AS date_text_range,
       rolling_benchmark(at, score::float8, interval '1 month', 4, 0, 10)::text
         = rolling_benchmark(at, score, interval '1 month', 4, 0, 10)::text AS date_interval_range,
       n(rolling_benchmark(at, score::float8, '1 month', 4)) AS n,
       nps(rolling_benchmark(at, score::real, '1 month', 4)) AS nps
FROM answers;
SELECT rolling_benchmark(at::timestamptz, score::float8, '1 month', 4)::text
         = rolling_benchmark(at::timestamptz, score, '1 month', 4)::text AS timestamptz_text,
       rolling_benchmark(at::timestamptz, score::real, interval '1 week', 30)::text
         = rolling_benchmark(at::timestamptz, score, interval '1 week', 30)::text AS timestamptz_interval,
       rolling_benchmark(at::timestamptz, score::float8, '1 month', 4, 0, 10)::text
         = rolling_benchmark(at::timestamptz, score, '1 month', 4, 0, 10)::text AS timestamptz_text_range,
       rolling_benchmark(at::timestamptz, score::real, interval '1 day', 120, 0, 10)::text
         = rolling_benchmark(at::timestamptz, score, interval '1 day', 120, 0, 10)::text AS timestamptz_interval_range,
       rolling_benchmark(at::timestamp, score::float8, '1 month', 4)::text
         = rolling_benchmark(at::timestamp, score, '1 month', 4)::text AS timestamp_text,
       rolling_benchmark(at::timestamp, score::real, interval '3 months', 2)::text
         = rolling_benchmark(at::timestamp, score, interval '3 months', 2)::text AS timestamp_interval,
       rolling_benchmark(at::timestamp, score::real, '1 month', 4, 0, 10)::text
         = rolling_benchmark(at::timestamp, score, '1 month', 4, 0, 10)::text AS timestamp_text_range,
       rolling_benchmark(at::timestamp, score::float8, interval '1 year', 2, 0, 10)::text
         = rolling_benchmark(at::timestamp, score, interval '1 year', 2, 0, 10)::text AS timestamp_interval_range
FROM answers;
-- 1-5 answers as real (CSAT with lo, hi)
SELECT * FROM series((SELECT rolling_benchmark(d, s::real, '1 month', 2, 1, 5)
                      FROM (VALUES (date '2026-03-01', 5), ('2026-03-31', 4), ('2026-03-15', 2),
                                   ('2026-04-02', 1), ('2026-04-03', 5)) AS t(d, s)));

CREATE TEMP TABLE mwf AS SELECT i, d, s::float8 AS s FROM mw;
SELECT count(*) AS frames, count(*) FILTER (WHERE w.rb IS DISTINCT FROM r.rb) AS float8_mismatches,
       count(*) FILTER (WHERE w.rb IS DISTINCT FROM w.rbi) AS float8_vs_integer
FROM (SELECT i, (rolling_benchmark(d, s, '1 month', 2) OVER f)::text AS rb,
             (rolling_benchmark(d, s::int, '1 month', 2) OVER f)::text AS rbi
      FROM mwf WINDOW f AS (ORDER BY i ROWS 6 PRECEDING)) AS w
JOIN LATERAL (SELECT rolling_benchmark(d, s, '1 month', 2)::text AS rb
              FROM mwf AS x WHERE x.i BETWEEN w.i - 6 AND w.i) AS r ON true;
SELECT count(*) AS frames, count(*) FILTER (WHERE w.rb IS DISTINCT FROM r.rb) AS real_range_mismatches
FROM (SELECT i, (rolling_benchmark(d::timestamptz, s::real, interval '1 week', 4, 0, 10) OVER f)::text AS rb
      FROM mwf WINDOW f AS (ORDER BY d, i ROWS 9 PRECEDING)) AS w
JOIN LATERAL (SELECT rolling_benchmark(d::timestamptz, s::int, interval '1 week', 4, 0, 10)::text AS rb
              FROM (SELECT d, s, row_number() OVER (ORDER BY d, i) AS k FROM mwf) AS x
              WHERE x.k BETWEEN (SELECT k FROM (SELECT i, row_number() OVER (ORDER BY d, i) AS k FROM mwf) AS y WHERE y.i = w.i) - 9
                            AND (SELECT k FROM (SELECT i, row_number() OVER (ORDER BY d, i) AS k FROM mwf) AS y WHERE y.i = w.i)) AS r ON true;

CREATE TABLE rb_big_f AS
SELECT date '2024-11-01' + (i % 730) AS at, ((i * 7) % 11)::float8 AS score
FROM generate_series(1, 90000) AS i;
ANALYZE rb_big_f;
CREATE TEMP TABLE rb_serial_f AS
SELECT rolling_benchmark(at, score::int, '1 month', 12)::text AS m,
       rolling_benchmark(at::timestamp, score::int, '1 week', 20, 0, 10)::text AS wk FROM rb_big_f;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
EXPLAIN (COSTS OFF) SELECT rolling_benchmark(at, score, '1 month', 12) FROM rb_big_f;
SELECT s.m = p.m AS months_same, s.wk = p.wk AS weeks_same
FROM rb_serial_f AS s,
     (SELECT rolling_benchmark(at, score, '1 month', 12)::text AS m,
             rolling_benchmark(at::timestamp, score::real, '1 week', 20, 0, 10)::text AS wk FROM rb_big_f) AS p;
RESET ALL;
DROP TABLE rb_big_f;

SELECT pg_temp.err(q) FROM (VALUES
    ($$SELECT rolling_benchmark(current_date, 2.5::float8, '1 month', 3)$$),
    ($$SELECT rolling_benchmark(current_date, 2.5::real, interval '1 month', 3)$$),
    ($$SELECT rolling_benchmark(now(), 'NaN'::float8, '1 month', 3)$$),
    ($$SELECT rolling_benchmark(localtimestamp, 'NaN'::real, interval '1 month', 3)$$),
    ($$SELECT rolling_benchmark(current_date, 'Infinity'::float8, '1 month', 3, 0, 100)$$),
    ($$SELECT rolling_benchmark(now(), '-Infinity'::real, interval '1 month', 3, 0, 100)$$),
    ($$SELECT rolling_benchmark(current_date, 11::float8, '1 month', 3)$$),
    ($$SELECT rolling_benchmark(localtimestamp, 11::real, '1 month', 3)$$),
    ($$SELECT rolling_benchmark(current_date, 6::real, '1 month', 3, 1, 5)$$),
    ($$SELECT rolling_benchmark(now(), 0::float8, interval '1 month', 3, 1, 5)$$),
    ($$SELECT rolling_benchmark(current_date, 3::float8, '1 month', 3, 5, 1)$$),
    ($$SELECT rolling_benchmark(current_date, 3::real, '2 months', 3)$$)
) AS t(q);
