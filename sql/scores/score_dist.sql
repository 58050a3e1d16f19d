-- score_dist: text and binary I/O, validation, the + operator, the jsonb
-- cast and every accessor, with values computed by hand.
\i sql/include/setup.sql
\i sql/include/approx.sql

-- Text input round-trips; whitespace between tokens is insignificant.
SELECT '{"lo":0,"hi":10,"counts":[1,2,3,4,5,6,7,8,9,10,11]}'::score_dist;
SELECT E' {\n "lo" : 1 ,\t"hi" : 5 , "counts" : [ 0 , 0 , 3 , 0 , 9223372036854775804 ] } '::score_dist;
SELECT '{"lo":99,"hi":100,"counts":[0,0]}'::score_dist;
-- the widest scale, 0-100: 101 counts of 1
SELECT n(('{"lo":0,"hi":100,"counts":[' || string_agg('1', ',') || ']}')::score_dist)
FROM generate_series(0, 100);

-- Malformed text input: ERROR 22P02 with a detail saying what is wrong.
SELECT q AS input, pg_temp.err(format('SELECT %L::score_dist', q)) AS error
FROM (VALUES
    (''),
    ('{}'),
    ('{"lo":0,"hi":10}'),
    ('{"lo":5,"hi":5,"counts":[0]}'),
    ('{"lo":6,"hi":5,"counts":[0]}'),
    ('{"lo":0,"hi":101,"counts":[0]}'),
    ('{"lo":-1,"hi":1,"counts":[0,0,0]}'),
    ('{"lo":0,"hi":2,"counts":[1,2]}'),
    ('{"lo":0,"hi":2,"counts":[1,2,3,4]}'),
    ('{"lo":0,"hi":2,"counts":[1,-2,3]}'),
    ('{"lo":0,"hi":2,"counts":[1,2.5,3]}'),
    ('{"lo":0,"hi":2,"counts":[1,2e3,3]}'),
    ('{"lo":0,"hi":2,"counts":[1,02,3]}'),
    ('{"lo":0,"hi":2,"counts":[1,9223372036854775808,3]}'),
    ('{"lo":0,"hi":1,"counts":[9223372036854775807,1]}'),
    ('{"lo":0,"hi":2,"counts":[1,,3]}'),
    ('{"lo":0,"hi":2,"counts":[1,2,3]} x'),
    ('{"lo":0,"hi":2,"counts":[1,2,3],}'),
    ('{"lo":0,"hi":2,"counts":[1,"2",3]}'),
    ('{''lo'':0,''hi'':2,''counts'':[1,2,3]}')
) AS t(q);

-- Binary output: version 1, flags 0, lo, hi, then big-endian int64 counts.
SELECT score_dist_send('{"lo":1,"hi":3,"counts":[1,0,258]}');

-- Binary input, through pg_temp.recv (sql/include/setup.sql: COPY BINARY).
-- a valid value, and what send makes of it, come back unchanged
SELECT pg_temp.recv(decode('01000103' || '0000000000000001' || '0000000000000000' || '0000000000000102', 'hex'), 'score_dist');
SELECT pg_temp.recv(score_dist_send('{"lo":0,"hi":10,"counts":[1,2,3,4,5,6,7,8,9,10,11]}'), 'score_dist');
-- malformed binary input: ERROR 22P03
SELECT label, pg_temp.recv(decode(hex, 'hex'), 'score_dist') AS result
FROM (VALUES
    ('empty', ''),
    ('short header', '0100'),
    ('version 2', '02000001' || '0000000000000001' || '0000000000000001'),
    ('unknown flag', '01010001' || '0000000000000001' || '0000000000000001'),
    ('lo = hi', '01000505' || '0000000000000001'),
    ('hi > 100', '01000065' || repeat('0000000000000000', 102)),
    ('one count missing', '01000002' || '0000000000000001' || '0000000000000001'),
    ('a byte too many', '01000001' || '0000000000000001' || '0000000000000001' || '00'),
    ('negative count', '01000001' || 'ffffffffffffffff' || '0000000000000001'),
    ('total overflow', '01000001' || '7fffffffffffffff' || '0000000000000001')
) AS t(label, hex);

-- The jsonb cast, for BI tools.
SELECT '{"lo":1,"hi":5,"counts":[0,1,2,3,4]}'::score_dist::jsonb;
SELECT ('{"lo":1,"hi":5,"counts":[0,1,2,3,4]}'::score_dist::jsonb) -> 'counts' ->> 4 AS fives;

-- Accessors on d: scores 0 x1, 6 x2, 7 x3, 8 x1, 9 x4, 10 x5 (16 answers).
--   detractors 0-6: 1 + 2 = 3; passives 7-8: 3 + 1 = 4; promoters: 4 + 5 = 9
--   nps = 100 (9 - 3) / 16 = 37.5
--   mean = (0 + 12 + 21 + 8 + 36 + 50) / 16 = 127 / 16 = 7.9375
--   csat (top two boxes 9, 10) = 9 / 16 = 56.25 %
--   top_box(d, 3) = (1 + 4 + 5) / 16 = 62.5 %; bottom_box(d, 7) = 3 / 16 = 18.75 %
CREATE TEMP TABLE d AS
SELECT '{"lo":0,"hi":10,"counts":[1,0,0,0,0,0,2,3,1,4,5]}'::score_dist AS d;
SELECT n(d), count_at(d, 0), count_at(d, 9), count_at(d, 10), nps(d), mean(d),
       csat(d), top_box(d, 3), bottom_box(d, 7), top_box(d, 11), bottom_box(d, 1)
FROM d;
-- nps_stats: p = 9/16, q = 3/16, SE = 100 sqrt((p + q - (p - q)^2) / 16)
--   = 100 sqrt(0.609375 / 16) = 19.5156...; adjusted Wald: n' = 19,
--   p' = 9.75/19, q' = 3.75/19, NPS' = 31.5789..., SE' = 17.9299...,
--   CI = 31.5789 -/+ 1.959964 x 17.9299 = [-3.5627, 66.7206]
SELECT (pg_temp.approx(nps_stats(d))).* FROM d;
-- the interval is clipped to [-100, 100]: three answers of 10 give
--   n' = 6, NPS' = 100 (3.75 - 0.75) / 6 = 50, SE' = 100 sqrt(0.5 / 6) = 28.8675,
--   50 + 56.5794 > 100
SELECT (pg_temp.approx(nps_stats('{"lo":0,"hi":10,"counts":[0,0,0,0,0,0,0,0,0,0,3]}'::score_dist))).*;

-- An empty distribution is valid; its metrics are NULL, its n is 0.
SELECT n(e), nps(e), mean(e), csat(e), top_box(e, 1), bottom_box(e, 1),
       nps_stats(e) IS NULL AS no_stats
FROM (SELECT '{"lo":0,"hi":10,"counts":[0,0,0,0,0,0,0,0,0,0,0]}'::score_dist) AS t(e);

-- + merges two distributions of one scale.
SELECT '{"lo":1,"hi":3,"counts":[1,2,3]}'::score_dist + '{"lo":1,"hi":3,"counts":[10,20,30]}';

-- nps_diff: a = d above (NPS 37.5, v = 0.609375, n 16);
--   b: 0 x2, 6 x2, 7 x2, 8 x2, 9 x1, 10 x1: NPS = 100 (2 - 4) / 10 = -20,
--   v = 0.2 + 0.4 - 0.04 = 0.56, n 10.
--   diff = 57.5, SE = 100 sqrt(0.609375/16 + 0.56/10) = 30.67343...,
--   z = 1.87458..., p = 2 (1 - Phi(z)) = erfc(z / sqrt 2) = 0.060849631096849
SELECT (pg_temp.approx(nps_diff(d, '{"lo":0,"hi":10,"counts":[2,0,0,0,0,0,2,2,2,1,1]}'))).* FROM d;
-- a zero standard error leaves z and p_value NULL
SELECT (pg_temp.approx(nps_diff('{"lo":0,"hi":10,"counts":[0,0,0,0,0,0,0,0,0,0,4]}',
                 '{"lo":0,"hi":10,"counts":[3,0,0,0,0,0,0,0,0,0,0]}'))).*;
-- without answers on one side there is no test
SELECT nps_diff(d, '{"lo":0,"hi":10,"counts":[0,0,0,0,0,0,0,0,0,0,0]}') IS NULL AS no_test FROM d;

-- Error paths of the accessors and the operator.
SELECT pg_temp.err(q) FROM (VALUES
    ($$SELECT count_at('{"lo":0,"hi":10,"counts":[0,0,0,0,0,0,0,0,0,0,0]}', 11)$$),
    ($$SELECT count_at('{"lo":1,"hi":5,"counts":[0,0,0,0,0]}', 0)$$),
    ($$SELECT top_box('{"lo":1,"hi":5,"counts":[0,0,0,0,0]}', 0)$$),
    ($$SELECT top_box('{"lo":1,"hi":5,"counts":[0,0,0,0,0]}', 6)$$),
    ($$SELECT bottom_box('{"lo":1,"hi":5,"counts":[0,0,0,0,0]}', -1)$$),
    ($$SELECT nps('{"lo":1,"hi":10,"counts":[0,0,0,0,0,0,0,0,0,0]}'::score_dist)$$),
    ($$SELECT nps_stats('{"lo":0,"hi":5,"counts":[0,0,0,0,0,0]}'::score_dist)$$),
    ($$SELECT nps_diff('{"lo":0,"hi":10,"counts":[0,0,0,0,0,0,0,0,0,0,1]}', '{"lo":1,"hi":5,"counts":[1,0,0,0,0]}')$$),
    ($$SELECT '{"lo":1,"hi":5,"counts":[1,0,0,0,0]}'::score_dist + '{"lo":1,"hi":7,"counts":[1,0,0,0,0,0,0]}'$$),
    ($$SELECT '{"lo":0,"hi":1,"counts":[9223372036854775807,0]}'::score_dist + '{"lo":0,"hi":1,"counts":[1,0]}'$$),
    ($$SELECT '{"lo":0,"hi":1,"counts":[9223372036854775807,0]}'::score_dist + '{"lo":0,"hi":1,"counts":[0,1]}'$$)
) AS t(q);

-- A stored value is read back and validated like any other.
CREATE TEMP TABLE stored (d score_dist);
INSERT INTO stored VALUES ('{"lo":0,"hi":10,"counts":[5,0,0,0,0,0,0,0,0,0,5]}'), (NULL);
SELECT d, nps(d), n(d) FROM stored;

-- Keys in any order: each of the six orders of lo, hi and counts, with or
-- without whitespace, reads as the same value, written back in the order
-- lo, hi, counts.
WITH k(i, kv) AS (VALUES (1, '"lo":1'), (2, '"hi":3'), (3, '"counts":[4,0,9223372036854775800]')),
orders AS (SELECT '{' || a.kv || ',' || b.kv || ',' || c.kv || '}' AS q
           FROM k AS a, k AS b, k AS c
           WHERE a.i <> b.i AND a.i <> c.i AND b.i <> c.i)
SELECT q AS input, q::score_dist AS value FROM orders ORDER BY q;
SELECT E'{\n\t"counts" : [ 4 , 0 , 5 ] ,"hi":3 , "lo" :1 }'::score_dist;

-- Each key exactly once: a repeated, unknown or missing key is 22P02 with
-- a detail naming it; so is every other way of breaking the object.
SELECT q AS input, pg_temp.err(format('SELECT %L::score_dist', q)) AS error
FROM (VALUES
    ('{"lo":0,"hi":1,"counts":[1,2],"lo":0}'),
    ('{"lo":0,"lo":0,"hi":1,"counts":[1,2]}'),
    ('{"counts":[1,2],"hi":1,"lo":0,"counts":[1,2]}'),
    ('{"lo":0,"hi":1,"counts":[1,2],"n":3}'),
    ('{"LO":0,"hi":1,"counts":[1,2]}'),
    ('{"":0}'),
    ('{"hi":1,"counts":[1,2]}'),
    ('{"lo":0,"counts":[1,2]}'),
    ('{"counts":[1,2]}'),
    ('{"l\u006f":0,"hi":1,"counts":[1,2]}'),
    ('{"lo" 0,"hi":1,"counts":[1,2]}'),
    ('{"lo":0 "hi":1,"counts":[1,2]}'),
    ('{"lo":0,,"hi":1,"counts":[1,2]}'),
    ('{"lo":0,"hi":1,"counts":[1 2]}'),
    ('{"lo":0,"hi":1,"counts":[1,2}'),
    ('{"lo":0,"hi":1,"counts":{"0":1,"1":2}}'),
    ('{"lo":0,"hi":1,"counts":[]}'),
    ('{"lo":0,"hi":1,"counts":[1,2]'),
    ('[{"lo":0,"hi":1,"counts":[1,2]}]')
) AS t(q);
-- 102 counts: refused at the 102nd, whatever the scale
SELECT split_part(pg_temp.err(format('SELECT %L::score_dist', '{"lo":0,"hi":100,"counts":[' || repeat('0,', 101) || '0]}')),
                  ' | ', 2) AS detail;

-- The explicit cast from jsonb reads d::jsonb (whose keys jsonb reorders)
-- back to d exactly: empty distributions, counts and totals at 2^63 - 1,
-- every edge of the scale (0-1, 99-100, the widest 0-100).
CREATE TEMP TABLE sd_values (d score_dist);
INSERT INTO sd_values VALUES
    ('{"lo":0,"hi":10,"counts":[0,0,0,0,0,0,0,0,0,0,0]}'),
    ('{"lo":0,"hi":10,"counts":[1,2,3,4,5,6,7,8,9,10,11]}'),
    ('{"lo":0,"hi":1,"counts":[0,0]}'),
    ('{"lo":0,"hi":1,"counts":[9223372036854775807,0]}'),
    ('{"lo":0,"hi":1,"counts":[4611686018427387904,4611686018427387903]}'),
    ('{"lo":99,"hi":100,"counts":[0,9223372036854775807]}'),
    ('{"lo":1,"hi":5,"counts":[0,1,2,3,4]}');
INSERT INTO sd_values
SELECT ('{"lo":0,"hi":100,"counts":[' || string_agg((i * 91311)::text, ',' ORDER BY i) || ']}')::score_dist
FROM generate_series(0, 100) AS i;
SELECT d::jsonb AS as_jsonb, d::jsonb::score_dist AS back,
       d::jsonb::score_dist::text = d::text AS same
FROM sd_values WHERE d::text NOT LIKE '{"lo":0,"hi":100,%';
SELECT count(*) AS values, count(*) FILTER (WHERE d::jsonb::score_dist::text = d::text) AS same,
       count(*) FILTER (WHERE (d::jsonb)::text::score_dist::text = d::text) AS same_through_text
FROM sd_values;
SELECT n(('{"hi":100,"counts":[' || repeat('1,', 100) || '1],"lo":0}')::jsonb::score_dist) AS n_widest;
SELECT NULL::jsonb::score_dist IS NULL AS null_is_null;
-- the cast is explicit: a jsonb is not taken for a score_dist silently
SELECT castcontext FROM pg_cast WHERE castsource = 'jsonb'::regtype AND casttarget = 'score_dist'::regtype;
SELECT pg_temp.err($$SELECT nps('{"lo":0,"hi":10,"counts":[0,0,0,0,0,0,0,0,0,0,1]}'::jsonb)$$);

-- A jsonb is validated like text input (the message shows the jsonb's
-- text): numbers that are not integers, strings for numbers, nested junk,
-- other keys, and what is not an object are 22P02.  What jsonb itself
-- makes of its input is what the cast reads: a key repeated in the jsonb's
-- text is one key (the last one wins), and 1e3 is stored as the integer
-- 1000 (1.0 and 1e-3 keep their fraction and are refused).
SELECT j AS input, pg_temp.err(format('SELECT %L::jsonb::score_dist', j)) AS error
FROM (VALUES
    ('{"lo":0,"hi":1,"counts":[1.5,2]}'),
    ('{"lo":0,"hi":1,"counts":[1.0,2]}'),
    ('{"lo":0,"hi":1,"counts":[1e-3,2]}'),
    ('{"lo":0,"hi":1,"counts":[-1,2]}'),
    ('{"lo":0,"hi":1,"counts":[9223372036854775808,2]}'),
    ('{"lo":0,"hi":1,"counts":[9223372036854775807,1]}'),
    ('{"lo":0,"hi":1.0,"counts":[1,2]}'),
    ('{"lo":"0","hi":1,"counts":[1,2]}'),
    ('{"lo":0,"hi":1,"counts":["1",2]}'),
    ('{"lo":0,"hi":1,"counts":[null,2]}'),
    ('{"lo":0,"hi":1,"counts":[true,2]}'),
    ('{"lo":0,"hi":1,"counts":[[1],2]}'),
    ('{"lo":{"v":0},"hi":1,"counts":[1,2]}'),
    ('{"lo":0,"hi":1,"counts":[1,2],"n":3}'),
    ('{"lo":0,"hi":1}'),
    ('{"lo":0,"hi":1,"counts":[1,2,3]}'),
    ('{"lo":0,"hi":101,"counts":[1,2]}'),
    ('[0,1,[1,2]]'),
    ('"{\"lo\":0,\"hi\":1,\"counts\":[1,2]}"'),
    ('null')
) AS t(j);
SELECT '{"lo":5,"hi":1,"counts":[1,2],"lo":0}'::jsonb::score_dist AS last_lo_wins,
       '{"lo":0,"hi":1,"counts":[1e3,2]}'::jsonb AS jsonb_of_1e3,
       '{"lo":0,"hi":1,"counts":[1e3,2]}'::jsonb::score_dist AS score_dist_of_1e3;
