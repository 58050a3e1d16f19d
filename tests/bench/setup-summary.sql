-- Data of B9 and B10 (live summaries), made once with fixed seeds.  The
-- psql variables load and live (booleans) say which to make: load needs
-- copyfile and loadrows, live needs bench_answers (setup.sql).
--   :copyfile        :loadrows answers of answers.sql (two years, 1,000
--                    stores), in COPY's text format, written by the client
--   bench_load_plain    three empty answers tables alike: id bigserial
--   bench_load_capture  primary key, answered_at timestamptz, store int,
--   bench_load_live     channel text, nps int, csat int, comment text.
--                    bench_load_live has the live summary
--                    bench_load_live_summary (monthly buckets in UTC, per
--                    store, nps [0, 10] and csat [1, 5]);
--                    bench_load_capture a statement trigger that only makes
--                    PostgreSQL capture the inserted rows (a NEW TABLE
--                    transition table) and does nothing with them
--   bench_live       bench_answers copied, with the live summary
--                    bench_live_summary (monthly buckets of ts, per store g,
--                    score [0, 10]), then 10,000 single-row INSERT
--                    statements (of one DO block: the same deltas as from
--                    10,000 transactions) whose deltas are left pending
--                    (no compaction by the writer)
-- Autovacuum is off on the four source tables, so that no timed run shares
-- the two cores with a vacuum of rows loaded by the run before it; the
-- summaries' own tables keep it.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS pgcx;
SELECT pgcx_summary_drop(summary)
FROM pgcx_summaries
WHERE source::text IN ('bench_load_live', 'bench_live') \g /dev/null
DROP TABLE IF EXISTS bench_load_plain, bench_load_capture, bench_load_live, bench_live;
DROP FUNCTION IF EXISTS bench_capture_only();

\if :load
\ir answers.sql
SELECT setseed(0.31) \g /dev/null
\o :copyfile
COPY (SELECT * FROM pg_temp.bench_load_answers(:loadrows)) TO STDOUT;
\o

CREATE TABLE bench_load_plain (id bigserial PRIMARY KEY, answered_at timestamptz, store int,
	channel text, nps int, csat int, comment text) WITH (autovacuum_enabled = off);
CREATE TABLE bench_load_capture (id bigserial PRIMARY KEY, answered_at timestamptz, store int,
	channel text, nps int, csat int, comment text) WITH (autovacuum_enabled = off);
CREATE TABLE bench_load_live (id bigserial PRIMARY KEY, answered_at timestamptz, store int,
	channel text, nps int, csat int, comment text) WITH (autovacuum_enabled = off);
CREATE FUNCTION bench_capture_only() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NULL; END';
CREATE TRIGGER bench_capture_only AFTER INSERT ON bench_load_capture
	REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION bench_capture_only();
SELECT pgcx_summarize('bench_load_live', 'bench_load_live_summary', 'answered_at', '1 mon',
	'{store}', '{"nps": [0, 10], "csat": [1, 5]}', 'UTC') \g /dev/null
\endif

\if :live
CREATE TABLE bench_live WITH (autovacuum_enabled = off) AS SELECT * FROM bench_answers;
VACUUM ANALYZE bench_live;
SELECT pgcx_summarize('bench_live', 'bench_live_summary', 'ts', '1 mon', '{g}') \g /dev/null
SELECT setseed(0.73) \g /dev/null
-- A writer folds the pending deltas itself after pgcx.summary_compact_every
-- statements (1,000 by default): not this one, whose 10,000 are to be read
-- pending.
SET pgcx.summary_compact_every = 0;
DO $$
DECLARE
	at timestamp;
BEGIN
	FOR i IN 1..10000 LOOP
		at := timestamp '2024-12-01' + random() * interval '730 days';
		INSERT INTO bench_live (score, day, g, ts)
		VALUES ((ARRAY[0, 1, 2, 3, 4, 5, 5, 6, 6, 7, 7, 7, 8, 8, 8, 8, 9, 9, 9, 10, 10])[1 + floor(random() * 21)::int],
				at::date, 1 + floor(random() * 1000)::int, at);
	END LOOP;
END
$$;
-- The statistics autovacuum would gather on the summary's tables, now
-- rather than at some point of the timed runs.
ANALYZE bench_live_summary_compacted;
ANALYZE bench_live_summary_pending;
\endif
