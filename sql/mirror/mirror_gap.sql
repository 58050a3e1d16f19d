-- mirror_gap: the same question put to customers, employees and managers.
\i sql/include/setup.sql
\i sql/include/approx.sql

-- Metric 'mean' (the default).  Audiences in any case, with French aliases.
--   customers 2, 3, 4, 5: mean 3.5, sample variance 5/3
--   employees 4, 4, 5, 5, 5, 3: mean 26/6 = 4.3333, sample variance 2/3
--   managers 5, 5: mean 5
--   gap = 4.3333 - 3.5 = 0.8333; leadership_gap = 5 - 4.3333 = 0.6667
--   Welch: SE = sqrt((2/3)/6 + (5/3)/4) = sqrt(0.52778) = 0.72648
--   df = 0.52778^2 / ((1/9)^2/5 + (5/12)^2/3) = 4.6164
--   t(0.975, 4.6164) = 2.636183 (checked with mpmath's incomplete beta),
--   CI = 0.8333 -/+ 2.636183 x 0.72648 = [-1.081809, 2.748476]
CREATE TEMP TABLE barometer (audience text, score numeric);
INSERT INTO barometer VALUES
    ('customer', 2), ('Client', 3), ('CLIENT', 4), ('customer', 5),
    ('employee', 4), ('collaborateur', 4), ('Collaborator', 5), ('employee', 5),
    ('employee', 5), ('EMPLOYEE', 3), ('manager', 5), ('dirigeant', 5),
    ('leader', NULL), (NULL, 3);
SELECT (pg_temp.approx(mirror_gap(audience, score))).* FROM barometer;
SELECT (pg_temp.approx(mirror_gap(audience, score, 'mean'))).* FROM barometer;

-- Metric 'nps': customer NPS against eNPS.
--   customers 10, 9, 8, 3, 0: P 2, D 2, NPS 0, v = 0.8
--   employees 10, 10, 9, 7: P 3, D 0, NPS 75, v = 0.75 - 0.5625 = 0.1875
--   gap 75, SE = 100 sqrt(0.1875/4 + 0.8/5) = 45.4835,
--   CI = 75 -/+ 1.959964 x 45.4835 = [-14.1461, 164.1461]; no manager
SELECT (pg_temp.approx(mirror_gap(a, s, 'nps'))).*
FROM (VALUES ('customer', 10), ('customer', 9), ('customer', 8), ('customer', 3),
             ('customer', 0), ('employee', 10), ('employee', 10), ('employee', 9),
             ('employee', 7)) AS t(a, s);

-- Metric 'top2': share of 4 and 5 on a 1-5 scale.
--   customers 1, 2, 3, 4, 5: 40 %; employees 4, 5, 5, 3: 75 %; manager 5: 100 %
--   gap 35, SE = 100 sqrt(0.1875/4 + 0.24/5) = 30.8018,
--   CI = 35 -/+ 60.3704 = [-25.3704, 95.3704]; leadership_gap 25
SELECT (pg_temp.approx(mirror_gap(a, s, 'top2'))).*
FROM (VALUES ('customer', 1), ('customer', 2), ('customer', 3), ('customer', 4),
             ('customer', 5), ('employee', 4), ('employee', 5), ('employee', 5),
             ('employee', 3), ('manager', 5)) AS t(a, s);

-- Missing audiences give NULL values; one answer per side gives a gap but
-- no Welch interval (a variance needs two answers); no spread at all gives
-- a zero-width interval.
SELECT (pg_temp.approx(mirror_gap(a, s))).* FROM (VALUES ('employee', 4), ('manager', 2)) AS t(a, s);
SELECT (pg_temp.approx(mirror_gap(a, s))).* FROM (VALUES ('employee', 4), ('customer', 2)) AS t(a, s);
SELECT (pg_temp.approx(mirror_gap(a, s))).*
FROM (VALUES ('employee', 4), ('employee', 4), ('customer', 3), ('customer', 3)) AS t(a, s);
-- scores up to 100 for means
SELECT (mirror_gap(a, s)).gap FROM (VALUES ('employee', 100), ('customer', 0)) AS t(a, s);

-- Empty input and all-NULL input: NULL.
SELECT mirror_gap(audience, score) IS NULL AS empty FROM barometer WHERE false;
SELECT mirror_gap(a, s, 'nps') IS NULL AS all_null
FROM (VALUES (NULL::text, 5::numeric), ('customer', NULL)) AS t(a, s);

-- Per question, grouped.
SELECT q, (mirror_gap(a, s)).gap
FROM (VALUES ('q1', 'customer', 2), ('q1', 'employee', 4), ('q2', 'customer', 5),
             ('q2', 'employee', 3)) AS t(q, a, s)
GROUP BY q ORDER BY q;

-- Integer scores (smallint, integer, bigint) give what numeric ones give,
-- for every metric, also as moving windows; off-scale integers are 22003.
SELECT m, mirror_gap(a, s::smallint, m) = mirror_gap(a, s::numeric, m) AS smallint_,
       mirror_gap(a, s, m) = mirror_gap(a, s::numeric, m) AS integer_,
       mirror_gap(a, s::bigint, m) = mirror_gap(a, s::numeric, m) AS bigint_
FROM (SELECT (ARRAY['customer', 'employee', 'manager'])[1 + i % 3] AS a, 1 + (i * 7) % 5 AS s
      FROM generate_series(1, 40) AS i) AS t,
     (VALUES ('mean'), ('nps'), ('top2')) AS k(m)
GROUP BY m ORDER BY m;
SELECT count(*) FILTER (WHERE g IS DISTINCT FROM gn) AS mismatches
FROM (SELECT mirror_gap(a, s::bigint) OVER w AS g, mirror_gap(a, s::numeric) OVER w AS gn
      FROM (SELECT i, (ARRAY['customer', 'employee'])[1 + i % 2] AS a, (i * 3) % 6 AS s
            FROM generate_series(1, 30) AS i) AS t
      WINDOW w AS (ORDER BY i ROWS 3 PRECEDING)) AS x;
SELECT pg_temp.err(q) FROM (VALUES
    ($$SELECT mirror_gap('customer', 11::smallint, 'nps')$$),
    ($$SELECT mirror_gap('customer', -1::bigint)$$),
    ($$SELECT mirror_gap('customer', 9223372036854775807, 'top2')$$)
) AS t(q);

-- One vocabulary: csat is top2, ces is mean, names in any case; rows may
-- mix the names of one metric.
SELECT mirror_gap(a, s, 'csat') = mirror_gap(a, s, 'top2') AS csat_is_top2,
       mirror_gap(a, s, 'ces') = mirror_gap(a, s, 'mean') AS ces_is_mean,
       mirror_gap(a, s, 'NPS') = mirror_gap(a, s, 'nps') AS any_case,
       mirror_gap(a, s, CASE WHEN s % 2 = 0 THEN 'csat' ELSE 'top2' END) = mirror_gap(a, s, 'top2') AS mixed_names
FROM (SELECT (ARRAY['customer', 'employee', 'manager'])[1 + i % 3] AS a, 1 + (i * 7) % 5 AS s
      FROM generate_series(1, 40) AS i) AS t;

-- Frames that start with skipped rows (NULL audience or score) are exact
-- too, for every metric (1.0.0: "moving-aggregate transition function must
-- not return null"); a frame of skipped rows only is NULL.
SELECT m, count(*) AS frames, count(*) FILTER (WHERE w.g IS NULL) AS null_frames,
       count(*) FILTER (WHERE w.g IS DISTINCT FROM r.g) AS mismatches
FROM (VALUES ('mean'), ('nps'), ('top2')) AS k(m),
     LATERAL (SELECT i, mirror_gap(a, s, k.m) OVER (ORDER BY i ROWS 2 PRECEDING) AS g
              FROM (SELECT i, CASE WHEN i % 5 < 3 THEN NULL ELSE (ARRAY['customer', 'employee'])[1 + i % 2] END AS a,
                           1 + (i * 3) % 5 AS s
                    FROM generate_series(0, 40) AS i) AS t) AS w
JOIN LATERAL (SELECT mirror_gap(CASE WHEN i % 5 < 3 THEN NULL ELSE (ARRAY['customer', 'employee'])[1 + i % 2] END,
                                1 + (i * 3) % 5, k.m) AS g
              FROM generate_series(0, 40) AS i WHERE i BETWEEN w.i - 2 AND w.i) AS r ON true
GROUP BY m ORDER BY m;

-- Error paths.
SELECT pg_temp.err(q) FROM (VALUES
    ($$SELECT mirror_gap('partner', 3)$$),
    ($$SELECT mirror_gap('customer', 3, 'median')$$),
    ($$SELECT mirror_gap('customer', 3, NULL)$$),
    ($$SELECT mirror_gap(a, 3, m) FROM (VALUES ('customer', 'mean'), ('employee', 'nps')) AS t(a, m)$$),
    ($$SELECT mirror_gap('customer', 11, 'nps')$$),
    ($$SELECT mirror_gap('customer', 0, 'top2')$$),
    ($$SELECT mirror_gap('customer', 6, 'top2')$$),
    ($$SELECT mirror_gap('customer', 101)$$),
    ($$SELECT mirror_gap('customer', -1)$$),
    ($$SELECT mirror_gap('customer', 3.5)$$),
    ($$SELECT mirror_gap('customer', 'NaN'::numeric)$$),
    ($$SELECT mirror_gap('customer', 'Infinity'::numeric, 'nps')$$),
    ($$SELECT mirror_gap_unaccum(NULL, 'customer', 3)$$)
) AS t(q);

-- The state type: text and binary forms, validated.
SELECT length(mirror_gap_accum(NULL, 'client', 3)::text) > 0 AS has_text,
       mirror_gap_accum(NULL, 'client', 3)::text::mirror_state::text
         = mirror_gap_accum(NULL, 'client', 3)::text AS text_round_trip,
       length(mirror_state_send(mirror_gap_accum(NULL, 'client', 3))) AS binary_bytes;

-- The text form is JSON: {"metric":"mean","counts":[[...],[...],[...]]},
-- 101 counts (scores 0..100) per audience: customer, employee, manager.
-- pgcx 1.0.0 wrote the second and third arrays without their "[" (not
-- JSON); text dumps of 1.0.0 tables hold that form, so it still reads, as
-- the same value.  `js` is built here, independently of the extension, for
-- one answer 3 of a customer, 7 of an employee and 100 of a manager.
CREATE TEMP TABLE ms AS
SELECT mirror_gap_accum(mirror_gap_accum(mirror_gap_accum(NULL, 'client', 3), 'employee', 7),
                        'manager', 100) AS m,
       format('{"metric":"mean","counts":[%s]}', string_agg(a, ',' ORDER BY k)) AS js
FROM (SELECT k, '[' || string_agg(CASE WHEN i = k THEN '1' ELSE '0' END, ',' ORDER BY i) || ']' AS a
      FROM unnest(ARRAY[3, 7, 100]) AS k, generate_series(0, 100) AS i GROUP BY k) AS t;
ALTER TABLE ms ADD COLUMN legacy text;
UPDATE ms SET legacy = replace(js, '],[', '],');
SELECT m::text = js AS output_is_js,
       jsonb_array_length(m::text::jsonb -> 'counts') AS arrays,
       (SELECT array_agg(jsonb_array_length(c)) FROM jsonb_array_elements(m::text::jsonb -> 'counts') AS c) AS counts_per_array,
       m::text::jsonb #>> '{counts,1,7}' AS employee_7,
       left(legacy, 40) AS legacy_starts,
       length(js) - length(legacy) AS brackets_left_out
FROM ms;
-- both forms, and both with whitespace between every token, read as m
SELECT f AS form,
       mirror_state_send(x::mirror_state) = mirror_state_send(m) AS same_value,
       x::mirror_state::text = js AS output_is_js
FROM ms, LATERAL (VALUES
    ('json', js),
    ('1.0.0', legacy),
    ('json, spaced', regexp_replace(js, '([][{}:,])', E' \\1\n\t', 'g')),
    ('1.0.0, spaced', regexp_replace(legacy, '([][{}:,])', E'\r\\1 ', 'g'))
) AS t(f, x);

-- Malformed text is 22P02 with a detail saying what is wrong.  (Only the
-- SQLSTATE and the detail are shown: the inputs are long.)
SELECT left(e, 5) AS sqlstate, split_part(e, ' | ', 2) AS detail
FROM (SELECT pg_temp.err(format('SELECT %L::mirror_state', q)) AS e FROM ms, LATERAL (VALUES
    ('{}'),
    ('{"metric":"median","counts":[[0]]}'),
    ('{"metric":"mean","counts":[[0,1]]}'),
    (replace(js, '[0,0,0,1', '[0,0,0,-1')),
    (replace(js, '[0,0,0,1', '[0,0,0,01')),
    (replace(js, '[0,0,0,1', '[0,0,0,1.5')),
    (replace(js, '[0,0,0,1', '[0,0,0,9223372036854775808')),
    (replace(js, '[0,0,0,1', '[0,9223372036854775807,0,1')),
    (replace(js, '[0,0,0,1', '[0,0,0,1,0')),
    (replace(js, '"mean"', '"top2"')),
    (replace(js, ']]}', ',0]]}')),
    (replace(js, ']]}', '],[0]]}')),
    (regexp_replace(js, '\],\[', '],')),
    (regexp_replace(js, '^(.*)\],\[', '\1],')),
    (js || ' x'),
    (replace(js, ']]}', ']}'))
) AS t(q)) AS r;
SELECT pg_temp.recv(mirror_state_send(mirror_gap_accum(NULL, 'client', 3)), 'mirror_state')
       = mirror_gap_accum(NULL, 'client', 3)::text AS binary_round_trip;
SELECT pg_temp.recv(b, 'mirror_state') FROM (VALUES
    ('\x0100'::bytea),
    (overlay(mirror_state_send(mirror_gap_accum(NULL, 'client', 3)) PLACING '\x02' FROM 1 FOR 1)),
    (overlay(mirror_state_send(mirror_gap_accum(NULL, 'client', 3)) PLACING '\x09' FROM 3 FOR 1)),
    (overlay(mirror_state_send(mirror_gap_accum(NULL, 'client', 3)) PLACING '\xffffffffffffffff' FROM 5 FOR 8))
) AS t(b);

-- The combine function, called directly: NULL on either side is skipped,
-- states of two metrics do not merge (22023), a count or an audience's
-- total that would pass 2^63 - 1 is 22003 (reaching it exactly is not).
SELECT mirror_gap_combine(NULL, NULL) IS NULL AS both_null,
       mirror_gap_combine(m, NULL)::text = js AS right_null,
       mirror_gap_combine(NULL, m)::text = js AS left_null,
       mirror_gap_combine(m, m)::text = replace(js, '1', '2') AS doubled
FROM ms;
SELECT pg_temp.err(q) FROM (VALUES
    ($$SELECT mirror_gap_combine(mirror_gap_accum(NULL, 'client', 3), mirror_gap_accum(NULL, 'client', 3, 'nps'))$$),
    ($$SELECT mirror_gap_combine(m, replace(js, '[0,0,0,1', '[0,0,0,9223372036854775807')::mirror_state) FROM ms$$),
    ($$SELECT mirror_gap_combine(m, replace(js, '[0,0,0,1', '[0,0,0,9223372036854775806')::mirror_state) FROM ms$$),
    ($$SELECT mirror_gap_combine(m, replace(js, '[0,0,0,1', '[9223372036854775807,0,0,0')::mirror_state) FROM ms$$),
    ($$SELECT mirror_gap_combine(m, '{"metric":"mean"}') FROM ms$$)
) AS t(q);

-- Parallel plans give the serial answer.
CREATE TABLE mirror_big AS
SELECT (ARRAY['customer', 'employee', 'manager'])[1 + i % 3] AS audience, (i * 7) % 11 AS score
FROM generate_series(1, 60000) AS i;
ANALYZE mirror_big;
CREATE TEMP TABLE mirror_serial AS
SELECT mirror_gap(audience, score) AS m, mirror_gap(audience, score, 'nps') AS n FROM mirror_big;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
EXPLAIN (COSTS OFF) SELECT mirror_gap(audience, score) FROM mirror_big;
SELECT s.m = p.m AS mean_same, s.n = p.n AS nps_same
FROM mirror_serial AS s,
     (SELECT mirror_gap(audience, score) AS m, mirror_gap(audience, score, 'nps') AS n FROM mirror_big) AS p;
RESET ALL;
DROP TABLE mirror_big;

-- Moving windows equal a recomputation of each frame.
CREATE TEMP TABLE mw AS
SELECT i, (ARRAY['customer', 'employee', 'manager'])[1 + (i * 5) % 3] AS a, (i * 3) % 6 AS s
FROM generate_series(1, 60) AS i;
SELECT count(*) AS frames, count(*) FILTER (WHERE w.g IS DISTINCT FROM r.g) AS mismatches
FROM (SELECT i, mirror_gap(a, s) OVER (ORDER BY i ROWS 4 PRECEDING) AS g FROM mw) AS w
JOIN LATERAL (SELECT mirror_gap(a, s) AS g FROM mw AS x WHERE x.i BETWEEN w.i - 4 AND w.i) AS r ON true;

-- double precision and real scores (1.1.0) give what numeric ones give,
-- for every metric, also as moving windows and in parallel plans; a
-- fraction, NaN, an infinity or a score off the metric's scale is 22003
-- with the numeric forms' messages.
SELECT m, mirror_gap(a, s::float8, m) = mirror_gap(a, s::numeric, m) AS float8_,
       mirror_gap(a, s::real, m) = mirror_gap(a, s::numeric, m) AS real_,
       (mirror_gap(a, s::real, m)).gap = (mirror_gap(a, s, m)).gap AS same_gap
FROM (SELECT (ARRAY['customer', 'employee', 'manager'])[1 + i % 3] AS a, 1 + (i * 7) % 5 AS s
      FROM generate_series(1, 40) AS i) AS t,
     (VALUES ('mean'), ('nps'), ('top2')) AS k(m)
GROUP BY m ORDER BY m;
SELECT (pg_temp.approx(mirror_gap(audience, score::float8))).* FROM barometer;
SELECT (mirror_gap(a, s)).gap FROM (VALUES ('employee', 100::real), ('customer', 0), ('customer', NULL)) AS t(a, s);
SELECT count(*) AS frames,
       count(*) FILTER (WHERE g IS DISTINCT FROM gn) AS float8_mismatches,
       count(*) FILTER (WHERE gr IS DISTINCT FROM gn) AS real_mismatches
FROM (SELECT mirror_gap(a, s::float8, 'nps') OVER w AS g, mirror_gap(a, s::real, 'nps') OVER w AS gr,
             mirror_gap(a, s::numeric, 'nps') OVER w AS gn
      FROM (SELECT i, CASE WHEN i % 7 = 0 THEN NULL ELSE (ARRAY['customer', 'employee'])[1 + i % 2] END AS a,
                   (i * 3) % 11 AS s
            FROM generate_series(1, 60) AS i) AS t
      WINDOW w AS (ORDER BY i ROWS 3 PRECEDING)) AS x;
SELECT pg_temp.err(q) FROM (VALUES
    ($$SELECT mirror_gap('customer', 3.5::float8)$$),
    ($$SELECT mirror_gap('customer', 3.5::real, 'top2')$$),
    ($$SELECT mirror_gap('customer', 'NaN'::float8)$$),
    ($$SELECT mirror_gap('customer', 'NaN'::real, 'nps')$$),
    ($$SELECT mirror_gap('customer', 'Infinity'::float8, 'nps')$$),
    ($$SELECT mirror_gap('customer', '-Infinity'::real)$$),
    ($$SELECT mirror_gap('customer', 11::float8, 'nps')$$),
    ($$SELECT mirror_gap('customer', 0::real, 'top2')$$),
    ($$SELECT mirror_gap('customer', 6::float8, 'top2')$$),
    ($$SELECT mirror_gap('customer', 101::real)$$),
    ($$SELECT mirror_gap('customer', -1::float8)$$),
    ($$SELECT mirror_gap('customer', 1e300::float8)$$),
    ($$SELECT mirror_gap('partner', 3::float8)$$),
    ($$SELECT mirror_gap('customer', 3::real, 'median')$$),
    ($$SELECT mirror_gap('customer', 'NaN')$$),
    ($$SELECT mirror_gap_unaccum(mirror_gap_accum(NULL, 'customer', 3::float8), 'customer', 4::float8)$$)
) AS t(q);
-- an untyped score literal resolves to the double precision form
SELECT (mirror_gap('customer', '9', 'nps')).customer_value;

CREATE TABLE mirror_big_f AS
SELECT (ARRAY['customer', 'employee', 'manager'])[1 + i % 3] AS audience, ((i * 7) % 11)::float8 AS score
FROM generate_series(1, 60000) AS i;
ANALYZE mirror_big_f;
CREATE TEMP TABLE mirror_serial_f AS
SELECT mirror_gap(audience, score::int) AS m, mirror_gap(audience, score::int, 'nps') AS n FROM mirror_big_f;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
EXPLAIN (COSTS OFF) SELECT mirror_gap(audience, score) FROM mirror_big_f;
SELECT s.m = p.m AS mean_same, s.n = p.n AS nps_same, s.n = p.nr AS real_nps_same
FROM mirror_serial_f AS s,
     (SELECT mirror_gap(audience, score) AS m, mirror_gap(audience, score, 'nps') AS n,
             mirror_gap(audience, score::real, 'nps') AS nr FROM mirror_big_f) AS p;
RESET ALL;
DROP TABLE mirror_big_f;
