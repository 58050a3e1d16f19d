-- Equality, hashing and order of the stored types (score_dist,
-- rolling_benchmark, mirror_state, attrition_state, rfm_state, bgnbd_state,
-- gamma_gamma_state, sbg_state): = and <> on equal and unequal values,
-- the documented total order, the laws that bind = < and hash together on
-- a set of values of every type, every plan PostgreSQL may pick for
-- DISTINCT, GROUP BY, UNION, IN, ORDER BY and joins, unique btree and hash
-- indexes, and the errors of corrupted values.
\i sql/include/setup.sql
SET max_parallel_workers_per_gather = 0;

-- uses_hashed_subplan(query): does the plan of the query test a hashed
-- subplan (an IN or NOT IN answered from a hash table of the subquery)?
CREATE FUNCTION pg_temp.uses_hashed_subplan(query text) RETURNS boolean
LANGUAGE plpgsql AS $$
DECLARE
    line text;
BEGIN
    FOR line IN EXECUTE 'EXPLAIN (COSTS OFF) ' || query LOOP
        IF line LIKE '%hashed SubPlan%' THEN
            RETURN true;
        END IF;
    END LOOP;
    RETURN false;
END
$$;

-- plan_nodes(query): the kinds of plan node that sort, hash or remove
-- duplicates in the plan of the query, sorted: what a UNION is computed
-- with, whatever else PostgreSQL's version puts around them.
CREATE FUNCTION pg_temp.plan_nodes(query text) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
    plan jsonb;
BEGIN
    EXECUTE 'EXPLAIN (COSTS OFF, FORMAT JSON) ' || query INTO plan;
    RETURN (SELECT string_agg(DISTINCT n #>> '{}', ', ' ORDER BY n #>> '{}')
            FROM jsonb_path_query(plan, '$.**."Node Type"') AS n
            WHERE n #>> '{}' IN ('Sort', 'Unique', 'HashAggregate', 'Hash', 'Incremental Sort'));
END
$$;

-- laws(typ, tbl): every pair and every triple of the values in column v of
-- table tbl, checked against the laws of a btree and a hash operator
-- class; each law column counts its violations, so it must be 0.
--   antisymmetric: cmp(a, b) = -cmp(b, a), and cmp is -1, 0 or 1
--   operators: = <> < <= > >= each say what cmp says
--   hash: equal values have equal hash and hash_extended (seeds 0 and
--         4242), and hash is the low 32 bits of hash_extended with seed 0
--   transitive: cmp(a, b) <= 0 and cmp(b, c) <= 0 imply cmp(a, c) <= 0
-- equal_pairs counts the pairs of equal values (a with itself included),
-- equal_other_bytes those among them whose binary or stored forms differ,
-- and unequal_same_hash the unequal pairs whose hashes collide.
CREATE FUNCTION pg_temp.laws(typ text, tbl text)
RETURNS TABLE (n_values bigint, equal_pairs bigint, equal_other_bytes bigint,
               antisymmetric bigint, operators bigint, hash bigint,
               unequal_same_hash bigint, transitive bigint)
LANGUAGE plpgsql AS $$
BEGIN
    RETURN QUERY EXECUTE format($q$
        WITH p AS (
            SELECT a.i AS i, b.i AS j, %1$s_cmp(a.v, b.v) AS c, %1$s_cmp(b.v, a.v) AS rc,
                   a.v = b.v AS eq, a.v <> b.v AS ne, a.v < b.v AS lt,
                   a.v <= b.v AS le, a.v > b.v AS gt, a.v >= b.v AS ge,
                   %1$s_send(a.v) <> %1$s_send(b.v)
                       OR pg_column_size(a.v) <> pg_column_size(b.v) AS other_bytes,
                   %1$s_hash(a.v) = %1$s_hash(b.v) AS same_hash,
                   %1$s_hash_extended(a.v, 0) = %1$s_hash_extended(b.v, 0)
                       AND %1$s_hash_extended(a.v, 4242) = %1$s_hash_extended(b.v, 4242) AS same_hash_ext,
                   (%1$s_hash(a.v)::int8 & 4294967295) = (%1$s_hash_extended(a.v, 0) & 4294967295) AS low_bits
            FROM %2$s AS a, %2$s AS b)
        SELECT (SELECT count(*) FROM %2$s),
               count(*) FILTER (WHERE c = 0),
               count(*) FILTER (WHERE c = 0 AND other_bytes),
               count(*) FILTER (WHERE c <> -rc OR c NOT IN (-1, 0, 1)),
               count(*) FILTER (WHERE eq <> (c = 0) OR ne <> (c <> 0) OR lt <> (c < 0)
                                   OR le <> (c <= 0) OR gt <> (c > 0) OR ge <> (c >= 0)),
               count(*) FILTER (WHERE (c = 0 AND NOT (same_hash AND same_hash_ext)) OR NOT low_bits),
               count(*) FILTER (WHERE c <> 0 AND same_hash),
               (SELECT count(*) FROM p AS ab JOIN p AS bc ON bc.i = ab.j
                  JOIN p AS ac ON ac.i = ab.i AND ac.j = bc.j
                WHERE ab.c <= 0 AND bc.c <= 0 AND ac.c > 0)
        FROM p$q$, typ, tbl);
END
$$;

------------------------------------------------------------------------
-- score_dist
------------------------------------------------------------------------

-- Values on four scales; b256 and b1 differ in one count only, where the
-- order of the numbers (1 < 256) is not that of their little-endian bytes;
-- big holds the largest count there is.
CREATE TEMP TABLE sd (i int PRIMARY KEY, name text, v score_dist);
INSERT INTO sd VALUES
    (1, 'b1',    '{"lo":0,"hi":10,"counts":[0,0,0,0,0,0,0,0,0,0,1]}'),
    (2, 'b256',  '{"lo":0,"hi":10,"counts":[0,0,0,0,0,0,0,0,0,0,256]}'),
    (3, 'a1',    '{"lo":0,"hi":10,"counts":[1,0,0,0,0,0,0,0,0,0,0]}'),
    (4, 'empty', '{"lo":0,"hi":10,"counts":[0,0,0,0,0,0,0,0,0,0,0]}'),
    (5, 'csat',  '{"lo":1,"hi":5,"counts":[0,0,0,0,1]}'),
    (6, 'ces',   '{"lo":1,"hi":7,"counts":[0,0,0,0,1,0,0]}'),
    (7, 'zero5', '{"lo":0,"hi":5,"counts":[0,0,0,0,0,1]}'),
    (8, 'big',   '{"lo":0,"hi":10,"counts":[9223372036854775807,0,0,0,0,0,0,0,0,0,0]}'),
    (9, 'b1 again', '{ "lo" : 0, "hi" : 10, "counts" : [0,0,0,0,0,0,0,0,0,0,1] }');

-- = and <>: the same counts on the same scale are equal; the same answers
-- on another scale, or other counts, are not (and never an error).
SELECT a.name AS a, b.name AS b, a.v = b.v AS eq, a.v <> b.v AS ne
FROM sd AS a JOIN sd AS b ON (a.name, b.name) IN
    (('b1', 'b1 again'), ('b1', 'b256'), ('b1', 'a1'), ('csat', 'ces'), ('zero5', 'b1'),
     ('empty', 'csat'))
ORDER BY a.i, b.i;
SELECT '{"lo":1,"hi":5,"counts":[0,0,0,0,1]}'::score_dist = '{"lo":0,"hi":5,"counts":[0,0,0,0,0,1]}' AS same_answer_other_scale;

-- The order: by lo, then hi, then the counts from the lowest score.
SELECT name, v FROM sd ORDER BY v, i;
SELECT name, v FROM sd ORDER BY v DESC, i;

SELECT * FROM pg_temp.laws('score_dist', 'sd');

-- A table with every value many times, for the plans.
CREATE TEMP TABLE sd_rows AS SELECT g, sd.name, sd.v FROM sd, generate_series(1, 30) AS g;
ANALYZE sd_rows;

-- DISTINCT and GROUP BY by hashing (HashAggregate), then by sorting
-- (Sort and Unique or GroupAggregate); the same groups either way.
SET enable_sort = off;
EXPLAIN (COSTS OFF) SELECT DISTINCT v FROM sd_rows;
SELECT count(*) AS groups FROM (SELECT DISTINCT v FROM sd_rows) AS s;
EXPLAIN (COSTS OFF) SELECT v, count(*) FROM sd_rows GROUP BY v;
SELECT v, count(*), string_agg(DISTINCT name, ', ') AS names FROM sd_rows GROUP BY v ORDER BY v;
RESET enable_sort;
SET enable_hashagg = off;
EXPLAIN (COSTS OFF) SELECT DISTINCT v FROM sd_rows;
SELECT count(*) AS groups FROM (SELECT DISTINCT v FROM sd_rows) AS s;
EXPLAIN (COSTS OFF) SELECT v, count(*) FROM sd_rows GROUP BY v;
SELECT v, count(*), string_agg(DISTINCT name, ', ') AS names FROM sd_rows GROUP BY v;
RESET enable_hashagg;

-- UNION, by hashing and by sorting.
SET enable_sort = off;
EXPLAIN (COSTS OFF) SELECT v FROM sd WHERE i <= 5 UNION SELECT v FROM sd WHERE i > 3;
SELECT count(*) FROM (SELECT v FROM sd WHERE i <= 5 UNION SELECT v FROM sd WHERE i > 3) AS u;
RESET enable_sort;
SET enable_hashagg = off;
SELECT pg_temp.plan_nodes($q$SELECT v FROM sd WHERE i <= 5 UNION SELECT v FROM sd WHERE i > 3$q$) AS sorted_union;
SELECT count(*) FROM (SELECT v FROM sd WHERE i <= 5 UNION SELECT v FROM sd WHERE i > 3) AS u;
RESET enable_hashagg;

-- IN a list; NOT IN a subquery as a hashed subplan, IN one as a semi-join.
SELECT name FROM sd
WHERE v IN ('{"lo":0,"hi":10,"counts":[0,0,0,0,0,0,0,0,0,0,1]}', '{"lo":1,"hi":5,"counts":[0,0,0,0,1]}')
ORDER BY i;
SELECT name FROM sd
WHERE v NOT IN ('{"lo":0,"hi":10,"counts":[0,0,0,0,0,0,0,0,0,0,1]}', '{"lo":1,"hi":5,"counts":[0,0,0,0,1]}')
ORDER BY i;
SELECT pg_temp.uses_hashed_subplan($$SELECT name, count(*) FROM sd_rows
WHERE v NOT IN (SELECT v FROM sd WHERE name LIKE 'b%') GROUP BY name$$);
SELECT name, count(*) FROM sd_rows
WHERE v NOT IN (SELECT v FROM sd WHERE name LIKE 'b%') GROUP BY name ORDER BY name;
EXPLAIN (COSTS OFF) SELECT name, count(*) FROM sd_rows
WHERE v IN (SELECT v FROM sd WHERE name LIKE 'b%') GROUP BY name;
SELECT name, count(*) FROM sd_rows
WHERE v IN (SELECT v FROM sd WHERE name LIKE 'b%') GROUP BY name ORDER BY name;

-- Joins: hash join, merge join, nested loop; the same 9 x 30 matches
-- plus the two pairs of b1 and b1 again (x 30) each way.
SET enable_mergejoin = off;
SET enable_nestloop = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM sd JOIN sd_rows AS r ON r.v = sd.v;
SELECT count(*) FROM sd JOIN sd_rows AS r ON r.v = sd.v;
RESET enable_mergejoin;
SET enable_hashjoin = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM sd JOIN sd_rows AS r ON r.v = sd.v;
SELECT count(*) FROM sd JOIN sd_rows AS r ON r.v = sd.v;
RESET enable_nestloop;
SET enable_mergejoin = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM sd JOIN sd_rows AS r ON r.v = sd.v;
SELECT count(*) FROM sd JOIN sd_rows AS r ON r.v = sd.v;
RESET enable_mergejoin;
RESET enable_hashjoin;

-- A unique btree index refuses an equal value, and finds values by = and
-- by range; a hash index finds them by =.
CREATE TEMP TABLE sd_unique (v score_dist);
CREATE UNIQUE INDEX sd_unique_v ON sd_unique (v);
INSERT INTO sd_unique SELECT v FROM sd WHERE name <> 'b1 again';
SELECT pg_temp.err($$INSERT INTO sd_unique VALUES ('{"lo":0,"hi":10,"counts":[0,0,0,0,0,0,0,0,0,0,1]}')$$);
CREATE INDEX sd_rows_hash ON sd_rows USING hash (v);
ANALYZE sd_unique;
SET enable_seqscan = off;
SET enable_bitmapscan = off;
EXPLAIN (COSTS OFF) SELECT v FROM sd_unique WHERE v = '{"lo":1,"hi":5,"counts":[0,0,0,0,1]}';
SELECT v FROM sd_unique WHERE v = '{"lo":1,"hi":5,"counts":[0,0,0,0,1]}';
EXPLAIN (COSTS OFF) SELECT v FROM sd_unique WHERE v > '{"lo":0,"hi":10,"counts":[0,0,0,0,0,0,0,0,0,0,256]}' ORDER BY v;
SELECT v FROM sd_unique WHERE v > '{"lo":0,"hi":10,"counts":[0,0,0,0,0,0,0,0,0,0,256]}' ORDER BY v;
EXPLAIN (COSTS OFF) SELECT count(*) FROM sd_rows WHERE v = '{"lo":0,"hi":10,"counts":[0,0,0,0,0,0,0,0,0,0,1]}';
SELECT count(*) FROM sd_rows WHERE v = '{"lo":0,"hi":10,"counts":[0,0,0,0,0,0,0,0,0,0,1]}';
RESET enable_seqscan;
RESET enable_bitmapscan;

------------------------------------------------------------------------
-- rolling_benchmark
------------------------------------------------------------------------

-- A bucket of 1 week is one of 7 days: week again, built by the aggregate
-- with '1 week', equals week, read as "7 days"; month again, built by the
-- aggregate, equals month.  The others differ in scale, bucket, periods,
-- end or counts.
CREATE TEMP TABLE rb (i int PRIMARY KEY, name text, v rolling_benchmark);
INSERT INTO rb VALUES
    (1, 'month',       '{"lo":0,"hi":10,"bucket":"1 mon","periods":2,"end":"2026-02-01","counts":[[0,0,0,0,0,0,0,0,0,0,1],[0,0,0,0,0,0,0,0,0,0,2]]}'),
    (2, 'month later', '{"lo":0,"hi":10,"bucket":"1 mon","periods":2,"end":"2026-03-01","counts":[[0,0,0,0,0,0,0,0,0,0,1],[0,0,0,0,0,0,0,0,0,0,2]]}'),
    (3, 'quarter',     '{"lo":0,"hi":10,"bucket":"3 mons","periods":2,"end":"2026-01-01","counts":[[0,0,0,0,0,0,0,0,0,0,1],[0,0,0,0,0,0,0,0,0,0,2]]}'),
    (4, 'week',        '{"lo":0,"hi":10,"bucket":"7 days","periods":2,"end":"2026-01-05","counts":[[0,0,0,0,0,0,0,0,0,0,1],[0,0,0,0,0,0,0,0,0,0,2]]}'),
    (5, 'day',         '{"lo":0,"hi":10,"bucket":"1 day","periods":2,"end":"2026-01-05","counts":[[0,0,0,0,0,0,0,0,0,0,1],[0,0,0,0,0,0,0,0,0,0,2]]}'),
    (6, '3 periods',   '{"lo":0,"hi":10,"bucket":"1 mon","periods":3,"end":"2026-02-01","counts":[[0,0,0,0,0,0,0,0,0,0,0],[0,0,0,0,0,0,0,0,0,0,1],[0,0,0,0,0,0,0,0,0,0,2]]}'),
    (7, 'csat',        '{"lo":1,"hi":5,"bucket":"1 mon","periods":2,"end":"2026-02-01","counts":[[0,0,0,0,1],[0,0,0,0,2]]}'),
    (8, 'older first', '{"lo":0,"hi":10,"bucket":"1 mon","periods":2,"end":"2026-02-01","counts":[[0,0,0,0,0,0,0,0,0,0,2],[0,0,0,0,0,0,0,0,0,0,1]]}'),
    (9, 'month again', (SELECT rolling_benchmark(d, s, '1 month', 2) FROM (VALUES
            (date '2026-01-10', 10), ('2026-02-03', 10), ('2026-02-28', 10)) AS t(d, s))),
    (10, 'week again', (SELECT rolling_benchmark(d, s, '1 week', 2) FROM (VALUES
            (date '2025-12-29', 10), ('2026-01-05', 10), ('2026-01-11', 10)) AS t(d, s)));

SELECT a.name AS a, b.name AS b, a.v = b.v AS eq, a.v <> b.v AS ne
FROM rb AS a JOIN rb AS b ON (a.name, b.name) IN
    (('month', 'month again'), ('week', 'week again'), ('month', 'month later'), ('month', 'quarter'),
     ('month', '3 periods'), ('month', 'csat'), ('month', 'older first'), ('week', 'day'))
ORDER BY a.i, b.i;

-- The order: lo, hi, bucket (days and weeks before months, the shorter
-- first), periods, end, then the counts from the oldest period.
SELECT name, v FROM rb ORDER BY v, i;

SELECT * FROM pg_temp.laws('rolling_benchmark', 'rb');

CREATE TEMP TABLE rb_rows AS SELECT g, rb.name, rb.v FROM rb, generate_series(1, 30) AS g;
ANALYZE rb_rows;

SET enable_sort = off;
EXPLAIN (COSTS OFF) SELECT v, count(*) FROM rb_rows GROUP BY v;
SELECT string_agg(DISTINCT name, ', ') AS names, count(*) FROM rb_rows GROUP BY v ORDER BY 1;
EXPLAIN (COSTS OFF) SELECT DISTINCT v FROM rb_rows;
SELECT count(*) AS groups FROM (SELECT DISTINCT v FROM rb_rows) AS s;
RESET enable_sort;
SET enable_hashagg = off;
EXPLAIN (COSTS OFF) SELECT v, count(*) FROM rb_rows GROUP BY v;
SELECT string_agg(DISTINCT name, ', ') AS names, count(*) FROM rb_rows GROUP BY v ORDER BY 1;
EXPLAIN (COSTS OFF) SELECT DISTINCT v FROM rb_rows;
SELECT count(*) AS groups FROM (SELECT DISTINCT v FROM rb_rows) AS s;
RESET enable_hashagg;

SET enable_sort = off;
EXPLAIN (COSTS OFF) SELECT v FROM rb WHERE i <= 5 UNION SELECT v FROM rb WHERE i > 5;
SELECT count(*) FROM (SELECT v FROM rb WHERE i <= 5 UNION SELECT v FROM rb WHERE i > 5) AS u;
RESET enable_sort;
SET enable_hashagg = off;
SELECT pg_temp.plan_nodes($q$SELECT v FROM rb WHERE i <= 5 UNION SELECT v FROM rb WHERE i > 5$q$) AS sorted_union;
SELECT count(*) FROM (SELECT v FROM rb WHERE i <= 5 UNION SELECT v FROM rb WHERE i > 5) AS u;
RESET enable_hashagg;

SELECT name FROM rb
WHERE v IN (SELECT v FROM rb WHERE name IN ('week again', 'month again'))
ORDER BY i;
SELECT pg_temp.uses_hashed_subplan($$SELECT name, count(*) FROM rb_rows
WHERE v NOT IN (SELECT v FROM rb WHERE name LIKE 'month%') GROUP BY name$$);
SELECT name, count(*) FROM rb_rows
WHERE v NOT IN (SELECT v FROM rb WHERE name LIKE 'month%') GROUP BY name ORDER BY name;
EXPLAIN (COSTS OFF) SELECT name, count(*) FROM rb_rows
WHERE v IN (SELECT v FROM rb WHERE name LIKE 'month%') GROUP BY name;
SELECT name, count(*) FROM rb_rows
WHERE v IN (SELECT v FROM rb WHERE name LIKE 'month%') GROUP BY name ORDER BY name;
SELECT name FROM rb
WHERE v IN ('{"lo":0,"hi":10,"bucket":"7 days","periods":2,"end":"2026-01-05","counts":[[0,0,0,0,0,0,0,0,0,0,1],[0,0,0,0,0,0,0,0,0,0,2]]}',
            '{"lo":1,"hi":5,"bucket":"1 mon","periods":2,"end":"2026-02-01","counts":[[0,0,0,0,1],[0,0,0,0,2]]}')
ORDER BY i;

-- Joins: 10 x 30 matches plus both pairs of equal values (x 30) each way.
SET enable_mergejoin = off;
SET enable_nestloop = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM rb JOIN rb_rows AS r ON r.v = rb.v;
SELECT count(*) FROM rb JOIN rb_rows AS r ON r.v = rb.v;
RESET enable_mergejoin;
SET enable_hashjoin = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM rb JOIN rb_rows AS r ON r.v = rb.v;
SELECT count(*) FROM rb JOIN rb_rows AS r ON r.v = rb.v;
RESET enable_nestloop;
SET enable_mergejoin = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM rb JOIN rb_rows AS r ON r.v = rb.v;
SELECT count(*) FROM rb JOIN rb_rows AS r ON r.v = rb.v;
RESET enable_mergejoin;
RESET enable_hashjoin;

CREATE TEMP TABLE rb_unique (v rolling_benchmark);
CREATE UNIQUE INDEX rb_unique_v ON rb_unique (v);
INSERT INTO rb_unique SELECT v FROM rb WHERE name NOT LIKE '% again';
SELECT pg_temp.err($$INSERT INTO rb_unique SELECT v FROM rb WHERE name = 'week again'$$);
CREATE INDEX rb_rows_hash ON rb_rows USING hash (v);
ANALYZE rb_unique;
SET enable_seqscan = off;
SET enable_bitmapscan = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM rb_unique WHERE v = '{"lo":0,"hi":10,"bucket":"7 days","periods":2,"end":"2026-01-05","counts":[[0,0,0,0,0,0,0,0,0,0,1],[0,0,0,0,0,0,0,0,0,0,2]]}';
SELECT count(*) FROM rb_unique WHERE v = '{"lo":0,"hi":10,"bucket":"7 days","periods":2,"end":"2026-01-05","counts":[[0,0,0,0,0,0,0,0,0,0,1],[0,0,0,0,0,0,0,0,0,0,2]]}';
EXPLAIN (COSTS OFF) SELECT count(*) FROM rb_rows WHERE v = '{"lo":0,"hi":10,"bucket":"1 mon","periods":2,"end":"2026-02-01","counts":[[0,0,0,0,0,0,0,0,0,0,1],[0,0,0,0,0,0,0,0,0,0,2]]}';
SELECT count(*) FROM rb_rows WHERE v = '{"lo":0,"hi":10,"bucket":"1 mon","periods":2,"end":"2026-02-01","counts":[[0,0,0,0,0,0,0,0,0,0,1],[0,0,0,0,0,0,0,0,0,0,2]]}';
RESET enable_seqscan;
RESET enable_bitmapscan;

------------------------------------------------------------------------
-- the state types: = and order on values, the laws, DISTINCT
------------------------------------------------------------------------

-- mirror_state: by metric, then the counts of customers, employees and
-- managers.  A value from the transition equals its text.
CREATE TEMP TABLE ms (i int PRIMARY KEY, v mirror_state);
INSERT INTO ms VALUES
    (1, mirror_gap_accum(NULL, 'client', 3)),
    (2, mirror_gap_accum(NULL, 'employee', 3)),
    (3, mirror_gap_accum(NULL, 'manager', 3)),
    (4, mirror_gap_accum(NULL, 'client', 9, 'nps')),
    (5, mirror_gap_accum(NULL, 'client', 4, 'top2')),
    (6, mirror_gap_accum(mirror_gap_accum(NULL, 'client', 3), 'client', 100)),
    (7, mirror_gap_accum(NULL, 'customer', 3)::text::mirror_state);
SELECT a.i, b.i, a.v = b.v AS eq FROM ms AS a, ms AS b WHERE (a.i, b.i) IN ((1, 7), (1, 2), (1, 4), (4, 5), (1, 6)) ORDER BY 1, 2;
SELECT array_agg(i ORDER BY v, i) AS in_order FROM ms;
SELECT * FROM pg_temp.laws('mirror_state', 'ms');
SELECT count(DISTINCT v) AS distinct_values FROM ms;

-- attrition_state: by kind, lower, upper, active, churned; signed bounds.
CREATE TEMP TABLE ast (i int PRIMARY KEY, v attrition_state);
INSERT INTO ast VALUES
    (1, '{"kind":"date","lower":9497,"upper":9587,"active":3,"churned":1}'),
    (2, '{"kind":"date","lower":-5,"upper":9587,"active":3,"churned":1}'),
    (3, '{"kind":"date","lower":9497,"upper":9587,"active":3,"churned":0}'),
    (4, '{"kind":"timestamptz","lower":-5,"upper":10,"active":0,"churned":0}'),
    (5, '{"kind":"timestamp","lower":-5,"upper":10,"active":0,"churned":0}'),
    (6, '{"churned":1,"active":3,"upper":9587,"lower":9497,"kind":"date"}'),
    (7, attrition_agg_accum(attrition_agg_accum(attrition_agg_accum(NULL::attrition_state,
            date '2026-01-01', NULL, daterange('2026-01-01', '2026-02-01')),
            date '2025-06-01', date '2026-01-20', daterange('2026-01-01', '2026-02-01')),
            date '2025-12-31', NULL, daterange('2026-01-01', '2026-02-01')));
SELECT a.i, b.i, a.v = b.v AS eq FROM ast AS a, ast AS b WHERE (a.i, b.i) IN ((1, 6), (1, 2), (1, 3), (4, 5)) ORDER BY 1, 2;
SELECT i, v FROM ast ORDER BY v, i;
SELECT * FROM pg_temp.laws('attrition_state', 'ast');

-- rfm_state: the same purchases in another order, or with room to grow
-- (a transition's value), are the same state.
CREATE TEMP TABLE rs (i int PRIMARY KEY, v rfm_state);
INSERT INTO rs VALUES
    (1, '{"observed_until":100,"unit_days":7,"purchases":[[10,2.5],[-3,10],[10,0]]}'),
    (2, '{"observed_until":100,"unit_days":7,"purchases":[[-3,10],[10,0],[10,2.5]]}'),
    (3, '{"observed_until":100,"unit_days":7,"purchases":[[10,-0],[10,2.5],[-3,10]]}'),
    (4, '{"observed_until":100,"unit_days":7,"purchases":[[-3,10],[10,2.5]]}'),
    (5, '{"observed_until":100,"unit_days":1,"purchases":[[-3,10],[10,0],[10,2.5]]}'),
    (6, '{"observed_until":99,"unit_days":7,"purchases":[[-3,10],[10,0],[10,2.5]]}'),
    (7, '{"observed_until":100,"unit_days":7,"purchases":[[-3,10],[10,0],[10,3]]}'),
    (8, '{"observed_until":100,"unit_days":7,"purchases":[[-4,10],[10,0],[10,2.5]]}'),
    (9, rfm_agg_accum(rfm_agg_accum(NULL, date '2000-01-11', 2.5, date '2000-04-10', '1 week'),
                      date '1999-12-29', 10, date '2000-04-10', '1 week')),
    (10, '{"observed_until":100,"unit_days":7,"purchases":[[10,2.5],[-3,10]]}');
SELECT a.i, b.i, a.v = b.v AS eq FROM rs AS a, rs AS b
WHERE (a.i, b.i) IN ((1, 2), (1, 3), (1, 4), (1, 5), (1, 6), (1, 7), (4, 9), (4, 10), (9, 10)) ORDER BY 1, 2;
SELECT i, v FROM rs ORDER BY v, i;
SELECT * FROM pg_temp.laws('rfm_state', 'rs');
-- a unique index and a hash index see through the order of purchases
CREATE TEMP TABLE rs_unique (v rfm_state);
CREATE UNIQUE INDEX rs_unique_v ON rs_unique (v);
CREATE INDEX rs_unique_hash ON rs_unique USING hash (v);
INSERT INTO rs_unique SELECT v FROM rs WHERE i IN (1, 4, 5);
SELECT pg_temp.err($$INSERT INTO rs_unique SELECT v FROM rs WHERE i = 3$$);
SET enable_seqscan = off;
SET enable_bitmapscan = off;
SELECT count(*) FROM rs_unique WHERE v = '{"observed_until":100,"unit_days":7,"purchases":[[10,2.5],[-3,10]]}';
DROP INDEX rs_unique_v;
EXPLAIN (COSTS OFF) SELECT count(*) FROM rs_unique WHERE v = '{"observed_until":100,"unit_days":7,"purchases":[[10,2.5],[-3,10]]}';
SELECT count(*) FROM rs_unique WHERE v = '{"observed_until":100,"unit_days":7,"purchases":[[10,2.5],[-3,10]]}';
RESET enable_seqscan;
RESET enable_bitmapscan;

-- bgnbd_state and gamma_gamma_state: by number of rows, then the rows.
-- A transition's value (an expanded object) equals its flat text.
CREATE TEMP TABLE bs (i int PRIMARY KEY, v bgnbd_state);
INSERT INTO bs VALUES
    (1, '{"rows":[[0,0,5,2],[2,3.5,10,1]]}'),
    (2, bgnbd_fit_accum(bgnbd_fit_accum(bgnbd_fit_accum(NULL, 2, 3.5, 10), 0, 0, 5), 0, 0, 5)),
    (3, '{"rows":[[0,0,5,2],[2,3.5,10,2]]}'),
    (4, '{"rows":[[0,0,5,3]]}'),
    (5, '{"rows":[[0,0,5,2],[2,3.25,10,1]]}'),
    (6, '{"rows":[]}'),
    (7, '{"rows":[[0,0,5,2],[10,3.5,10,1]]}');
SELECT a.i, b.i, a.v = b.v AS eq FROM bs AS a, bs AS b WHERE (a.i, b.i) IN ((1, 2), (1, 3), (1, 4), (1, 5), (1, 7)) ORDER BY 1, 2;
SELECT bgnbd_fit_accum(bgnbd_fit_accum(NULL, 2, 3.5, 10), 0, 0, 5) = '{"rows":[[0,0,5,1],[2,3.5,10,1]]}' AS expanded_equals_flat,
       bgnbd_state_hash(bgnbd_fit_accum(bgnbd_fit_accum(NULL, 2, 3.5, 10), 0, 0, 5)) =
       bgnbd_state_hash('{"rows":[[0,0,5,1],[2,3.5,10,1]]}') AS same_hash;
SELECT i, v FROM bs ORDER BY v, i;
SELECT * FROM pg_temp.laws('bgnbd_state', 'bs');

CREATE TEMP TABLE gs (i int PRIMARY KEY, v gamma_gamma_state);
INSERT INTO gs VALUES
    (1, '{"rows":[[1,20,1],[3,12.5,2]]}'),
    (2, gamma_gamma_fit_accum(gamma_gamma_fit_accum(gamma_gamma_fit_accum(NULL, 3, 12.5), 1, 20), 3, 12.5)),
    (3, '{"rows":[[1,20,1],[3,12.5,1]]}'),
    (4, '{"rows":[[1,9.5,1],[3,12.5,2]]}'),
    (5, '{"rows":[[1,20,1]]}');
SELECT a.i, b.i, a.v = b.v AS eq FROM gs AS a, gs AS b WHERE (a.i, b.i) IN ((1, 2), (1, 3), (1, 4), (1, 5)) ORDER BY 1, 2;
SELECT i, v FROM gs ORDER BY v, i;
SELECT * FROM pg_temp.laws('gamma_gamma_state', 'gs');

-- sbg_state: by number of tenures, then (tenure, churned, active); the
-- room a transition's value keeps is not part of it.
CREATE TEMP TABLE ss (i int PRIMARY KEY, v sbg_state);
INSERT INTO ss VALUES
    (1, '{"tenures":[[1,2,0],[3,0,1]]}'),
    (2, sbg_fit_accum(sbg_fit_accum(sbg_fit_accum(NULL, 3, false), 1, true), 1, true)),
    (3, '{"tenures":[[1,2,0],[3,0,2]]}'),
    (4, '{"tenures":[[1,2,0],[4,0,1]]}'),
    (5, '{"tenures":[[0,0,9]]}'),
    (6, '{"tenures":[[1,2,0],[3,0,1],[5,1,0]]}');
SELECT a.i, b.i, a.v = b.v AS eq, pg_column_size(a.v) AS size_a, pg_column_size(b.v) AS size_b
FROM ss AS a, ss AS b WHERE (a.i, b.i) IN ((1, 2), (1, 3), (1, 4), (1, 6)) ORDER BY 1, 2;
SELECT i, v FROM ss ORDER BY v, i;
SELECT * FROM pg_temp.laws('sbg_state', 'ss');

-- Every state type through GROUP BY, by hashing and by sorting.
CREATE TEMP VIEW state_groups AS
SELECT 'mirror_state' AS typ, (SELECT count(*) FROM (SELECT v FROM ms GROUP BY v) AS g) AS groups
UNION ALL SELECT 'attrition_state', (SELECT count(*) FROM (SELECT v FROM ast GROUP BY v) AS g)
UNION ALL SELECT 'rfm_state', (SELECT count(*) FROM (SELECT v FROM rs GROUP BY v) AS g)
UNION ALL SELECT 'bgnbd_state', (SELECT count(*) FROM (SELECT v FROM bs GROUP BY v) AS g)
UNION ALL SELECT 'gamma_gamma_state', (SELECT count(*) FROM (SELECT v FROM gs GROUP BY v) AS g)
UNION ALL SELECT 'sbg_state', (SELECT count(*) FROM (SELECT v FROM ss GROUP BY v) AS g);
SET enable_sort = off;
EXPLAIN (COSTS OFF) SELECT v FROM rs GROUP BY v;
SELECT * FROM state_groups;
RESET enable_sort;
SET enable_hashagg = off;
EXPLAIN (COSTS OFF) SELECT v FROM rs GROUP BY v;
SELECT * FROM state_groups;
RESET enable_hashagg;

------------------------------------------------------------------------
-- errors: a corrupted value is refused by every comparison
------------------------------------------------------------------------

-- as_<type>(bytes): the value whose stored payload is `bytes` (a bytea
-- datum is a varlena header followed by its bytes, as a stored value is).
CREATE FUNCTION pg_temp.as_score_dist(bytea, bytea) RETURNS score_dist
    LANGUAGE internal IMMUTABLE STRICT AS 'byteacat';
CREATE FUNCTION pg_temp.as_rolling_benchmark(bytea, bytea) RETURNS rolling_benchmark
    LANGUAGE internal IMMUTABLE STRICT AS 'byteacat';
CREATE FUNCTION pg_temp.as_sbg_state(bytea, bytea) RETURNS sbg_state
    LANGUAGE internal IMMUTABLE STRICT AS 'byteacat';
-- Stored score_dist payloads: version, flags, lo, hi, then the counts in
-- host (little-endian) order.
CREATE TEMP TABLE bad (what text, v score_dist);
INSERT INTO bad VALUES
    ('negative count', pg_temp.as_score_dist('\x01000001' || '\xffffffffffffffff'::bytea || '\x0100000000000000'::bytea, '')),
    ('version 0',      pg_temp.as_score_dist('\x00000001' || '\x0100000000000000'::bytea || '\x0100000000000000'::bytea, '')),
    ('version 2',      pg_temp.as_score_dist('\x02000001' || '\x0100000000000000'::bytea || '\x0100000000000000'::bytea, '')),
    ('short',          pg_temp.as_score_dist('\x010000', ''));
-- Each value's error, and whether <, score_dist_cmp, score_dist_hash and
-- score_dist_hash_extended raise the same one as =.
SELECT what, e[1] AS error, e[1] = ALL (e) AS same_from_every_function
FROM (SELECT what, ARRAY[
        pg_temp.err(format('SELECT v = v FROM bad WHERE what = %L', what)),
        pg_temp.err(format('SELECT v < %L::score_dist FROM bad WHERE what = %L', '{"lo":0,"hi":1,"counts":[1,1]}', what)),
        pg_temp.err(format('SELECT score_dist_cmp(%L, v) FROM bad WHERE what = %L', '{"lo":0,"hi":1,"counts":[1,1]}', what)),
        pg_temp.err(format('SELECT score_dist_hash(v) FROM bad WHERE what = %L', what)),
        pg_temp.err(format('SELECT score_dist_hash_extended(v, 1) FROM bad WHERE what = %L', what))] AS e
      FROM bad) AS t
ORDER BY what;
-- in a plan: DISTINCT, a sort and a join meet the corrupted value
CREATE TEMP VIEW with_bad AS
SELECT v FROM sd UNION ALL SELECT v FROM bad WHERE what = 'negative count';
SELECT pg_temp.err($$SELECT DISTINCT v FROM with_bad$$) AS distinct_values;
SELECT pg_temp.err($$SELECT * FROM with_bad ORDER BY v$$) AS order_by;
SELECT pg_temp.err($$SELECT * FROM sd JOIN bad USING (v) WHERE what = 'negative count'$$) AS join_on;
-- The other types: the error of the check every read makes, from = and
-- from the hash (version 0, a short value, a wrong sbg_state total).
CREATE FUNCTION pg_temp.as_mirror_state(bytea, bytea) RETURNS mirror_state
    LANGUAGE internal IMMUTABLE STRICT AS 'byteacat';
CREATE FUNCTION pg_temp.as_rfm_state(bytea, bytea) RETURNS rfm_state
    LANGUAGE internal IMMUTABLE STRICT AS 'byteacat';
CREATE FUNCTION pg_temp.as_bgnbd_state(bytea, bytea) RETURNS bgnbd_state
    LANGUAGE internal IMMUTABLE STRICT AS 'byteacat';
CREATE FUNCTION pg_temp.as_gamma_gamma_state(bytea, bytea) RETURNS gamma_gamma_state
    LANGUAGE internal IMMUTABLE STRICT AS 'byteacat';
SELECT typ, e[1] AS error, e[1] = e[2] AS same_from_hash
FROM (SELECT typ, ARRAY[
        pg_temp.err(format('SELECT pg_temp.as_%1$s(%2$L, '''') = pg_temp.as_%1$s(%2$L, '''')', typ, payload)),
        pg_temp.err(format('SELECT %1$s_hash_extended(pg_temp.as_%1$s(%2$L, ''''), 7)', typ, payload))] AS e
      FROM (VALUES
        ('rolling_benchmark', '\x00'::bytea),
        ('mirror_state', '\x00'),
        ('rfm_state', decode(repeat('00', 20), 'hex')),
        ('bgnbd_state', decode(repeat('00', 12), 'hex')),
        ('gamma_gamma_state', '\x01'::bytea || decode(repeat('00', 11), 'hex')),
        ('sbg_state', '\x01000000'::bytea || '\x01000000'::bytea || '\x00000000'::bytea
                      || '\x0400000000000000'::bytea || '\x0100000000000000'::bytea
                      || '\x0500000000000000'::bytea || '\x0000000000000000'::bytea)) AS v(typ, payload)) AS t
ORDER BY typ;
