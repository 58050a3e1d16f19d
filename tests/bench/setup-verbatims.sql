-- The tables of B13 (tests/bench/run): bench_comments, 1,000,000 answers
-- with a 0-10 score and a comment already read into a tsvector column
-- (pgcx_french): 4 to 19 words each from a vocabulary of 20,000 words
-- whose frequencies fall as a power law, as a language's do (a few words
-- in most comments, most words rare); and its first 100,000 rows
-- (bench_comments_100k).
SET client_min_messages = warning;
DROP TABLE IF EXISTS bench_comments, bench_comments_100k;
SELECT setseed(0.13) \g /dev/null
CREATE TABLE bench_comments AS
SELECT i AS id, (abs(hashint4(i)) % 11) AS score,
       to_tsvector('pgcx_french',
                   (SELECT string_agg('mot' || floor(exp(random() * ln(20000)))::int, ' ')
                    FROM generate_series(1, 4 + (i * 7) % 16) AS w WHERE i > 0)) AS body
FROM generate_series(1, 1000000) AS i;
CREATE TABLE bench_comments_100k AS SELECT * FROM bench_comments WHERE id <= 100000;
VACUUM ANALYZE bench_comments;
VACUUM ANALYZE bench_comments_100k;
