-- The answers B9 copies, for tests/bench/setup-summary.sql (make bench)
-- and tests/bench/count-copy: pg_temp.bench_load_answers(rows) gives rows
-- answers over two years (2024-12-01 to 2026-11-30, in time order), 1,000
-- stores, five channels, nps 0-10 (a realistic mix), csat 1-5 (one in five
-- missing) and a comment for one in ten.  Call SELECT setseed(0.31) first
-- for the benchmark's data.  (One statement, ended by a blank line, as a
-- single-user server reads it with -j.)
CREATE FUNCTION pg_temp.bench_load_answers(rows bigint)
RETURNS TABLE (answered_at timestamptz, store int, channel text, nps int, csat int, comment text)
LANGUAGE sql VOLATILE AS $$
SELECT timestamptz '2024-12-01 00:00+00' + i * (730 * 86400.0 / rows) * interval '1 second',
       1 + floor(random() * 1000)::int,
       (ARRAY['web', 'email', 'app', 'sms', 'phone'])[1 + floor(random() * 5)::int],
       (ARRAY[0, 1, 2, 3, 4, 5, 5, 6, 6, 7, 7, 7, 8, 8, 8, 8, 9, 9, 9, 10, 10])[1 + floor(random() * 21)::int],
       CASE WHEN random() < 0.8 THEN (ARRAY[1, 2, 3, 3, 4, 4, 4, 5, 5, 5])[1 + floor(random() * 10)::int] END,
       CASE WHEN random() < 0.1 THEN (ARRAY['delivery was late', 'friendly staff, quick answer',
            'the app logged me out twice', 'price went up again', 'could not find my size'])[1 + floor(random() * 5)::int] END
FROM generate_series(0, rows - 1) AS i
$$;

