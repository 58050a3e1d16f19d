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
