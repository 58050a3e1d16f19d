-- Dashboard, part 6: a live summary (docs/summaries/live-summaries.md).
-- pgcx_summarize makes a view of score_dist values per day and store
-- that the triggers of responses keep exact on every write: new answers
-- show in the next query, without a refresh job.  The section ends by
-- deleting its answers and dropping the summary, so that the sample stays
-- as loaded (make play, and the documentation's examples that
-- tests/data/test-demo runs on this database, start from it).
\pset null '-'
SET client_min_messages = warning;
\o /dev/null
SELECT pgcx_summarize('responses', 'responses_daily', 'answered_on', '1 day',
                      group_by => '{store_id}',
                      scores => '{"nps": [0, 10], "csat": [1, 5], "ces": [1, 7]}');
\o
\echo
\echo '=== A live summary of the answers: per day and store, NPS, CSAT and CES (pgcx_summarize) ==='
SELECT s.summary AS view, s.source, s.bucket, s.group_by, s.scores,
       (SELECT count(*) FROM responses_daily) AS "days x stores",
       (SELECT sum(n(nps)) FROM responses_daily) AS "NPS answers"
FROM pgcx_summaries AS s WHERE s.summary = 'responses_daily'::regclass;
\echo '  Made once from the answers; from now on every INSERT, UPDATE, DELETE or COPY on responses keeps it exact.'

-- Paris Rivoli's last day, before and after three new answers
CREATE TEMP TABLE paris_day AS
SELECT 'before' AS moment, n(nps) AS answers, round(nps(nps)::numeric, 1) AS nps,
       round(csat(csat)::numeric, 1) AS "CSAT %", round(mean(ces)::numeric, 2) AS ces,
       (SELECT count(*) FROM responses_daily_pending) AS "pending rows"
FROM responses_daily WHERE store_id = 1 AND bucket = '2026-11-23';
CREATE TEMP TABLE new_answers AS
SELECT (SELECT max(response_id) FROM responses) + k AS response_id, 1 AS store_id, 'chat' AS channel,
       date '2026-11-23' AS answered_on, nps::smallint, csat::smallint, ces::smallint
FROM (VALUES (1, 10, 5, 7), (2, 9, 5, 6), (3, 2, 1, 2)) AS s(k, nps, csat, ces);
INSERT INTO responses (response_id, store_id, channel, answered_on, nps, csat, ces)
SELECT * FROM new_answers;
INSERT INTO paris_day
SELECT 'after 3 new answers', n(nps), round(nps(nps)::numeric, 1), round(csat(csat)::numeric, 1),
       round(mean(ces)::numeric, 2), (SELECT count(*) FROM responses_daily_pending)
FROM responses_daily WHERE store_id = 1 AND bucket = '2026-11-23';
\echo
\echo '=== Paris Rivoli on 2026-11-23, read from the summary before and after three answers are inserted ==='
SELECT * FROM paris_day;
\echo '  The answers (NPS 10, 9 and 2) show in the very next query: the INSERT appended one pending row, its change pre-aggregated, and locked no row of the summary.'

CREATE TEMP TABLE upkeep AS SELECT pgcx_summary_compact('responses_daily') AS folded;
\echo
\echo '=== Compaction, then a check against the raw answers (pgcx_summary_compact, pgcx_summary_verify) ==='
SELECT u.folded AS "pending rows folded",
       (SELECT count(*) FROM responses_daily_pending) AS "pending rows left",
       (SELECT count(*) FROM pgcx_summary_verify('responses_daily')) AS "keys that differ from the answers"
FROM upkeep AS u;
\echo '  Compaction changes no figure, only how many rows the view reads; verify recomputes every day and store from responses: 0 = exact.'

\echo
\echo '=== Paris Rivoli per month, read from the daily summary (pgcx_summary_metrics per 1 month) ==='
SELECT bucket AS month, n, round(value::numeric, 1) AS nps,
       round(ci_low::numeric, 1) AS ci_low, round(ci_high::numeric, 1) AS ci_high
FROM pgcx_summary_metrics('responses_daily', '1 month')
WHERE group_values = '{1}' AND score = 'nps' AND bucket >= '2026-08-01'
ORDER BY bucket;
\echo '  Each month merges its daily distributions; ci_low to ci_high: the 95 % interval of nps_stats. November counts the three new answers.'

-- the sample as loaded again: the answers leave (the summary follows),
-- then the summary goes
\o /dev/null
DELETE FROM responses WHERE response_id IN (SELECT response_id FROM new_answers);
SELECT pgcx_summary_drop('responses_daily');
\o
