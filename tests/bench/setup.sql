-- Data of make bench, made once with a fixed seed:
--   bench_answers  :rows answers, score 0-10 (a realistic NPS mix), day and
--                  ts over two years, g = store 1..1000 (score and day
--                  first: an aggregate deforms the columns up to its last)
--   bench_window   :wrows answers ordered by ts, for the window benchmark
--   bench_monthly  score_dist per store and month of bench_answers
--                  (1,000 stores x 24 months), for the dashboard benchmark
--   bench_float8   bench_answers with its scores as double precision (as a
--                  CSV import gives them), the same columns otherwise, for
--                  the double precision form
--   bench_weighted the scores of bench_answers with a survey weight each
--                  (uniform on 0.25..4.25), for the weighted form
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS pgcx;
DROP TABLE IF EXISTS bench_answers, bench_window, bench_monthly, bench_float8, bench_weighted;
SELECT setseed(0.42) \g /dev/null
CREATE TABLE bench_answers AS
SELECT (ARRAY[0, 1, 2, 3, 4, 5, 5, 6, 6, 7, 7, 7, 8, 8, 8, 8, 9, 9, 9, 10, 10])[1 + floor(random() * 21)::int] AS score,
       date '2024-12-01' + (i::bigint * 730 / :rows)::int AS day,
       1 + (i % 1000) AS g,
       timestamp '2024-12-01' + (i * (730 * 86400.0 / :rows)) * interval '1 second' AS ts
FROM generate_series(1, :rows) AS i;
CREATE TABLE bench_window AS
SELECT score, ts FROM bench_answers ORDER BY ts LIMIT :wrows;
CREATE TABLE bench_monthly AS
SELECT g AS store, date_trunc('month', ts) AS month, score_dist_agg(score) AS dist
FROM bench_answers GROUP BY 1, 2;
CREATE TABLE bench_float8 AS
SELECT score::float8 AS score, day, g, ts FROM bench_answers;
CREATE TABLE bench_weighted AS
SELECT score, 0.25 + 4 * random() AS weight FROM bench_answers;
VACUUM ANALYZE bench_answers;
VACUUM ANALYZE bench_window;
VACUUM ANALYZE bench_monthly;
VACUUM ANALYZE bench_float8;
VACUUM ANALYZE bench_weighted;
