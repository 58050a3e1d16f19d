-- pgcx 1.0.0 -> 1.1.0: every change to SQL objects made since 1.0.0.
-- Each change is made here and in the part of extension/parts/ it belongs
-- to; tests/upgrade/test-upgrade proves that ALTER EXTENSION pgcx UPDATE
-- from 1.0.0 gives the same catalog as CREATE EXTENSION pgcx at 1.1.0.

\echo Use "ALTER EXTENSION pgcx UPDATE TO '1.1.0'" to load this file. \quit

------------------------------------------------------------------------
-- sector benchmarks
------------------------------------------------------------------------

-- Only the extension's script creates shipped rows: an inserted row is a
-- user row (1.0.0 kept shipped = true from the INSERT, and pg_dump then
-- skipped the row).  An override of a shipped row whose shipped row a
-- concurrent transaction deleted is inserted instead of being lost.
CREATE OR REPLACE FUNCTION @extschema@.sector_benchmark_user_row() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        -- a row stays shipped only while its values are those shipped
        IF NEW IS DISTINCT FROM OLD AND NOT (OLD.shipped AND NOT NEW.shipped AND
             (NEW.sector, NEW.metric, NEW.alert_below, NEW.good_from, NEW.excellent_from, NEW.source)
             IS NOT DISTINCT FROM
             (OLD.sector, OLD.metric, OLD.alert_below, OLD.good_from, OLD.excellent_from, OLD.source)) THEN
            NEW.shipped := false;
        END IF;
        RETURN NEW;
    END IF;
    -- Only the extension's script creates shipped rows: an inserted row is
    -- a user row, so that pg_dump saves it.
    NEW.shipped := false;
    -- A row over a shipped one (a restore, or a user override) replaces
    -- it.  When no shipped row is updated (there is none, or a concurrent
    -- transaction deleted it meanwhile), the row is inserted.
    UPDATE @extschema@.sector_benchmark AS b
       SET alert_below = NEW.alert_below, good_from = NEW.good_from,
           excellent_from = NEW.excellent_from, source = NEW.source, shipped = false
     WHERE b.sector OPERATOR(pg_catalog.=) NEW.sector AND b.metric OPERATOR(pg_catalog.=) NEW.metric
       AND b.shipped;
    IF FOUND THEN
        RETURN NULL;
    END IF;
    RETURN NEW;
END
$$;

-- Whoever owns the database maintains its benchmarks, also after a dump and
-- restore (1.0.0 granted writes to the installing user only).
GRANT INSERT, UPDATE, DELETE ON @extschema@.sector_benchmark TO pg_database_owner;

------------------------------------------------------------------------
-- rolling_benchmark over timestamp without time zone: a timestamp is
-- placed by its own calendar date, whatever the session's TimeZone (the
-- implicit cast to timestamptz would place it by the session's).  The C
-- transitions are those of timestamptz: both are microseconds from
-- 2000-01-01.
------------------------------------------------------------------------

CREATE FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.timestamp, pg_catalog.int2, pg_catalog.interval, pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_accum_tstz_int2' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.timestamp, pg_catalog.int2, pg_catalog.interval, pg_catalog.int4) IS 'transition of rolling_benchmark(at, score, bucket, periods)';

CREATE FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.timestamp, pg_catalog.int2, pg_catalog.interval, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_accum_tstz_int2' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.timestamp, pg_catalog.int2, pg_catalog.interval, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'transition of rolling_benchmark(at, score, bucket, periods, lo, hi)';

CREATE FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.timestamp, pg_catalog.int2, pg_catalog.interval, pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_unaccum_tstz_int2' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.timestamp, pg_catalog.int2, pg_catalog.interval, pg_catalog.int4) IS 'inverse transition of rolling_benchmark(at, score, bucket, periods); NULL asks for a recomputation';

CREATE FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.timestamp, pg_catalog.int2, pg_catalog.interval, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_unaccum_tstz_int2' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.timestamp, pg_catalog.int2, pg_catalog.interval, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'inverse transition of rolling_benchmark(at, score, bucket, periods, lo, hi); NULL asks for a recomputation';

CREATE FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.timestamp, pg_catalog.int4, pg_catalog.interval, pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_accum_tstz_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.timestamp, pg_catalog.int4, pg_catalog.interval, pg_catalog.int4) IS 'transition of rolling_benchmark(at, score, bucket, periods)';

CREATE FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.timestamp, pg_catalog.int4, pg_catalog.interval, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_accum_tstz_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.timestamp, pg_catalog.int4, pg_catalog.interval, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'transition of rolling_benchmark(at, score, bucket, periods, lo, hi)';

CREATE FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.timestamp, pg_catalog.int4, pg_catalog.interval, pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_unaccum_tstz_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.timestamp, pg_catalog.int4, pg_catalog.interval, pg_catalog.int4) IS 'inverse transition of rolling_benchmark(at, score, bucket, periods); NULL asks for a recomputation';

CREATE FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.timestamp, pg_catalog.int4, pg_catalog.interval, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_unaccum_tstz_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.timestamp, pg_catalog.int4, pg_catalog.interval, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'inverse transition of rolling_benchmark(at, score, bucket, periods, lo, hi); NULL asks for a recomputation';

CREATE FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.timestamp, pg_catalog.int8, pg_catalog.interval, pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_accum_tstz_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.timestamp, pg_catalog.int8, pg_catalog.interval, pg_catalog.int4) IS 'transition of rolling_benchmark(at, score, bucket, periods)';

CREATE FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.timestamp, pg_catalog.int8, pg_catalog.interval, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_accum_tstz_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.timestamp, pg_catalog.int8, pg_catalog.interval, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'transition of rolling_benchmark(at, score, bucket, periods, lo, hi)';

CREATE FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.timestamp, pg_catalog.int8, pg_catalog.interval, pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_unaccum_tstz_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.timestamp, pg_catalog.int8, pg_catalog.interval, pg_catalog.int4) IS 'inverse transition of rolling_benchmark(at, score, bucket, periods); NULL asks for a recomputation';

CREATE FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.timestamp, pg_catalog.int8, pg_catalog.interval, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_unaccum_tstz_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.timestamp, pg_catalog.int8, pg_catalog.interval, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'inverse transition of rolling_benchmark(at, score, bucket, periods, lo, hi); NULL asks for a recomputation';

CREATE FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.timestamp, pg_catalog.numeric, pg_catalog.interval, pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_accum_tstz_numeric' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.timestamp, pg_catalog.numeric, pg_catalog.interval, pg_catalog.int4) IS 'transition of rolling_benchmark(at, score, bucket, periods)';

CREATE FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.timestamp, pg_catalog.numeric, pg_catalog.interval, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_accum_tstz_numeric' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.timestamp, pg_catalog.numeric, pg_catalog.interval, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'transition of rolling_benchmark(at, score, bucket, periods, lo, hi)';

CREATE FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.timestamp, pg_catalog.numeric, pg_catalog.interval, pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_unaccum_tstz_numeric' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.timestamp, pg_catalog.numeric, pg_catalog.interval, pg_catalog.int4) IS 'inverse transition of rolling_benchmark(at, score, bucket, periods); NULL asks for a recomputation';

CREATE FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.timestamp, pg_catalog.numeric, pg_catalog.interval, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_unaccum_tstz_numeric' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.timestamp, pg_catalog.numeric, pg_catalog.interval, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'inverse transition of rolling_benchmark(at, score, bucket, periods, lo, hi); NULL asks for a recomputation';

CREATE FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.timestamp, @extschema@.score_dist, pg_catalog.interval, pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_accum_tstz_dist' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.timestamp, @extschema@.score_dist, pg_catalog.interval, pg_catalog.int4) IS 'transition of rolling_benchmark(at, score_dist, bucket, periods)';

CREATE FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.timestamp, @extschema@.score_dist, pg_catalog.interval, pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_unaccum_tstz_dist' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.timestamp, @extschema@.score_dist, pg_catalog.interval, pg_catalog.int4) IS 'inverse transition of rolling_benchmark(at, score_dist, bucket, periods); NULL asks for a recomputation';

CREATE AGGREGATE @extschema@.rolling_benchmark(pg_catalog.timestamp, pg_catalog.int2, pg_catalog.interval, pg_catalog.int4) (
    SFUNC = @extschema@.rolling_benchmark_accum,
    STYPE = @extschema@.rolling_benchmark,
    COMBINEFUNC = @extschema@.rolling_benchmark_combine,
    MSFUNC = @extschema@.rolling_benchmark_accum,
    MINVFUNC = @extschema@.rolling_benchmark_unaccum,
    MSTYPE = @extschema@.rolling_benchmark,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rolling_benchmark(pg_catalog.timestamp, pg_catalog.int2, pg_catalog.interval, pg_catalog.int4) IS 'window of the most recent periods of answers on 0-10, ending at the newest period';

CREATE AGGREGATE @extschema@.rolling_benchmark(pg_catalog.timestamp, pg_catalog.int2, pg_catalog.interval, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) (
    SFUNC = @extschema@.rolling_benchmark_accum,
    STYPE = @extschema@.rolling_benchmark,
    COMBINEFUNC = @extschema@.rolling_benchmark_combine,
    MSFUNC = @extschema@.rolling_benchmark_accum,
    MINVFUNC = @extschema@.rolling_benchmark_unaccum,
    MSTYPE = @extschema@.rolling_benchmark,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rolling_benchmark(pg_catalog.timestamp, pg_catalog.int2, pg_catalog.interval, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'window of the most recent periods of answers on lo..hi, ending at the newest period';

CREATE AGGREGATE @extschema@.rolling_benchmark(pg_catalog.timestamp, pg_catalog.int4, pg_catalog.interval, pg_catalog.int4) (
    SFUNC = @extschema@.rolling_benchmark_accum,
    STYPE = @extschema@.rolling_benchmark,
    COMBINEFUNC = @extschema@.rolling_benchmark_combine,
    MSFUNC = @extschema@.rolling_benchmark_accum,
    MINVFUNC = @extschema@.rolling_benchmark_unaccum,
    MSTYPE = @extschema@.rolling_benchmark,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rolling_benchmark(pg_catalog.timestamp, pg_catalog.int4, pg_catalog.interval, pg_catalog.int4) IS 'window of the most recent periods of answers on 0-10, ending at the newest period';

CREATE AGGREGATE @extschema@.rolling_benchmark(pg_catalog.timestamp, pg_catalog.int4, pg_catalog.interval, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) (
    SFUNC = @extschema@.rolling_benchmark_accum,
    STYPE = @extschema@.rolling_benchmark,
    COMBINEFUNC = @extschema@.rolling_benchmark_combine,
    MSFUNC = @extschema@.rolling_benchmark_accum,
    MINVFUNC = @extschema@.rolling_benchmark_unaccum,
    MSTYPE = @extschema@.rolling_benchmark,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rolling_benchmark(pg_catalog.timestamp, pg_catalog.int4, pg_catalog.interval, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'window of the most recent periods of answers on lo..hi, ending at the newest period';

CREATE AGGREGATE @extschema@.rolling_benchmark(pg_catalog.timestamp, pg_catalog.int8, pg_catalog.interval, pg_catalog.int4) (
    SFUNC = @extschema@.rolling_benchmark_accum,
    STYPE = @extschema@.rolling_benchmark,
    COMBINEFUNC = @extschema@.rolling_benchmark_combine,
    MSFUNC = @extschema@.rolling_benchmark_accum,
    MINVFUNC = @extschema@.rolling_benchmark_unaccum,
    MSTYPE = @extschema@.rolling_benchmark,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rolling_benchmark(pg_catalog.timestamp, pg_catalog.int8, pg_catalog.interval, pg_catalog.int4) IS 'window of the most recent periods of answers on 0-10, ending at the newest period';

CREATE AGGREGATE @extschema@.rolling_benchmark(pg_catalog.timestamp, pg_catalog.int8, pg_catalog.interval, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) (
    SFUNC = @extschema@.rolling_benchmark_accum,
    STYPE = @extschema@.rolling_benchmark,
    COMBINEFUNC = @extschema@.rolling_benchmark_combine,
    MSFUNC = @extschema@.rolling_benchmark_accum,
    MINVFUNC = @extschema@.rolling_benchmark_unaccum,
    MSTYPE = @extschema@.rolling_benchmark,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rolling_benchmark(pg_catalog.timestamp, pg_catalog.int8, pg_catalog.interval, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'window of the most recent periods of answers on lo..hi, ending at the newest period';

CREATE AGGREGATE @extschema@.rolling_benchmark(pg_catalog.timestamp, pg_catalog.numeric, pg_catalog.interval, pg_catalog.int4) (
    SFUNC = @extschema@.rolling_benchmark_accum,
    STYPE = @extschema@.rolling_benchmark,
    COMBINEFUNC = @extschema@.rolling_benchmark_combine,
    MSFUNC = @extschema@.rolling_benchmark_accum,
    MINVFUNC = @extschema@.rolling_benchmark_unaccum,
    MSTYPE = @extschema@.rolling_benchmark,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rolling_benchmark(pg_catalog.timestamp, pg_catalog.numeric, pg_catalog.interval, pg_catalog.int4) IS 'window of the most recent periods of answers on 0-10, ending at the newest period';

CREATE AGGREGATE @extschema@.rolling_benchmark(pg_catalog.timestamp, pg_catalog.numeric, pg_catalog.interval, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) (
    SFUNC = @extschema@.rolling_benchmark_accum,
    STYPE = @extschema@.rolling_benchmark,
    COMBINEFUNC = @extschema@.rolling_benchmark_combine,
    MSFUNC = @extschema@.rolling_benchmark_accum,
    MINVFUNC = @extschema@.rolling_benchmark_unaccum,
    MSTYPE = @extschema@.rolling_benchmark,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rolling_benchmark(pg_catalog.timestamp, pg_catalog.numeric, pg_catalog.interval, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'window of the most recent periods of answers on lo..hi, ending at the newest period';

CREATE AGGREGATE @extschema@.rolling_benchmark(pg_catalog.timestamp, @extschema@.score_dist, pg_catalog.interval, pg_catalog.int4) (
    SFUNC = @extschema@.rolling_benchmark_accum,
    STYPE = @extschema@.rolling_benchmark,
    COMBINEFUNC = @extschema@.rolling_benchmark_combine,
    MSFUNC = @extschema@.rolling_benchmark_accum,
    MINVFUNC = @extschema@.rolling_benchmark_unaccum,
    MSTYPE = @extschema@.rolling_benchmark,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rolling_benchmark(pg_catalog.timestamp, @extschema@.score_dist, pg_catalog.interval, pg_catalog.int4) IS 'window of the most recent periods of pre-aggregated distributions';

------------------------------------------------------------------------
-- rolling_benchmark with the bucket as text: the form an untyped literal
-- ('1 month') resolves to exactly, so that no look-alike function taking
-- text in another schema on the search_path is chosen instead.  The text
-- reads as an interval (once per distinct text); the C transitions are
-- those of the interval forms.
------------------------------------------------------------------------

CREATE FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.date, pg_catalog.int2, pg_catalog.text, pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_accum_date_int2' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.date, pg_catalog.int2, pg_catalog.text, pg_catalog.int4) IS 'transition of rolling_benchmark(at, score, bucket, periods)';

CREATE FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.date, pg_catalog.int2, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_accum_date_int2' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.date, pg_catalog.int2, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'transition of rolling_benchmark(at, score, bucket, periods, lo, hi)';

CREATE FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.date, pg_catalog.int2, pg_catalog.text, pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_unaccum_date_int2' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.date, pg_catalog.int2, pg_catalog.text, pg_catalog.int4) IS 'inverse transition of rolling_benchmark(at, score, bucket, periods); NULL asks for a recomputation';

CREATE FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.date, pg_catalog.int2, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_unaccum_date_int2' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.date, pg_catalog.int2, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'inverse transition of rolling_benchmark(at, score, bucket, periods, lo, hi); NULL asks for a recomputation';

CREATE FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.date, pg_catalog.int4, pg_catalog.text, pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_accum_date_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.date, pg_catalog.int4, pg_catalog.text, pg_catalog.int4) IS 'transition of rolling_benchmark(at, score, bucket, periods)';

CREATE FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.date, pg_catalog.int4, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_accum_date_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.date, pg_catalog.int4, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'transition of rolling_benchmark(at, score, bucket, periods, lo, hi)';

CREATE FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.date, pg_catalog.int4, pg_catalog.text, pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_unaccum_date_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.date, pg_catalog.int4, pg_catalog.text, pg_catalog.int4) IS 'inverse transition of rolling_benchmark(at, score, bucket, periods); NULL asks for a recomputation';

CREATE FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.date, pg_catalog.int4, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_unaccum_date_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.date, pg_catalog.int4, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'inverse transition of rolling_benchmark(at, score, bucket, periods, lo, hi); NULL asks for a recomputation';

CREATE FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.date, pg_catalog.int8, pg_catalog.text, pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_accum_date_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.date, pg_catalog.int8, pg_catalog.text, pg_catalog.int4) IS 'transition of rolling_benchmark(at, score, bucket, periods)';

CREATE FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.date, pg_catalog.int8, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_accum_date_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.date, pg_catalog.int8, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'transition of rolling_benchmark(at, score, bucket, periods, lo, hi)';

CREATE FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.date, pg_catalog.int8, pg_catalog.text, pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_unaccum_date_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.date, pg_catalog.int8, pg_catalog.text, pg_catalog.int4) IS 'inverse transition of rolling_benchmark(at, score, bucket, periods); NULL asks for a recomputation';

CREATE FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.date, pg_catalog.int8, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_unaccum_date_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.date, pg_catalog.int8, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'inverse transition of rolling_benchmark(at, score, bucket, periods, lo, hi); NULL asks for a recomputation';

CREATE FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.date, pg_catalog.numeric, pg_catalog.text, pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_accum_date_numeric' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.date, pg_catalog.numeric, pg_catalog.text, pg_catalog.int4) IS 'transition of rolling_benchmark(at, score, bucket, periods)';

CREATE FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.date, pg_catalog.numeric, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_accum_date_numeric' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.date, pg_catalog.numeric, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'transition of rolling_benchmark(at, score, bucket, periods, lo, hi)';

CREATE FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.date, pg_catalog.numeric, pg_catalog.text, pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_unaccum_date_numeric' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.date, pg_catalog.numeric, pg_catalog.text, pg_catalog.int4) IS 'inverse transition of rolling_benchmark(at, score, bucket, periods); NULL asks for a recomputation';

CREATE FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.date, pg_catalog.numeric, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_unaccum_date_numeric' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.date, pg_catalog.numeric, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'inverse transition of rolling_benchmark(at, score, bucket, periods, lo, hi); NULL asks for a recomputation';

CREATE FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.date, @extschema@.score_dist, pg_catalog.text, pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_accum_date_dist' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.date, @extschema@.score_dist, pg_catalog.text, pg_catalog.int4) IS 'transition of rolling_benchmark(at, score_dist, bucket, periods)';

CREATE FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.date, @extschema@.score_dist, pg_catalog.text, pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_unaccum_date_dist' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.date, @extschema@.score_dist, pg_catalog.text, pg_catalog.int4) IS 'inverse transition of rolling_benchmark(at, score_dist, bucket, periods); NULL asks for a recomputation';

CREATE FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.timestamptz, pg_catalog.int2, pg_catalog.text, pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_accum_tstz_int2' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.timestamptz, pg_catalog.int2, pg_catalog.text, pg_catalog.int4) IS 'transition of rolling_benchmark(at, score, bucket, periods)';

CREATE FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.timestamptz, pg_catalog.int2, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_accum_tstz_int2' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.timestamptz, pg_catalog.int2, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'transition of rolling_benchmark(at, score, bucket, periods, lo, hi)';

CREATE FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.timestamptz, pg_catalog.int2, pg_catalog.text, pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_unaccum_tstz_int2' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.timestamptz, pg_catalog.int2, pg_catalog.text, pg_catalog.int4) IS 'inverse transition of rolling_benchmark(at, score, bucket, periods); NULL asks for a recomputation';

CREATE FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.timestamptz, pg_catalog.int2, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_unaccum_tstz_int2' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.timestamptz, pg_catalog.int2, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'inverse transition of rolling_benchmark(at, score, bucket, periods, lo, hi); NULL asks for a recomputation';

CREATE FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.timestamptz, pg_catalog.int4, pg_catalog.text, pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_accum_tstz_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.timestamptz, pg_catalog.int4, pg_catalog.text, pg_catalog.int4) IS 'transition of rolling_benchmark(at, score, bucket, periods)';

CREATE FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.timestamptz, pg_catalog.int4, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_accum_tstz_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.timestamptz, pg_catalog.int4, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'transition of rolling_benchmark(at, score, bucket, periods, lo, hi)';

CREATE FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.timestamptz, pg_catalog.int4, pg_catalog.text, pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_unaccum_tstz_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.timestamptz, pg_catalog.int4, pg_catalog.text, pg_catalog.int4) IS 'inverse transition of rolling_benchmark(at, score, bucket, periods); NULL asks for a recomputation';

CREATE FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.timestamptz, pg_catalog.int4, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_unaccum_tstz_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.timestamptz, pg_catalog.int4, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'inverse transition of rolling_benchmark(at, score, bucket, periods, lo, hi); NULL asks for a recomputation';

CREATE FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.timestamptz, pg_catalog.int8, pg_catalog.text, pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_accum_tstz_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.timestamptz, pg_catalog.int8, pg_catalog.text, pg_catalog.int4) IS 'transition of rolling_benchmark(at, score, bucket, periods)';

CREATE FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.timestamptz, pg_catalog.int8, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_accum_tstz_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.timestamptz, pg_catalog.int8, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'transition of rolling_benchmark(at, score, bucket, periods, lo, hi)';

CREATE FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.timestamptz, pg_catalog.int8, pg_catalog.text, pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_unaccum_tstz_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.timestamptz, pg_catalog.int8, pg_catalog.text, pg_catalog.int4) IS 'inverse transition of rolling_benchmark(at, score, bucket, periods); NULL asks for a recomputation';

CREATE FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.timestamptz, pg_catalog.int8, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_unaccum_tstz_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.timestamptz, pg_catalog.int8, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'inverse transition of rolling_benchmark(at, score, bucket, periods, lo, hi); NULL asks for a recomputation';

CREATE FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.timestamptz, pg_catalog.numeric, pg_catalog.text, pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_accum_tstz_numeric' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.timestamptz, pg_catalog.numeric, pg_catalog.text, pg_catalog.int4) IS 'transition of rolling_benchmark(at, score, bucket, periods)';

CREATE FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.timestamptz, pg_catalog.numeric, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_accum_tstz_numeric' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.timestamptz, pg_catalog.numeric, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'transition of rolling_benchmark(at, score, bucket, periods, lo, hi)';

CREATE FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.timestamptz, pg_catalog.numeric, pg_catalog.text, pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_unaccum_tstz_numeric' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.timestamptz, pg_catalog.numeric, pg_catalog.text, pg_catalog.int4) IS 'inverse transition of rolling_benchmark(at, score, bucket, periods); NULL asks for a recomputation';

CREATE FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.timestamptz, pg_catalog.numeric, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_unaccum_tstz_numeric' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.timestamptz, pg_catalog.numeric, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'inverse transition of rolling_benchmark(at, score, bucket, periods, lo, hi); NULL asks for a recomputation';

CREATE FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.timestamptz, @extschema@.score_dist, pg_catalog.text, pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_accum_tstz_dist' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.timestamptz, @extschema@.score_dist, pg_catalog.text, pg_catalog.int4) IS 'transition of rolling_benchmark(at, score_dist, bucket, periods)';

CREATE FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.timestamptz, @extschema@.score_dist, pg_catalog.text, pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_unaccum_tstz_dist' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.timestamptz, @extschema@.score_dist, pg_catalog.text, pg_catalog.int4) IS 'inverse transition of rolling_benchmark(at, score_dist, bucket, periods); NULL asks for a recomputation';

CREATE AGGREGATE @extschema@.rolling_benchmark(pg_catalog.date, pg_catalog.int2, pg_catalog.text, pg_catalog.int4) (
    SFUNC = @extschema@.rolling_benchmark_accum,
    STYPE = @extschema@.rolling_benchmark,
    COMBINEFUNC = @extschema@.rolling_benchmark_combine,
    MSFUNC = @extschema@.rolling_benchmark_accum,
    MINVFUNC = @extschema@.rolling_benchmark_unaccum,
    MSTYPE = @extschema@.rolling_benchmark,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rolling_benchmark(pg_catalog.date, pg_catalog.int2, pg_catalog.text, pg_catalog.int4) IS 'window of the most recent periods of answers on 0-10, ending at the newest period';

CREATE AGGREGATE @extschema@.rolling_benchmark(pg_catalog.date, pg_catalog.int2, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) (
    SFUNC = @extschema@.rolling_benchmark_accum,
    STYPE = @extschema@.rolling_benchmark,
    COMBINEFUNC = @extschema@.rolling_benchmark_combine,
    MSFUNC = @extschema@.rolling_benchmark_accum,
    MINVFUNC = @extschema@.rolling_benchmark_unaccum,
    MSTYPE = @extschema@.rolling_benchmark,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rolling_benchmark(pg_catalog.date, pg_catalog.int2, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'window of the most recent periods of answers on lo..hi, ending at the newest period';

CREATE AGGREGATE @extschema@.rolling_benchmark(pg_catalog.date, pg_catalog.int4, pg_catalog.text, pg_catalog.int4) (
    SFUNC = @extschema@.rolling_benchmark_accum,
    STYPE = @extschema@.rolling_benchmark,
    COMBINEFUNC = @extschema@.rolling_benchmark_combine,
    MSFUNC = @extschema@.rolling_benchmark_accum,
    MINVFUNC = @extschema@.rolling_benchmark_unaccum,
    MSTYPE = @extschema@.rolling_benchmark,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rolling_benchmark(pg_catalog.date, pg_catalog.int4, pg_catalog.text, pg_catalog.int4) IS 'window of the most recent periods of answers on 0-10, ending at the newest period';

CREATE AGGREGATE @extschema@.rolling_benchmark(pg_catalog.date, pg_catalog.int4, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) (
    SFUNC = @extschema@.rolling_benchmark_accum,
    STYPE = @extschema@.rolling_benchmark,
    COMBINEFUNC = @extschema@.rolling_benchmark_combine,
    MSFUNC = @extschema@.rolling_benchmark_accum,
    MINVFUNC = @extschema@.rolling_benchmark_unaccum,
    MSTYPE = @extschema@.rolling_benchmark,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rolling_benchmark(pg_catalog.date, pg_catalog.int4, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'window of the most recent periods of answers on lo..hi, ending at the newest period';

CREATE AGGREGATE @extschema@.rolling_benchmark(pg_catalog.date, pg_catalog.int8, pg_catalog.text, pg_catalog.int4) (
    SFUNC = @extschema@.rolling_benchmark_accum,
    STYPE = @extschema@.rolling_benchmark,
    COMBINEFUNC = @extschema@.rolling_benchmark_combine,
    MSFUNC = @extschema@.rolling_benchmark_accum,
    MINVFUNC = @extschema@.rolling_benchmark_unaccum,
    MSTYPE = @extschema@.rolling_benchmark,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rolling_benchmark(pg_catalog.date, pg_catalog.int8, pg_catalog.text, pg_catalog.int4) IS 'window of the most recent periods of answers on 0-10, ending at the newest period';

CREATE AGGREGATE @extschema@.rolling_benchmark(pg_catalog.date, pg_catalog.int8, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) (
    SFUNC = @extschema@.rolling_benchmark_accum,
    STYPE = @extschema@.rolling_benchmark,
    COMBINEFUNC = @extschema@.rolling_benchmark_combine,
    MSFUNC = @extschema@.rolling_benchmark_accum,
    MINVFUNC = @extschema@.rolling_benchmark_unaccum,
    MSTYPE = @extschema@.rolling_benchmark,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rolling_benchmark(pg_catalog.date, pg_catalog.int8, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'window of the most recent periods of answers on lo..hi, ending at the newest period';

CREATE AGGREGATE @extschema@.rolling_benchmark(pg_catalog.date, pg_catalog.numeric, pg_catalog.text, pg_catalog.int4) (
    SFUNC = @extschema@.rolling_benchmark_accum,
    STYPE = @extschema@.rolling_benchmark,
    COMBINEFUNC = @extschema@.rolling_benchmark_combine,
    MSFUNC = @extschema@.rolling_benchmark_accum,
    MINVFUNC = @extschema@.rolling_benchmark_unaccum,
    MSTYPE = @extschema@.rolling_benchmark,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rolling_benchmark(pg_catalog.date, pg_catalog.numeric, pg_catalog.text, pg_catalog.int4) IS 'window of the most recent periods of answers on 0-10, ending at the newest period';

CREATE AGGREGATE @extschema@.rolling_benchmark(pg_catalog.date, pg_catalog.numeric, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) (
    SFUNC = @extschema@.rolling_benchmark_accum,
    STYPE = @extschema@.rolling_benchmark,
    COMBINEFUNC = @extschema@.rolling_benchmark_combine,
    MSFUNC = @extschema@.rolling_benchmark_accum,
    MINVFUNC = @extschema@.rolling_benchmark_unaccum,
    MSTYPE = @extschema@.rolling_benchmark,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rolling_benchmark(pg_catalog.date, pg_catalog.numeric, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'window of the most recent periods of answers on lo..hi, ending at the newest period';

CREATE AGGREGATE @extschema@.rolling_benchmark(pg_catalog.date, @extschema@.score_dist, pg_catalog.text, pg_catalog.int4) (
    SFUNC = @extschema@.rolling_benchmark_accum,
    STYPE = @extschema@.rolling_benchmark,
    COMBINEFUNC = @extschema@.rolling_benchmark_combine,
    MSFUNC = @extschema@.rolling_benchmark_accum,
    MINVFUNC = @extschema@.rolling_benchmark_unaccum,
    MSTYPE = @extschema@.rolling_benchmark,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rolling_benchmark(pg_catalog.date, @extschema@.score_dist, pg_catalog.text, pg_catalog.int4) IS 'window of the most recent periods of pre-aggregated distributions';

CREATE AGGREGATE @extschema@.rolling_benchmark(pg_catalog.timestamptz, pg_catalog.int2, pg_catalog.text, pg_catalog.int4) (
    SFUNC = @extschema@.rolling_benchmark_accum,
    STYPE = @extschema@.rolling_benchmark,
    COMBINEFUNC = @extschema@.rolling_benchmark_combine,
    MSFUNC = @extschema@.rolling_benchmark_accum,
    MINVFUNC = @extschema@.rolling_benchmark_unaccum,
    MSTYPE = @extschema@.rolling_benchmark,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rolling_benchmark(pg_catalog.timestamptz, pg_catalog.int2, pg_catalog.text, pg_catalog.int4) IS 'window of the most recent periods of answers on 0-10, ending at the newest period';

CREATE AGGREGATE @extschema@.rolling_benchmark(pg_catalog.timestamptz, pg_catalog.int2, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) (
    SFUNC = @extschema@.rolling_benchmark_accum,
    STYPE = @extschema@.rolling_benchmark,
    COMBINEFUNC = @extschema@.rolling_benchmark_combine,
    MSFUNC = @extschema@.rolling_benchmark_accum,
    MINVFUNC = @extschema@.rolling_benchmark_unaccum,
    MSTYPE = @extschema@.rolling_benchmark,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rolling_benchmark(pg_catalog.timestamptz, pg_catalog.int2, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'window of the most recent periods of answers on lo..hi, ending at the newest period';

CREATE AGGREGATE @extschema@.rolling_benchmark(pg_catalog.timestamptz, pg_catalog.int4, pg_catalog.text, pg_catalog.int4) (
    SFUNC = @extschema@.rolling_benchmark_accum,
    STYPE = @extschema@.rolling_benchmark,
    COMBINEFUNC = @extschema@.rolling_benchmark_combine,
    MSFUNC = @extschema@.rolling_benchmark_accum,
    MINVFUNC = @extschema@.rolling_benchmark_unaccum,
    MSTYPE = @extschema@.rolling_benchmark,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rolling_benchmark(pg_catalog.timestamptz, pg_catalog.int4, pg_catalog.text, pg_catalog.int4) IS 'window of the most recent periods of answers on 0-10, ending at the newest period';

CREATE AGGREGATE @extschema@.rolling_benchmark(pg_catalog.timestamptz, pg_catalog.int4, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) (
    SFUNC = @extschema@.rolling_benchmark_accum,
    STYPE = @extschema@.rolling_benchmark,
    COMBINEFUNC = @extschema@.rolling_benchmark_combine,
    MSFUNC = @extschema@.rolling_benchmark_accum,
    MINVFUNC = @extschema@.rolling_benchmark_unaccum,
    MSTYPE = @extschema@.rolling_benchmark,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rolling_benchmark(pg_catalog.timestamptz, pg_catalog.int4, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'window of the most recent periods of answers on lo..hi, ending at the newest period';

CREATE AGGREGATE @extschema@.rolling_benchmark(pg_catalog.timestamptz, pg_catalog.int8, pg_catalog.text, pg_catalog.int4) (
    SFUNC = @extschema@.rolling_benchmark_accum,
    STYPE = @extschema@.rolling_benchmark,
    COMBINEFUNC = @extschema@.rolling_benchmark_combine,
    MSFUNC = @extschema@.rolling_benchmark_accum,
    MINVFUNC = @extschema@.rolling_benchmark_unaccum,
    MSTYPE = @extschema@.rolling_benchmark,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rolling_benchmark(pg_catalog.timestamptz, pg_catalog.int8, pg_catalog.text, pg_catalog.int4) IS 'window of the most recent periods of answers on 0-10, ending at the newest period';

CREATE AGGREGATE @extschema@.rolling_benchmark(pg_catalog.timestamptz, pg_catalog.int8, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) (
    SFUNC = @extschema@.rolling_benchmark_accum,
    STYPE = @extschema@.rolling_benchmark,
    COMBINEFUNC = @extschema@.rolling_benchmark_combine,
    MSFUNC = @extschema@.rolling_benchmark_accum,
    MINVFUNC = @extschema@.rolling_benchmark_unaccum,
    MSTYPE = @extschema@.rolling_benchmark,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rolling_benchmark(pg_catalog.timestamptz, pg_catalog.int8, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'window of the most recent periods of answers on lo..hi, ending at the newest period';

CREATE AGGREGATE @extschema@.rolling_benchmark(pg_catalog.timestamptz, pg_catalog.numeric, pg_catalog.text, pg_catalog.int4) (
    SFUNC = @extschema@.rolling_benchmark_accum,
    STYPE = @extschema@.rolling_benchmark,
    COMBINEFUNC = @extschema@.rolling_benchmark_combine,
    MSFUNC = @extschema@.rolling_benchmark_accum,
    MINVFUNC = @extschema@.rolling_benchmark_unaccum,
    MSTYPE = @extschema@.rolling_benchmark,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rolling_benchmark(pg_catalog.timestamptz, pg_catalog.numeric, pg_catalog.text, pg_catalog.int4) IS 'window of the most recent periods of answers on 0-10, ending at the newest period';

CREATE AGGREGATE @extschema@.rolling_benchmark(pg_catalog.timestamptz, pg_catalog.numeric, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) (
    SFUNC = @extschema@.rolling_benchmark_accum,
    STYPE = @extschema@.rolling_benchmark,
    COMBINEFUNC = @extschema@.rolling_benchmark_combine,
    MSFUNC = @extschema@.rolling_benchmark_accum,
    MINVFUNC = @extschema@.rolling_benchmark_unaccum,
    MSTYPE = @extschema@.rolling_benchmark,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rolling_benchmark(pg_catalog.timestamptz, pg_catalog.numeric, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'window of the most recent periods of answers on lo..hi, ending at the newest period';

CREATE AGGREGATE @extschema@.rolling_benchmark(pg_catalog.timestamptz, @extschema@.score_dist, pg_catalog.text, pg_catalog.int4) (
    SFUNC = @extschema@.rolling_benchmark_accum,
    STYPE = @extschema@.rolling_benchmark,
    COMBINEFUNC = @extschema@.rolling_benchmark_combine,
    MSFUNC = @extschema@.rolling_benchmark_accum,
    MINVFUNC = @extschema@.rolling_benchmark_unaccum,
    MSTYPE = @extschema@.rolling_benchmark,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rolling_benchmark(pg_catalog.timestamptz, @extschema@.score_dist, pg_catalog.text, pg_catalog.int4) IS 'window of the most recent periods of pre-aggregated distributions';

CREATE FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.timestamp, pg_catalog.int2, pg_catalog.text, pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_accum_tstz_int2' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.timestamp, pg_catalog.int2, pg_catalog.text, pg_catalog.int4) IS 'transition of rolling_benchmark(at, score, bucket, periods)';

CREATE FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.timestamp, pg_catalog.int2, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_accum_tstz_int2' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.timestamp, pg_catalog.int2, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'transition of rolling_benchmark(at, score, bucket, periods, lo, hi)';

CREATE FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.timestamp, pg_catalog.int2, pg_catalog.text, pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_unaccum_tstz_int2' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.timestamp, pg_catalog.int2, pg_catalog.text, pg_catalog.int4) IS 'inverse transition of rolling_benchmark(at, score, bucket, periods); NULL asks for a recomputation';

CREATE FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.timestamp, pg_catalog.int2, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_unaccum_tstz_int2' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.timestamp, pg_catalog.int2, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'inverse transition of rolling_benchmark(at, score, bucket, periods, lo, hi); NULL asks for a recomputation';

CREATE FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.timestamp, pg_catalog.int4, pg_catalog.text, pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_accum_tstz_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.timestamp, pg_catalog.int4, pg_catalog.text, pg_catalog.int4) IS 'transition of rolling_benchmark(at, score, bucket, periods)';

CREATE FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.timestamp, pg_catalog.int4, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_accum_tstz_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.timestamp, pg_catalog.int4, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'transition of rolling_benchmark(at, score, bucket, periods, lo, hi)';

CREATE FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.timestamp, pg_catalog.int4, pg_catalog.text, pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_unaccum_tstz_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.timestamp, pg_catalog.int4, pg_catalog.text, pg_catalog.int4) IS 'inverse transition of rolling_benchmark(at, score, bucket, periods); NULL asks for a recomputation';

CREATE FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.timestamp, pg_catalog.int4, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_unaccum_tstz_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.timestamp, pg_catalog.int4, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'inverse transition of rolling_benchmark(at, score, bucket, periods, lo, hi); NULL asks for a recomputation';

CREATE FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.timestamp, pg_catalog.int8, pg_catalog.text, pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_accum_tstz_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.timestamp, pg_catalog.int8, pg_catalog.text, pg_catalog.int4) IS 'transition of rolling_benchmark(at, score, bucket, periods)';

CREATE FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.timestamp, pg_catalog.int8, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_accum_tstz_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.timestamp, pg_catalog.int8, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'transition of rolling_benchmark(at, score, bucket, periods, lo, hi)';

CREATE FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.timestamp, pg_catalog.int8, pg_catalog.text, pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_unaccum_tstz_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.timestamp, pg_catalog.int8, pg_catalog.text, pg_catalog.int4) IS 'inverse transition of rolling_benchmark(at, score, bucket, periods); NULL asks for a recomputation';

CREATE FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.timestamp, pg_catalog.int8, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_unaccum_tstz_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.timestamp, pg_catalog.int8, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'inverse transition of rolling_benchmark(at, score, bucket, periods, lo, hi); NULL asks for a recomputation';

CREATE FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.timestamp, pg_catalog.numeric, pg_catalog.text, pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_accum_tstz_numeric' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.timestamp, pg_catalog.numeric, pg_catalog.text, pg_catalog.int4) IS 'transition of rolling_benchmark(at, score, bucket, periods)';

CREATE FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.timestamp, pg_catalog.numeric, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_accum_tstz_numeric' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.timestamp, pg_catalog.numeric, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'transition of rolling_benchmark(at, score, bucket, periods, lo, hi)';

CREATE FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.timestamp, pg_catalog.numeric, pg_catalog.text, pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_unaccum_tstz_numeric' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.timestamp, pg_catalog.numeric, pg_catalog.text, pg_catalog.int4) IS 'inverse transition of rolling_benchmark(at, score, bucket, periods); NULL asks for a recomputation';

CREATE FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.timestamp, pg_catalog.numeric, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_unaccum_tstz_numeric' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.timestamp, pg_catalog.numeric, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'inverse transition of rolling_benchmark(at, score, bucket, periods, lo, hi); NULL asks for a recomputation';

CREATE FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.timestamp, @extschema@.score_dist, pg_catalog.text, pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_accum_tstz_dist' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.timestamp, @extschema@.score_dist, pg_catalog.text, pg_catalog.int4) IS 'transition of rolling_benchmark(at, score_dist, bucket, periods)';

CREATE FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.timestamp, @extschema@.score_dist, pg_catalog.text, pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_unaccum_tstz_dist' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.timestamp, @extschema@.score_dist, pg_catalog.text, pg_catalog.int4) IS 'inverse transition of rolling_benchmark(at, score_dist, bucket, periods); NULL asks for a recomputation';

CREATE AGGREGATE @extschema@.rolling_benchmark(pg_catalog.timestamp, pg_catalog.int2, pg_catalog.text, pg_catalog.int4) (
    SFUNC = @extschema@.rolling_benchmark_accum,
    STYPE = @extschema@.rolling_benchmark,
    COMBINEFUNC = @extschema@.rolling_benchmark_combine,
    MSFUNC = @extschema@.rolling_benchmark_accum,
    MINVFUNC = @extschema@.rolling_benchmark_unaccum,
    MSTYPE = @extschema@.rolling_benchmark,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rolling_benchmark(pg_catalog.timestamp, pg_catalog.int2, pg_catalog.text, pg_catalog.int4) IS 'window of the most recent periods of answers on 0-10, ending at the newest period';

CREATE AGGREGATE @extschema@.rolling_benchmark(pg_catalog.timestamp, pg_catalog.int2, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) (
    SFUNC = @extschema@.rolling_benchmark_accum,
    STYPE = @extschema@.rolling_benchmark,
    COMBINEFUNC = @extschema@.rolling_benchmark_combine,
    MSFUNC = @extschema@.rolling_benchmark_accum,
    MINVFUNC = @extschema@.rolling_benchmark_unaccum,
    MSTYPE = @extschema@.rolling_benchmark,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rolling_benchmark(pg_catalog.timestamp, pg_catalog.int2, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'window of the most recent periods of answers on lo..hi, ending at the newest period';

CREATE AGGREGATE @extschema@.rolling_benchmark(pg_catalog.timestamp, pg_catalog.int4, pg_catalog.text, pg_catalog.int4) (
    SFUNC = @extschema@.rolling_benchmark_accum,
    STYPE = @extschema@.rolling_benchmark,
    COMBINEFUNC = @extschema@.rolling_benchmark_combine,
    MSFUNC = @extschema@.rolling_benchmark_accum,
    MINVFUNC = @extschema@.rolling_benchmark_unaccum,
    MSTYPE = @extschema@.rolling_benchmark,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rolling_benchmark(pg_catalog.timestamp, pg_catalog.int4, pg_catalog.text, pg_catalog.int4) IS 'window of the most recent periods of answers on 0-10, ending at the newest period';

CREATE AGGREGATE @extschema@.rolling_benchmark(pg_catalog.timestamp, pg_catalog.int4, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) (
    SFUNC = @extschema@.rolling_benchmark_accum,
    STYPE = @extschema@.rolling_benchmark,
    COMBINEFUNC = @extschema@.rolling_benchmark_combine,
    MSFUNC = @extschema@.rolling_benchmark_accum,
    MINVFUNC = @extschema@.rolling_benchmark_unaccum,
    MSTYPE = @extschema@.rolling_benchmark,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rolling_benchmark(pg_catalog.timestamp, pg_catalog.int4, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'window of the most recent periods of answers on lo..hi, ending at the newest period';

CREATE AGGREGATE @extschema@.rolling_benchmark(pg_catalog.timestamp, pg_catalog.int8, pg_catalog.text, pg_catalog.int4) (
    SFUNC = @extschema@.rolling_benchmark_accum,
    STYPE = @extschema@.rolling_benchmark,
    COMBINEFUNC = @extschema@.rolling_benchmark_combine,
    MSFUNC = @extschema@.rolling_benchmark_accum,
    MINVFUNC = @extschema@.rolling_benchmark_unaccum,
    MSTYPE = @extschema@.rolling_benchmark,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rolling_benchmark(pg_catalog.timestamp, pg_catalog.int8, pg_catalog.text, pg_catalog.int4) IS 'window of the most recent periods of answers on 0-10, ending at the newest period';

CREATE AGGREGATE @extschema@.rolling_benchmark(pg_catalog.timestamp, pg_catalog.int8, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) (
    SFUNC = @extschema@.rolling_benchmark_accum,
    STYPE = @extschema@.rolling_benchmark,
    COMBINEFUNC = @extschema@.rolling_benchmark_combine,
    MSFUNC = @extschema@.rolling_benchmark_accum,
    MINVFUNC = @extschema@.rolling_benchmark_unaccum,
    MSTYPE = @extschema@.rolling_benchmark,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rolling_benchmark(pg_catalog.timestamp, pg_catalog.int8, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'window of the most recent periods of answers on lo..hi, ending at the newest period';

CREATE AGGREGATE @extschema@.rolling_benchmark(pg_catalog.timestamp, pg_catalog.numeric, pg_catalog.text, pg_catalog.int4) (
    SFUNC = @extschema@.rolling_benchmark_accum,
    STYPE = @extschema@.rolling_benchmark,
    COMBINEFUNC = @extschema@.rolling_benchmark_combine,
    MSFUNC = @extschema@.rolling_benchmark_accum,
    MINVFUNC = @extschema@.rolling_benchmark_unaccum,
    MSTYPE = @extschema@.rolling_benchmark,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rolling_benchmark(pg_catalog.timestamp, pg_catalog.numeric, pg_catalog.text, pg_catalog.int4) IS 'window of the most recent periods of answers on 0-10, ending at the newest period';

CREATE AGGREGATE @extschema@.rolling_benchmark(pg_catalog.timestamp, pg_catalog.numeric, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) (
    SFUNC = @extschema@.rolling_benchmark_accum,
    STYPE = @extschema@.rolling_benchmark,
    COMBINEFUNC = @extschema@.rolling_benchmark_combine,
    MSFUNC = @extschema@.rolling_benchmark_accum,
    MINVFUNC = @extschema@.rolling_benchmark_unaccum,
    MSTYPE = @extschema@.rolling_benchmark,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rolling_benchmark(pg_catalog.timestamp, pg_catalog.numeric, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'window of the most recent periods of answers on lo..hi, ending at the newest period';

CREATE AGGREGATE @extschema@.rolling_benchmark(pg_catalog.timestamp, @extschema@.score_dist, pg_catalog.text, pg_catalog.int4) (
    SFUNC = @extschema@.rolling_benchmark_accum,
    STYPE = @extschema@.rolling_benchmark,
    COMBINEFUNC = @extschema@.rolling_benchmark_combine,
    MSFUNC = @extschema@.rolling_benchmark_accum,
    MINVFUNC = @extschema@.rolling_benchmark_unaccum,
    MSTYPE = @extschema@.rolling_benchmark,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rolling_benchmark(pg_catalog.timestamp, @extschema@.score_dist, pg_catalog.text, pg_catalog.int4) IS 'window of the most recent periods of pre-aggregated distributions';

------------------------------------------------------------------------
-- literal forms of the scalar functions
------------------------------------------------------------------------

-- Forms for the integer and decimal literals that calls are written with
-- (benchmark_rating('nps', 44.4, 'ecommerce')): such a call resolves
-- exactly to pgcx, never to a look-alike function in another schema of the
-- search_path that would take those types exactly.
CREATE FUNCTION @extschema@.benchmark_rating(metric text, value pg_catalog.numeric, sector text DEFAULT 'all')
RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE
AS $$ SELECT @extschema@.benchmark_rating(metric, value::pg_catalog.float8, sector) $$;
COMMENT ON FUNCTION @extschema@.benchmark_rating(text, pg_catalog.numeric, text) IS 'benchmark_rating(metric, value, sector) for integer and decimal literals';
CREATE FUNCTION @extschema@.benchmark_rating(metric text, value pg_catalog.int4, sector text DEFAULT 'all')
RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE
AS $$ SELECT @extschema@.benchmark_rating(metric, value::pg_catalog.float8, sector) $$;
COMMENT ON FUNCTION @extschema@.benchmark_rating(text, pg_catalog.int4, text) IS 'benchmark_rating(metric, value, sector) for integer and decimal literals';

-- Forms for the integer and decimal literals that calls are written with
-- (attrition(2, 10), annualize_attrition(5, 91.25)): such a call resolves
-- exactly to pgcx, never to a look-alike function in another schema of the
-- search_path that would take those types exactly.
CREATE FUNCTION @extschema@.attrition(lost pg_catalog.int4, at_start pg_catalog.int4)
RETURNS pg_catalog.float8
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$ SELECT @extschema@.attrition(lost::pg_catalog.int8, at_start::pg_catalog.int8) $$;
COMMENT ON FUNCTION @extschema@.attrition(pg_catalog.int4, pg_catalog.int4) IS 'attrition(lost, at_start) for integer arguments';
CREATE FUNCTION @extschema@.retention_rate(at_start pg_catalog.int4, at_end pg_catalog.int4, acquired pg_catalog.int4)
RETURNS pg_catalog.float8
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$ SELECT @extschema@.retention_rate(at_start::pg_catalog.int8, at_end::pg_catalog.int8, acquired::pg_catalog.int8) $$;
COMMENT ON FUNCTION @extschema@.retention_rate(pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'retention_rate(at_start, at_end, acquired) for integer arguments';
CREATE FUNCTION @extschema@.annualize_attrition(rate pg_catalog.int4, period_days pg_catalog.numeric)
RETURNS pg_catalog.float8
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$ SELECT @extschema@.annualize_attrition(rate::pg_catalog.float8, period_days::pg_catalog.float8) $$;
COMMENT ON FUNCTION @extschema@.annualize_attrition(pg_catalog.int4, pg_catalog.numeric) IS 'annualize_attrition(rate, period_days) for integer and decimal literals';
CREATE FUNCTION @extschema@.annualize_attrition(rate pg_catalog.numeric, period_days pg_catalog.numeric)
RETURNS pg_catalog.float8
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$ SELECT @extschema@.annualize_attrition(rate::pg_catalog.float8, period_days::pg_catalog.float8) $$;
COMMENT ON FUNCTION @extschema@.annualize_attrition(pg_catalog.numeric, pg_catalog.numeric) IS 'annualize_attrition(rate, period_days) for integer and decimal literals';

-- Forms for the integer and decimal literals that calls are written with
-- (clv(50, 4, 3), clv(50, 4, 3, 0.3, 0.1)): such a call resolves
-- exactly to pgcx, never to a look-alike function in another schema of the
-- search_path that would take those types exactly.
CREATE FUNCTION @extschema@.clv(avg_basket pg_catalog.int4, purchase_frequency pg_catalog.int4, lifespan pg_catalog.int4)
RETURNS pg_catalog.numeric
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$ SELECT @extschema@.clv(avg_basket::pg_catalog.numeric, purchase_frequency::pg_catalog.numeric, lifespan::pg_catalog.numeric) $$;
COMMENT ON FUNCTION @extschema@.clv(pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'clv(avg_basket, purchase_frequency, lifespan) for integer literals (exact)';
CREATE FUNCTION @extschema@.clv(avg_basket pg_catalog.int4, purchase_frequency pg_catalog.int4, lifespan pg_catalog.int4, margin pg_catalog.numeric, discount_rate pg_catalog.numeric)
RETURNS pg_catalog.numeric
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$ SELECT @extschema@.clv(avg_basket::pg_catalog.numeric, purchase_frequency::pg_catalog.numeric, lifespan::pg_catalog.numeric, margin::pg_catalog.numeric, discount_rate::pg_catalog.numeric) $$;
COMMENT ON FUNCTION @extschema@.clv(pg_catalog.int4, pg_catalog.int4, pg_catalog.int4, pg_catalog.numeric, pg_catalog.numeric) IS 'clv(avg_basket, purchase_frequency, lifespan, margin, discount_rate) for integer amounts (exact)';
CREATE FUNCTION @extschema@.clv(avg_basket pg_catalog.int4, purchase_frequency pg_catalog.int4, lifespan pg_catalog.int4, margin pg_catalog.numeric, discount_rate pg_catalog.int4)
RETURNS pg_catalog.numeric
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$ SELECT @extschema@.clv(avg_basket::pg_catalog.numeric, purchase_frequency::pg_catalog.numeric, lifespan::pg_catalog.numeric, margin::pg_catalog.numeric, discount_rate::pg_catalog.numeric) $$;
COMMENT ON FUNCTION @extschema@.clv(pg_catalog.int4, pg_catalog.int4, pg_catalog.int4, pg_catalog.numeric, pg_catalog.int4) IS 'clv(avg_basket, purchase_frequency, lifespan, margin, discount_rate) for integer amounts (exact)';

------------------------------------------------------------------------
-- mirror_gap over integer scores
------------------------------------------------------------------------

-- mirror_gap over smallint, integer and bigint scores: the exact forms for
-- integer columns and literals (mirror_gap(audience, 7)), so that no
-- look-alike taking integers in another schema is chosen instead.
CREATE FUNCTION @extschema@.mirror_gap_accum(@extschema@.mirror_state, pg_catalog.text, pg_catalog.int2)
RETURNS @extschema@.mirror_state
AS 'MODULE_PATHNAME', 'mirror_gap_accum_int2' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mirror_gap_accum(@extschema@.mirror_state, pg_catalog.text, pg_catalog.int2) IS 'transition of mirror_gap(audience, score): count one answer';

CREATE FUNCTION @extschema@.mirror_gap_unaccum(@extschema@.mirror_state, pg_catalog.text, pg_catalog.int2)
RETURNS @extschema@.mirror_state
AS 'MODULE_PATHNAME', 'mirror_gap_unaccum_int2' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mirror_gap_unaccum(@extschema@.mirror_state, pg_catalog.text, pg_catalog.int2) IS 'inverse transition of mirror_gap(audience, score)';

CREATE FUNCTION @extschema@.mirror_gap_accum(@extschema@.mirror_state, pg_catalog.text, pg_catalog.int2, pg_catalog.text)
RETURNS @extschema@.mirror_state
AS 'MODULE_PATHNAME', 'mirror_gap_accum_int2' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mirror_gap_accum(@extschema@.mirror_state, pg_catalog.text, pg_catalog.int2, pg_catalog.text) IS 'transition of mirror_gap(audience, score, metric): count one answer';

CREATE FUNCTION @extschema@.mirror_gap_unaccum(@extschema@.mirror_state, pg_catalog.text, pg_catalog.int2, pg_catalog.text)
RETURNS @extschema@.mirror_state
AS 'MODULE_PATHNAME', 'mirror_gap_unaccum_int2' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mirror_gap_unaccum(@extschema@.mirror_state, pg_catalog.text, pg_catalog.int2, pg_catalog.text) IS 'inverse transition of mirror_gap(audience, score, metric)';

CREATE AGGREGATE @extschema@.mirror_gap(pg_catalog.text, pg_catalog.int2) (
    SFUNC = @extschema@.mirror_gap_accum,
    STYPE = @extschema@.mirror_state,
    FINALFUNC = @extschema@.mirror_gap_final,
    COMBINEFUNC = @extschema@.mirror_gap_combine,
    MSFUNC = @extschema@.mirror_gap_accum,
    MINVFUNC = @extschema@.mirror_gap_unaccum,
    MSTYPE = @extschema@.mirror_state,
    MFINALFUNC = @extschema@.mirror_gap_final,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.mirror_gap(pg_catalog.text, pg_catalog.int2) IS 'mirror gap of mean answers (integer scores 0..100) between customers, employees and managers';

CREATE AGGREGATE @extschema@.mirror_gap(pg_catalog.text, pg_catalog.int2, pg_catalog.text) (
    SFUNC = @extschema@.mirror_gap_accum,
    STYPE = @extschema@.mirror_state,
    FINALFUNC = @extschema@.mirror_gap_final,
    COMBINEFUNC = @extschema@.mirror_gap_combine,
    MSFUNC = @extschema@.mirror_gap_accum,
    MINVFUNC = @extschema@.mirror_gap_unaccum,
    MSTYPE = @extschema@.mirror_state,
    MFINALFUNC = @extschema@.mirror_gap_final,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.mirror_gap(pg_catalog.text, pg_catalog.int2, pg_catalog.text) IS 'mirror gap with metric mean, nps (0-10: NPS vs eNPS) or top2 (1-5 top-two-box share)';

CREATE FUNCTION @extschema@.mirror_gap_accum(@extschema@.mirror_state, pg_catalog.text, pg_catalog.int4)
RETURNS @extschema@.mirror_state
AS 'MODULE_PATHNAME', 'mirror_gap_accum_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mirror_gap_accum(@extschema@.mirror_state, pg_catalog.text, pg_catalog.int4) IS 'transition of mirror_gap(audience, score): count one answer';

CREATE FUNCTION @extschema@.mirror_gap_unaccum(@extschema@.mirror_state, pg_catalog.text, pg_catalog.int4)
RETURNS @extschema@.mirror_state
AS 'MODULE_PATHNAME', 'mirror_gap_unaccum_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mirror_gap_unaccum(@extschema@.mirror_state, pg_catalog.text, pg_catalog.int4) IS 'inverse transition of mirror_gap(audience, score)';

CREATE FUNCTION @extschema@.mirror_gap_accum(@extschema@.mirror_state, pg_catalog.text, pg_catalog.int4, pg_catalog.text)
RETURNS @extschema@.mirror_state
AS 'MODULE_PATHNAME', 'mirror_gap_accum_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mirror_gap_accum(@extschema@.mirror_state, pg_catalog.text, pg_catalog.int4, pg_catalog.text) IS 'transition of mirror_gap(audience, score, metric): count one answer';

CREATE FUNCTION @extschema@.mirror_gap_unaccum(@extschema@.mirror_state, pg_catalog.text, pg_catalog.int4, pg_catalog.text)
RETURNS @extschema@.mirror_state
AS 'MODULE_PATHNAME', 'mirror_gap_unaccum_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mirror_gap_unaccum(@extschema@.mirror_state, pg_catalog.text, pg_catalog.int4, pg_catalog.text) IS 'inverse transition of mirror_gap(audience, score, metric)';

CREATE AGGREGATE @extschema@.mirror_gap(pg_catalog.text, pg_catalog.int4) (
    SFUNC = @extschema@.mirror_gap_accum,
    STYPE = @extschema@.mirror_state,
    FINALFUNC = @extschema@.mirror_gap_final,
    COMBINEFUNC = @extschema@.mirror_gap_combine,
    MSFUNC = @extschema@.mirror_gap_accum,
    MINVFUNC = @extschema@.mirror_gap_unaccum,
    MSTYPE = @extschema@.mirror_state,
    MFINALFUNC = @extschema@.mirror_gap_final,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.mirror_gap(pg_catalog.text, pg_catalog.int4) IS 'mirror gap of mean answers (integer scores 0..100) between customers, employees and managers';

CREATE AGGREGATE @extschema@.mirror_gap(pg_catalog.text, pg_catalog.int4, pg_catalog.text) (
    SFUNC = @extschema@.mirror_gap_accum,
    STYPE = @extschema@.mirror_state,
    FINALFUNC = @extschema@.mirror_gap_final,
    COMBINEFUNC = @extschema@.mirror_gap_combine,
    MSFUNC = @extschema@.mirror_gap_accum,
    MINVFUNC = @extschema@.mirror_gap_unaccum,
    MSTYPE = @extschema@.mirror_state,
    MFINALFUNC = @extschema@.mirror_gap_final,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.mirror_gap(pg_catalog.text, pg_catalog.int4, pg_catalog.text) IS 'mirror gap with metric mean, nps (0-10: NPS vs eNPS) or top2 (1-5 top-two-box share)';

CREATE FUNCTION @extschema@.mirror_gap_accum(@extschema@.mirror_state, pg_catalog.text, pg_catalog.int8)
RETURNS @extschema@.mirror_state
AS 'MODULE_PATHNAME', 'mirror_gap_accum_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mirror_gap_accum(@extschema@.mirror_state, pg_catalog.text, pg_catalog.int8) IS 'transition of mirror_gap(audience, score): count one answer';

CREATE FUNCTION @extschema@.mirror_gap_unaccum(@extschema@.mirror_state, pg_catalog.text, pg_catalog.int8)
RETURNS @extschema@.mirror_state
AS 'MODULE_PATHNAME', 'mirror_gap_unaccum_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mirror_gap_unaccum(@extschema@.mirror_state, pg_catalog.text, pg_catalog.int8) IS 'inverse transition of mirror_gap(audience, score)';

CREATE FUNCTION @extschema@.mirror_gap_accum(@extschema@.mirror_state, pg_catalog.text, pg_catalog.int8, pg_catalog.text)
RETURNS @extschema@.mirror_state
AS 'MODULE_PATHNAME', 'mirror_gap_accum_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mirror_gap_accum(@extschema@.mirror_state, pg_catalog.text, pg_catalog.int8, pg_catalog.text) IS 'transition of mirror_gap(audience, score, metric): count one answer';

CREATE FUNCTION @extschema@.mirror_gap_unaccum(@extschema@.mirror_state, pg_catalog.text, pg_catalog.int8, pg_catalog.text)
RETURNS @extschema@.mirror_state
AS 'MODULE_PATHNAME', 'mirror_gap_unaccum_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mirror_gap_unaccum(@extschema@.mirror_state, pg_catalog.text, pg_catalog.int8, pg_catalog.text) IS 'inverse transition of mirror_gap(audience, score, metric)';

CREATE AGGREGATE @extschema@.mirror_gap(pg_catalog.text, pg_catalog.int8) (
    SFUNC = @extschema@.mirror_gap_accum,
    STYPE = @extschema@.mirror_state,
    FINALFUNC = @extschema@.mirror_gap_final,
    COMBINEFUNC = @extschema@.mirror_gap_combine,
    MSFUNC = @extschema@.mirror_gap_accum,
    MINVFUNC = @extschema@.mirror_gap_unaccum,
    MSTYPE = @extschema@.mirror_state,
    MFINALFUNC = @extschema@.mirror_gap_final,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.mirror_gap(pg_catalog.text, pg_catalog.int8) IS 'mirror gap of mean answers (integer scores 0..100) between customers, employees and managers';

CREATE AGGREGATE @extschema@.mirror_gap(pg_catalog.text, pg_catalog.int8, pg_catalog.text) (
    SFUNC = @extschema@.mirror_gap_accum,
    STYPE = @extschema@.mirror_state,
    FINALFUNC = @extschema@.mirror_gap_final,
    COMBINEFUNC = @extschema@.mirror_gap_combine,
    MSFUNC = @extschema@.mirror_gap_accum,
    MINVFUNC = @extschema@.mirror_gap_unaccum,
    MSTYPE = @extschema@.mirror_state,
    MFINALFUNC = @extschema@.mirror_gap_final,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.mirror_gap(pg_catalog.text, pg_catalog.int8, pg_catalog.text) IS 'mirror gap with metric mean, nps (0-10: NPS vs eNPS) or top2 (1-5 top-two-box share)';

------------------------------------------------------------------------
-- attrition_agg over timestamp without time zone
------------------------------------------------------------------------

-- attrition_agg over timestamp without time zone: timestamps compared as
-- they are, whatever the session's TimeZone (the implicit cast to
-- timestamptz would shift them by it).
CREATE FUNCTION @extschema@.attrition_agg_accum(@extschema@.attrition_state, pg_catalog.timestamp, pg_catalog.timestamp, pg_catalog.tsrange)
RETURNS @extschema@.attrition_state
AS 'MODULE_PATHNAME', 'attrition_agg_accum_ts' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.attrition_agg_accum(@extschema@.attrition_state, pg_catalog.timestamp, pg_catalog.timestamp, pg_catalog.tsrange) IS 'transition of attrition_agg over timestamps without time zone: count one customer';
CREATE AGGREGATE @extschema@.attrition_agg(pg_catalog.timestamp, pg_catalog.timestamp, pg_catalog.tsrange) (
    SFUNC = @extschema@.attrition_agg_accum,
    STYPE = @extschema@.attrition_state,
    FINALFUNC = @extschema@.attrition_agg_final,
    COMBINEFUNC = @extschema@.attrition_agg_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.attrition_agg(pg_catalog.timestamp, pg_catalog.timestamp, pg_catalog.tsrange) IS 'attrition over a period: share of the customers active at its start who churned before its end';

------------------------------------------------------------------------
-- benchmark_rating and benchmark refuse to run on a Citus worker, where
-- sector_benchmark is not the table the user maintains
------------------------------------------------------------------------

CREATE OR REPLACE FUNCTION @extschema@.benchmark_rating(metric text, value float8, sector text DEFAULT 'all')
RETURNS text
LANGUAGE plpgsql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    b record;
    node_group int;
BEGIN
    -- On a Citus worker (a query pushed down whole to the shards; Citus
    -- numbers the coordinator's group 0 and each worker's group from 1),
    -- sector_benchmark is that node's own copy, not the thresholds set on
    -- the coordinator: refuse rather than rate against them.
    IF pg_catalog.to_regclass('pg_dist_local_group') IS NOT NULL THEN
        EXECUTE 'SELECT pg_catalog.max(groupid) FROM pg_dist_local_group' INTO node_group;
        IF node_group OPERATOR(pg_catalog.<>) 0 THEN
            RAISE EXCEPTION '% cannot run on a Citus worker', 'benchmark_rating'
                USING ERRCODE = 'feature_not_supported',
                      DETAIL = 'The query was pushed down to the workers, where sector_benchmark is a copy of each node, not the thresholds set on the coordinator.',
                      HINT = 'Rate on the coordinator: aggregate in a materialized CTE and rate its rows, e.g. WITH s AS MATERIALIZED (SELECT store_id, nps_agg(score) AS nps FROM responses GROUP BY store_id) SELECT store_id, benchmark_rating(''nps'', nps, ''retail'') FROM s.';
        END IF;
    END IF;
    IF metric IS NULL OR sector IS NULL THEN
        RETURN NULL;
    END IF;
    IF metric NOT IN ('nps', 'csat', 'ces') THEN
        RAISE EXCEPTION 'unknown metric "%" in benchmark_rating', metric
            USING ERRCODE = 'invalid_parameter_value',
                  DETAIL = 'The metric is nps, csat or ces.';
    END IF;
    SELECT * INTO b FROM @extschema@.sector_benchmark AS s
     WHERE s.sector = benchmark_rating.sector AND s.metric = benchmark_rating.metric;
    IF NOT FOUND THEN
        IF NOT EXISTS (SELECT 1 FROM @extschema@.sector_benchmark AS s WHERE s.sector = benchmark_rating.sector) THEN
            RAISE EXCEPTION 'unknown sector "%" in benchmark_rating', sector
                USING ERRCODE = 'invalid_parameter_value',
                      DETAIL = 'Sectors are those of the table sector_benchmark.';
        END IF;
        RAISE EXCEPTION 'sector "%" has no benchmark for metric "%" in benchmark_rating', sector, metric
            USING ERRCODE = 'invalid_parameter_value',
                  DETAIL = 'Add a row to the table sector_benchmark.';
    END IF;
    IF value IS NULL THEN
        RETURN NULL;
    ELSIF value < b.alert_below THEN
        RETURN 'alert';
    ELSIF value >= b.excellent_from THEN
        RETURN 'excellent';
    ELSIF value >= b.good_from THEN
        RETURN 'good';
    END IF;
    RETURN 'below';
END
$$;

CREATE OR REPLACE FUNCTION @extschema@.benchmark(rb @extschema@.rolling_benchmark, sector text, metric text DEFAULT 'nps')
RETURNS @extschema@.benchmark
LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v float8;
    r @extschema@.benchmark;
    node_group int;
BEGIN
    -- On a Citus worker (a query pushed down whole to the shards; Citus
    -- numbers the coordinator's group 0 and each worker's group from 1),
    -- sector_benchmark is that node's own copy, not the thresholds set on
    -- the coordinator: refuse rather than rate against them.
    IF pg_catalog.to_regclass('pg_dist_local_group') IS NOT NULL THEN
        EXECUTE 'SELECT pg_catalog.max(groupid) FROM pg_dist_local_group' INTO node_group;
        IF node_group OPERATOR(pg_catalog.<>) 0 THEN
            RAISE EXCEPTION '% cannot run on a Citus worker', 'benchmark'
                USING ERRCODE = 'feature_not_supported',
                      DETAIL = 'The query was pushed down to the workers, where sector_benchmark is a copy of each node, not the thresholds set on the coordinator.',
                      HINT = 'Rate on the coordinator: aggregate in a materialized CTE and rate its rows, e.g. WITH s AS MATERIALIZED (SELECT store_id, nps_agg(score) AS nps FROM responses GROUP BY store_id) SELECT store_id, benchmark_rating(''nps'', nps, ''retail'') FROM s.';
        END IF;
    END IF;
    v := CASE metric WHEN 'nps' THEN @extschema@.nps(rb)
                     WHEN 'csat' THEN @extschema@.csat(rb)
                     WHEN 'ces' THEN @extschema@.mean(rb) END;
    r.rating := @extschema@.benchmark_rating(metric, v, sector);
    SELECT v, s.alert_below, s.good_from, s.excellent_from
      INTO r.value, r.alert_below, r.good_from, r.excellent_from
      FROM @extschema@.sector_benchmark AS s
     WHERE s.sector = benchmark.sector AND s.metric = benchmark.metric;
    RETURN r;
END
$$;

------------------------------------------------------------------------
-- rollup(score_dist) in a moving window
--
-- The moving-aggregate transition of rollup returned NULL for a frame that
-- starts with NULL distributions (a calendar day without answers), which
-- PostgreSQL refuses ("moving-aggregate transition function must not return
-- null").  Strict, its transition and inverse let PostgreSQL skip NULL
-- rows and start from the first distribution, in every mode.
------------------------------------------------------------------------

ALTER FUNCTION @extschema@.score_dist_combine(@extschema@.score_dist, @extschema@.score_dist) STRICT;
ALTER FUNCTION @extschema@.score_dist_merge_inv(@extschema@.score_dist, @extschema@.score_dist) STRICT;

------------------------------------------------------------------------
-- probabilistic customer lifetime value (new in 1.1.0): rfm_agg, the
-- BG/NBD and Gamma-Gamma fits, their predictions and clv_predict; the
-- same objects as extension/parts/clv_models.sql
------------------------------------------------------------------------

-- rfm_agg: one customer's transactions as (frequency, recency, t, monetary)
CREATE TYPE @extschema@.rfm AS (
    frequency pg_catalog.float8,
    recency pg_catalog.float8,
    t pg_catalog.float8,
    monetary pg_catalog.float8
);
COMMENT ON TYPE @extschema@.rfm IS 'a customer''s summary for BG/NBD and Gamma-Gamma: repeat purchase days, age at the last purchase and at the end of observation (in units), mean amount of the repeat purchase days';

CREATE TYPE @extschema@.rfm_state;
CREATE FUNCTION @extschema@.rfm_state_in(input pg_catalog.cstring)
RETURNS @extschema@.rfm_state
AS 'MODULE_PATHNAME', 'rfm_state_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.rfm_state_out(state @extschema@.rfm_state)
RETURNS pg_catalog.cstring
AS 'MODULE_PATHNAME', 'rfm_state_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.rfm_state_recv(buffer pg_catalog.internal)
RETURNS @extschema@.rfm_state
AS 'MODULE_PATHNAME', 'rfm_state_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.rfm_state_send(state @extschema@.rfm_state)
RETURNS pg_catalog.bytea
AS 'MODULE_PATHNAME', 'rfm_state_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE TYPE @extschema@.rfm_state (
    INPUT = @extschema@.rfm_state_in,
    OUTPUT = @extschema@.rfm_state_out,
    RECEIVE = @extschema@.rfm_state_recv,
    SEND = @extschema@.rfm_state_send,
    INTERNALLENGTH = VARIABLE,
    ALIGNMENT = double,
    STORAGE = extended
);
COMMENT ON TYPE @extschema@.rfm_state IS 'transition state of rfm_agg: observed_until, the unit, and each purchase''s day and amount';
COMMENT ON FUNCTION @extschema@.rfm_state_in(pg_catalog.cstring) IS 'text input of rfm_state';
COMMENT ON FUNCTION @extschema@.rfm_state_out(@extschema@.rfm_state) IS 'text output of rfm_state';
COMMENT ON FUNCTION @extschema@.rfm_state_recv(pg_catalog.internal) IS 'binary input of rfm_state, validated';
COMMENT ON FUNCTION @extschema@.rfm_state_send(@extschema@.rfm_state) IS 'binary output of rfm_state';

CREATE FUNCTION @extschema@.rfm_agg_accum(state @extschema@.rfm_state, purchased_on pg_catalog.date, amount pg_catalog.numeric, observed_until pg_catalog.date, unit pg_catalog.interval)
RETURNS @extschema@.rfm_state
AS 'MODULE_PATHNAME', 'rfm_agg_accum_date' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rfm_agg_accum(@extschema@.rfm_state, pg_catalog.date, pg_catalog.numeric, pg_catalog.date, pg_catalog.interval) IS 'transition of rfm_agg over dates: record one purchase';
CREATE FUNCTION @extschema@.rfm_agg_accum(state @extschema@.rfm_state, purchased_on pg_catalog.timestamptz, amount pg_catalog.numeric, observed_until pg_catalog.timestamptz, unit pg_catalog.interval)
RETURNS @extschema@.rfm_state
AS 'MODULE_PATHNAME', 'rfm_agg_accum_tstz' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rfm_agg_accum(@extschema@.rfm_state, pg_catalog.timestamptz, pg_catalog.numeric, pg_catalog.timestamptz, pg_catalog.interval) IS 'transition of rfm_agg over timestamps with time zone (placed by their UTC date): record one purchase';
CREATE FUNCTION @extschema@.rfm_agg_accum(state @extschema@.rfm_state, purchased_on pg_catalog.timestamp, amount pg_catalog.numeric, observed_until pg_catalog.timestamp, unit pg_catalog.interval)
RETURNS @extschema@.rfm_state
AS 'MODULE_PATHNAME', 'rfm_agg_accum_ts' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rfm_agg_accum(@extschema@.rfm_state, pg_catalog.timestamp, pg_catalog.numeric, pg_catalog.timestamp, pg_catalog.interval) IS 'transition of rfm_agg over timestamps without time zone (placed by their own date): record one purchase';
CREATE FUNCTION @extschema@.rfm_agg_combine(state @extschema@.rfm_state, other @extschema@.rfm_state)
RETURNS @extschema@.rfm_state
AS 'MODULE_PATHNAME', 'rfm_agg_combine' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rfm_agg_combine(@extschema@.rfm_state, @extschema@.rfm_state) IS 'combine function of rfm_agg: the purchases of two partial states';
CREATE FUNCTION @extschema@.rfm_agg_final(state @extschema@.rfm_state)
RETURNS @extschema@.rfm
AS 'MODULE_PATHNAME', 'rfm_agg_final' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rfm_agg_final(@extschema@.rfm_state) IS 'final function of rfm_agg: frequency, recency, t and monetary';

CREATE AGGREGATE @extschema@.rfm_agg(purchased_on pg_catalog.date, amount pg_catalog.numeric, observed_until pg_catalog.date, unit pg_catalog.interval) (
    SFUNC = @extschema@.rfm_agg_accum,
    STYPE = @extschema@.rfm_state,
    FINALFUNC = @extschema@.rfm_agg_final,
    COMBINEFUNC = @extschema@.rfm_agg_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rfm_agg(pg_catalog.date, pg_catalog.numeric, pg_catalog.date, pg_catalog.interval) IS 'a customer''s purchases up to observed_until as rfm (frequency, recency, t, monetary), times in units';
CREATE AGGREGATE @extschema@.rfm_agg(purchased_on pg_catalog.timestamptz, amount pg_catalog.numeric, observed_until pg_catalog.timestamptz, unit pg_catalog.interval) (
    SFUNC = @extschema@.rfm_agg_accum,
    STYPE = @extschema@.rfm_state,
    FINALFUNC = @extschema@.rfm_agg_final,
    COMBINEFUNC = @extschema@.rfm_agg_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rfm_agg(pg_catalog.timestamptz, pg_catalog.numeric, pg_catalog.timestamptz, pg_catalog.interval) IS 'a customer''s purchases up to observed_until as rfm, timestamps placed by their UTC date';
CREATE AGGREGATE @extschema@.rfm_agg(purchased_on pg_catalog.timestamp, amount pg_catalog.numeric, observed_until pg_catalog.timestamp, unit pg_catalog.interval) (
    SFUNC = @extschema@.rfm_agg_accum,
    STYPE = @extschema@.rfm_state,
    FINALFUNC = @extschema@.rfm_agg_final,
    COMBINEFUNC = @extschema@.rfm_agg_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rfm_agg(pg_catalog.timestamp, pg_catalog.numeric, pg_catalog.timestamp, pg_catalog.interval) IS 'a customer''s purchases up to observed_until as rfm, timestamps placed by their own date';

-- bgnbd_fit: the BG/NBD model of purchases (Fader, Hardie & Lee 2005)
CREATE TYPE @extschema@.bgnbd AS (
    r pg_catalog.float8,
    alpha pg_catalog.float8,
    a pg_catalog.float8,
    b pg_catalog.float8,
    loglik pg_catalog.float8,
    n pg_catalog.int8,
    converged pg_catalog.bool
);
COMMENT ON TYPE @extschema@.bgnbd IS 'a fitted BG/NBD model: purchase rates Gamma(r, alpha), dropout probabilities Beta(a, b), its log-likelihood, customers and whether the fit converged';

CREATE TYPE @extschema@.bgnbd_state;
CREATE FUNCTION @extschema@.bgnbd_state_in(input pg_catalog.cstring)
RETURNS @extschema@.bgnbd_state
AS 'MODULE_PATHNAME', 'bgnbd_state_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.bgnbd_state_out(state @extschema@.bgnbd_state)
RETURNS pg_catalog.cstring
AS 'MODULE_PATHNAME', 'bgnbd_state_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.bgnbd_state_recv(buffer pg_catalog.internal)
RETURNS @extschema@.bgnbd_state
AS 'MODULE_PATHNAME', 'bgnbd_state_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.bgnbd_state_send(state @extschema@.bgnbd_state)
RETURNS pg_catalog.bytea
AS 'MODULE_PATHNAME', 'bgnbd_state_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE TYPE @extschema@.bgnbd_state (
    INPUT = @extschema@.bgnbd_state_in,
    OUTPUT = @extschema@.bgnbd_state_out,
    RECEIVE = @extschema@.bgnbd_state_recv,
    SEND = @extschema@.bgnbd_state_send,
    INTERNALLENGTH = VARIABLE,
    ALIGNMENT = double,
    STORAGE = extended
);
COMMENT ON TYPE @extschema@.bgnbd_state IS 'transition state of bgnbd_fit: each distinct (frequency, recency, t) with its number of customers';
COMMENT ON FUNCTION @extschema@.bgnbd_state_in(pg_catalog.cstring) IS 'text input of bgnbd_state';
COMMENT ON FUNCTION @extschema@.bgnbd_state_out(@extschema@.bgnbd_state) IS 'text output of bgnbd_state';
COMMENT ON FUNCTION @extschema@.bgnbd_state_recv(pg_catalog.internal) IS 'binary input of bgnbd_state, validated';
COMMENT ON FUNCTION @extschema@.bgnbd_state_send(@extschema@.bgnbd_state) IS 'binary output of bgnbd_state';

CREATE FUNCTION @extschema@.bgnbd_fit_accum(state @extschema@.bgnbd_state, frequency pg_catalog.float8, recency pg_catalog.float8, t pg_catalog.float8)
RETURNS @extschema@.bgnbd_state
AS 'MODULE_PATHNAME', 'bgnbd_fit_accum' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.bgnbd_fit_accum(@extschema@.bgnbd_state, pg_catalog.float8, pg_catalog.float8, pg_catalog.float8) IS 'transition of bgnbd_fit: count one customer';
CREATE FUNCTION @extschema@.bgnbd_fit_combine(state @extschema@.bgnbd_state, other @extschema@.bgnbd_state)
RETURNS @extschema@.bgnbd_state
AS 'MODULE_PATHNAME', 'bgnbd_fit_combine' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.bgnbd_fit_combine(@extschema@.bgnbd_state, @extschema@.bgnbd_state) IS 'combine function of bgnbd_fit: add two partial states';
CREATE FUNCTION @extschema@.bgnbd_fit_final(state @extschema@.bgnbd_state)
RETURNS @extschema@.bgnbd
AS 'MODULE_PATHNAME', 'bgnbd_fit_final' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.bgnbd_fit_final(@extschema@.bgnbd_state) IS 'final function of bgnbd_fit: the maximum-likelihood model';
CREATE AGGREGATE @extschema@.bgnbd_fit(frequency pg_catalog.float8, recency pg_catalog.float8, t pg_catalog.float8) (
    SFUNC = @extschema@.bgnbd_fit_accum,
    STYPE = @extschema@.bgnbd_state,
    FINALFUNC = @extschema@.bgnbd_fit_final,
    COMBINEFUNC = @extschema@.bgnbd_fit_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.bgnbd_fit(pg_catalog.float8, pg_catalog.float8, pg_catalog.float8) IS 'maximum-likelihood BG/NBD model (Fader, Hardie & Lee 2005) of customers'' (frequency, recency, t)';

CREATE FUNCTION @extschema@.bgnbd_expected_purchases(m @extschema@.bgnbd, horizon pg_catalog.float8, frequency pg_catalog.float8, recency pg_catalog.float8, t pg_catalog.float8)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'bgnbd_expected_purchases' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.bgnbd_expected_purchases(@extschema@.bgnbd, pg_catalog.float8, pg_catalog.float8, pg_catalog.float8, pg_catalog.float8) IS 'expected purchases of a customer in the next horizon units (BG/NBD conditional expectation)';
CREATE FUNCTION @extschema@.bgnbd_p_alive(m @extschema@.bgnbd, frequency pg_catalog.float8, recency pg_catalog.float8, t pg_catalog.float8)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'bgnbd_p_alive' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.bgnbd_p_alive(@extschema@.bgnbd, pg_catalog.float8, pg_catalog.float8, pg_catalog.float8) IS 'probability that a customer is still active (BG/NBD)';

-- gamma_gamma_fit: the Gamma-Gamma model of spend
CREATE TYPE @extschema@.gamma_gamma AS (
    p pg_catalog.float8,
    q pg_catalog.float8,
    v pg_catalog.float8,
    loglik pg_catalog.float8,
    n pg_catalog.int8,
    converged pg_catalog.bool
);
COMMENT ON TYPE @extschema@.gamma_gamma IS 'a fitted Gamma-Gamma model of spend per purchase: shape p, Gamma(q, v) across customers, its log-likelihood, customers and whether the fit converged';

CREATE TYPE @extschema@.gamma_gamma_state;
CREATE FUNCTION @extschema@.gamma_gamma_state_in(input pg_catalog.cstring)
RETURNS @extschema@.gamma_gamma_state
AS 'MODULE_PATHNAME', 'gamma_gamma_state_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.gamma_gamma_state_out(state @extschema@.gamma_gamma_state)
RETURNS pg_catalog.cstring
AS 'MODULE_PATHNAME', 'gamma_gamma_state_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.gamma_gamma_state_recv(buffer pg_catalog.internal)
RETURNS @extschema@.gamma_gamma_state
AS 'MODULE_PATHNAME', 'gamma_gamma_state_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.gamma_gamma_state_send(state @extschema@.gamma_gamma_state)
RETURNS pg_catalog.bytea
AS 'MODULE_PATHNAME', 'gamma_gamma_state_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE TYPE @extschema@.gamma_gamma_state (
    INPUT = @extschema@.gamma_gamma_state_in,
    OUTPUT = @extschema@.gamma_gamma_state_out,
    RECEIVE = @extschema@.gamma_gamma_state_recv,
    SEND = @extschema@.gamma_gamma_state_send,
    INTERNALLENGTH = VARIABLE,
    ALIGNMENT = double,
    STORAGE = extended
);
COMMENT ON TYPE @extschema@.gamma_gamma_state IS 'transition state of gamma_gamma_fit: each distinct (frequency, monetary) with its number of customers';
COMMENT ON FUNCTION @extschema@.gamma_gamma_state_in(pg_catalog.cstring) IS 'text input of gamma_gamma_state';
COMMENT ON FUNCTION @extschema@.gamma_gamma_state_out(@extschema@.gamma_gamma_state) IS 'text output of gamma_gamma_state';
COMMENT ON FUNCTION @extschema@.gamma_gamma_state_recv(pg_catalog.internal) IS 'binary input of gamma_gamma_state, validated';
COMMENT ON FUNCTION @extschema@.gamma_gamma_state_send(@extschema@.gamma_gamma_state) IS 'binary output of gamma_gamma_state';

CREATE FUNCTION @extschema@.gamma_gamma_fit_accum(state @extschema@.gamma_gamma_state, frequency pg_catalog.float8, monetary pg_catalog.float8)
RETURNS @extschema@.gamma_gamma_state
AS 'MODULE_PATHNAME', 'gamma_gamma_fit_accum' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gamma_gamma_fit_accum(@extschema@.gamma_gamma_state, pg_catalog.float8, pg_catalog.float8) IS 'transition of gamma_gamma_fit: count one customer with repeat purchases';
CREATE FUNCTION @extschema@.gamma_gamma_fit_combine(state @extschema@.gamma_gamma_state, other @extschema@.gamma_gamma_state)
RETURNS @extschema@.gamma_gamma_state
AS 'MODULE_PATHNAME', 'gamma_gamma_fit_combine' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gamma_gamma_fit_combine(@extschema@.gamma_gamma_state, @extschema@.gamma_gamma_state) IS 'combine function of gamma_gamma_fit: add two partial states';
CREATE FUNCTION @extschema@.gamma_gamma_fit_final(state @extschema@.gamma_gamma_state)
RETURNS @extschema@.gamma_gamma
AS 'MODULE_PATHNAME', 'gamma_gamma_fit_final' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gamma_gamma_fit_final(@extschema@.gamma_gamma_state) IS 'final function of gamma_gamma_fit: the maximum-likelihood model';
CREATE AGGREGATE @extschema@.gamma_gamma_fit(frequency pg_catalog.float8, monetary pg_catalog.float8) (
    SFUNC = @extschema@.gamma_gamma_fit_accum,
    STYPE = @extschema@.gamma_gamma_state,
    FINALFUNC = @extschema@.gamma_gamma_fit_final,
    COMBINEFUNC = @extschema@.gamma_gamma_fit_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.gamma_gamma_fit(pg_catalog.float8, pg_catalog.float8) IS 'maximum-likelihood Gamma-Gamma model of spend over customers with repeat purchases (frequency > 0; others are not counted)';

CREATE FUNCTION @extschema@.gamma_gamma_expected_spend(m @extschema@.gamma_gamma, frequency pg_catalog.float8, monetary pg_catalog.float8)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'gamma_gamma_expected_spend' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gamma_gamma_expected_spend(@extschema@.gamma_gamma, pg_catalog.float8, pg_catalog.float8) IS 'expected mean spend per purchase of a customer (Gamma-Gamma); NULL when the model has no finite mean';

CREATE FUNCTION @extschema@.clv_predict(bg @extschema@.bgnbd, gg @extschema@.gamma_gamma, frequency pg_catalog.float8, recency pg_catalog.float8, t pg_catalog.float8, monetary pg_catalog.float8, horizon pg_catalog.int4, discount_rate pg_catalog.float8)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'clv_predict' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.clv_predict(@extschema@.bgnbd, @extschema@.gamma_gamma, pg_catalog.float8, pg_catalog.float8, pg_catalog.float8, pg_catalog.float8, pg_catalog.int4, pg_catalog.float8) IS 'customer lifetime value over the next horizon units: expected spend per unit from BG/NBD and Gamma-Gamma, discounted at discount_rate per unit';
