-- Generated data for tests/citus/run, on the coordinator (pgcx in public):
-- a local copy in schema loc (plain tables, the expected answers) and the
-- same rows in distributed tables of public.  Deterministic: every value is
-- arithmetic on the row number, no random().
--
-- resp: one answer per row.  24 stores in 5 regions (the region is not the
-- distribution column, and every region spans several shards); scores
-- skewed per store so that NPS ranges from about -45 to 80; some NULL
-- scores and audiences; stores 21-24 stop answering in mid-2026, so that
-- rolling windows of different ends are merged; timestamps at every hour
-- of the day, so that a UTC date differs from a local one.
-- resp.w: a survey weight (NULLs and zeros too).
-- summary: pre-aggregated per store and month (a score_dist, a
-- rolling_benchmark and a score_wdist per row), for rollup across shards.
-- freq, rec, age, spend: a customer's summary for the BG/NBD and
-- Gamma-Gamma fits.
-- drv: answers for the key drivers (driver_stats): a bigint row key, an
-- outcome 0-10 and three drivers 1-5 as integers, the same plus a
-- fraction in double precision, a survey weight; NULLs sprinkled in (the
-- key, the outcome, the array, one element, the weight).  The first answer
-- of every store but the first has no drivers: in the local copy they come
-- after a complete row, on a shard some come first.
-- drv_part: driver_stats stored per store and part of its rows (unkeyed
-- and keyed integer answers, weighted double precision ones), for rollup
-- across shards.
-- verb: comments for the verbatims (term_stats, theme_impact,
-- theme_stats): a 0-10 score in every type (NULLs sprinkled in), a French
-- comment made of words picked by the row number and read with
-- pgcx_french (NULL comments, empty ones), a text group and a boolean one
-- (NULLs too).
-- verb_part: term_stats stored per store and part of its rows (text and
-- boolean groups), for rollup across shards.
-- bad_*: one bad value each, for the error checks.

SET citus.shard_count = 12;

CREATE SCHEMA loc;

CREATE TABLE loc.resp AS
SELECT store_id,
       1 + (store_id * 7) % 5 AS region,
       day,
       (day + make_interval(secs => (i * 613) % 86400))::timestamp AT TIME ZONE 'UTC' AS at,
       day + make_interval(secs => (i * 613) % 86400) AS ts,
       score,
       score::smallint AS s2,
       score::bigint AS s8,
       CASE WHEN i % 3 = 0 THEN score::numeric(4, 1) ELSE score::numeric END AS sn,
       score::float8 AS sf,
       CASE WHEN i % 19 = 0 THEN NULL ELSE 1 + (i * 3 + store_id) % 5 END AS csat,
       1 + (i * 5 + i / 7) % 7 AS ces,
       1 + (i * 11 + i / 5) % 10 AS c10,
       (i * 13 + store_id * 3) % 101 AS pct,
       CASE WHEN i % 23 = 0 THEN NULL
            ELSE (ARRAY['customer', 'Client', 'employee', 'collaborateur', 'manager', 'leader'])[1 + (i / 3) % 6]
       END AS audience,
       active_from,
       churned_on,
       (active_from + make_interval(secs => (i * 97) % 86400))::timestamp AT TIME ZONE 'UTC' AS active_tz,
       (churned_on + make_interval(secs => (i * 89) % 86400))::timestamp AT TIME ZONE 'UTC' + interval '1 day' AS churned_tz,
       active_from + make_interval(secs => (i * 97) % 86400) AS active_ts,
       churned_on + make_interval(secs => (i * 89) % 86400) + interval '1 day' AS churned_ts
FROM generate_series(1, 24000) AS i,
     LATERAL (SELECT 1 + (i * 7) % 24 AS store_id) AS s,
     LATERAL (SELECT date '2024-12-01' + (i * 37) % (CASE WHEN store_id > 20 THEN 560 ELSE 730 END) AS day,
                     CASE WHEN i % 17 = 0 THEN NULL
                          ELSE least(10, (i * 7 + i / 11) % 11 + store_id % 8) END AS score,
                     date '2025-06-01' + (i * 29) % 365 AS active_from) AS d,
     LATERAL (SELECT CASE WHEN i % 4 = 0 THEN NULL ELSE active_from + (i * 17) % 400 END AS churned_on) AS c;

-- customer summaries for bgnbd_fit and gamma_gamma_fit: repeat purchases
-- 0-6, age 11-80 weeks, recency up to the age (0 without repeat
-- purchases), mean spend (0 without repeat purchases)
ALTER TABLE loc.resp ADD COLUMN freq int, ADD COLUMN age float8, ADD COLUMN rec float8, ADD COLUMN spend float8;
UPDATE loc.resp SET freq = pct % 7, age = 10 + ces * c10;
UPDATE loc.resp SET rec = CASE WHEN freq = 0 THEN 0 ELSE round((age * (pct % 10) / 10.0)::numeric, 2) END,
                    spend = CASE WHEN freq = 0 THEN 0 ELSE 5 + c10 * 3.5 + ces END;

-- a survey weight: multiples of 1/16 (exact sums of weights and of their
-- squares, so that states merged in any order are the same bits), with
-- NULL and zero weights
ALTER TABLE loc.resp ADD COLUMN w float8;
UPDATE loc.resp SET w = CASE WHEN pct % 29 = 0 THEN NULL WHEN pct % 31 = 0 THEN 0
                             ELSE (1 + (pct * 7 + ces) % 40) / 16.0 END;

CREATE TABLE loc.summary AS
SELECT store_id, region, date_trunc('month', day)::date AS day,
       date_trunc('month', day)::date::timestamp AT TIME ZONE 'UTC' AS at,
       date_trunc('month', day)::date::timestamp AS ts,
       score_dist_agg(score) AS d,
       rolling_benchmark(day, score, interval '1 month', 24) AS rb,
       score_wdist_agg(score, w) AS wd
FROM loc.resp GROUP BY 1, 2, 3;

CREATE TABLE loc.drv AS
SELECT store_id, 1 + (store_id * 7) % 5 AS region,
       CASE WHEN i % 211 = 0 THEN NULL ELSE (i::int8 * 2654435761) % 1000000007 - 500000000 END AS id,
       CASE WHEN i % 31 = 0 THEN NULL ELSE y END AS y,
       CASE WHEN i % 41 = 0 OR i BETWEEN 2 AND 24 THEN NULL WHEN i % 37 = 0 THEN ARRAY[a, NULL, c] ELSE ARRAY[a, b, c] END AS x,
       CASE WHEN i % 31 = 0 THEN NULL ELSE (y + ((i * 389) % 997) / 997.0)::float8 END AS yf,
       CASE WHEN i % 41 = 0 OR i BETWEEN 2 AND 24 THEN NULL
            WHEN i % 37 = 0 THEN ARRAY[a + ((i * 613) % 1000) / 1000.0, NULL, c]::float8[]
            ELSE ARRAY[a + ((i * 613) % 1000) / 1000.0, b + ((i * 421) % 1000) / 1000.0,
                       c + ((i * 157) % 1000) / 1000.0]::float8[] END AS xf,
       CASE WHEN i % 43 = 0 THEN NULL ELSE (0.5 + ((i * 97) % 100) / 40.0)::float8 END AS w
FROM generate_series(1, 12000) AS i,
     LATERAL (SELECT 1 + (i * 7) % 24 AS store_id) AS s,
     LATERAL (SELECT 1 + (i * 37 + i / 13) % 5 AS a, 1 + (i * 53 + i / 7 + i / 101) % 5 AS b,
                     1 + (i * 11 + i / 3 + (i * i) % 7) % 5 AS c) AS d,
     LATERAL (SELECT least(10, greatest(0, a + b + c * 3 / 2 - 5 + (i * 29 + i / 17) % 5)) AS y) AS e;

CREATE TABLE loc.drv_part AS
SELECT store_id, region, coalesce(id, 0) % 4 AS part, driver_stats(y, x) AS ds,
       driver_stats(id, y, x) AS dsk, driver_stats(yf, xf, w) AS dsf
FROM loc.drv GROUP BY 1, 2, 3;

CREATE TABLE loc.verb AS
SELECT store_id, 1 + (store_id * 7) % 5 AS region, i AS id,
       score, score::smallint AS s2, score::bigint AS s8, score::numeric AS sn, score::float8 AS sf,
       CASE WHEN i % 13 = 0 THEN NULL
            WHEN i % 29 = 0 THEN ''::tsvector
            ELSE to_tsvector('pgcx_french', concat_ws(' ',
                (ARRAY['livraison', 'colis', 'vendeur', 'conseil', 'attente', 'prix', 'accueil', 'magasin'])[1 + (i * 7) % 8],
                (ARRAY['en retard', 'rapide', 'aimable', 'trop cher', 'pas content', 'parfait', 'jamais reçu', 'très long'])[1 + (i * 11 + i / 5) % 8],
                CASE WHEN i % 3 = 0 THEN (ARRAY['merci', 'encore', 'déçu', 'bravo', 'retard retard'])[1 + (i / 3) % 5] END))
       END AS body,
       CASE WHEN i % 31 = 0 THEN NULL WHEN score >= 9 THEN 'promoter' WHEN score >= 7 THEN 'passive' ELSE 'detractor' END AS grp,
       CASE WHEN i % 37 = 0 THEN NULL ELSE score <= 6 END AS flag
FROM generate_series(1, 6000) AS i,
     LATERAL (SELECT 1 + (i * 7) % 24 AS store_id) AS s,
     LATERAL (SELECT CASE WHEN i % 17 = 0 THEN NULL ELSE least(10, (i * 7 + i / 11) % 11 + store_id % 4) END AS score) AS d;

CREATE TABLE loc.verb_part AS
SELECT store_id, region, id % 4 AS part, term_stats(body, grp) AS ts, term_stats(body, flag) AS tsb
FROM loc.verb GROUP BY 1, 2, 3;

-- One bad value each; the rest are rows of resp.
CREATE TABLE loc.bad_score AS SELECT * FROM loc.resp WHERE store_id IN (1, 2, 3, 4);
UPDATE loc.bad_score SET score = 15, s2 = 15, s8 = 15, sn = 15, sf = 15 WHERE ctid = (SELECT min(ctid) FROM loc.bad_score WHERE store_id = 3);
CREATE TABLE loc.bad_numeric AS SELECT * FROM loc.resp WHERE store_id IN (1, 2, 3, 4);
UPDATE loc.bad_numeric SET sn = 2.5, sf = 2.5 WHERE ctid = (SELECT min(ctid) FROM loc.bad_numeric WHERE store_id = 3);
UPDATE loc.bad_numeric SET w = -0.5 WHERE ctid = (SELECT min(ctid) FROM loc.bad_numeric WHERE store_id = 2);
CREATE TABLE loc.bad_time AS SELECT * FROM loc.resp WHERE store_id IN (1, 2, 3, 4);
UPDATE loc.bad_time SET day = date '0099-12-31', ts = timestamp '0099-12-31 12:00'
 WHERE ctid = (SELECT min(ctid) FROM loc.bad_time WHERE store_id = 3);
-- distributions on two scales: stores 1 and 2 on 0-10, store 3 on 1-5 and
-- store 4 on both (0-10 first), so that the scales meet in one group or
-- only when the coordinator merges the parts of different shards
CREATE TABLE loc.bad_scales AS SELECT * FROM loc.summary WHERE store_id IN (1, 2, 3, 4);
UPDATE loc.bad_scales SET region = 1;
UPDATE loc.bad_scales SET d = '{"lo":1,"hi":5,"counts":[1,2,3,4,5]}',
       rb = (SELECT rolling_benchmark(day, csat, interval '1 month', 24, 1, 5) FROM loc.resp WHERE store_id = 3)
 WHERE store_id = 3 OR (store_id = 4 AND day > date '2025-06-01');

-- the distributed copies
CREATE TABLE resp (LIKE loc.resp);
SELECT create_distributed_table('resp', 'store_id');
INSERT INTO resp SELECT * FROM loc.resp;
CREATE TABLE summary (LIKE loc.summary);
SELECT create_distributed_table('summary', 'store_id', colocate_with => 'resp');
-- built on the workers from the distributed answers (pushed down)
INSERT INTO summary
SELECT store_id, region, date_trunc('month', day)::date,
       date_trunc('month', day)::date::timestamp AT TIME ZONE 'UTC',
       date_trunc('month', day)::date::timestamp,
       score_dist_agg(score), rolling_benchmark(day, score, interval '1 month', 24),
       score_wdist_agg(score, w)
FROM resp GROUP BY store_id, region, date_trunc('month', day);
CREATE TABLE drv (LIKE loc.drv);
SELECT create_distributed_table('drv', 'store_id', colocate_with => 'resp');
INSERT INTO drv SELECT * FROM loc.drv;
CREATE TABLE drv_part (LIKE loc.drv_part);
SELECT create_distributed_table('drv_part', 'store_id', colocate_with => 'resp');
-- built on the workers from the distributed answers (pushed down)
INSERT INTO drv_part
SELECT store_id, region, coalesce(id, 0) % 4, driver_stats(y, x), driver_stats(id, y, x),
       driver_stats(yf, xf, w)
FROM drv GROUP BY 1, 2, 3;
CREATE TABLE verb (LIKE loc.verb);
SELECT create_distributed_table('verb', 'store_id', colocate_with => 'resp');
INSERT INTO verb SELECT * FROM loc.verb;
CREATE TABLE verb_part (LIKE loc.verb_part);
SELECT create_distributed_table('verb_part', 'store_id', colocate_with => 'resp');
-- built on the workers from the distributed comments (pushed down)
INSERT INTO verb_part
SELECT store_id, region, id % 4, term_stats(body, grp), term_stats(body, flag)
FROM verb GROUP BY 1, 2, 3;
CREATE TABLE bad_score (LIKE loc.bad_score);
SELECT create_distributed_table('bad_score', 'store_id', colocate_with => 'resp');
INSERT INTO bad_score SELECT * FROM loc.bad_score;
CREATE TABLE bad_numeric (LIKE loc.bad_numeric);
SELECT create_distributed_table('bad_numeric', 'store_id', colocate_with => 'resp');
INSERT INTO bad_numeric SELECT * FROM loc.bad_numeric;
CREATE TABLE bad_time (LIKE loc.bad_time);
SELECT create_distributed_table('bad_time', 'store_id', colocate_with => 'resp');
INSERT INTO bad_time SELECT * FROM loc.bad_time;
CREATE TABLE bad_scales (LIKE loc.bad_scales);
SELECT create_distributed_table('bad_scales', 'store_id', colocate_with => 'resp');
INSERT INTO bad_scales SELECT * FROM loc.bad_scales;

ANALYZE;
