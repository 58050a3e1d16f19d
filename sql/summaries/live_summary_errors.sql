-- Live summaries: privileges (a trusted extension: a summary belongs to
-- the owner of its source, writers without any privilege on it keep it
-- exact, nobody else writes it), a hostile search_path, forged triggers,
-- and the error paths of pgcx_summarize and the pgcx_summary_* functions,
-- each with its SQLSTATE and nothing left behind.
--
-- As in live_summary, every check compares the view with plain-SQL counts
-- from the source (pg_temp.check_all), with pgcx_summary_verify beside it.
\i sql/include/setup.sql
SET DateStyle = 'ISO, YMD';
SET IntervalStyle = 'postgres';
SET TimeZone = 'UTC';

\i sql/include/summary_check.sql

-- ---------------------------------------------------------------------
-- 6. Privileges
-- ---------------------------------------------------------------------

SET client_min_messages = warning;
DROP ROLE IF EXISTS regress_pgcx_owner, regress_pgcx_writer, regress_pgcx_reader, regress_pgcx_other;
RESET client_min_messages;
CREATE ROLE regress_pgcx_owner;
CREATE ROLE regress_pgcx_writer;
CREATE ROLE regress_pgcx_reader;
CREATE ROLE regress_pgcx_other;
CREATE SCHEMA cx AUTHORIZATION regress_pgcx_owner;
GRANT USAGE ON SCHEMA cx TO regress_pgcx_writer, regress_pgcx_reader, regress_pgcx_other;
CREATE SCHEMA hostile AUTHORIZATION regress_pgcx_writer;
CREATE SCHEMA mallory AUTHORIZATION regress_pgcx_other;

-- The owner of the source makes the summary, which belongs to it.
SET ROLE regress_pgcx_owner;
CREATE TABLE cx.answers (id int PRIMARY KEY, d date, team text, nps int);
INSERT INTO cx.answers SELECT i, date '2024-01-01' + i % 60, (ARRAY['a', 'b'])[i % 2 + 1], (i * 7) % 11
FROM generate_series(1, 80) AS i;
SELECT pgcx_summarize('cx.answers', 'answers_month', 'd', '1 mon', '{team}', '{"nps": [0, 10]}');
GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON cx.answers TO regress_pgcx_writer;
GRANT SELECT ON cx.answers_month TO regress_pgcx_reader;
RESET ROLE;
INSERT INTO oracles VALUES ('cx.answers_month', 'cx.answers', $$date_trunc('month', d::timestamp)::date$$,
                            '{team}', '{"nps": [0, 10]}');
SELECT pg_temp.check_all('cx.answers');
-- the summary's relations belong to the source's owner; the writer has
-- no privilege on them, the reader only SELECT on the view
SELECT c.relname, c.relkind, pg_get_userbyid(c.relowner) AS owner,
       array(SELECT p FROM unnest(ARRAY['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE']) AS p
              WHERE has_table_privilege('regress_pgcx_writer', c.oid, p)) AS writer,
       array(SELECT p FROM unnest(ARRAY['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE']) AS p
              WHERE has_table_privilege('regress_pgcx_reader', c.oid, p)) AS reader
FROM pg_class c WHERE c.relnamespace = 'cx'::regnamespace AND c.relname LIKE 'answers%' AND c.relkind IN ('r', 'v')
ORDER BY 1;

-- A writer with INSERT, UPDATE, DELETE and TRUNCATE on the source and no
-- privilege on the summary: the summary stays exact.
SET ROLE regress_pgcx_writer;
INSERT INTO cx.answers VALUES (100, '2024-03-05', 'a', 10), (101, '2024-03-06', 'c', 0);
UPDATE cx.answers SET nps = 10 - nps, team = 'c' WHERE id % 5 = 0;
UPDATE cx.answers SET d = d + 31 WHERE id % 7 = 0;
DELETE FROM cx.answers WHERE id % 9 = 0;
COPY cx.answers FROM STDIN;
200	2024-02-29	b	9
201	\N	b	8
\.
RESET ROLE;
SELECT pg_temp.check_all('cx.answers');
-- what the writer cannot do: read or write the summary's tables, run its
-- maintenance, make a summary of a table it does not own (42501)
SET ROLE regress_pgcx_writer;
SELECT what, pg_temp.err(q) AS error
FROM (VALUES
    (1, 'read the view', $$SELECT * FROM cx.answers_month$$),
    (2, 'insert _pending', $$INSERT INTO cx.answers_month_pending (bucket, team, sign, rows) VALUES ('2024-01-01', 'a', 1, 1000)$$),
    (3, 'delete _pending', $$DELETE FROM cx.answers_month_pending$$),
    (4, 'update _compacted', $$UPDATE cx.answers_month_compacted SET rows = 0$$),
    (5, 'truncate _compacted', $$TRUNCATE cx.answers_month_compacted$$),
    (6, 'compact', $$SELECT pgcx_summary_compact('cx.answers_month')$$),
    (7, 'rebuild', $$SELECT pgcx_summary_rebuild('cx.answers_month')$$),
    (8, 'rebuild a range', $$SELECT pgcx_summary_rebuild('cx.answers_month', daterange('2024-01-01', '2024-02-01'))$$),
    (9, 'drop', $$SELECT pgcx_summary_drop('cx.answers_month')$$),
    (10, 'exec', $$SELECT pgcx_summary_exec('cx.answers_month_pending', 'DELETE FROM cx.answers_month_compacted')$$),
    (11, 'summarize', $$SELECT pgcx_summarize('cx.answers', 'mine', 'd', '1 mon')$$),
    (12, 'drop a trigger', (SELECT format('DROP TRIGGER %I ON cx.answers', tgname) FROM pg_trigger
                            WHERE tgrelid = 'cx.answers'::regclass AND tgfoid = 'pgcx_summary_capture'::regproc AND tgtype = 4))
) AS v(i, what, q)
ORDER BY i;
RESET ROLE;
SELECT pg_temp.check_all('cx.answers');
-- a writer's TRUNCATE empties the summary through the trigger
BEGIN;
SET LOCAL ROLE regress_pgcx_writer;
TRUNCATE cx.answers;
INSERT INTO cx.answers VALUES (1, '2024-01-10', 'a', 5);
RESET ROLE;
SELECT pg_temp.check_all('cx.answers');
ROLLBACK;
SELECT pg_temp.check_all('cx.answers');

-- The owner itself, and a superuser, write the summary's tables only
-- through pgcx: the guard refuses (42501).
SET ROLE regress_pgcx_owner;
SELECT what, pg_temp.err(q) AS error
FROM (VALUES
    (1, 'owner: insert _pending', $$INSERT INTO cx.answers_month_pending (bucket, team, sign, rows) VALUES ('2024-01-01', 'a', 1, 1000)$$),
    (2, 'owner: delete _compacted', $$DELETE FROM cx.answers_month_compacted$$),
    (3, 'owner: truncate _pending', $$TRUNCATE cx.answers_month_pending$$)
) AS v(i, what, q)
ORDER BY i;
RESET ROLE;
SELECT pg_temp.err($$UPDATE cx.answers_month_compacted SET rows = rows + 1$$) AS superuser_update_compacted;
SELECT pg_temp.check_all('cx.answers');
-- the owner runs the maintenance
SET ROLE regress_pgcx_owner;
SELECT pgcx_summary_compact('cx.answers_month') > 0 AS folded;
SELECT pgcx_summary_rebuild('cx.answers_month', daterange('2024-02-01', '2024-03-01')) AS keys_rebuilt;
RESET ROLE;
SELECT pg_temp.check_all('cx.answers');

-- A reader with SELECT on the view reads it (the view reads the tables as
-- its owner), and nothing else.
SET ROLE regress_pgcx_reader;
SELECT bucket, team, n(nps) AS answers FROM cx.answers_month ORDER BY bucket, team;
SELECT pg_temp.err($$SELECT * FROM cx.answers_month_compacted$$) AS read_compacted,
       pg_temp.err($$SELECT * FROM cx.answers$$) AS read_source;
RESET ROLE;
SELECT d, team, count(nps) AS answers FROM (SELECT date_trunc('month', d::timestamp)::date AS d, team, nps FROM cx.answers) AS s
GROUP BY 1, 2 ORDER BY 1, 2;

-- A writer with a hostile search_path: a schema first on it holds count,
-- sum, + and = for bigint and integer, and bucket_start and score_dist_agg,
-- all wrong.  The trap is armed (the writer's own queries use them), but
-- the triggers run with a fixed search_path: the summary stays exact.
SET ROLE regress_pgcx_writer;
CREATE FUNCTION hostile.evil_inc(bigint) RETURNS bigint LANGUAGE sql AS 'SELECT $1 + 1000';
CREATE FUNCTION hostile.evil_sum(bigint, bigint) RETURNS bigint LANGUAGE sql AS 'SELECT coalesce($1, 0) + $2 * 2';
CREATE FUNCTION hostile.evil_sum(bigint, int) RETURNS bigint LANGUAGE sql AS 'SELECT coalesce($1, 0) + $2 * 2';
CREATE FUNCTION hostile.evil_plus(bigint, bigint) RETURNS bigint LANGUAGE sql AS 'SELECT 42::bigint';
CREATE FUNCTION hostile.evil_eq(int, int) RETURNS boolean LANGUAGE sql AS 'SELECT true';
CREATE FUNCTION hostile.evil_eq(smallint, int) RETURNS boolean LANGUAGE sql AS 'SELECT true';
CREATE AGGREGATE hostile.count(*) (sfunc = hostile.evil_inc, stype = bigint, initcond = '0');
CREATE AGGREGATE hostile.sum(bigint) (sfunc = hostile.evil_sum, stype = bigint);
CREATE AGGREGATE hostile.sum(int) (sfunc = hostile.evil_sum, stype = bigint);
CREATE OPERATOR hostile.+ (leftarg = bigint, rightarg = bigint, function = hostile.evil_plus);
CREATE OPERATOR hostile.= (leftarg = int, rightarg = int, function = hostile.evil_eq);
CREATE OPERATOR hostile.= (leftarg = smallint, rightarg = int, function = hostile.evil_eq);
CREATE OPERATOR hostile.> (leftarg = smallint, rightarg = int, function = hostile.evil_eq);
CREATE OPERATOR hostile.< (leftarg = smallint, rightarg = int, function = hostile.evil_eq);
CREATE FUNCTION hostile.bucket_start(date, interval) RETURNS date LANGUAGE sql AS $$SELECT date '1999-01-01'$$;
CREATE FUNCTION hostile.score_dist_agg(int, int, int) RETURNS int LANGUAGE sql AS 'SELECT 0';
SET search_path = hostile, public, pg_catalog;
SELECT count(*) AS hostile_count, 1::bigint + 1::bigint AS hostile_plus, 2 = 3 AS hostile_eq,
       (SELECT sum(x) FROM (VALUES (1), (2)) AS v(x)) AS hostile_sum
FROM (VALUES (1)) AS v;
INSERT INTO cx.answers VALUES (300, '2024-01-20', 'a', 3), (301, '2024-04-01', 'b', 7);
UPDATE cx.answers SET nps = 9 WHERE id BETWEEN 1 AND 30;
UPDATE cx.answers SET d = d - 3 WHERE id BETWEEN 31 AND 40;
DELETE FROM cx.answers WHERE id BETWEEN 41 AND 45;
RESET search_path;
RESET ROLE;
SELECT pg_temp.check_all('cx.answers');
-- the owner's maintenance with the same search_path is exact too
GRANT USAGE ON SCHEMA hostile TO regress_pgcx_owner;
SET ROLE regress_pgcx_owner;
SET search_path = hostile, public, pg_catalog;
SELECT pgcx_summary_compact('cx.answers_month') > 0 AS folded;
SELECT pgcx_summary_rebuild('cx.answers_month', daterange('2024-01-01', '2024-02-01')) AS keys_rebuilt;
SELECT count(*) AS rows_reported FROM pgcx_summary_verify('cx.answers_month');
RESET search_path;
RESET ROLE;
SELECT pg_temp.check_all('cx.answers');

-- Forged triggers: another role puts pgcx_summary_capture on its own
-- table, with the arguments of the owner's trigger (a definition naming
-- the owner's summary), then with SQL of its own after them, then with a
-- definition of its own naming the owner's summary.  Each is refused, and
-- nothing reaches the owner's summary or runs as its owner.
SET ROLE regress_pgcx_other;
CREATE TABLE mallory.mine (id int, d date, team text, nps int);
CREATE TABLE mallory.loot (who text);
GRANT USAGE ON SCHEMA mallory TO PUBLIC;
GRANT INSERT ON mallory.loot TO PUBLIC;
-- refused(make, write): makes a trigger forged on mallory.mine, writes
-- the table, drops the trigger; says which step was refused, and how
CREATE FUNCTION pg_temp.refused(make text, write text) RETURNS text
LANGUAGE plpgsql AS $$
BEGIN
    BEGIN
        EXECUTE make;
    EXCEPTION WHEN OTHERS THEN
        RETURN 'trigger refused: ' || SQLSTATE || ': ' || SQLERRM;
    END;
    BEGIN
        EXECUTE write;
    EXCEPTION WHEN OTHERS THEN
        DROP TRIGGER forged ON mallory.mine;
        RETURN 'write refused: ' || SQLSTATE || ': ' || SQLERRM;
    END;
    DROP TRIGGER forged ON mallory.mine;
    RETURN 'not refused';
END
$$;
SELECT pg_temp.refused(
    (SELECT replace(replace(pg_get_triggerdef(t.oid), t.tgname, 'forged'),
                    ' ON cx.answers ', ' ON mallory.mine ')
       FROM pg_trigger t
      WHERE t.tgrelid = 'cx.answers'::regclass AND t.tgfoid = 'pgcx_summary_capture'::regproc AND t.tgtype = 4),
    $$INSERT INTO mallory.mine SELECT i, '2024-01-15', 'a', 10 FROM generate_series(1, 1000) AS i$$) AS refused;
SELECT pg_temp.refused(
    (SELECT format('CREATE TRIGGER forged AFTER INSERT ON mallory.mine REFERENCING NEW TABLE AS pgcx_new '
                   'FOR EACH STATEMENT EXECUTE FUNCTION pgcx_summary_capture(%L, %L, %L)',
                   convert_from(substring(t.tgargs FROM 1 FOR position('\x00'::bytea IN t.tgargs) - 1), 'UTF8'),
                   'cx.answers_month_pending', 'INSERT INTO mallory.loot SELECT current_user')
       FROM pg_trigger t
      WHERE t.tgrelid = 'cx.answers'::regclass AND t.tgfoid = 'pgcx_summary_capture'::regproc AND t.tgtype = 4),
    $$INSERT INTO mallory.mine VALUES (1, '2024-01-15', 'a', 10)$$) AS refused;
-- a definition of its own that names the owner's summary and gives its
-- own table as the source
SELECT pg_temp.refused(
    (SELECT format('CREATE TRIGGER forged AFTER INSERT ON mallory.mine REFERENCING NEW TABLE AS pgcx_new '
                   'FOR EACH STATEMENT EXECUTE FUNCTION pgcx_summary_capture(%L)',
                   convert_from(substring(t.tgargs FROM 1 FOR position('\x00'::bytea IN t.tgargs) - 1), 'UTF8')::jsonb
                   || '{"source_schema": "mallory", "source": "mine"}')
       FROM pg_trigger t
      WHERE t.tgrelid = 'cx.answers'::regclass AND t.tgfoid = 'pgcx_summary_capture'::regproc AND t.tgtype = 4),
    $$INSERT INTO mallory.mine VALUES (1, '2024-01-15', 'a', 10)$$) AS refused;
SELECT count(*) AS loot FROM mallory.loot;
RESET ROLE;
DROP FUNCTION pg_temp.refused(text, text);
SELECT pg_temp.check_all('cx.answers');
SELECT * FROM mallory.loot;
-- A capture trigger with a malformed definition on somebody's table
-- breaks neither the catalogue view of summaries nor anybody's CREATE
-- TABLE (the event trigger of partitions reads every capture trigger).
SET ROLE regress_pgcx_other;
SELECT FROM (SELECT pg_temp.err($$CREATE TRIGGER forged AFTER INSERT ON mallory.mine REFERENCING NEW TABLE AS pgcx_new
                                 FOR EACH STATEMENT EXECUTE FUNCTION pgcx_summary_capture('{}')$$)) AS x;
SELECT FROM (SELECT pg_temp.err($$CREATE TRIGGER forged2 AFTER INSERT ON mallory.mine REFERENCING NEW TABLE AS pgcx_new
                                 FOR EACH STATEMENT EXECUTE FUNCTION pgcx_summary_capture('not json')$$)) AS x;
RESET ROLE;
SELECT pg_temp.err('CREATE TABLE public.made_after_forgery (x int)') AS create_table,
       pg_temp.err('ALTER TABLE public.made_after_forgery ADD COLUMN y int') AS alter_table;
SELECT summary, source FROM pgcx_summaries ORDER BY 1::text;
SELECT pg_temp.check_all('cx.answers');
DROP TABLE mallory.mine, mallory.loot;
DROP TABLE public.made_after_forgery;
-- whatever got through, the owner's rebuild makes the summary exact for
-- what follows
SET ROLE regress_pgcx_owner;
SELECT pgcx_summary_rebuild('cx.answers_month') AS keys_rebuilt;
RESET ROLE;
SELECT pg_temp.check_all('cx.answers');

-- ---------------------------------------------------------------------
-- 7. Error paths: each with its SQLSTATE, and nothing made
-- ---------------------------------------------------------------------

CREATE TABLE src (id int, d date, t timestamp, tz timestamptz, team text, txt text, nps int, csat int,
                  bucket int, "rows" int, sign int);
INSERT INTO src VALUES (1, '2024-01-01', '2024-01-01', '2024-01-01', 'a', 'x', 5, 3, 1, 1, 1);
CREATE VIEW src_view AS SELECT * FROM src;
CREATE MATERIALIZED VIEW src_matview AS SELECT * FROM src;
CREATE TABLE src_parted (d date, nps int) PARTITION BY RANGE (d);
CREATE TABLE src_part PARTITION OF src_parted FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE src_parent (d date, nps int);
CREATE TABLE src_child () INHERITS (src_parent);
CREATE TABLE bad_taken (x int);
CREATE TABLE bad2_pending (x int);
CREATE TYPE bad3 AS (x int);
SELECT what, pg_temp.err(q) AS error
FROM (VALUES
    (1, 'NULL source', $$SELECT pgcx_summarize(NULL, 'bad', 'd', '1 mon')$$),
    (2, 'NULL summary', $$SELECT pgcx_summarize('src', NULL, 'd', '1 mon')$$),
    (3, 'NULL time column', $$SELECT pgcx_summarize('src', 'bad', NULL, '1 mon')$$),
    (4, 'NULL bucket', $$SELECT pgcx_summarize('src', 'bad', 'd', NULL)$$),
    (5, 'NULL group column', $$SELECT pgcx_summarize('src', 'bad', 'd', '1 mon', ARRAY['team', NULL]::name[])$$),
    (6, 'a view', $$SELECT pgcx_summarize('src_view', 'bad', 'd', '1 mon', scores => '{"nps": [0, 10]}')$$),
    (7, 'a materialized view', $$SELECT pgcx_summarize('src_matview', 'bad', 'd', '1 mon', scores => '{"nps": [0, 10]}')$$),
    (8, 'a partition', $$SELECT pgcx_summarize('src_part', 'bad', 'd', '1 mon', scores => '{"nps": [0, 10]}')$$),
    (9, 'inheritance', $$SELECT pgcx_summarize('src_parent', 'bad', 'd', '1 mon', scores => '{"nps": [0, 10]}')$$),
    (10, 'unknown time column', $$SELECT pgcx_summarize('src', 'bad', 'when', '1 mon', scores => '{"nps": [0, 10]}')$$),
    (11, 'unknown group column', $$SELECT pgcx_summarize('src', 'bad', 'd', '1 mon', '{team, region}', '{"nps": [0, 10]}')$$),
    (12, 'unknown score column', $$SELECT pgcx_summarize('src', 'bad', 'd', '1 mon', scores => '{"nps": [0, 10], "ces": [1, 7]}')$$),
    (13, 'default score column', $$SELECT pgcx_summarize('src', 'bad', 'd', '1 mon')$$),
    (14, 'text score column', $$SELECT pgcx_summarize('src', 'bad', 'd', '1 mon', scores => '{"txt": [0, 10]}')$$),
    (15, 'text time column', $$SELECT pgcx_summarize('src', 'bad', 'txt', '1 mon', scores => '{"nps": [0, 10]}')$$),
    (16, 'integer time column', $$SELECT pgcx_summarize('src', 'bad', 'id', '1 mon', scores => '{"nps": [0, 10]}')$$),
    (17, 'bucket of hours', $$SELECT pgcx_summarize('src', 'bad', 'd', '1 hour', scores => '{"nps": [0, 10]}')$$),
    (18, 'bucket of months and days', $$SELECT pgcx_summarize('src', 'bad', 'd', '1 mon 2 days', scores => '{"nps": [0, 10]}')$$),
    (19, 'bucket of 0 days', $$SELECT pgcx_summarize('src', 'bad', 'd', '0 days', scores => '{"nps": [0, 10]}')$$),
    (20, 'bucket of -1 month', $$SELECT pgcx_summarize('src', 'bad', 'd', '-1 mon', scores => '{"nps": [0, 10]}')$$),
    (21, 'scale [0, 200]', $$SELECT pgcx_summarize('src', 'bad', 'd', '1 mon', scores => '{"nps": [0, 200]}')$$),
    (22, 'scale [5, 1]', $$SELECT pgcx_summarize('src', 'bad', 'd', '1 mon', scores => '{"nps": [5, 1]}')$$),
    (23, 'scale [0.5, 10]', $$SELECT pgcx_summarize('src', 'bad', 'd', '1 mon', scores => '{"nps": [0.5, 10]}')$$),
    (24, 'scale "x"', $$SELECT pgcx_summarize('src', 'bad', 'd', '1 mon', scores => '{"nps": "x"}')$$),
    (25, 'scale [3, 3]', $$SELECT pgcx_summarize('src', 'bad', 'd', '1 mon', scores => '{"nps": [3, 3]}')$$),
    (26, 'scale [-1, 10]', $$SELECT pgcx_summarize('src', 'bad', 'd', '1 mon', scores => '{"nps": [-1, 10]}')$$),
    (27, 'scale [0, 10, 1]', $$SELECT pgcx_summarize('src', 'bad', 'd', '1 mon', scores => '{"nps": [0, 10, 1]}')$$),
    (28, 'scale ["0", "10"]', $$SELECT pgcx_summarize('src', 'bad', 'd', '1 mon', scores => '{"nps": ["0", "10"]}')$$),
    (29, 'scores {}', $$SELECT pgcx_summarize('src', 'bad', 'd', '1 mon', scores => '{}')$$),
    (30, 'scores an array', $$SELECT pgcx_summarize('src', 'bad', 'd', '1 mon', scores => '["nps"]')$$),
    (31, 'time_zone on a date', $$SELECT pgcx_summarize('src', 'bad', 'd', '1 mon', scores => '{"nps": [0, 10]}', time_zone => 'UTC')$$),
    (32, 'time_zone on a timestamp', $$SELECT pgcx_summarize('src', 'bad', 't', '1 mon', scores => '{"nps": [0, 10]}', time_zone => 'Europe/Paris')$$),
    (33, 'unknown time zone', $$SELECT pgcx_summarize('src', 'bad', 'tz', '1 mon', scores => '{"nps": [0, 10]}', time_zone => 'Mars/Olympus_Mons')$$),
    (34, 'name of a table', $$SELECT pgcx_summarize('src', 'bad_taken', 'd', '1 mon', scores => '{"nps": [0, 10]}')$$),
    (35, 'name of a table + _pending', $$SELECT pgcx_summarize('src', 'bad2', 'd', '1 mon', scores => '{"nps": [0, 10]}')$$),
    (36, 'name of a type', $$SELECT pgcx_summarize('src', 'bad3', 'd', '1 mon', scores => '{"nps": [0, 10]}')$$),
    (37, 'name of the source', $$SELECT pgcx_summarize('src', 'src', 'd', '1 mon', scores => '{"nps": [0, 10]}')$$),
    (38, 'name of 60 bytes', format('SELECT pgcx_summarize(%L, %L, %L, %L, scores => %L)', 'src', 'bad' || repeat('x', 57), 'd', '1 mon', '{"nps": [0, 10]}')),
    (39, 'group column bucket', $$SELECT pgcx_summarize('src', 'bad', 'd', '1 mon', '{bucket}', '{"nps": [0, 10]}')$$),
    (40, 'group column rows', $$SELECT pgcx_summarize('src', 'bad', 'd', '1 mon', '{rows}', '{"nps": [0, 10]}')$$),
    (41, 'group column sign', $$SELECT pgcx_summarize('src', 'bad', 'd', '1 mon', '{sign}', '{"nps": [0, 10]}')$$),
    (42, 'score column rows', $$SELECT pgcx_summarize('src', 'bad', 'd', '1 mon', scores => '{"rows": [0, 10]}')$$),
    (43, 'group column twice', $$SELECT pgcx_summarize('src', 'bad', 'd', '1 mon', '{team, team}', '{"nps": [0, 10]}')$$),
    (44, 'time column as group', $$SELECT pgcx_summarize('src', 'bad', 'd', '1 mon', '{d}', '{"nps": [0, 10]}')$$),
    (45, 'score column as group', $$SELECT pgcx_summarize('src', 'bad', 'd', '1 mon', '{csat}', '{"nps": [0, 10], "csat": [1, 5]}')$$),
    (46, 'not a relation', $$SELECT pgcx_summarize('no_such_table', 'bad', 'd', '1 mon')$$)
) AS v(i, what, q)
ORDER BY i;
-- a summary name of 53 bytes is the longest taken
SELECT length(pgcx_summarize('src', 'ok' || repeat('x', 51), 'd', '1 mon', scores => '{"nps": [0, 10]}')::text) AS name_length;
SELECT pgcx_summary_drop(('ok' || repeat('x', 51))::regclass);
-- not the owner of the source (42501)
GRANT ALL ON src TO regress_pgcx_other;
SET ROLE regress_pgcx_other;
SELECT pg_temp.err($$SELECT pgcx_summarize('src', 'bad', 'd', '1 mon', scores => '{"nps": [0, 10]}')$$) AS not_owner;
RESET ROLE;
-- not in READ COMMITTED (25001)
BEGIN ISOLATION LEVEL REPEATABLE READ;
SELECT pg_temp.err($$SELECT pgcx_summarize('src', 'bad', 'd', '1 mon', scores => '{"nps": [0, 10]}')$$) AS repeatable_read;
COMMIT;
BEGIN ISOLATION LEVEL SERIALIZABLE;
SELECT pg_temp.err($$SELECT pgcx_summarize('src', 'bad', 'd', '1 mon', scores => '{"nps": [0, 10]}')$$) AS serializable;
COMMIT;
-- existing rows with an off-scale score (22003)
INSERT INTO src (d, nps) VALUES ('2024-02-01', 11);
SELECT pg_temp.err($$SELECT pgcx_summarize('src', 'bad', 'd', '1 mon', scores => '{"nps": [0, 10]}')$$) AS off_scale_rows;
DELETE FROM src WHERE nps = 11;
-- Nothing was made: no relation named bad*, no capture trigger anywhere
-- but those of cx.answers, no summary but cx.answers_month.
SELECT relname FROM pg_class WHERE relname LIKE 'bad%' OR relname LIKE 'ok%' ORDER BY 1;
SELECT tgrelid::regclass AS rel, tgname FROM pg_trigger
WHERE tgfoid = 'pgcx_summary_capture'::regproc AND tgrelid <> 'cx.answers'::regclass ORDER BY 1::text, 2;
SELECT summary FROM pgcx_summaries ORDER BY 1::text;

-- DDL that would leave a summary reading what is not there: refused
-- (2BP01), nothing changed.
CREATE TABLE ddl_src (d date, g text, score int, note text);
INSERT INTO ddl_src VALUES ('2024-01-01', 'a', 5, 'x'), ('2024-02-01', 'b', 7, 'y');
SELECT pgcx_summarize('ddl_src', 'ddl_month', 'd', '1 mon', '{g}', '{"score": [0, 10]}');
INSERT INTO oracles VALUES ('ddl_month', 'ddl_src', $$date_trunc('month', d::timestamp)::date$$, '{g}', '{"score": [0, 10]}');
SELECT what, pg_temp.err(q) AS error
FROM (VALUES
    (1, 'drop the view', $$DROP VIEW ddl_month$$),
    (2, 'drop _compacted', $$DROP TABLE ddl_month_compacted CASCADE$$),
    (3, 'rename the view', $$ALTER VIEW ddl_month RENAME TO ddl_month2$$),
    (4, 'rename _pending', $$ALTER TABLE ddl_month_pending RENAME TO ddl_month_p$$),
    (5, 'rename the source', $$ALTER TABLE ddl_src RENAME TO ddl_src2$$),
    (6, 'move the source', $$ALTER TABLE ddl_src SET SCHEMA cx$$),
    (7, 'rename the time column', $$ALTER TABLE ddl_src RENAME COLUMN d TO day$$),
    (8, 'drop a group column', $$ALTER TABLE ddl_src DROP COLUMN g$$),
    (9, 'rename a score column', $$ALTER TABLE ddl_src RENAME COLUMN score TO nps$$),
    (10, 'retype the time column', $$ALTER TABLE ddl_src ALTER COLUMN d TYPE timestamp$$),
    (11, 'retype a group column', $$ALTER TABLE ddl_src ALTER COLUMN g TYPE varchar(10)$$),
    (12, 'a score column to text', $$ALTER TABLE ddl_src ALTER COLUMN score TYPE text$$),
    (13, 'drop the source', $$DROP TABLE ddl_src$$)
) AS v(i, what, q)
ORDER BY i;
SELECT pg_temp.check_all('ddl_src');
-- what is allowed: a column the summary does not read, and a score column
-- retyped to another type of answers; the writes that follow, in this
-- session too, keep the summary exact
ALTER TABLE ddl_src DROP COLUMN note;
ALTER TABLE ddl_src ADD COLUMN note text;
INSERT INTO ddl_src VALUES ('2024-01-03', 'a', 6, 'z');
ALTER TABLE ddl_src ALTER COLUMN score TYPE numeric;
INSERT INTO ddl_src VALUES ('2024-01-04', 'a', 7.0, 'z'), ('2024-02-04', 'b', 9, 'z');
UPDATE ddl_src SET score = score + 1 WHERE score < 10;
SELECT pg_temp.check_all('ddl_src');
SELECT pgcx_summary_drop('ddl_month');
DELETE FROM oracles WHERE source = 'ddl_src';
DROP TABLE ddl_src;

-- The pgcx_summary_* functions on relations that are not summaries
-- (42809), with NULL (22004 or no row), and rebuild with a range of
-- another type (42804).
SELECT what, pg_temp.err(q) AS error
FROM (VALUES
    (1, 'verify a table', $$SELECT * FROM pgcx_summary_verify('src')$$),
    (2, 'drop a table', $$SELECT pgcx_summary_drop('src')$$),
    (3, 'compact a table', $$SELECT pgcx_summary_compact('src')$$),
    (4, 'rebuild a table', $$SELECT pgcx_summary_rebuild('src')$$),
    (5, 'metrics of a table', $$SELECT * FROM pgcx_summary_metrics('src')$$),
    (6, 'compact _pending', $$SELECT pgcx_summary_compact('cx.answers_month_pending')$$),
    (7, 'drop _compacted', $$SELECT pgcx_summary_drop('cx.answers_month_compacted')$$),
    (8, 'verify a plain view', $$SELECT * FROM pgcx_summary_verify('src_view')$$),
    (9, 'rebuild NULL', $$SELECT pgcx_summary_rebuild(NULL)$$),
    (10, 'metrics NULL', $$SELECT * FROM pgcx_summary_metrics(NULL)$$),
    (11, 'rebuild with a tstzrange', $$SELECT pgcx_summary_rebuild('cx.answers_month', tstzrange('2024-01-01', '2024-02-01'))$$),
    (12, 'rebuild with an int4range', $$SELECT pgcx_summary_rebuild('cx.answers_month', int4range(1, 2))$$)
) AS v(i, what, q)
ORDER BY i;
SELECT pgcx_summary_compact(NULL) IS NULL AS compact_null, pgcx_summary_drop(NULL) IS NULL AS drop_null,
       (SELECT count(*) FROM pgcx_summary_verify(NULL)) AS verify_null_rows;

-- An off-scale score written to the source: 22003, the whole statement
-- fails (the valid rows of a multi-row INSERT too), nothing reaches the
-- summary; the same for an UPDATE, a COPY and a non-integer answer.
SELECT count(*) AS pending_before FROM cx.answers_month_pending \gset
SELECT what, pg_temp.err(q) AS error
FROM (VALUES
    (1, 'one row', $$INSERT INTO cx.answers VALUES (1000, '2024-01-10', 'a', 11)$$),
    (2, 'many rows', $$INSERT INTO cx.answers VALUES (1001, '2024-01-10', 'a', 5), (1002, '2024-01-11', 'b', -1), (1003, '2024-01-12', 'a', 6)$$),
    (3, 'update', $$UPDATE cx.answers SET nps = CASE WHEN id = 2 THEN 12 ELSE 10 - nps END$$),
    (4, 'insert select', $$INSERT INTO cx.answers SELECT 2000 + i, '2024-02-01', 'a', i FROM generate_series(0, 11) AS i$$)
) AS v(i, what, q)
ORDER BY i;
\set VERBOSITY terse
COPY cx.answers FROM STDIN;
3000	2024-01-10	a	3
3001	2024-01-10	a	12
\.
\set VERBOSITY default
SELECT count(*) AS written FROM cx.answers WHERE id >= 1000;
SELECT count(*) - :pending_before AS new_pending_rows FROM cx.answers_month_pending;
SELECT pg_temp.check_all('cx.answers');
CREATE TABLE scored (d date, r real, n numeric);
SELECT pgcx_summarize('scored', 'scored_month', 'd', '1 mon', scores => '{"r": [1, 5], "n": [0, 10]}');
INSERT INTO oracles VALUES ('scored_month', 'scored', $$date_trunc('month', d::timestamp)::date$$, '{}', '{"r": [1, 5], "n": [0, 10]}');
INSERT INTO scored VALUES ('2024-01-01', 5, 10.000), ('2024-01-02', 1, 0);
SELECT what, pg_temp.err(q) AS error
FROM (VALUES
    (1, 'real 1.5', $$INSERT INTO scored VALUES ('2024-01-03', 1.5, 1)$$),
    (2, 'real NaN', $$INSERT INTO scored VALUES ('2024-01-03', 'NaN', 1)$$),
    (3, 'numeric 7.5', $$INSERT INTO scored VALUES ('2024-01-03', 2, 7.5)$$),
    (4, 'real 0', $$INSERT INTO scored VALUES ('2024-01-03', 0, 1)$$)
) AS v(i, what, q)
ORDER BY i;
SELECT pg_temp.check_all('scored');

-- DROP TABLE of a summarized source is refused while the summary is
-- there (2BP01); after pgcx_summary_drop it is allowed.
SELECT pg_temp.err('DROP TABLE scored') AS drop_source;
SELECT pgcx_summary_drop('scored_month');
DROP TABLE scored;

-- A table made a child of a summarized table is refused (0A000): its
-- rows would escape the source's statement triggers.
CREATE TABLE inh_src (d date, score int);
SELECT pgcx_summarize('inh_src', 'inh_month', 'd', '1 mon');
CREATE TABLE inh_other (d date, score int);
SELECT what, pg_temp.err(q) AS error
FROM (VALUES
    (1, 'CREATE TABLE ... INHERITS', $$CREATE TABLE inh_child () INHERITS (inh_src)$$),
    (2, 'ALTER TABLE ... INHERIT', $$ALTER TABLE inh_other INHERIT inh_src$$)
) AS v(i, what, q)
ORDER BY i;
SELECT count(*) AS children FROM pg_inherits WHERE inhparent = 'inh_src'::regclass;

-- pgcx_summary_metrics names its metrics as the other functions do: top2
-- is csat and mean is ces, in any case.  Three answers 9, 10, 3 on 0-10:
-- top two boxes 2 of 3 (66.67), mean 22/3 (7.33).
INSERT INTO inh_src VALUES ('2024-01-05', 9), ('2024-01-06', 10), ('2024-01-07', 3);
SELECT metric, n, round(value::numeric, 2) AS value
FROM pgcx_summary_metrics('inh_month', NULL, '{"score": "TOP2"}');
SELECT metric, n, round(value::numeric, 2) AS value
FROM pgcx_summary_metrics('inh_month', NULL, '{"score": "mean"}');
SELECT what, pg_temp.err(q) AS error
FROM (VALUES
    (1, 'unknown metric', $$SELECT * FROM pgcx_summary_metrics('inh_month', NULL, '{"score": "median"}')$$),
    (2, 'not a score column', $$SELECT * FROM pgcx_summary_metrics('inh_month', NULL, '{"nps": "nps"}')$$)
) AS v(i, what, q)
ORDER BY i;
SELECT pgcx_summary_drop('inh_month');
DROP TABLE inh_src, inh_other;

-- Clean up.
SET client_min_messages = warning;
SET ROLE regress_pgcx_owner;
SELECT pgcx_summary_drop('cx.answers_month');
RESET ROLE;
SELECT count(*) AS capture_triggers_left FROM pg_trigger WHERE tgfoid = 'pgcx_summary_capture'::regproc;
DROP SCHEMA cx, hostile, mallory CASCADE;
DROP TABLE src, src_parted, src_parent, bad_taken, bad2_pending CASCADE;
DROP TYPE bad3;
DROP ROLE regress_pgcx_owner, regress_pgcx_writer, regress_pgcx_reader, regress_pgcx_other;
RESET client_min_messages;
