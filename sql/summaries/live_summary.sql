-- Live summaries: bucket_start, pgcx_summarize on date, timestamp and
-- timestamptz sources with and without groups, every kind of write,
-- compaction, rebuild, metrics, partitioned sources and pgcx_summary_drop.
--
-- The oracle of every check comes from the source in plain SQL: per key
-- (a bucket computed with date_trunc / AT TIME ZONE, not with
-- bucket_start, and the group columns), count(*) FILTER (WHERE score = k)
-- for each k of the scale, against count_at(score, k) read from the view.
-- pgcx_summary_verify runs beside it, never alone.
\i sql/include/setup.sql
SET DateStyle = 'ISO, YMD';
SET IntervalStyle = 'postgres';
SET TimeZone = 'UTC';

\i sql/include/summary_check.sql

-- ---------------------------------------------------------------------
-- 1. bucket_start
-- ---------------------------------------------------------------------

-- Dates, against dates computed by hand: days counted from Monday
-- 2000-01-03 (2024-03-15 is 8838 days after it, a Friday), months from
-- January 2000 (2024-03 is month 290).
SELECT at, bucket, bucket_start(at, bucket) AS got, expected,
       bucket_start(at, bucket) IS NOT DISTINCT FROM expected AS ok
FROM (VALUES
    (1, date '2024-03-15', interval '1 day', date '2024-03-15'),
    (2, date '2024-03-15', interval '7 days', date '2024-03-11'),
    (3, date '2024-03-17', interval '7 days', date '2024-03-11'),
    (4, date '2024-03-18', interval '1 week', date '2024-03-18'),
    (5, date '2000-01-02', interval '7 days', date '1999-12-27'),
    (6, date '1970-01-01', interval '7 days', date '1969-12-29'),
    (7, date '2000-01-03', interval '2 days', date '2000-01-03'),
    (8, date '2000-01-02', interval '2 days', date '2000-01-01'),
    (9, date '2024-03-16', interval '2 days', date '2024-03-15'),
    (10, date '2024-03-15', interval '10 days', date '2024-03-07'),
    (11, date '2024-03-15', interval '1 mon', date '2024-03-01'),
    (12, date '2024-02-29', interval '2 mons', date '2024-01-01'),
    (13, date '2024-03-31', interval '3 mons', date '2024-01-01'),
    (14, date '2024-04-01', interval '3 mons', date '2024-04-01'),
    (15, date '2024-12-31', interval '3 mons', date '2024-10-01'),
    (16, date '2024-07-04', interval '6 mons', date '2024-07-01'),
    (17, date '2024-07-04', interval '1 year', date '2024-01-01'),
    (18, date '2024-07-04', interval '12 mons', date '2024-01-01'),
    (19, date '2024-07-04', interval '5 years', date '2020-01-01'),
    (20, date '1999-12-31', interval '1 mon', date '1999-12-01'),
    (21, date '1999-12-31', interval '3 mons', date '1999-10-01'),
    (22, date '1999-12-31', interval '1 year', date '1999-01-01'),
    (23, date '1999-12-31', interval '5 years', date '1995-01-01'),
    (24, date '0001-01-01', interval '7 days', date '0001-01-01'),
    (25, date '0001-12-31 BC', interval '7 days', date '0001-12-25 BC'),
    (26, date '0001-12-31 BC', interval '3 mons', date '0001-10-01 BC'),
    (27, date '0001-12-31 BC', interval '1 year', date '0001-01-01 BC'),
    (28, date '0044-03-15 BC', interval '1 mon', date '0044-03-01 BC'),
    (29, date '0044-03-15 BC', interval '1 year', date '0044-01-01 BC'),
    (30, date '4714-11-24 BC', interval '1 day', date '4714-11-24 BC'),
    (31, date '4714-11-24 BC', interval '7 days', date '4714-11-24 BC'),
    (32, date '5874897-12-31', interval '1 year', date '5874897-01-01'),
    (33, date 'infinity', interval '1 mon', date 'infinity'),
    (34, date '-infinity', interval '7 days', date '-infinity'),
    (35, NULL, interval '1 day', NULL)
) AS v(i, at, bucket, expected)
ORDER BY i;

-- Timestamps: the midnight starting the bucket of the timestamp's date.
SELECT at, bucket, bucket_start(at, bucket) AS got, expected,
       bucket_start(at, bucket) IS NOT DISTINCT FROM expected AS ok
FROM (VALUES
    (1, timestamp '2024-03-15 13:45:00', interval '1 day', timestamp '2024-03-15 00:00'),
    (2, timestamp '2024-03-15 13:45:00', interval '7 days', timestamp '2024-03-11 00:00'),
    (3, timestamp '2024-03-15 13:45:00', interval '1 mon', timestamp '2024-03-01 00:00'),
    (4, timestamp '2024-03-15 13:45:00', interval '3 mons', timestamp '2024-01-01 00:00'),
    (5, timestamp '2024-03-15 13:45:00', interval '1 year', timestamp '2024-01-01 00:00'),
    (6, timestamp '1999-12-31 23:59:59.999999', interval '1 day', timestamp '1999-12-31 00:00'),
    (7, timestamp '2000-01-01 00:00:00', interval '1 day', timestamp '2000-01-01 00:00'),
    (8, timestamp '1969-07-20 20:17:40', interval '3 mons', timestamp '1969-07-01 00:00'),
    (9, timestamp '0044-03-15 12:00 BC', interval '1 mon', timestamp '0044-03-01 00:00 BC'),
    (10, timestamp 'infinity', interval '1 day', timestamp 'infinity'),
    (11, timestamp '-infinity', interval '1 mon', timestamp '-infinity')
) AS v(i, at, bucket, expected)
ORDER BY i;

-- Timestamptz (shown in UTC): placed by the date in the time zone, the
-- bucket starts at midnight there.  Europe/Paris goes from +01 to +02 on
-- 2024-03-31 and back on 2024-10-27; 00:30 UTC and 01:30 UTC on
-- 2024-10-27 are both 02:30 in Paris.  America/Sao_Paulo skipped midnight
-- on 2018-11-04 (00:00 -03 became 01:00 -02): that day starts at 01:00
-- local, 03:00 UTC.  Asia/Kolkata is +05:30.
SELECT at, bucket, zone, bucket_start(at, bucket, zone) AS got, expected,
       bucket_start(at, bucket, zone) IS NOT DISTINCT FROM expected AS ok
FROM (VALUES
    (1, timestamptz '2024-03-30 22:59+00', interval '1 day', 'Europe/Paris', timestamptz '2024-03-29 23:00+00'),
    (2, timestamptz '2024-03-30 23:30+00', interval '1 day', 'Europe/Paris', timestamptz '2024-03-30 23:00+00'),
    (3, timestamptz '2024-03-31 12:00+00', interval '1 day', 'Europe/Paris', timestamptz '2024-03-30 23:00+00'),
    (4, timestamptz '2024-03-31 22:30+00', interval '1 day', 'Europe/Paris', timestamptz '2024-03-31 22:00+00'),
    (5, timestamptz '2024-03-31 21:30+00', interval '1 mon', 'Europe/Paris', timestamptz '2024-02-29 23:00+00'),
    (6, timestamptz '2024-03-31 22:30+00', interval '1 mon', 'Europe/Paris', timestamptz '2024-03-31 22:00+00'),
    (7, timestamptz '2024-10-27 00:30+00', interval '1 day', 'Europe/Paris', timestamptz '2024-10-26 22:00+00'),
    (8, timestamptz '2024-10-27 01:30+00', interval '1 day', 'Europe/Paris', timestamptz '2024-10-26 22:00+00'),
    (9, timestamptz '2024-10-27 22:30+00', interval '1 day', 'Europe/Paris', timestamptz '2024-10-26 22:00+00'),
    (10, timestamptz '2024-10-27 23:30+00', interval '1 day', 'Europe/Paris', timestamptz '2024-10-27 23:00+00'),
    (11, timestamptz '2024-10-27 22:30+00', interval '7 days', 'Europe/Paris', timestamptz '2024-10-20 22:00+00'),
    (12, timestamptz '2024-10-27 23:30+00', interval '7 days', 'Europe/Paris', timestamptz '2024-10-27 23:00+00'),
    (13, timestamptz '2024-10-27 23:30+00', interval '3 mons', 'Europe/Paris', timestamptz '2024-09-30 22:00+00'),
    (14, timestamptz '2018-11-04 12:00+00', interval '1 day', 'America/Sao_Paulo', timestamptz '2018-11-04 03:00+00'),
    (15, timestamptz '2024-03-15 20:00+00', interval '1 day', 'Asia/Kolkata', timestamptz '2024-03-15 18:30+00'),
    (16, timestamptz '2024-03-15 17:00+00', interval '1 day', 'Asia/Kolkata', timestamptz '2024-03-14 18:30+00'),
    (17, timestamptz '0044-03-15 12:00+00 BC', interval '1 mon', 'UTC', timestamptz '0044-03-01 00:00+00 BC'),
    (18, timestamptz 'infinity', interval '1 day', 'Europe/Paris', timestamptz 'infinity'),
    (19, timestamptz '-infinity', interval '1 mon', 'Europe/Paris', timestamptz '-infinity')
) AS v(i, at, bucket, zone, expected)
ORDER BY i;
-- without a time zone: UTC, whatever the session's TimeZone
SET TimeZone = 'Pacific/Auckland';
SELECT bucket_start(timestamptz '2024-03-31 23:30+00', '1 day') = timestamptz '2024-03-31 00:00+00' AS utc_day,
       bucket_start(timestamptz '2024-03-31 23:30+00', '1 mon') = timestamptz '2024-03-01 00:00+00' AS utc_month;
SET TimeZone = 'UTC';

-- Every day of 1990-2010 and of 30 BC - 10 AD, against date_trunc and
-- plain day arithmetic: 0 mismatches each.
SELECT count(*) AS days,
       count(*) FILTER (WHERE bucket_start(d, '1 day') <> d) AS day,
       count(*) FILTER (WHERE bucket_start(d, '7 days') <> d - (extract(isodow FROM d)::int - 1)) AS week,
       count(*) FILTER (WHERE bucket_start(d, '10 days') <> date '2000-01-03' + 10 * floor((d - date '2000-01-03') / 10.0)::int) AS ten_days,
       count(*) FILTER (WHERE bucket_start(d, '1 mon') <> d - (extract(day FROM d)::int - 1)) AS month
FROM (SELECT generate_series(timestamp '1990-01-01', '2010-12-31', '1 day')::date AS d
      UNION ALL
      SELECT generate_series(timestamp '0030-01-01 BC', '0010-12-31', '1 day')::date) AS days;
SELECT count(*) AS days,
       count(*) FILTER (WHERE bucket_start(d, '7 days') <> date_trunc('week', d::timestamp)::date) AS week,
       count(*) FILTER (WHERE bucket_start(d, '2 mons') <> make_date(extract(year FROM d)::int, 2 * ((extract(month FROM d)::int - 1) / 2) + 1, 1)) AS two_months,
       count(*) FILTER (WHERE bucket_start(d, '3 mons') <> date_trunc('quarter', d::timestamp)::date) AS quarter,
       count(*) FILTER (WHERE bucket_start(d, '1 year') <> date_trunc('year', d::timestamp)::date) AS year,
       count(*) FILTER (WHERE bucket_start(d, '5 years') <> make_date(2000 + 5 * floor((extract(year FROM d) - 2000) / 5.0)::int, 1, 1)) AS five_years
FROM generate_series(timestamp '1990-01-01', '2010-12-31', '1 day') AS t(ts), LATERAL (SELECT ts::date AS d) AS x;
-- every half hour of the weeks of the changes of clocks in Paris
SELECT count(*) AS instants,
       count(*) FILTER (WHERE bucket_start(t, '1 day', 'Europe/Paris')
                              <> date_trunc('day', t AT TIME ZONE 'Europe/Paris') AT TIME ZONE 'Europe/Paris') AS day,
       count(*) FILTER (WHERE bucket_start(t, '7 days', 'Europe/Paris')
                              <> date_trunc('week', t AT TIME ZONE 'Europe/Paris') AT TIME ZONE 'Europe/Paris') AS week,
       count(*) FILTER (WHERE bucket_start(t, '1 mon', 'Europe/Paris')
                              <> date_trunc('month', t AT TIME ZONE 'Europe/Paris') AT TIME ZONE 'Europe/Paris') AS month
FROM (SELECT generate_series(timestamptz '2024-03-25 00:00+00', '2024-04-02 00:00+00', '30 minutes') AS t
      UNION ALL
      SELECT generate_series(timestamptz '2024-10-21 00:00+00', '2024-11-02 00:00+00', '30 minutes')) AS i;

-- Buckets that are not whole days or whole months: 22023, for each type.
SELECT b, pg_temp.err(format('SELECT bucket_start(date ''2024-03-15'', %L)', b)) AS on_date
FROM unnest(ARRAY['1 hour', '1 mon 2 days', '0 days', '-1 mon', '-7 days', '1 day 00:00:01',
                  '36601 days', '101 years']) AS b
ORDER BY b;
-- the same on a timestamp and a timestamptz; a bucket that would start
-- before the first date PostgreSQL holds (22008); an unknown time zone
SELECT what, pg_temp.err(q) AS error
FROM (VALUES
    (1, 'timestamp', $$SELECT bucket_start(timestamp '2024-03-15', '1 hour')$$),
    (2, 'timestamptz', $$SELECT bucket_start(timestamptz '2024-03-15', '1 mon 2 days', 'Europe/Paris')$$),
    (3, 'before 4714-11-24 BC', $$SELECT bucket_start(date '4714-11-24 BC', '1 mon')$$),
    (4, 'unknown zone', $$SELECT bucket_start(timestamptz '2024-03-15', '1 day', 'Mars/Olympus_Mons')$$)
) AS v(i, what, q)
ORDER BY i;

-- ---------------------------------------------------------------------
-- 2. pgcx_summarize: sources of each time type, groups, score types
-- ---------------------------------------------------------------------

-- A date source with one integer score on [0, 10] (the default scale),
-- without groups; some rows have no date, some no answer.
CREATE TABLE answers_d (id int PRIMARY KEY, d date, score integer, note text);
INSERT INTO answers_d
SELECT i, CASE WHEN i % 29 = 0 THEN NULL ELSE date '2023-11-25' + (i * 37) % 150 END,
       CASE WHEN i % 17 = 0 THEN NULL ELSE (i * 7) % 11 END, 'row ' || i
FROM generate_series(1, 120) AS i;
-- and a bucket whose rows all lack an answer
INSERT INTO answers_d VALUES (1001, '2023-06-10', NULL, 'no answer'), (1002, '2023-06-20', NULL, 'no answer');
SELECT pgcx_summarize('answers_d', 'answers_d_month', 'd', '1 mon');
INSERT INTO oracles VALUES ('answers_d_month', 'answers_d', $$date_trunc('month', d::timestamp)::date$$, '{}', '{"score": [0, 10]}');
SELECT pg_temp.check_all('answers_d');
-- as it reads: the NULL bucket of the rows without a date, and June 2023
-- whose rows have no answer
SELECT bucket, score FROM answers_d_month ORDER BY bucket NULLS FIRST;
SELECT summary, source, time_column, bucket, group_by, scores, time_zone FROM pgcx_summaries ORDER BY summary::text;

-- A timestamptz source placed by the dates of Europe/Paris, per day, with
-- one group column of collation "C" and two scores: smallint on [0, 10]
-- and numeric on [1, 5].  Some channels never answer csat.
CREATE TABLE answers_tz (
    id int PRIMARY KEY,
    at timestamptz,
    channel text COLLATE "C",
    nps smallint,
    csat numeric,
    note text);
INSERT INTO answers_tz
SELECT i, timestamptz '2024-03-29 00:00+00' + (i * 97 % 300) * interval '40 minutes',
       (ARRAY['web', 'Web', 'app', 'mail'])[i % 4 + 1],
       CASE WHEN i % 13 = 0 THEN NULL ELSE (i * 5) % 11 END,
       CASE WHEN i % 4 = 3 OR i % 7 = 0 THEN NULL ELSE (i * 3) % 5 + 1 END,
       'row ' || i
FROM generate_series(1, 150) AS i;
SELECT pgcx_summarize('answers_tz', 'answers_tz_day', 'at', '1 day', '{channel}',
                      '{"nps": [0, 10], "csat": [1, 5]}', 'Europe/Paris');
-- a second summary of the same source: per ISO week in UTC, no group
SELECT pgcx_summarize('answers_tz', 'answers_tz_week', 'at', '7 days', scores => '{"nps": [0, 10]}');
INSERT INTO oracles VALUES
    ('answers_tz_day', 'answers_tz', $$date_trunc('day', at AT TIME ZONE 'Europe/Paris') AT TIME ZONE 'Europe/Paris'$$,
     '{channel}', '{"nps": [0, 10], "csat": [1, 5]}'),
    ('answers_tz_week', 'answers_tz', $$date_trunc('week', at AT TIME ZONE 'UTC') AT TIME ZONE 'UTC'$$,
     '{}', '{"nps": [0, 10]}');
SELECT pg_temp.check_all('answers_tz');
-- the days around the change of clocks: 2024-03-31 in Paris starts at
-- 2024-03-30 23:00 UTC; mail never answers csat (NULL there)
SELECT bucket, channel, n(nps) AS nps_answers, n(csat) AS csat_answers
FROM answers_tz_day WHERE bucket < '2024-04-01' ORDER BY bucket, channel;

-- A timestamp source per week with two group columns (text of collation
-- "C", an integer with NULLs) and four scores of the other types.
CREATE TABLE answers_ts (
    id bigint PRIMARY KEY,
    seen timestamp,
    region text COLLATE "C",
    store int,
    s_big bigint,
    s_real real,
    s_double double precision,
    s_int integer);
INSERT INTO answers_ts
SELECT i, CASE WHEN i = 77 THEN NULL ELSE timestamp '2023-12-20 08:00' + (i * 53 % 90) * interval '17 hours' END,
       (ARRAY['North', 'north', 'South'])[i % 3 + 1],
       CASE WHEN i % 5 = 0 THEN NULL ELSE i % 2 END,
       CASE WHEN i % 11 = 0 THEN NULL ELSE (i * 3) % 11 END,
       CASE WHEN i % 6 = 0 THEN NULL ELSE (i % 5) + 1 END,
       (i * 7) % 11,
       CASE WHEN i % 9 = 0 THEN NULL ELSE (i * 2) % 5 + 1 END
FROM generate_series(1, 160) AS i;
SELECT pgcx_summarize('answers_ts', 'answers_ts_week', 'seen', '7 days', '{region, store}',
                      '{"s_big": [0, 10], "s_real": [1, 5], "s_double": [0, 10], "s_int": [1, 5]}');
INSERT INTO oracles VALUES
    ('answers_ts_week', 'answers_ts', $$date_trunc('week', seen)$$, '{region, store}',
     '{"s_big": [0, 10], "s_real": [1, 5], "s_double": [0, 10], "s_int": [1, 5]}');
SELECT pg_temp.check_all('answers_ts');
-- the summaries so far, as pgcx_summaries lists them
SELECT summary, source, time_column, bucket, group_by, scores, time_zone FROM pgcx_summaries ORDER BY summary::text;
-- The view, its two tables: the group columns keep their types and
-- collation, the bucket has the time column's type.  (\d, not \d+: what
-- \d+ adds, the view's SQL and the tables' not-null constraints, is
-- printed differently by other versions of PostgreSQL; the replica
-- identity and the comments are read below.)
\d answers_ts_week
\d answers_ts_week_compacted
\d answers_ts_week_pending
SELECT relname, relkind, relreplident, obj_description(oid, 'pg_class') AS comment
FROM pg_class WHERE relname LIKE 'answers\_ts\_week%' AND relkind IN ('r', 'v') ORDER BY relname;
-- the triggers on the source
SELECT CASE WHEN tgtype & 4 <> 0 THEN 'insert' WHEN tgtype & 8 <> 0 THEN 'delete'
            WHEN tgtype & 16 <> 0 THEN 'update' WHEN tgtype & 32 <> 0 THEN 'truncate' END AS event,
       CASE WHEN tgtype & 2 <> 0 THEN 'before' ELSE 'after' END AS timing,
       CASE WHEN tgtype & 1 <> 0 THEN 'row' ELSE 'statement' END AS level,
       tgenabled, tgfoid::regproc, tgoldtable, tgnewtable, tgnargs
FROM pg_trigger WHERE tgrelid = 'answers_ts'::regclass ORDER BY tgtype;
-- the rows without a time, and the first keys with a NULL store (NULL
-- where a key has no answer for a score column)
SELECT bucket, region, store, n(s_big) AS big, n(s_real) AS real, n(s_double) AS double, n(s_int) AS int
FROM answers_ts_week WHERE bucket IS NULL OR (store IS NULL AND bucket < '2024-01-15')
ORDER BY bucket NULLS FIRST, region, store;

-- Names that need quoting: a schema, a table, columns and a summary name
-- with spaces, capitals and quotes.
CREATE SCHEMA "Odd Schema";
CREATE TABLE "Odd Schema"."Answers Table" ("Time Col" date, "Group ""Col""" text, "Score'Col" int);
INSERT INTO "Odd Schema"."Answers Table" VALUES ('2024-01-01', 'x', 5), ('2024-02-01', NULL, 7), ('2024-02-02', 'y', NULL);
SELECT pgcx_summarize('"Odd Schema"."Answers Table"', 'My "Summary"', 'Time Col', '1 mon', '{"Group \"Col\""}',
                      '{"Score''Col": [0, 10]}');
INSERT INTO oracles VALUES ('"Odd Schema"."My ""Summary"""', '"Odd Schema"."Answers Table"',
                            $$date_trunc('month', "Time Col"::timestamp)::date$$, '{"Group \"Col\""}', '{"Score''Col": [0, 10]}');
INSERT INTO "Odd Schema"."Answers Table" VALUES ('2024-01-03', 'x', 10);
UPDATE "Odd Schema"."Answers Table" SET "Score'Col" = 9 - "Score'Col", "Group ""Col""" = 'z' WHERE "Group ""Col""" IS NULL;
DELETE FROM "Odd Schema"."Answers Table" WHERE "Score'Col" = 5;
SELECT pg_temp.check_all('"Odd Schema"."Answers Table"');
SELECT * FROM "Odd Schema"."My ""Summary""" ORDER BY 1, 2;
SELECT pgcx_summary_compact('"Odd Schema"."My ""Summary"""') AS folded,
       pgcx_summary_rebuild('"Odd Schema"."My ""Summary"""', daterange('2024-01-01', '2024-02-01')) AS keys_rebuilt;
SELECT pg_temp.check_all('"Odd Schema"."Answers Table"');
SELECT bucket, group_values, score, metric, n, value FROM pgcx_summary_metrics('"Odd Schema"."My ""Summary"""');
TRUNCATE "Odd Schema"."Answers Table";
SELECT pg_temp.check_all('"Odd Schema"."Answers Table"');
SELECT pgcx_summary_drop('"Odd Schema"."My ""Summary"""');
SELECT relname FROM pg_class WHERE relnamespace = '"Odd Schema"'::regnamespace ORDER BY 1;
DELETE FROM oracles WHERE source = '"Odd Schema"."Answers Table"';
DROP SCHEMA "Odd Schema" CASCADE;

-- ---------------------------------------------------------------------
-- 3. Every kind of write, checked after each
-- ---------------------------------------------------------------------

-- single-row INSERT
INSERT INTO answers_tz VALUES (1000, '2024-03-30 23:10+00', 'web', 10, 5, 'one');
SELECT pg_temp.check_all('answers_tz');
-- multi-row INSERT, a new channel and a new day
INSERT INTO answers_tz VALUES
    (1001, '2024-04-20 10:00+00', 'kiosk', 3, NULL, 'many'),
    (1002, '2024-04-20 22:30+00', 'kiosk', 9, 4, 'many'),
    (1003, '2024-03-31 00:59+00', NULL, 6, 2, 'many'),
    (1004, NULL, 'web', 8, 1, 'many');
SELECT pg_temp.check_all('answers_tz');
-- INSERT ... SELECT
INSERT INTO answers_tz
SELECT 2000 + i, at + interval '3 days', channel, nps, csat, 'copy of ' || id
FROM answers_tz AS a CROSS JOIN LATERAL (SELECT a.id % 50 AS i) AS x
WHERE id < 50;
SELECT pg_temp.check_all('answers_tz');
-- COPY FROM STDIN
COPY answers_tz (id, at, channel, nps, csat, note) FROM STDIN;
3001	2024-03-31 01:30:00+00	app	0	1	copied
3002	2024-03-31 01:45:00+00	app	\N	\N	copied
3003	2024-10-27 00:30:00+00	app	7	3	copied
3004	2024-10-27 01:30:00+00	app	8	\N	copied
\.
SELECT pg_temp.check_all('answers_tz');
-- UPDATE of a score (to another score, to NULL, from NULL)
UPDATE answers_tz SET nps = (nps + 4) % 11 WHERE id % 3 = 0 AND nps IS NOT NULL;
UPDATE answers_tz SET csat = NULL WHERE id BETWEEN 10 AND 20;
UPDATE answers_tz SET nps = 10 WHERE nps IS NULL AND id < 100;
SELECT pg_temp.check_all('answers_tz');
-- UPDATE of the group column: rows move between groups
UPDATE answers_tz SET channel = CASE channel WHEN 'web' THEN 'Web' WHEN 'Web' THEN NULL ELSE channel END
WHERE id % 2 = 0;
SELECT pg_temp.check_all('answers_tz');
-- UPDATE of the time column: rows move between buckets (and into and out
-- of the NULL bucket)
UPDATE answers_tz SET at = at + interval '1 day 3 hours' WHERE id % 5 = 1;
UPDATE answers_tz SET at = NULL WHERE id IN (7, 8);
UPDATE answers_tz SET at = '2024-04-01 12:00+00' WHERE id = 1004;
SELECT pg_temp.check_all('answers_tz');
-- DELETE, emptying some keys
DELETE FROM answers_tz WHERE id % 4 = 2 OR channel = 'kiosk';
SELECT pg_temp.check_all('answers_tz');
-- INSERT ... ON CONFLICT: DO UPDATE changes existing rows, inserts others
INSERT INTO answers_tz VALUES
    (1, '2024-05-01 12:00+00', 'app', 0, 1, 'upserted'),
    (3, '2024-05-01 12:00+00', 'web', 1, 2, 'upserted'),
    (9999, '2024-05-02 12:00+00', 'web', 2, 3, 'upserted')
ON CONFLICT (id) DO UPDATE SET at = EXCLUDED.at, channel = EXCLUDED.channel, nps = EXCLUDED.nps, csat = EXCLUDED.csat;
SELECT pg_temp.check_all('answers_tz');
-- DO NOTHING: the conflicting row is not counted, the other is
INSERT INTO answers_tz VALUES
    (1, '2024-05-03 12:00+00', 'app', 5, 5, 'ignored'),
    (9998, '2024-05-03 12:00+00', 'app', 5, 5, 'kept')
ON CONFLICT (id) DO NOTHING;
SELECT pg_temp.check_all('answers_tz');
-- MERGE: an update, a delete and an insert in one statement
MERGE INTO answers_tz AS a
USING (VALUES (1, 7, false), (5, NULL, true), (8888, 4, false)) AS v(id, nps, gone) ON a.id = v.id
WHEN MATCHED AND v.gone THEN DELETE
WHEN MATCHED THEN UPDATE SET nps = v.nps, at = a.at - interval '2 days'
WHEN NOT MATCHED THEN INSERT VALUES (v.id, '2024-03-31 08:00+00', 'mail', v.nps, 2, 'merged');
SELECT pg_temp.check_all('answers_tz');
-- a rolled-back transaction leaves the summary as it was
BEGIN;
INSERT INTO answers_tz VALUES (7777, '2024-03-31 08:00+00', 'app', 1, 1, 'rolled back');
UPDATE answers_tz SET nps = 0 WHERE nps IS NOT NULL;
DELETE FROM answers_tz WHERE id % 3 = 1;
SELECT pg_temp.check_all('answers_tz');
ROLLBACK;
SELECT pg_temp.check_all('answers_tz');
-- a rolled-back savepoint: the writes before it stay, those after go
BEGIN;
INSERT INTO answers_tz VALUES (7001, '2024-03-31 09:00+00', 'app', 2, 2, 'kept');
SAVEPOINT s;
DELETE FROM answers_tz WHERE channel = 'app';
INSERT INTO answers_tz VALUES (7002, '2024-03-31 09:00+00', 'app', 3, 3, 'rolled back');
ROLLBACK TO SAVEPOINT s;
UPDATE answers_tz SET csat = 5 WHERE id = 7001;
COMMIT;
SELECT pg_temp.check_all('answers_tz');
SELECT count(*) AS kept FROM answers_tz WHERE id = 7001 AND csat = 5;
-- an UPDATE of no summarized column, and a write of no row: the figures
-- stay as they are
CREATE TEMP TABLE before_write AS SELECT bucket, channel, nps::text, csat::text FROM answers_tz_day;
UPDATE answers_tz SET note = note || '!';
UPDATE answers_tz SET nps = 1 WHERE false;
DELETE FROM answers_tz WHERE id < 0;
SELECT count(*) AS changed_keys
FROM ((SELECT bucket, channel, nps::text, csat::text FROM answers_tz_day EXCEPT ALL SELECT * FROM before_write)
      UNION ALL
      (SELECT * FROM before_write EXCEPT ALL SELECT bucket, channel, nps::text, csat::text FROM answers_tz_day)) AS d;
SELECT pg_temp.check_all('answers_tz');
-- data-modifying CTEs: two statements of one query
WITH moved AS (DELETE FROM answers_tz WHERE id BETWEEN 2000 AND 2020 RETURNING *)
INSERT INTO answers_tz SELECT id + 10000, at + interval '7 days', channel, nps, csat, 'moved' FROM moved;
SELECT pg_temp.check_all('answers_tz');
-- writes on the other sources: a whole table rewritten, rows moved
UPDATE answers_ts SET seen = seen + interval '5 days', store = coalesce(store, 7), s_real = s_int WHERE id % 3 = 0;
DELETE FROM answers_ts WHERE id % 10 = 1;
INSERT INTO answers_ts SELECT id + 1000, seen - interval '30 days', region, store, s_big, s_real, s_double, s_int FROM answers_ts WHERE id < 40;
SELECT pg_temp.check_all('answers_ts');
UPDATE answers_d SET d = d + 20, score = CASE WHEN score IS NULL THEN 5 ELSE score END WHERE id % 4 = 0;
DELETE FROM answers_d WHERE id IN (1001, 1002);
SELECT pg_temp.check_all('answers_d');
-- TRUNCATE empties the summaries; rows written after it count again
SELECT count(*) > 0 AS had_rows FROM answers_tz_day;
TRUNCATE answers_tz;
SELECT pg_temp.check_all('answers_tz');
SELECT (SELECT count(*) FROM answers_tz_day) AS view_rows,
       (SELECT count(*) FROM answers_tz_day_compacted) AS compacted_rows,
       (SELECT count(*) FROM answers_tz_day_pending) AS pending_rows;
INSERT INTO answers_tz
SELECT i, timestamptz '2024-05-31 20:00+00' + i * interval '13 hours', (ARRAY['web', 'app', 'mail'])[i % 3 + 1],
       (i * 3) % 11, CASE WHEN i % 3 = 0 THEN NULL ELSE i % 5 + 1 END, 'after truncate'
FROM generate_series(0, 150) AS i;
SELECT pg_temp.check_all('answers_tz');
-- TRUNCATE rolled back: the figures come back with the rows
BEGIN;
TRUNCATE answers_tz;
SELECT count(*) AS view_rows_in_transaction FROM answers_tz_day;
ROLLBACK;
SELECT pg_temp.check_all('answers_tz');
-- The trigger adds its deltas to the pending table with the table access
-- method's insertion while the table is as pgcx made it.  A pending table
-- its owner changed (an index, a row trigger of their own) gets an INSERT
-- run as its owner instead, which maintains the index and fires the
-- trigger; the figures are exact both ways, and again once the table is
-- as it was made.
CREATE TABLE pending_seen (rows bigint, sign smallint);
CREATE FUNCTION note_pending() RETURNS trigger LANGUAGE plpgsql AS
$$BEGIN INSERT INTO pending_seen VALUES (NEW.rows, NEW.sign); RETURN NEW; END$$;
CREATE INDEX answers_tz_day_pending_bucket ON answers_tz_day_pending (bucket);
INSERT INTO answers_tz VALUES (5001, '2024-06-02 10:00+00', 'web', 9, 5, 'indexed'),
                              (5002, '2024-06-02 11:00+00', 'web', 2, NULL, 'indexed');
SELECT pg_temp.check_all('answers_tz');
SET enable_seqscan = off;
SELECT count(*) AS pending_by_index FROM answers_tz_day_pending WHERE bucket = '2024-06-01 22:00+00';
RESET enable_seqscan;
CREATE TRIGGER note_pending AFTER INSERT ON answers_tz_day_pending
    FOR EACH ROW EXECUTE FUNCTION note_pending();
UPDATE answers_tz SET nps = 10 WHERE id = 5002;
DELETE FROM answers_tz WHERE id = 5001;
SELECT pg_temp.check_all('answers_tz');
SELECT rows, sign FROM pending_seen ORDER BY sign, rows;
DROP TRIGGER note_pending ON answers_tz_day_pending;
DROP INDEX answers_tz_day_pending_bucket;
INSERT INTO answers_tz VALUES (5003, '2024-06-02 12:00+00', 'app', 4, 1, 'as made');
SELECT pg_temp.check_all('answers_tz');
SELECT count(*) AS seen_after_drop FROM pending_seen;
DELETE FROM answers_tz WHERE id > 5000;
SELECT pg_temp.check_all('answers_tz');
DROP TABLE pending_seen;
DROP FUNCTION note_pending();

-- Time zones, over every change of clocks of two years: answers every 47
-- minutes written in time order, and again 7 minutes later in reverse,
-- placed by the dates of a zone that skipped midnight (America/Sao_Paulo
-- until 2019), of one whose clocks change at 01:00 UTC (Europe/Paris), of
-- a POSIX rule (EST5EDT), of an abbreviation (EST, a fixed offset) and of
-- a zone a quarter of an hour off (Asia/Kathmandu).
CREATE TABLE answers_zones (id int PRIMARY KEY, at timestamptz, nps int);
SELECT count(*) AS summaries FROM unnest(ARRAY['America/Sao_Paulo', 'Europe/Paris', 'EST5EDT', 'EST', 'Asia/Kathmandu']) WITH ORDINALITY AS z(zone, k),
     LATERAL pgcx_summarize('answers_zones', 'answers_zones_' || k, 'at', '1 day', scores => '{"nps": [0, 10]}', time_zone => zone);
INSERT INTO oracles
SELECT 'answers_zones_' || k, 'answers_zones', format('date_trunc(''day'', at AT TIME ZONE %L) AT TIME ZONE %L', zone, zone), '{}', '{"nps": [0, 10]}'
FROM unnest(ARRAY['America/Sao_Paulo', 'Europe/Paris', 'EST5EDT', 'EST', 'Asia/Kathmandu']) WITH ORDINALITY AS z(zone, k);
INSERT INTO answers_zones
SELECT i, timestamptz '2017-09-30 00:10+00' + i * interval '47 minutes', i % 11
FROM generate_series(0, 2 * 366 * 24 * 60 / 47) AS i ORDER BY i;
SELECT pg_temp.check_all('answers_zones');
INSERT INTO answers_zones
SELECT 100000 + i, timestamptz '2017-09-30 00:17+00' + i * interval '47 minutes', (i * 7) % 11
FROM generate_series(0, 2 * 366 * 24 * 60 / 47) AS i ORDER BY i DESC;
SELECT pg_temp.check_all('answers_zones');
SELECT count(pgcx_summary_drop(summary)) AS dropped FROM pgcx_summaries WHERE source = 'answers_zones'::regclass;
DROP TABLE answers_zones;
DELETE FROM oracles WHERE source = 'answers_zones';

-- ---------------------------------------------------------------------
-- 4. Compaction, rebuild, metrics
-- ---------------------------------------------------------------------

-- pgcx_summary_compact folds the pending rows (it returns how many) into
-- the compacted table; the view reads the same, the pending table is empty.
CREATE TEMP TABLE view_before AS SELECT bucket, region, store, s_big::text, s_real::text, s_double::text, s_int::text FROM answers_ts_week;
SELECT count(*) AS pending_before FROM answers_ts_week_pending \gset
SELECT :pending_before AS pending_before, pgcx_summary_compact('answers_ts_week') AS folded;
SELECT (SELECT count(*) FROM answers_ts_week_pending) AS pending_after,
       (SELECT count(*) FROM answers_ts_week_compacted) = (SELECT count(*) FROM answers_ts_week) AS one_compacted_row_per_key;
SELECT count(*) AS changed_keys
FROM ((SELECT bucket, region, store, s_big::text, s_real::text, s_double::text, s_int::text FROM answers_ts_week EXCEPT ALL SELECT * FROM view_before)
      UNION ALL
      (SELECT * FROM view_before EXCEPT ALL SELECT bucket, region, store, s_big::text, s_real::text, s_double::text, s_int::text FROM answers_ts_week)) AS d;
SELECT pg_temp.check_all('answers_ts');
-- a second compaction has nothing to fold; writes after it are pending
-- again, and compacting them removes the keys they empty
SELECT pgcx_summary_compact('answers_ts_week') AS folded;
DELETE FROM answers_ts WHERE region = 'north';
INSERT INTO answers_ts VALUES (5000, '2024-02-01 10:00', 'East', 3, 9, 4, 9, 4);
SELECT count(*) > 0 AS pending_again FROM answers_ts_week_pending;
SELECT pg_temp.check_all('answers_ts');
SELECT pgcx_summary_compact('answers_ts_week') > 0 AS folded;
SELECT (SELECT count(*) FROM answers_ts_week_pending) AS pending_after,
       (SELECT count(*) FROM answers_ts_week_compacted WHERE region = 'north') AS north_keys_left;
SELECT pg_temp.check_all('answers_ts');
-- a compaction inside a transaction, between writes; rolled back with it;
-- rolled back to a savepoint
BEGIN;
INSERT INTO answers_ts VALUES (6000, '2024-01-03 10:00', 'East', 1, 2, 3, 4, 5);
SELECT pgcx_summary_compact('answers_ts_week') AS folded;
UPDATE answers_ts SET s_big = 10, store = 2 WHERE id = 6000;
DELETE FROM answers_ts WHERE id = 5000;
SELECT pg_temp.check_all('answers_ts');
ROLLBACK;
SELECT pg_temp.check_all('answers_ts');
BEGIN;
DELETE FROM answers_ts WHERE id = 5000;
SAVEPOINT s;
SELECT pgcx_summary_compact('answers_ts_week') AS folded;
INSERT INTO answers_ts VALUES (6001, '2024-01-03 10:00', 'East', 1, 2, 3, 4, 5);
ROLLBACK TO SAVEPOINT s;
INSERT INTO answers_ts VALUES (6002, '2024-01-04 10:00', 'East', 1, 2, 3, 4, 5);
COMMIT;
SELECT pg_temp.check_all('answers_ts');
-- a rebuild of a timestamp summary over a tsrange: the weeks starting
-- from 2024-01-01 to 2024-01-15 (two)
SELECT pgcx_summary_rebuild('answers_ts_week', tsrange('2024-01-01', '2024-01-15')) AS keys_rebuilt,
       (SELECT count(*) FROM (SELECT DISTINCT date_trunc('week', seen), region, store FROM answers_ts
                               WHERE seen >= '2024-01-01' AND seen < '2024-01-15') AS k) AS source_keys;
SELECT pg_temp.check_all('answers_ts');
SELECT pgcx_summary_compact('answers_tz_day') > 0 AS folded_day, pgcx_summary_compact('answers_d_month') > 0 AS folded_month;
SELECT pg_temp.check_all('answers_tz');
SELECT pg_temp.check_all('answers_d');

-- Writers fold the pending changes themselves after every
-- pgcx.summary_compact_every statements of theirs on the source (each
-- trigger counts its own), in READ COMMITTED only.
CREATE TABLE auto_answers (d date, nps int);
SELECT pgcx_summarize('auto_answers', 'auto_month', 'd', '1 mon', scores => '{"nps": [0, 10]}');
INSERT INTO oracles VALUES ('auto_month', 'auto_answers', $$date_trunc('month', d::timestamp)::date$$, '{}', '{"nps": [0, 10]}');
SET pgcx.summary_compact_every = 3;
INSERT INTO auto_answers VALUES ('2024-01-01', 1);
INSERT INTO auto_answers VALUES ('2024-01-02', 2), ('2024-02-02', 3);
SELECT count(*) AS pending_after_two, (SELECT count(*) FROM auto_month_compacted) AS compacted_after_two FROM auto_month_pending;
INSERT INTO auto_answers VALUES ('2024-03-01', 4);
SELECT count(*) AS pending_after_three, (SELECT count(*) FROM auto_month_compacted) AS compacted_after_three FROM auto_month_pending;
SELECT pg_temp.check_all('auto_answers');
-- not in REPEATABLE READ
BEGIN ISOLATION LEVEL REPEATABLE READ;
INSERT INTO auto_answers VALUES ('2024-03-02', 5);
INSERT INTO auto_answers VALUES ('2024-03-03', 6);
INSERT INTO auto_answers VALUES ('2024-03-04', 7);
SELECT count(*) AS pending_in_repeatable_read FROM auto_month_pending;
COMMIT;
-- never with 0
SET pgcx.summary_compact_every = 0;
UPDATE auto_answers SET nps = nps + 1;
UPDATE auto_answers SET nps = nps + 1;
UPDATE auto_answers SET nps = nps - 2;
SELECT count(*) > 0 AS pending_kept FROM auto_month_pending;
SELECT pg_temp.check_all('auto_answers');
RESET pgcx.summary_compact_every;
SELECT pgcx_summary_drop('auto_month');
DELETE FROM oracles WHERE source = 'auto_answers';
DROP TABLE auto_answers;

-- A summary made to lie on purpose (its owner disables the guard and
-- writes the compacted table, or disables a trigger of the source): the
-- oracle and verify both report the keys, with both sides; a rebuild of a
-- range that misses a key leaves it wrong, one that holds it repairs it.
ALTER TABLE answers_d_month_compacted DISABLE TRIGGER pgcx_guard;
UPDATE answers_d_month_compacted SET score = score + score WHERE bucket = '2024-01-01';
DELETE FROM answers_d_month_compacted WHERE bucket = '2024-03-01';
ALTER TABLE answers_d_month_compacted ENABLE TRIGGER pgcx_guard;
-- and a write the summary misses: its trigger disabled for one INSERT
ALTER TABLE answers_d DISABLE TRIGGER USER;
INSERT INTO answers_d VALUES (5000, '2024-02-10', 10, 'missed');
ALTER TABLE answers_d ENABLE TRIGGER USER;
SELECT pg_temp.check_all('answers_d');
SELECT pgcx_summary_rebuild('answers_d_month', daterange('2024-02-01', '2024-04-01')) AS keys_rebuilt;
SELECT count(*) AS source_keys_in_range FROM (SELECT DISTINCT date_trunc('month', d::timestamp) FROM answers_d WHERE d >= '2024-02-01' AND d < '2024-04-01') AS k;
SELECT pg_temp.check_all('answers_d');
SELECT pgcx_summary_rebuild('answers_d_month', daterange('2023-12-15', '2024-01-15')) AS keys_rebuilt;
SELECT pg_temp.check_all('answers_d');
-- a lie in pending rows too, then a rebuild of everything
ALTER TABLE answers_d_month_pending DISABLE TRIGGER pgcx_guard;
INSERT INTO answers_d_month_pending SELECT bucket, 1, rows, score FROM answers_d_month_compacted WHERE bucket = '2023-12-01';
ALTER TABLE answers_d_month_pending ENABLE TRIGGER pgcx_guard;
ALTER TABLE answers_d_month_compacted DISABLE TRIGGER pgcx_guard;
DELETE FROM answers_d_month_compacted WHERE bucket IS NULL;
ALTER TABLE answers_d_month_compacted ENABLE TRIGGER pgcx_guard;
SELECT pg_temp.check_all('answers_d');
SELECT pgcx_summary_rebuild('answers_d_month') AS keys_rebuilt,
       (SELECT count(*) FROM (SELECT DISTINCT date_trunc('month', d::timestamp) FROM answers_d) AS k) AS source_keys;
SELECT pg_temp.check_all('answers_d');
SELECT (SELECT count(*) FROM answers_d_month_pending) AS pending_after_rebuild;
-- rebuild of a timestamptz summary over a range of timestamptz
SELECT pgcx_summary_rebuild('answers_tz_day', tstzrange('2024-06-03 22:00+00', '2024-06-06 22:00+00')) AS keys_rebuilt,
       (SELECT count(DISTINCT (date_trunc('day', at AT TIME ZONE 'Europe/Paris'), channel)) FROM answers_tz
         WHERE date_trunc('day', at AT TIME ZONE 'Europe/Paris') AT TIME ZONE 'Europe/Paris' >= '2024-06-03 22:00+00'
           AND date_trunc('day', at AT TIME ZONE 'Europe/Paris') AT TIME ZONE 'Europe/Paris' < '2024-06-06 22:00+00') AS source_keys;
SELECT pg_temp.check_all('answers_tz');

-- pgcx_summary_metrics of the daily summary per month, against the NPS
-- and CSAT of the source computed in plain SQL per month of Paris and
-- channel: the rows that differ (none), and how many were compared.
SELECT count(*) AS compared,
       count(*) FILTER (WHERE m.n IS DISTINCT FROM t.n OR abs(m.value - t.value) > 1e-9 OR m.bucket IS NULL OR t.month IS NULL) AS differ
FROM (SELECT * FROM pgcx_summary_metrics('answers_tz_day', '1 mon')) AS m
FULL JOIN (SELECT month, ARRAY[channel::text] AS gv, 'nps' AS score,
                  count(nps) AS n,
                  100.0 * (count(*) FILTER (WHERE nps >= 9) - count(*) FILTER (WHERE nps <= 6)) / count(nps) AS value
             FROM (SELECT date_trunc('month', at AT TIME ZONE 'Europe/Paris')::date AS month, * FROM answers_tz) AS a
            GROUP BY month, channel HAVING count(nps) > 0
           UNION ALL
           SELECT month, ARRAY[channel::text], 'csat', count(csat),
                  100.0 * count(*) FILTER (WHERE csat >= 4) / count(csat)
             FROM (SELECT date_trunc('month', at AT TIME ZONE 'Europe/Paris')::date AS month, * FROM answers_tz) AS a
            GROUP BY month, channel HAVING count(csat) > 0) AS t
  ON m.bucket = t.month AND m.group_values IS NOT DISTINCT FROM t.gv AND m.score = t.score;
-- by hand for web: the promoters, detractors and answers of each month
-- of Paris, and the NPS 100 (promoters - detractors) / answers
SELECT date_trunc('month', at AT TIME ZONE 'Europe/Paris')::date AS month,
       count(*) FILTER (WHERE nps >= 9) AS promoters, count(*) FILTER (WHERE nps <= 6) AS detractors, count(nps) AS n
FROM answers_tz WHERE channel = 'web' GROUP BY 1 ORDER BY 1;
SELECT bucket, group_values, score, metric, n, round(value::numeric, 6) AS value
FROM pgcx_summary_metrics('answers_tz_day', '1 mon')
WHERE group_values = '{web}' AND score = 'nps' ORDER BY bucket;
-- a per that is not made of whole buckets of the summary: 22023
SELECT what, pg_temp.err(q) AS error
FROM (VALUES
    (1, 'hours', $$SELECT * FROM pgcx_summary_metrics('answers_tz_day', '1 hour')$$),
    (2, 'weeks per month', $$SELECT * FROM pgcx_summary_metrics('answers_tz_week', '1 mon')$$),
    (3, 'months per day', $$SELECT * FROM pgcx_summary_metrics('answers_d_month', '1 day')$$),
    (4, 'weeks per 10 days', $$SELECT * FROM pgcx_summary_metrics('answers_ts_week', '10 days')$$)
) AS v(i, what, q)
ORDER BY i;

-- ---------------------------------------------------------------------
-- 5. A partitioned source
-- ---------------------------------------------------------------------

CREATE TABLE part_answers (d date NOT NULL, channel text, nps int) PARTITION BY RANGE (d);
CREATE TABLE part_2024_01 PARTITION OF part_answers FOR VALUES FROM ('2024-01-01') TO ('2024-02-01');
CREATE TABLE part_2024_02 PARTITION OF part_answers FOR VALUES FROM ('2024-02-01') TO ('2024-03-01');
-- a sub-partitioned partition
CREATE TABLE part_2024_03 PARTITION OF part_answers FOR VALUES FROM ('2024-03-01') TO ('2024-04-01') PARTITION BY LIST (channel);
CREATE TABLE part_2024_03_web PARTITION OF part_2024_03 FOR VALUES IN ('web');
CREATE TABLE part_2024_03_other PARTITION OF part_2024_03 DEFAULT;
INSERT INTO part_answers
SELECT date '2024-01-01' + i % 90, (ARRAY['web', 'app', 'mail'])[i % 3 + 1], (i * 7) % 11
FROM generate_series(1, 200) AS i;
SELECT pgcx_summarize('part_answers', 'part_week', 'd', '7 days', '{channel}', '{"nps": [0, 10]}');
INSERT INTO oracles VALUES ('part_week', 'part_answers', $$date_trunc('week', d::timestamp)::date$$, '{channel}', '{"nps": [0, 10]}');
SELECT pg_temp.check_all('part_answers');
-- the summary's triggers are on the root and on every partition; no
-- TRUNCATE trigger on the partitioned tables
SELECT tgrelid::regclass AS rel,
       string_agg(CASE WHEN tgtype & 4 <> 0 THEN 'insert' WHEN tgtype & 8 <> 0 THEN 'delete'
            WHEN tgtype & 16 <> 0 THEN 'update' WHEN tgtype & 32 <> 0 THEN 'truncate' END, ', ' ORDER BY tgtype) AS triggers
FROM pg_trigger WHERE tgfoid = 'pgcx_summary_capture'::regproc
  AND tgrelid IN (SELECT relid FROM pg_partition_tree('part_answers'))
GROUP BY tgrelid ORDER BY 1::text;
-- rows through the root and straight into partitions (leaf and sub-leaf)
INSERT INTO part_answers VALUES ('2024-01-15', 'app', 10), ('2024-03-02', 'web', 0), ('2024-03-03', 'sms', 5);
INSERT INTO part_2024_02 VALUES ('2024-02-10', 'mail', 9), ('2024-02-11', 'mail', 1);
INSERT INTO part_2024_03_web VALUES ('2024-03-20', 'web', 4);
INSERT INTO part_2024_03 VALUES ('2024-03-21', 'app', 8);
UPDATE part_2024_01 SET nps = 10 - nps WHERE channel = 'web';
DELETE FROM part_2024_03_other WHERE nps < 3;
SELECT pg_temp.check_all('part_answers');
-- COPY through the root
COPY part_answers FROM STDIN;
2024-01-30	app	6
2024-03-30	web	7
2024-03-31	mail	8
\.
SELECT pg_temp.check_all('part_answers');
-- an UPDATE through the root that moves rows across partitions
UPDATE part_answers SET d = d + 31 WHERE channel = 'mail' AND d < '2024-02-15';
UPDATE part_answers SET channel = 'web' WHERE channel = 'sms';
SELECT pg_temp.check_all('part_answers');
-- a partition created later is followed
CREATE TABLE part_2024_04 PARTITION OF part_answers FOR VALUES FROM ('2024-04-01') TO ('2024-05-01');
INSERT INTO part_answers VALUES ('2024-04-03', 'web', 7), ('2024-04-04', 'app', 2);
INSERT INTO part_2024_04 VALUES ('2024-04-05', 'app', 3);
SELECT pg_temp.check_all('part_answers');
-- a table with rows attached later brings its rows, and is followed
CREATE TABLE part_2024_05 (d date NOT NULL, channel text, nps int);
INSERT INTO part_2024_05 SELECT date '2024-05-01' + i % 31, 'web', i % 11 FROM generate_series(1, 40) AS i;
ALTER TABLE part_answers ATTACH PARTITION part_2024_05 FOR VALUES FROM ('2024-05-01') TO ('2024-06-01');
SELECT pg_temp.check_all('part_answers');
DELETE FROM part_2024_05 WHERE nps > 5;
SELECT pg_temp.check_all('part_answers');
-- a sub-partitioned table with rows attached later, and a leaf created
-- later under a sub-partitioned partition
CREATE TABLE part_2024_06 (d date NOT NULL, channel text, nps int) PARTITION BY LIST (channel);
CREATE TABLE part_2024_06_all PARTITION OF part_2024_06 DEFAULT;
INSERT INTO part_2024_06 VALUES ('2024-06-10', 'app', 6), ('2024-06-11', 'web', 9);
ALTER TABLE part_answers ATTACH PARTITION part_2024_06 FOR VALUES FROM ('2024-06-01') TO ('2024-07-01');
CREATE TABLE part_2024_03_sms PARTITION OF part_2024_03 FOR VALUES IN ('sms');
INSERT INTO part_answers VALUES ('2024-03-25', 'sms', 1), ('2024-06-12', 'mail', 2);
INSERT INTO part_2024_03_sms VALUES ('2024-03-26', 'sms', 10);
SELECT pg_temp.check_all('part_answers');
-- a leaf of a sub-partitioned partition detached, then attached again:
-- its rows leave, then come back
ALTER TABLE part_2024_03 DETACH PARTITION part_2024_03_other;
SELECT pg_temp.check_all('part_answers');
ALTER TABLE part_2024_03 ATTACH PARTITION part_2024_03_other DEFAULT;
SELECT pg_temp.check_all('part_answers');
-- a partition detached: its rows leave the summary; written afterwards,
-- it no longer counts
ALTER TABLE part_answers DETACH PARTITION part_2024_02;
SELECT pg_temp.check_all('part_answers');
INSERT INTO part_2024_02 VALUES ('2024-02-20', 'web', 10);
DELETE FROM part_2024_02 WHERE nps = 9;
SELECT pg_temp.check_all('part_answers');
SELECT count(*) AS triggers_left_on_detached FROM pg_trigger
WHERE tgrelid = 'part_2024_02'::regclass AND tgfoid = 'pgcx_summary_capture'::regproc;
-- TRUNCATE of one partition (leaf, then sub-partitioned)
TRUNCATE part_2024_01;
SELECT pg_temp.check_all('part_answers');
TRUNCATE part_2024_03;
SELECT pg_temp.check_all('part_answers');
-- DROP TABLE of an attached partition is refused (2BP01), of a detached
-- one allowed
SELECT pg_temp.err('DROP TABLE part_2024_04') AS drop_attached;
SELECT pg_temp.err('DROP TABLE part_2024_03_web') AS drop_attached_leaf;
SELECT pg_temp.err('DROP TABLE part_2024_02') AS drop_detached;
SELECT pg_temp.check_all('part_answers');
-- compaction of a partitioned source's summary
SELECT pgcx_summary_compact('part_week') > 0 AS folded;
SELECT pg_temp.check_all('part_answers');
-- TRUNCATE of the root
TRUNCATE part_answers;
SELECT pg_temp.check_all('part_answers');
INSERT INTO part_answers VALUES ('2024-04-10', 'web', 6), ('2024-06-20', NULL, NULL);
SELECT pg_temp.check_all('part_answers');

-- ---------------------------------------------------------------------
-- 8. pgcx_summary_drop
-- ---------------------------------------------------------------------

-- It removes the view, the two tables and every trigger (on partitions
-- too); the source stays writable.
SELECT pgcx_summary_drop('part_week');
SELECT pgcx_summary_drop('answers_tz_week');
SELECT relname FROM pg_class WHERE relname LIKE 'part\_week%' OR relname LIKE 'answers\_tz\_week%' ORDER BY 1;
-- the capture triggers left: those of the three other summaries, one
-- per event on their sources (answers_tz keeps its daily summary's)
SELECT tgrelid::regclass AS rel, count(*) AS capture_triggers FROM pg_trigger
WHERE tgfoid = 'pgcx_summary_capture'::regproc GROUP BY 1 ORDER BY 1::text;
SELECT summary FROM pgcx_summaries ORDER BY summary::text;
INSERT INTO part_answers VALUES ('2024-04-11', 'web', 1);
UPDATE part_answers SET nps = 2;
DELETE FROM part_2024_04;
TRUNCATE part_answers;
CREATE TABLE part_2024_07 PARTITION OF part_answers FOR VALUES FROM ('2024-07-01') TO ('2024-08-01');
INSERT INTO part_answers VALUES ('2024-07-11', 'web', 1);
DROP TABLE part_2024_07;
-- the other summary of answers_tz is still exact
INSERT INTO answers_tz VALUES (50000, '2024-06-02 12:00+00', 'web', 10, 5, 'after drop');
DELETE FROM oracles WHERE summary IN ('part_week', 'answers_tz_week');
SELECT pg_temp.check_all('answers_tz');
SELECT pgcx_summary_drop('answers_tz_day');
SELECT pgcx_summary_drop('answers_ts_week');
SELECT pgcx_summary_drop('answers_d_month');
SELECT count(*) AS summaries_left FROM pgcx_summaries;
SELECT count(*) AS pgcx_triggers_left FROM pg_trigger
WHERE tgfoid IN ('pgcx_summary_capture'::regproc, 'pgcx_summary_guard'::regproc);
SELECT count(*) AS summary_relations_left FROM pg_class WHERE relname ~ '_(month|day|week)(_compacted|_pending)?$';
UPDATE answers_tz SET nps = 0;
TRUNCATE answers_tz, answers_ts, answers_d;
DROP TABLE part_answers, answers_tz, answers_ts, answers_d;
