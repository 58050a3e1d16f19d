-- The tables the README's examples read, small.
\set ON_ERROR_STOP on
CREATE TABLE responses (store int, store_id int, score int, nps int, csat int,
                        csat10 int, ces int, answered_on date);
INSERT INTO responses
SELECT 1 + i % 3, 1 + i % 3, (i * 7) % 11, (i * 7) % 11, 1 + (i * 3) % 5,
       1 + (i * 3) % 10, 1 + (i * 5) % 7, date '2026-01-01' + (i * 13) % 300
FROM generate_series(1, 300) AS i;
CREATE TABLE daily_nps AS
SELECT store_id, answered_on AS day, score_dist_agg(nps) AS dist
FROM responses GROUP BY 1, 2;
CREATE TABLE store_windows AS
SELECT store_id, rolling_benchmark(answered_on, nps, interval '1 month', 12) AS rb
FROM responses GROUP BY store_id;
CREATE TABLE barometer (question text, audience text, score int);
INSERT INTO barometer
SELECT 'q' || (1 + i % 2), (ARRAY['customer', 'employee', 'manager'])[1 + i % 3], 1 + (i * 7) % 5
FROM generate_series(1, 60) AS i;
CREATE TABLE subscriptions (active_from date, churned_on date);
INSERT INTO subscriptions
SELECT date '2025-06-01' + i % 200, CASE WHEN i % 4 = 0 THEN date '2026-01-01' + i % 280 END
FROM generate_series(1, 400) AS i;
