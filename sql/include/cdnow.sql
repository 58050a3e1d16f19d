-- The CDNOW 1/10 sample of Fader, Hardie & Lee (2005), from
-- tests/data/cdnow (paths relative to the repository's root, where
-- pg_regress runs): cdnow holds the 6,919 purchases (customer = the
-- sample id), cdnow_summary the published 39-week calibration summary
-- (x, t_x, T, zbar) of the 2,357 customers.
CREATE TEMP TABLE cdnow_raw (line text);
\copy cdnow_raw FROM 'tests/data/cdnow/cdnow_sample.txt'
CREATE TEMP TABLE cdnow AS
SELECT f[2]::int AS customer, to_date(f[3], 'YYYYMMDD') AS purchased_on,
       f[4]::int AS cds, f[5]::numeric AS amount
FROM (SELECT regexp_split_to_array(btrim(line, E' \r'), '\s+') AS f FROM cdnow_raw) AS s;
DROP TABLE cdnow_raw;
CREATE TEMP TABLE cdnow_summary (id int, x int, t_x numeric, t numeric, zbar numeric);
\copy cdnow_summary FROM 'tests/data/cdnow/cdnow_summary.csv' WITH (FORMAT csv, HEADER)
ANALYZE cdnow;
ANALYZE cdnow_summary;
