
------------------------------------------------------------------------
-- rolling_benchmark: progress over a rolling window of periods
------------------------------------------------------------------------

CREATE TYPE @extschema@.rolling_benchmark;

CREATE FUNCTION @extschema@.rolling_benchmark_in(input pg_catalog.cstring)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.rolling_benchmark_out(value @extschema@.rolling_benchmark)
RETURNS pg_catalog.cstring
AS 'MODULE_PATHNAME', 'rolling_benchmark_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.rolling_benchmark_recv(buf pg_catalog.internal)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.rolling_benchmark_send(value @extschema@.rolling_benchmark)
RETURNS pg_catalog.bytea
AS 'MODULE_PATHNAME', 'rolling_benchmark_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE @extschema@.rolling_benchmark (
    INPUT = @extschema@.rolling_benchmark_in,
    OUTPUT = @extschema@.rolling_benchmark_out,
    RECEIVE = @extschema@.rolling_benchmark_recv,
    SEND = @extschema@.rolling_benchmark_send,
    INTERNALLENGTH = VARIABLE,
    ALIGNMENT = double,
    STORAGE = extended
);
COMMENT ON TYPE @extschema@.rolling_benchmark IS 'a window of the most recent periods of a bucket, each with a score distribution, ending at the newest period seen';
COMMENT ON FUNCTION @extschema@.rolling_benchmark_in(pg_catalog.cstring) IS 'text input of rolling_benchmark';
COMMENT ON FUNCTION @extschema@.rolling_benchmark_out(@extschema@.rolling_benchmark) IS 'text output of rolling_benchmark';
COMMENT ON FUNCTION @extschema@.rolling_benchmark_recv(pg_catalog.internal) IS 'binary input of rolling_benchmark, validated like text input';
COMMENT ON FUNCTION @extschema@.rolling_benchmark_send(@extschema@.rolling_benchmark) IS 'binary output of rolling_benchmark';

CREATE FUNCTION @extschema@.rolling_benchmark_to_jsonb(rb @extschema@.rolling_benchmark)
RETURNS pg_catalog.jsonb
AS 'MODULE_PATHNAME', 'rolling_benchmark_to_jsonb' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_to_jsonb(@extschema@.rolling_benchmark) IS 'the rolling_benchmark as jsonb';
CREATE CAST (@extschema@.rolling_benchmark AS pg_catalog.jsonb)
    WITH FUNCTION @extschema@.rolling_benchmark_to_jsonb(@extschema@.rolling_benchmark);
COMMENT ON CAST (@extschema@.rolling_benchmark AS pg_catalog.jsonb) IS 'rolling_benchmark as jsonb, for BI tools';

CREATE FUNCTION @extschema@.rolling_benchmark_from_jsonb(j pg_catalog.jsonb)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_from_jsonb' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_from_jsonb(pg_catalog.jsonb) IS 'the rolling_benchmark of a jsonb in its text form, keys in any order, validated like text input';

CREATE CAST (pg_catalog.jsonb AS @extschema@.rolling_benchmark)
    WITH FUNCTION @extschema@.rolling_benchmark_from_jsonb(pg_catalog.jsonb);
COMMENT ON CAST (pg_catalog.jsonb AS @extschema@.rolling_benchmark) IS 'jsonb as rolling_benchmark (explicit), the reverse of rolling_benchmark::jsonb';

CREATE FUNCTION @extschema@.rolling_benchmark_combine(a @extschema@.rolling_benchmark, b @extschema@.rolling_benchmark)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_combine' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_combine(@extschema@.rolling_benchmark, @extschema@.rolling_benchmark) IS 'combine function of the rolling_benchmark aggregates and transition of rollup: merge two windows';

CREATE FUNCTION @extschema@.rolling_benchmark_plus(a @extschema@.rolling_benchmark, b @extschema@.rolling_benchmark)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_plus' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_plus(@extschema@.rolling_benchmark, @extschema@.rolling_benchmark) IS 'merge two windows of one shape (the + operator); the result ends at the later end';
CREATE OPERATOR @extschema@.+ (
    LEFTARG = @extschema@.rolling_benchmark,
    RIGHTARG = @extschema@.rolling_benchmark,
    FUNCTION = @extschema@.rolling_benchmark_plus,
    COMMUTATOR = OPERATOR(@extschema@.+)
);
COMMENT ON OPERATOR @extschema@.+ (@extschema@.rolling_benchmark, @extschema@.rolling_benchmark) IS 'merge two windows of one shape';

CREATE AGGREGATE @extschema@.rollup(rb @extschema@.rolling_benchmark) (
    SFUNC = @extschema@.rolling_benchmark_combine,
    STYPE = @extschema@.rolling_benchmark,
    COMBINEFUNC = @extschema@.rolling_benchmark_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rollup(@extschema@.rolling_benchmark) IS 'merge windows of one shape; the result ends at the latest end';

-- transitions and aggregates over raw scores and score_dist values

CREATE FUNCTION @extschema@.rolling_benchmark_accum(state @extschema@.rolling_benchmark, at pg_catalog.date, score pg_catalog.int2, bucket pg_catalog.interval, periods pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_accum_date_int2' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.date, pg_catalog.int2, pg_catalog.interval, pg_catalog.int4) IS 'transition of rolling_benchmark(at, score, bucket, periods)';

CREATE FUNCTION @extschema@.rolling_benchmark_accum(state @extschema@.rolling_benchmark, at pg_catalog.date, score pg_catalog.int2, bucket pg_catalog.interval, periods pg_catalog.int4, lo pg_catalog.int4, hi pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_accum_date_int2' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.date, pg_catalog.int2, pg_catalog.interval, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'transition of rolling_benchmark(at, score, bucket, periods, lo, hi)';

CREATE FUNCTION @extschema@.rolling_benchmark_unaccum(state @extschema@.rolling_benchmark, at pg_catalog.date, score pg_catalog.int2, bucket pg_catalog.interval, periods pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_unaccum_date_int2' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.date, pg_catalog.int2, pg_catalog.interval, pg_catalog.int4) IS 'inverse transition of rolling_benchmark(at, score, bucket, periods); NULL asks for a recomputation';

CREATE FUNCTION @extschema@.rolling_benchmark_unaccum(state @extschema@.rolling_benchmark, at pg_catalog.date, score pg_catalog.int2, bucket pg_catalog.interval, periods pg_catalog.int4, lo pg_catalog.int4, hi pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_unaccum_date_int2' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.date, pg_catalog.int2, pg_catalog.interval, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'inverse transition of rolling_benchmark(at, score, bucket, periods, lo, hi); NULL asks for a recomputation';

CREATE FUNCTION @extschema@.rolling_benchmark_accum(state @extschema@.rolling_benchmark, at pg_catalog.date, score pg_catalog.int4, bucket pg_catalog.interval, periods pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_accum_date_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.date, pg_catalog.int4, pg_catalog.interval, pg_catalog.int4) IS 'transition of rolling_benchmark(at, score, bucket, periods)';

CREATE FUNCTION @extschema@.rolling_benchmark_accum(state @extschema@.rolling_benchmark, at pg_catalog.date, score pg_catalog.int4, bucket pg_catalog.interval, periods pg_catalog.int4, lo pg_catalog.int4, hi pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_accum_date_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.date, pg_catalog.int4, pg_catalog.interval, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'transition of rolling_benchmark(at, score, bucket, periods, lo, hi)';

CREATE FUNCTION @extschema@.rolling_benchmark_unaccum(state @extschema@.rolling_benchmark, at pg_catalog.date, score pg_catalog.int4, bucket pg_catalog.interval, periods pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_unaccum_date_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.date, pg_catalog.int4, pg_catalog.interval, pg_catalog.int4) IS 'inverse transition of rolling_benchmark(at, score, bucket, periods); NULL asks for a recomputation';

CREATE FUNCTION @extschema@.rolling_benchmark_unaccum(state @extschema@.rolling_benchmark, at pg_catalog.date, score pg_catalog.int4, bucket pg_catalog.interval, periods pg_catalog.int4, lo pg_catalog.int4, hi pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_unaccum_date_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.date, pg_catalog.int4, pg_catalog.interval, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'inverse transition of rolling_benchmark(at, score, bucket, periods, lo, hi); NULL asks for a recomputation';

CREATE FUNCTION @extschema@.rolling_benchmark_accum(state @extschema@.rolling_benchmark, at pg_catalog.date, score pg_catalog.int8, bucket pg_catalog.interval, periods pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_accum_date_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.date, pg_catalog.int8, pg_catalog.interval, pg_catalog.int4) IS 'transition of rolling_benchmark(at, score, bucket, periods)';

CREATE FUNCTION @extschema@.rolling_benchmark_accum(state @extschema@.rolling_benchmark, at pg_catalog.date, score pg_catalog.int8, bucket pg_catalog.interval, periods pg_catalog.int4, lo pg_catalog.int4, hi pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_accum_date_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.date, pg_catalog.int8, pg_catalog.interval, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'transition of rolling_benchmark(at, score, bucket, periods, lo, hi)';

CREATE FUNCTION @extschema@.rolling_benchmark_unaccum(state @extschema@.rolling_benchmark, at pg_catalog.date, score pg_catalog.int8, bucket pg_catalog.interval, periods pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_unaccum_date_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.date, pg_catalog.int8, pg_catalog.interval, pg_catalog.int4) IS 'inverse transition of rolling_benchmark(at, score, bucket, periods); NULL asks for a recomputation';

CREATE FUNCTION @extschema@.rolling_benchmark_unaccum(state @extschema@.rolling_benchmark, at pg_catalog.date, score pg_catalog.int8, bucket pg_catalog.interval, periods pg_catalog.int4, lo pg_catalog.int4, hi pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_unaccum_date_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.date, pg_catalog.int8, pg_catalog.interval, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'inverse transition of rolling_benchmark(at, score, bucket, periods, lo, hi); NULL asks for a recomputation';

CREATE FUNCTION @extschema@.rolling_benchmark_accum(state @extschema@.rolling_benchmark, at pg_catalog.date, score pg_catalog.numeric, bucket pg_catalog.interval, periods pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_accum_date_numeric' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.date, pg_catalog.numeric, pg_catalog.interval, pg_catalog.int4) IS 'transition of rolling_benchmark(at, score, bucket, periods)';

CREATE FUNCTION @extschema@.rolling_benchmark_accum(state @extschema@.rolling_benchmark, at pg_catalog.date, score pg_catalog.numeric, bucket pg_catalog.interval, periods pg_catalog.int4, lo pg_catalog.int4, hi pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_accum_date_numeric' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.date, pg_catalog.numeric, pg_catalog.interval, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'transition of rolling_benchmark(at, score, bucket, periods, lo, hi)';

CREATE FUNCTION @extschema@.rolling_benchmark_unaccum(state @extschema@.rolling_benchmark, at pg_catalog.date, score pg_catalog.numeric, bucket pg_catalog.interval, periods pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_unaccum_date_numeric' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.date, pg_catalog.numeric, pg_catalog.interval, pg_catalog.int4) IS 'inverse transition of rolling_benchmark(at, score, bucket, periods); NULL asks for a recomputation';

CREATE FUNCTION @extschema@.rolling_benchmark_unaccum(state @extschema@.rolling_benchmark, at pg_catalog.date, score pg_catalog.numeric, bucket pg_catalog.interval, periods pg_catalog.int4, lo pg_catalog.int4, hi pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_unaccum_date_numeric' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.date, pg_catalog.numeric, pg_catalog.interval, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'inverse transition of rolling_benchmark(at, score, bucket, periods, lo, hi); NULL asks for a recomputation';

CREATE FUNCTION @extschema@.rolling_benchmark_accum(state @extschema@.rolling_benchmark, at pg_catalog.date, score pg_catalog.float8, bucket pg_catalog.interval, periods pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_accum_date_float8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.date, pg_catalog.float8, pg_catalog.interval, pg_catalog.int4) IS 'transition of rolling_benchmark(at, score, bucket, periods)';

CREATE FUNCTION @extschema@.rolling_benchmark_accum(state @extschema@.rolling_benchmark, at pg_catalog.date, score pg_catalog.float8, bucket pg_catalog.interval, periods pg_catalog.int4, lo pg_catalog.int4, hi pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_accum_date_float8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.date, pg_catalog.float8, pg_catalog.interval, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'transition of rolling_benchmark(at, score, bucket, periods, lo, hi)';

CREATE FUNCTION @extschema@.rolling_benchmark_unaccum(state @extschema@.rolling_benchmark, at pg_catalog.date, score pg_catalog.float8, bucket pg_catalog.interval, periods pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_unaccum_date_float8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.date, pg_catalog.float8, pg_catalog.interval, pg_catalog.int4) IS 'inverse transition of rolling_benchmark(at, score, bucket, periods); NULL asks for a recomputation';

CREATE FUNCTION @extschema@.rolling_benchmark_unaccum(state @extschema@.rolling_benchmark, at pg_catalog.date, score pg_catalog.float8, bucket pg_catalog.interval, periods pg_catalog.int4, lo pg_catalog.int4, hi pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_unaccum_date_float8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.date, pg_catalog.float8, pg_catalog.interval, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'inverse transition of rolling_benchmark(at, score, bucket, periods, lo, hi); NULL asks for a recomputation';

CREATE FUNCTION @extschema@.rolling_benchmark_accum(state @extschema@.rolling_benchmark, at pg_catalog.date, d @extschema@.score_dist, bucket pg_catalog.interval, periods pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_accum_date_dist' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.date, @extschema@.score_dist, pg_catalog.interval, pg_catalog.int4) IS 'transition of rolling_benchmark(at, score_dist, bucket, periods)';

CREATE FUNCTION @extschema@.rolling_benchmark_unaccum(state @extschema@.rolling_benchmark, at pg_catalog.date, d @extschema@.score_dist, bucket pg_catalog.interval, periods pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_unaccum_date_dist' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.date, @extschema@.score_dist, pg_catalog.interval, pg_catalog.int4) IS 'inverse transition of rolling_benchmark(at, score_dist, bucket, periods); NULL asks for a recomputation';

CREATE FUNCTION @extschema@.rolling_benchmark_accum(state @extschema@.rolling_benchmark, at pg_catalog.timestamptz, score pg_catalog.int2, bucket pg_catalog.interval, periods pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_accum_tstz_int2' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.timestamptz, pg_catalog.int2, pg_catalog.interval, pg_catalog.int4) IS 'transition of rolling_benchmark(at, score, bucket, periods)';

CREATE FUNCTION @extschema@.rolling_benchmark_accum(state @extschema@.rolling_benchmark, at pg_catalog.timestamptz, score pg_catalog.int2, bucket pg_catalog.interval, periods pg_catalog.int4, lo pg_catalog.int4, hi pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_accum_tstz_int2' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.timestamptz, pg_catalog.int2, pg_catalog.interval, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'transition of rolling_benchmark(at, score, bucket, periods, lo, hi)';

CREATE FUNCTION @extschema@.rolling_benchmark_unaccum(state @extschema@.rolling_benchmark, at pg_catalog.timestamptz, score pg_catalog.int2, bucket pg_catalog.interval, periods pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_unaccum_tstz_int2' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.timestamptz, pg_catalog.int2, pg_catalog.interval, pg_catalog.int4) IS 'inverse transition of rolling_benchmark(at, score, bucket, periods); NULL asks for a recomputation';

CREATE FUNCTION @extschema@.rolling_benchmark_unaccum(state @extschema@.rolling_benchmark, at pg_catalog.timestamptz, score pg_catalog.int2, bucket pg_catalog.interval, periods pg_catalog.int4, lo pg_catalog.int4, hi pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_unaccum_tstz_int2' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.timestamptz, pg_catalog.int2, pg_catalog.interval, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'inverse transition of rolling_benchmark(at, score, bucket, periods, lo, hi); NULL asks for a recomputation';

CREATE FUNCTION @extschema@.rolling_benchmark_accum(state @extschema@.rolling_benchmark, at pg_catalog.timestamptz, score pg_catalog.int4, bucket pg_catalog.interval, periods pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_accum_tstz_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.timestamptz, pg_catalog.int4, pg_catalog.interval, pg_catalog.int4) IS 'transition of rolling_benchmark(at, score, bucket, periods)';

CREATE FUNCTION @extschema@.rolling_benchmark_accum(state @extschema@.rolling_benchmark, at pg_catalog.timestamptz, score pg_catalog.int4, bucket pg_catalog.interval, periods pg_catalog.int4, lo pg_catalog.int4, hi pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_accum_tstz_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.timestamptz, pg_catalog.int4, pg_catalog.interval, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'transition of rolling_benchmark(at, score, bucket, periods, lo, hi)';

CREATE FUNCTION @extschema@.rolling_benchmark_unaccum(state @extschema@.rolling_benchmark, at pg_catalog.timestamptz, score pg_catalog.int4, bucket pg_catalog.interval, periods pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_unaccum_tstz_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.timestamptz, pg_catalog.int4, pg_catalog.interval, pg_catalog.int4) IS 'inverse transition of rolling_benchmark(at, score, bucket, periods); NULL asks for a recomputation';

CREATE FUNCTION @extschema@.rolling_benchmark_unaccum(state @extschema@.rolling_benchmark, at pg_catalog.timestamptz, score pg_catalog.int4, bucket pg_catalog.interval, periods pg_catalog.int4, lo pg_catalog.int4, hi pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_unaccum_tstz_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.timestamptz, pg_catalog.int4, pg_catalog.interval, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'inverse transition of rolling_benchmark(at, score, bucket, periods, lo, hi); NULL asks for a recomputation';

CREATE FUNCTION @extschema@.rolling_benchmark_accum(state @extschema@.rolling_benchmark, at pg_catalog.timestamptz, score pg_catalog.int8, bucket pg_catalog.interval, periods pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_accum_tstz_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.timestamptz, pg_catalog.int8, pg_catalog.interval, pg_catalog.int4) IS 'transition of rolling_benchmark(at, score, bucket, periods)';

CREATE FUNCTION @extschema@.rolling_benchmark_accum(state @extschema@.rolling_benchmark, at pg_catalog.timestamptz, score pg_catalog.int8, bucket pg_catalog.interval, periods pg_catalog.int4, lo pg_catalog.int4, hi pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_accum_tstz_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.timestamptz, pg_catalog.int8, pg_catalog.interval, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'transition of rolling_benchmark(at, score, bucket, periods, lo, hi)';

CREATE FUNCTION @extschema@.rolling_benchmark_unaccum(state @extschema@.rolling_benchmark, at pg_catalog.timestamptz, score pg_catalog.int8, bucket pg_catalog.interval, periods pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_unaccum_tstz_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.timestamptz, pg_catalog.int8, pg_catalog.interval, pg_catalog.int4) IS 'inverse transition of rolling_benchmark(at, score, bucket, periods); NULL asks for a recomputation';

CREATE FUNCTION @extschema@.rolling_benchmark_unaccum(state @extschema@.rolling_benchmark, at pg_catalog.timestamptz, score pg_catalog.int8, bucket pg_catalog.interval, periods pg_catalog.int4, lo pg_catalog.int4, hi pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_unaccum_tstz_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.timestamptz, pg_catalog.int8, pg_catalog.interval, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'inverse transition of rolling_benchmark(at, score, bucket, periods, lo, hi); NULL asks for a recomputation';

CREATE FUNCTION @extschema@.rolling_benchmark_accum(state @extschema@.rolling_benchmark, at pg_catalog.timestamptz, score pg_catalog.numeric, bucket pg_catalog.interval, periods pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_accum_tstz_numeric' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.timestamptz, pg_catalog.numeric, pg_catalog.interval, pg_catalog.int4) IS 'transition of rolling_benchmark(at, score, bucket, periods)';

CREATE FUNCTION @extschema@.rolling_benchmark_accum(state @extschema@.rolling_benchmark, at pg_catalog.timestamptz, score pg_catalog.numeric, bucket pg_catalog.interval, periods pg_catalog.int4, lo pg_catalog.int4, hi pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_accum_tstz_numeric' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.timestamptz, pg_catalog.numeric, pg_catalog.interval, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'transition of rolling_benchmark(at, score, bucket, periods, lo, hi)';

CREATE FUNCTION @extschema@.rolling_benchmark_unaccum(state @extschema@.rolling_benchmark, at pg_catalog.timestamptz, score pg_catalog.numeric, bucket pg_catalog.interval, periods pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_unaccum_tstz_numeric' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.timestamptz, pg_catalog.numeric, pg_catalog.interval, pg_catalog.int4) IS 'inverse transition of rolling_benchmark(at, score, bucket, periods); NULL asks for a recomputation';

CREATE FUNCTION @extschema@.rolling_benchmark_unaccum(state @extschema@.rolling_benchmark, at pg_catalog.timestamptz, score pg_catalog.numeric, bucket pg_catalog.interval, periods pg_catalog.int4, lo pg_catalog.int4, hi pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_unaccum_tstz_numeric' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.timestamptz, pg_catalog.numeric, pg_catalog.interval, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'inverse transition of rolling_benchmark(at, score, bucket, periods, lo, hi); NULL asks for a recomputation';

CREATE FUNCTION @extschema@.rolling_benchmark_accum(state @extschema@.rolling_benchmark, at pg_catalog.timestamptz, score pg_catalog.float8, bucket pg_catalog.interval, periods pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_accum_tstz_float8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.timestamptz, pg_catalog.float8, pg_catalog.interval, pg_catalog.int4) IS 'transition of rolling_benchmark(at, score, bucket, periods)';

CREATE FUNCTION @extschema@.rolling_benchmark_accum(state @extschema@.rolling_benchmark, at pg_catalog.timestamptz, score pg_catalog.float8, bucket pg_catalog.interval, periods pg_catalog.int4, lo pg_catalog.int4, hi pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_accum_tstz_float8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.timestamptz, pg_catalog.float8, pg_catalog.interval, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'transition of rolling_benchmark(at, score, bucket, periods, lo, hi)';

CREATE FUNCTION @extschema@.rolling_benchmark_unaccum(state @extschema@.rolling_benchmark, at pg_catalog.timestamptz, score pg_catalog.float8, bucket pg_catalog.interval, periods pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_unaccum_tstz_float8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.timestamptz, pg_catalog.float8, pg_catalog.interval, pg_catalog.int4) IS 'inverse transition of rolling_benchmark(at, score, bucket, periods); NULL asks for a recomputation';

CREATE FUNCTION @extschema@.rolling_benchmark_unaccum(state @extschema@.rolling_benchmark, at pg_catalog.timestamptz, score pg_catalog.float8, bucket pg_catalog.interval, periods pg_catalog.int4, lo pg_catalog.int4, hi pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_unaccum_tstz_float8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.timestamptz, pg_catalog.float8, pg_catalog.interval, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'inverse transition of rolling_benchmark(at, score, bucket, periods, lo, hi); NULL asks for a recomputation';

CREATE FUNCTION @extschema@.rolling_benchmark_accum(state @extschema@.rolling_benchmark, at pg_catalog.timestamptz, d @extschema@.score_dist, bucket pg_catalog.interval, periods pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_accum_tstz_dist' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.timestamptz, @extschema@.score_dist, pg_catalog.interval, pg_catalog.int4) IS 'transition of rolling_benchmark(at, score_dist, bucket, periods)';

CREATE FUNCTION @extschema@.rolling_benchmark_unaccum(state @extschema@.rolling_benchmark, at pg_catalog.timestamptz, d @extschema@.score_dist, bucket pg_catalog.interval, periods pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_unaccum_tstz_dist' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.timestamptz, @extschema@.score_dist, pg_catalog.interval, pg_catalog.int4) IS 'inverse transition of rolling_benchmark(at, score_dist, bucket, periods); NULL asks for a recomputation';

CREATE AGGREGATE @extschema@.rolling_benchmark(at pg_catalog.date, score pg_catalog.int2, bucket pg_catalog.interval, periods pg_catalog.int4) (
    SFUNC = @extschema@.rolling_benchmark_accum,
    STYPE = @extschema@.rolling_benchmark,
    COMBINEFUNC = @extschema@.rolling_benchmark_combine,
    MSFUNC = @extschema@.rolling_benchmark_accum,
    MINVFUNC = @extschema@.rolling_benchmark_unaccum,
    MSTYPE = @extschema@.rolling_benchmark,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rolling_benchmark(pg_catalog.date, pg_catalog.int2, pg_catalog.interval, pg_catalog.int4) IS 'window of the most recent periods of answers on 0-10, ending at the newest period';

CREATE AGGREGATE @extschema@.rolling_benchmark(at pg_catalog.date, score pg_catalog.int2, bucket pg_catalog.interval, periods pg_catalog.int4, lo pg_catalog.int4, hi pg_catalog.int4) (
    SFUNC = @extschema@.rolling_benchmark_accum,
    STYPE = @extschema@.rolling_benchmark,
    COMBINEFUNC = @extschema@.rolling_benchmark_combine,
    MSFUNC = @extschema@.rolling_benchmark_accum,
    MINVFUNC = @extschema@.rolling_benchmark_unaccum,
    MSTYPE = @extschema@.rolling_benchmark,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rolling_benchmark(pg_catalog.date, pg_catalog.int2, pg_catalog.interval, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'window of the most recent periods of answers on lo..hi, ending at the newest period';

CREATE AGGREGATE @extschema@.rolling_benchmark(at pg_catalog.date, score pg_catalog.int4, bucket pg_catalog.interval, periods pg_catalog.int4) (
    SFUNC = @extschema@.rolling_benchmark_accum,
    STYPE = @extschema@.rolling_benchmark,
    COMBINEFUNC = @extschema@.rolling_benchmark_combine,
    MSFUNC = @extschema@.rolling_benchmark_accum,
    MINVFUNC = @extschema@.rolling_benchmark_unaccum,
    MSTYPE = @extschema@.rolling_benchmark,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rolling_benchmark(pg_catalog.date, pg_catalog.int4, pg_catalog.interval, pg_catalog.int4) IS 'window of the most recent periods of answers on 0-10, ending at the newest period';

CREATE AGGREGATE @extschema@.rolling_benchmark(at pg_catalog.date, score pg_catalog.int4, bucket pg_catalog.interval, periods pg_catalog.int4, lo pg_catalog.int4, hi pg_catalog.int4) (
    SFUNC = @extschema@.rolling_benchmark_accum,
    STYPE = @extschema@.rolling_benchmark,
    COMBINEFUNC = @extschema@.rolling_benchmark_combine,
    MSFUNC = @extschema@.rolling_benchmark_accum,
    MINVFUNC = @extschema@.rolling_benchmark_unaccum,
    MSTYPE = @extschema@.rolling_benchmark,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rolling_benchmark(pg_catalog.date, pg_catalog.int4, pg_catalog.interval, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'window of the most recent periods of answers on lo..hi, ending at the newest period';

CREATE AGGREGATE @extschema@.rolling_benchmark(at pg_catalog.date, score pg_catalog.int8, bucket pg_catalog.interval, periods pg_catalog.int4) (
    SFUNC = @extschema@.rolling_benchmark_accum,
    STYPE = @extschema@.rolling_benchmark,
    COMBINEFUNC = @extschema@.rolling_benchmark_combine,
    MSFUNC = @extschema@.rolling_benchmark_accum,
    MINVFUNC = @extschema@.rolling_benchmark_unaccum,
    MSTYPE = @extschema@.rolling_benchmark,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rolling_benchmark(pg_catalog.date, pg_catalog.int8, pg_catalog.interval, pg_catalog.int4) IS 'window of the most recent periods of answers on 0-10, ending at the newest period';

CREATE AGGREGATE @extschema@.rolling_benchmark(at pg_catalog.date, score pg_catalog.int8, bucket pg_catalog.interval, periods pg_catalog.int4, lo pg_catalog.int4, hi pg_catalog.int4) (
    SFUNC = @extschema@.rolling_benchmark_accum,
    STYPE = @extschema@.rolling_benchmark,
    COMBINEFUNC = @extschema@.rolling_benchmark_combine,
    MSFUNC = @extschema@.rolling_benchmark_accum,
    MINVFUNC = @extschema@.rolling_benchmark_unaccum,
    MSTYPE = @extschema@.rolling_benchmark,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rolling_benchmark(pg_catalog.date, pg_catalog.int8, pg_catalog.interval, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'window of the most recent periods of answers on lo..hi, ending at the newest period';

CREATE AGGREGATE @extschema@.rolling_benchmark(at pg_catalog.date, score pg_catalog.numeric, bucket pg_catalog.interval, periods pg_catalog.int4) (
    SFUNC = @extschema@.rolling_benchmark_accum,
    STYPE = @extschema@.rolling_benchmark,
    COMBINEFUNC = @extschema@.rolling_benchmark_combine,
    MSFUNC = @extschema@.rolling_benchmark_accum,
    MINVFUNC = @extschema@.rolling_benchmark_unaccum,
    MSTYPE = @extschema@.rolling_benchmark,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rolling_benchmark(pg_catalog.date, pg_catalog.numeric, pg_catalog.interval, pg_catalog.int4) IS 'window of the most recent periods of answers on 0-10, ending at the newest period';

CREATE AGGREGATE @extschema@.rolling_benchmark(at pg_catalog.date, score pg_catalog.numeric, bucket pg_catalog.interval, periods pg_catalog.int4, lo pg_catalog.int4, hi pg_catalog.int4) (
    SFUNC = @extschema@.rolling_benchmark_accum,
    STYPE = @extschema@.rolling_benchmark,
    COMBINEFUNC = @extschema@.rolling_benchmark_combine,
    MSFUNC = @extschema@.rolling_benchmark_accum,
    MINVFUNC = @extschema@.rolling_benchmark_unaccum,
    MSTYPE = @extschema@.rolling_benchmark,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rolling_benchmark(pg_catalog.date, pg_catalog.numeric, pg_catalog.interval, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'window of the most recent periods of answers on lo..hi, ending at the newest period';

CREATE AGGREGATE @extschema@.rolling_benchmark(at pg_catalog.date, score pg_catalog.float8, bucket pg_catalog.interval, periods pg_catalog.int4) (
    SFUNC = @extschema@.rolling_benchmark_accum,
    STYPE = @extschema@.rolling_benchmark,
    COMBINEFUNC = @extschema@.rolling_benchmark_combine,
    MSFUNC = @extschema@.rolling_benchmark_accum,
    MINVFUNC = @extschema@.rolling_benchmark_unaccum,
    MSTYPE = @extschema@.rolling_benchmark,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rolling_benchmark(pg_catalog.date, pg_catalog.float8, pg_catalog.interval, pg_catalog.int4) IS 'window of the most recent periods of answers on 0-10, ending at the newest period';

CREATE AGGREGATE @extschema@.rolling_benchmark(at pg_catalog.date, score pg_catalog.float8, bucket pg_catalog.interval, periods pg_catalog.int4, lo pg_catalog.int4, hi pg_catalog.int4) (
    SFUNC = @extschema@.rolling_benchmark_accum,
    STYPE = @extschema@.rolling_benchmark,
    COMBINEFUNC = @extschema@.rolling_benchmark_combine,
    MSFUNC = @extschema@.rolling_benchmark_accum,
    MINVFUNC = @extschema@.rolling_benchmark_unaccum,
    MSTYPE = @extschema@.rolling_benchmark,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rolling_benchmark(pg_catalog.date, pg_catalog.float8, pg_catalog.interval, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'window of the most recent periods of answers on lo..hi, ending at the newest period';

CREATE AGGREGATE @extschema@.rolling_benchmark(at pg_catalog.date, d @extschema@.score_dist, bucket pg_catalog.interval, periods pg_catalog.int4) (
    SFUNC = @extschema@.rolling_benchmark_accum,
    STYPE = @extschema@.rolling_benchmark,
    COMBINEFUNC = @extschema@.rolling_benchmark_combine,
    MSFUNC = @extschema@.rolling_benchmark_accum,
    MINVFUNC = @extschema@.rolling_benchmark_unaccum,
    MSTYPE = @extschema@.rolling_benchmark,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rolling_benchmark(pg_catalog.date, @extschema@.score_dist, pg_catalog.interval, pg_catalog.int4) IS 'window of the most recent periods of pre-aggregated distributions';

CREATE AGGREGATE @extschema@.rolling_benchmark(at pg_catalog.timestamptz, score pg_catalog.int2, bucket pg_catalog.interval, periods pg_catalog.int4) (
    SFUNC = @extschema@.rolling_benchmark_accum,
    STYPE = @extschema@.rolling_benchmark,
    COMBINEFUNC = @extschema@.rolling_benchmark_combine,
    MSFUNC = @extschema@.rolling_benchmark_accum,
    MINVFUNC = @extschema@.rolling_benchmark_unaccum,
    MSTYPE = @extschema@.rolling_benchmark,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rolling_benchmark(pg_catalog.timestamptz, pg_catalog.int2, pg_catalog.interval, pg_catalog.int4) IS 'window of the most recent periods of answers on 0-10, ending at the newest period';

CREATE AGGREGATE @extschema@.rolling_benchmark(at pg_catalog.timestamptz, score pg_catalog.int2, bucket pg_catalog.interval, periods pg_catalog.int4, lo pg_catalog.int4, hi pg_catalog.int4) (
    SFUNC = @extschema@.rolling_benchmark_accum,
    STYPE = @extschema@.rolling_benchmark,
    COMBINEFUNC = @extschema@.rolling_benchmark_combine,
    MSFUNC = @extschema@.rolling_benchmark_accum,
    MINVFUNC = @extschema@.rolling_benchmark_unaccum,
    MSTYPE = @extschema@.rolling_benchmark,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rolling_benchmark(pg_catalog.timestamptz, pg_catalog.int2, pg_catalog.interval, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'window of the most recent periods of answers on lo..hi, ending at the newest period';

CREATE AGGREGATE @extschema@.rolling_benchmark(at pg_catalog.timestamptz, score pg_catalog.int4, bucket pg_catalog.interval, periods pg_catalog.int4) (
    SFUNC = @extschema@.rolling_benchmark_accum,
    STYPE = @extschema@.rolling_benchmark,
    COMBINEFUNC = @extschema@.rolling_benchmark_combine,
    MSFUNC = @extschema@.rolling_benchmark_accum,
    MINVFUNC = @extschema@.rolling_benchmark_unaccum,
    MSTYPE = @extschema@.rolling_benchmark,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rolling_benchmark(pg_catalog.timestamptz, pg_catalog.int4, pg_catalog.interval, pg_catalog.int4) IS 'window of the most recent periods of answers on 0-10, ending at the newest period';

CREATE AGGREGATE @extschema@.rolling_benchmark(at pg_catalog.timestamptz, score pg_catalog.int4, bucket pg_catalog.interval, periods pg_catalog.int4, lo pg_catalog.int4, hi pg_catalog.int4) (
    SFUNC = @extschema@.rolling_benchmark_accum,
    STYPE = @extschema@.rolling_benchmark,
    COMBINEFUNC = @extschema@.rolling_benchmark_combine,
    MSFUNC = @extschema@.rolling_benchmark_accum,
    MINVFUNC = @extschema@.rolling_benchmark_unaccum,
    MSTYPE = @extschema@.rolling_benchmark,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rolling_benchmark(pg_catalog.timestamptz, pg_catalog.int4, pg_catalog.interval, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'window of the most recent periods of answers on lo..hi, ending at the newest period';

CREATE AGGREGATE @extschema@.rolling_benchmark(at pg_catalog.timestamptz, score pg_catalog.int8, bucket pg_catalog.interval, periods pg_catalog.int4) (
    SFUNC = @extschema@.rolling_benchmark_accum,
    STYPE = @extschema@.rolling_benchmark,
    COMBINEFUNC = @extschema@.rolling_benchmark_combine,
    MSFUNC = @extschema@.rolling_benchmark_accum,
    MINVFUNC = @extschema@.rolling_benchmark_unaccum,
    MSTYPE = @extschema@.rolling_benchmark,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rolling_benchmark(pg_catalog.timestamptz, pg_catalog.int8, pg_catalog.interval, pg_catalog.int4) IS 'window of the most recent periods of answers on 0-10, ending at the newest period';

CREATE AGGREGATE @extschema@.rolling_benchmark(at pg_catalog.timestamptz, score pg_catalog.int8, bucket pg_catalog.interval, periods pg_catalog.int4, lo pg_catalog.int4, hi pg_catalog.int4) (
    SFUNC = @extschema@.rolling_benchmark_accum,
    STYPE = @extschema@.rolling_benchmark,
    COMBINEFUNC = @extschema@.rolling_benchmark_combine,
    MSFUNC = @extschema@.rolling_benchmark_accum,
    MINVFUNC = @extschema@.rolling_benchmark_unaccum,
    MSTYPE = @extschema@.rolling_benchmark,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rolling_benchmark(pg_catalog.timestamptz, pg_catalog.int8, pg_catalog.interval, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'window of the most recent periods of answers on lo..hi, ending at the newest period';

CREATE AGGREGATE @extschema@.rolling_benchmark(at pg_catalog.timestamptz, score pg_catalog.numeric, bucket pg_catalog.interval, periods pg_catalog.int4) (
    SFUNC = @extschema@.rolling_benchmark_accum,
    STYPE = @extschema@.rolling_benchmark,
    COMBINEFUNC = @extschema@.rolling_benchmark_combine,
    MSFUNC = @extschema@.rolling_benchmark_accum,
    MINVFUNC = @extschema@.rolling_benchmark_unaccum,
    MSTYPE = @extschema@.rolling_benchmark,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rolling_benchmark(pg_catalog.timestamptz, pg_catalog.numeric, pg_catalog.interval, pg_catalog.int4) IS 'window of the most recent periods of answers on 0-10, ending at the newest period';

CREATE AGGREGATE @extschema@.rolling_benchmark(at pg_catalog.timestamptz, score pg_catalog.numeric, bucket pg_catalog.interval, periods pg_catalog.int4, lo pg_catalog.int4, hi pg_catalog.int4) (
    SFUNC = @extschema@.rolling_benchmark_accum,
    STYPE = @extschema@.rolling_benchmark,
    COMBINEFUNC = @extschema@.rolling_benchmark_combine,
    MSFUNC = @extschema@.rolling_benchmark_accum,
    MINVFUNC = @extschema@.rolling_benchmark_unaccum,
    MSTYPE = @extschema@.rolling_benchmark,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rolling_benchmark(pg_catalog.timestamptz, pg_catalog.numeric, pg_catalog.interval, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'window of the most recent periods of answers on lo..hi, ending at the newest period';

CREATE AGGREGATE @extschema@.rolling_benchmark(at pg_catalog.timestamptz, score pg_catalog.float8, bucket pg_catalog.interval, periods pg_catalog.int4) (
    SFUNC = @extschema@.rolling_benchmark_accum,
    STYPE = @extschema@.rolling_benchmark,
    COMBINEFUNC = @extschema@.rolling_benchmark_combine,
    MSFUNC = @extschema@.rolling_benchmark_accum,
    MINVFUNC = @extschema@.rolling_benchmark_unaccum,
    MSTYPE = @extschema@.rolling_benchmark,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rolling_benchmark(pg_catalog.timestamptz, pg_catalog.float8, pg_catalog.interval, pg_catalog.int4) IS 'window of the most recent periods of answers on 0-10, ending at the newest period';

CREATE AGGREGATE @extschema@.rolling_benchmark(at pg_catalog.timestamptz, score pg_catalog.float8, bucket pg_catalog.interval, periods pg_catalog.int4, lo pg_catalog.int4, hi pg_catalog.int4) (
    SFUNC = @extschema@.rolling_benchmark_accum,
    STYPE = @extschema@.rolling_benchmark,
    COMBINEFUNC = @extschema@.rolling_benchmark_combine,
    MSFUNC = @extschema@.rolling_benchmark_accum,
    MINVFUNC = @extschema@.rolling_benchmark_unaccum,
    MSTYPE = @extschema@.rolling_benchmark,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rolling_benchmark(pg_catalog.timestamptz, pg_catalog.float8, pg_catalog.interval, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'window of the most recent periods of answers on lo..hi, ending at the newest period';

CREATE AGGREGATE @extschema@.rolling_benchmark(at pg_catalog.timestamptz, d @extschema@.score_dist, bucket pg_catalog.interval, periods pg_catalog.int4) (
    SFUNC = @extschema@.rolling_benchmark_accum,
    STYPE = @extschema@.rolling_benchmark,
    COMBINEFUNC = @extschema@.rolling_benchmark_combine,
    MSFUNC = @extschema@.rolling_benchmark_accum,
    MINVFUNC = @extschema@.rolling_benchmark_unaccum,
    MSTYPE = @extschema@.rolling_benchmark,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rolling_benchmark(pg_catalog.timestamptz, @extschema@.score_dist, pg_catalog.interval, pg_catalog.int4) IS 'window of the most recent periods of pre-aggregated distributions';

------------------------------------------------------------------------
-- rolling_benchmark over timestamp without time zone: a timestamp is
-- placed by its own calendar date, whatever the session's TimeZone (the
-- implicit cast to timestamptz would place it by the session's).  The C
-- transitions are those of timestamptz: both are microseconds from
-- 2000-01-01.
------------------------------------------------------------------------

CREATE FUNCTION @extschema@.rolling_benchmark_accum(state @extschema@.rolling_benchmark, at pg_catalog.timestamp, score pg_catalog.int2, bucket pg_catalog.interval, periods pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_accum_tstz_int2' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.timestamp, pg_catalog.int2, pg_catalog.interval, pg_catalog.int4) IS 'transition of rolling_benchmark(at, score, bucket, periods)';

CREATE FUNCTION @extschema@.rolling_benchmark_accum(state @extschema@.rolling_benchmark, at pg_catalog.timestamp, score pg_catalog.int2, bucket pg_catalog.interval, periods pg_catalog.int4, lo pg_catalog.int4, hi pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_accum_tstz_int2' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.timestamp, pg_catalog.int2, pg_catalog.interval, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'transition of rolling_benchmark(at, score, bucket, periods, lo, hi)';

CREATE FUNCTION @extschema@.rolling_benchmark_unaccum(state @extschema@.rolling_benchmark, at pg_catalog.timestamp, score pg_catalog.int2, bucket pg_catalog.interval, periods pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_unaccum_tstz_int2' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.timestamp, pg_catalog.int2, pg_catalog.interval, pg_catalog.int4) IS 'inverse transition of rolling_benchmark(at, score, bucket, periods); NULL asks for a recomputation';

CREATE FUNCTION @extschema@.rolling_benchmark_unaccum(state @extschema@.rolling_benchmark, at pg_catalog.timestamp, score pg_catalog.int2, bucket pg_catalog.interval, periods pg_catalog.int4, lo pg_catalog.int4, hi pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_unaccum_tstz_int2' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.timestamp, pg_catalog.int2, pg_catalog.interval, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'inverse transition of rolling_benchmark(at, score, bucket, periods, lo, hi); NULL asks for a recomputation';

CREATE FUNCTION @extschema@.rolling_benchmark_accum(state @extschema@.rolling_benchmark, at pg_catalog.timestamp, score pg_catalog.int4, bucket pg_catalog.interval, periods pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_accum_tstz_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.timestamp, pg_catalog.int4, pg_catalog.interval, pg_catalog.int4) IS 'transition of rolling_benchmark(at, score, bucket, periods)';

CREATE FUNCTION @extschema@.rolling_benchmark_accum(state @extschema@.rolling_benchmark, at pg_catalog.timestamp, score pg_catalog.int4, bucket pg_catalog.interval, periods pg_catalog.int4, lo pg_catalog.int4, hi pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_accum_tstz_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.timestamp, pg_catalog.int4, pg_catalog.interval, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'transition of rolling_benchmark(at, score, bucket, periods, lo, hi)';

CREATE FUNCTION @extschema@.rolling_benchmark_unaccum(state @extschema@.rolling_benchmark, at pg_catalog.timestamp, score pg_catalog.int4, bucket pg_catalog.interval, periods pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_unaccum_tstz_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.timestamp, pg_catalog.int4, pg_catalog.interval, pg_catalog.int4) IS 'inverse transition of rolling_benchmark(at, score, bucket, periods); NULL asks for a recomputation';

CREATE FUNCTION @extschema@.rolling_benchmark_unaccum(state @extschema@.rolling_benchmark, at pg_catalog.timestamp, score pg_catalog.int4, bucket pg_catalog.interval, periods pg_catalog.int4, lo pg_catalog.int4, hi pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_unaccum_tstz_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.timestamp, pg_catalog.int4, pg_catalog.interval, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'inverse transition of rolling_benchmark(at, score, bucket, periods, lo, hi); NULL asks for a recomputation';

CREATE FUNCTION @extschema@.rolling_benchmark_accum(state @extschema@.rolling_benchmark, at pg_catalog.timestamp, score pg_catalog.int8, bucket pg_catalog.interval, periods pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_accum_tstz_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.timestamp, pg_catalog.int8, pg_catalog.interval, pg_catalog.int4) IS 'transition of rolling_benchmark(at, score, bucket, periods)';

CREATE FUNCTION @extschema@.rolling_benchmark_accum(state @extschema@.rolling_benchmark, at pg_catalog.timestamp, score pg_catalog.int8, bucket pg_catalog.interval, periods pg_catalog.int4, lo pg_catalog.int4, hi pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_accum_tstz_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.timestamp, pg_catalog.int8, pg_catalog.interval, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'transition of rolling_benchmark(at, score, bucket, periods, lo, hi)';

CREATE FUNCTION @extschema@.rolling_benchmark_unaccum(state @extschema@.rolling_benchmark, at pg_catalog.timestamp, score pg_catalog.int8, bucket pg_catalog.interval, periods pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_unaccum_tstz_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.timestamp, pg_catalog.int8, pg_catalog.interval, pg_catalog.int4) IS 'inverse transition of rolling_benchmark(at, score, bucket, periods); NULL asks for a recomputation';

CREATE FUNCTION @extschema@.rolling_benchmark_unaccum(state @extschema@.rolling_benchmark, at pg_catalog.timestamp, score pg_catalog.int8, bucket pg_catalog.interval, periods pg_catalog.int4, lo pg_catalog.int4, hi pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_unaccum_tstz_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.timestamp, pg_catalog.int8, pg_catalog.interval, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'inverse transition of rolling_benchmark(at, score, bucket, periods, lo, hi); NULL asks for a recomputation';

CREATE FUNCTION @extschema@.rolling_benchmark_accum(state @extschema@.rolling_benchmark, at pg_catalog.timestamp, score pg_catalog.numeric, bucket pg_catalog.interval, periods pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_accum_tstz_numeric' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.timestamp, pg_catalog.numeric, pg_catalog.interval, pg_catalog.int4) IS 'transition of rolling_benchmark(at, score, bucket, periods)';

CREATE FUNCTION @extschema@.rolling_benchmark_accum(state @extschema@.rolling_benchmark, at pg_catalog.timestamp, score pg_catalog.numeric, bucket pg_catalog.interval, periods pg_catalog.int4, lo pg_catalog.int4, hi pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_accum_tstz_numeric' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.timestamp, pg_catalog.numeric, pg_catalog.interval, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'transition of rolling_benchmark(at, score, bucket, periods, lo, hi)';

CREATE FUNCTION @extschema@.rolling_benchmark_unaccum(state @extschema@.rolling_benchmark, at pg_catalog.timestamp, score pg_catalog.numeric, bucket pg_catalog.interval, periods pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_unaccum_tstz_numeric' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.timestamp, pg_catalog.numeric, pg_catalog.interval, pg_catalog.int4) IS 'inverse transition of rolling_benchmark(at, score, bucket, periods); NULL asks for a recomputation';

CREATE FUNCTION @extschema@.rolling_benchmark_unaccum(state @extschema@.rolling_benchmark, at pg_catalog.timestamp, score pg_catalog.numeric, bucket pg_catalog.interval, periods pg_catalog.int4, lo pg_catalog.int4, hi pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_unaccum_tstz_numeric' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.timestamp, pg_catalog.numeric, pg_catalog.interval, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'inverse transition of rolling_benchmark(at, score, bucket, periods, lo, hi); NULL asks for a recomputation';

CREATE FUNCTION @extschema@.rolling_benchmark_accum(state @extschema@.rolling_benchmark, at pg_catalog.timestamp, score pg_catalog.float8, bucket pg_catalog.interval, periods pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_accum_tstz_float8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.timestamp, pg_catalog.float8, pg_catalog.interval, pg_catalog.int4) IS 'transition of rolling_benchmark(at, score, bucket, periods)';

CREATE FUNCTION @extschema@.rolling_benchmark_accum(state @extschema@.rolling_benchmark, at pg_catalog.timestamp, score pg_catalog.float8, bucket pg_catalog.interval, periods pg_catalog.int4, lo pg_catalog.int4, hi pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_accum_tstz_float8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.timestamp, pg_catalog.float8, pg_catalog.interval, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'transition of rolling_benchmark(at, score, bucket, periods, lo, hi)';

CREATE FUNCTION @extschema@.rolling_benchmark_unaccum(state @extschema@.rolling_benchmark, at pg_catalog.timestamp, score pg_catalog.float8, bucket pg_catalog.interval, periods pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_unaccum_tstz_float8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.timestamp, pg_catalog.float8, pg_catalog.interval, pg_catalog.int4) IS 'inverse transition of rolling_benchmark(at, score, bucket, periods); NULL asks for a recomputation';

CREATE FUNCTION @extschema@.rolling_benchmark_unaccum(state @extschema@.rolling_benchmark, at pg_catalog.timestamp, score pg_catalog.float8, bucket pg_catalog.interval, periods pg_catalog.int4, lo pg_catalog.int4, hi pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_unaccum_tstz_float8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.timestamp, pg_catalog.float8, pg_catalog.interval, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'inverse transition of rolling_benchmark(at, score, bucket, periods, lo, hi); NULL asks for a recomputation';

CREATE FUNCTION @extschema@.rolling_benchmark_accum(state @extschema@.rolling_benchmark, at pg_catalog.timestamp, d @extschema@.score_dist, bucket pg_catalog.interval, periods pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_accum_tstz_dist' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.timestamp, @extschema@.score_dist, pg_catalog.interval, pg_catalog.int4) IS 'transition of rolling_benchmark(at, score_dist, bucket, periods)';

CREATE FUNCTION @extschema@.rolling_benchmark_unaccum(state @extschema@.rolling_benchmark, at pg_catalog.timestamp, d @extschema@.score_dist, bucket pg_catalog.interval, periods pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_unaccum_tstz_dist' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.timestamp, @extschema@.score_dist, pg_catalog.interval, pg_catalog.int4) IS 'inverse transition of rolling_benchmark(at, score_dist, bucket, periods); NULL asks for a recomputation';

CREATE AGGREGATE @extschema@.rolling_benchmark(at pg_catalog.timestamp, score pg_catalog.int2, bucket pg_catalog.interval, periods pg_catalog.int4) (
    SFUNC = @extschema@.rolling_benchmark_accum,
    STYPE = @extschema@.rolling_benchmark,
    COMBINEFUNC = @extschema@.rolling_benchmark_combine,
    MSFUNC = @extschema@.rolling_benchmark_accum,
    MINVFUNC = @extschema@.rolling_benchmark_unaccum,
    MSTYPE = @extschema@.rolling_benchmark,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rolling_benchmark(pg_catalog.timestamp, pg_catalog.int2, pg_catalog.interval, pg_catalog.int4) IS 'window of the most recent periods of answers on 0-10, ending at the newest period';

CREATE AGGREGATE @extschema@.rolling_benchmark(at pg_catalog.timestamp, score pg_catalog.int2, bucket pg_catalog.interval, periods pg_catalog.int4, lo pg_catalog.int4, hi pg_catalog.int4) (
    SFUNC = @extschema@.rolling_benchmark_accum,
    STYPE = @extschema@.rolling_benchmark,
    COMBINEFUNC = @extschema@.rolling_benchmark_combine,
    MSFUNC = @extschema@.rolling_benchmark_accum,
    MINVFUNC = @extschema@.rolling_benchmark_unaccum,
    MSTYPE = @extschema@.rolling_benchmark,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rolling_benchmark(pg_catalog.timestamp, pg_catalog.int2, pg_catalog.interval, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'window of the most recent periods of answers on lo..hi, ending at the newest period';

CREATE AGGREGATE @extschema@.rolling_benchmark(at pg_catalog.timestamp, score pg_catalog.int4, bucket pg_catalog.interval, periods pg_catalog.int4) (
    SFUNC = @extschema@.rolling_benchmark_accum,
    STYPE = @extschema@.rolling_benchmark,
    COMBINEFUNC = @extschema@.rolling_benchmark_combine,
    MSFUNC = @extschema@.rolling_benchmark_accum,
    MINVFUNC = @extschema@.rolling_benchmark_unaccum,
    MSTYPE = @extschema@.rolling_benchmark,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rolling_benchmark(pg_catalog.timestamp, pg_catalog.int4, pg_catalog.interval, pg_catalog.int4) IS 'window of the most recent periods of answers on 0-10, ending at the newest period';

CREATE AGGREGATE @extschema@.rolling_benchmark(at pg_catalog.timestamp, score pg_catalog.int4, bucket pg_catalog.interval, periods pg_catalog.int4, lo pg_catalog.int4, hi pg_catalog.int4) (
    SFUNC = @extschema@.rolling_benchmark_accum,
    STYPE = @extschema@.rolling_benchmark,
    COMBINEFUNC = @extschema@.rolling_benchmark_combine,
    MSFUNC = @extschema@.rolling_benchmark_accum,
    MINVFUNC = @extschema@.rolling_benchmark_unaccum,
    MSTYPE = @extschema@.rolling_benchmark,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rolling_benchmark(pg_catalog.timestamp, pg_catalog.int4, pg_catalog.interval, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'window of the most recent periods of answers on lo..hi, ending at the newest period';

CREATE AGGREGATE @extschema@.rolling_benchmark(at pg_catalog.timestamp, score pg_catalog.int8, bucket pg_catalog.interval, periods pg_catalog.int4) (
    SFUNC = @extschema@.rolling_benchmark_accum,
    STYPE = @extschema@.rolling_benchmark,
    COMBINEFUNC = @extschema@.rolling_benchmark_combine,
    MSFUNC = @extschema@.rolling_benchmark_accum,
    MINVFUNC = @extschema@.rolling_benchmark_unaccum,
    MSTYPE = @extschema@.rolling_benchmark,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rolling_benchmark(pg_catalog.timestamp, pg_catalog.int8, pg_catalog.interval, pg_catalog.int4) IS 'window of the most recent periods of answers on 0-10, ending at the newest period';

CREATE AGGREGATE @extschema@.rolling_benchmark(at pg_catalog.timestamp, score pg_catalog.int8, bucket pg_catalog.interval, periods pg_catalog.int4, lo pg_catalog.int4, hi pg_catalog.int4) (
    SFUNC = @extschema@.rolling_benchmark_accum,
    STYPE = @extschema@.rolling_benchmark,
    COMBINEFUNC = @extschema@.rolling_benchmark_combine,
    MSFUNC = @extschema@.rolling_benchmark_accum,
    MINVFUNC = @extschema@.rolling_benchmark_unaccum,
    MSTYPE = @extschema@.rolling_benchmark,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rolling_benchmark(pg_catalog.timestamp, pg_catalog.int8, pg_catalog.interval, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'window of the most recent periods of answers on lo..hi, ending at the newest period';

CREATE AGGREGATE @extschema@.rolling_benchmark(at pg_catalog.timestamp, score pg_catalog.numeric, bucket pg_catalog.interval, periods pg_catalog.int4) (
    SFUNC = @extschema@.rolling_benchmark_accum,
    STYPE = @extschema@.rolling_benchmark,
    COMBINEFUNC = @extschema@.rolling_benchmark_combine,
    MSFUNC = @extschema@.rolling_benchmark_accum,
    MINVFUNC = @extschema@.rolling_benchmark_unaccum,
    MSTYPE = @extschema@.rolling_benchmark,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rolling_benchmark(pg_catalog.timestamp, pg_catalog.numeric, pg_catalog.interval, pg_catalog.int4) IS 'window of the most recent periods of answers on 0-10, ending at the newest period';

CREATE AGGREGATE @extschema@.rolling_benchmark(at pg_catalog.timestamp, score pg_catalog.numeric, bucket pg_catalog.interval, periods pg_catalog.int4, lo pg_catalog.int4, hi pg_catalog.int4) (
    SFUNC = @extschema@.rolling_benchmark_accum,
    STYPE = @extschema@.rolling_benchmark,
    COMBINEFUNC = @extschema@.rolling_benchmark_combine,
    MSFUNC = @extschema@.rolling_benchmark_accum,
    MINVFUNC = @extschema@.rolling_benchmark_unaccum,
    MSTYPE = @extschema@.rolling_benchmark,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rolling_benchmark(pg_catalog.timestamp, pg_catalog.numeric, pg_catalog.interval, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'window of the most recent periods of answers on lo..hi, ending at the newest period';

CREATE AGGREGATE @extschema@.rolling_benchmark(at pg_catalog.timestamp, score pg_catalog.float8, bucket pg_catalog.interval, periods pg_catalog.int4) (
    SFUNC = @extschema@.rolling_benchmark_accum,
    STYPE = @extschema@.rolling_benchmark,
    COMBINEFUNC = @extschema@.rolling_benchmark_combine,
    MSFUNC = @extschema@.rolling_benchmark_accum,
    MINVFUNC = @extschema@.rolling_benchmark_unaccum,
    MSTYPE = @extschema@.rolling_benchmark,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rolling_benchmark(pg_catalog.timestamp, pg_catalog.float8, pg_catalog.interval, pg_catalog.int4) IS 'window of the most recent periods of answers on 0-10, ending at the newest period';

CREATE AGGREGATE @extschema@.rolling_benchmark(at pg_catalog.timestamp, score pg_catalog.float8, bucket pg_catalog.interval, periods pg_catalog.int4, lo pg_catalog.int4, hi pg_catalog.int4) (
    SFUNC = @extschema@.rolling_benchmark_accum,
    STYPE = @extschema@.rolling_benchmark,
    COMBINEFUNC = @extschema@.rolling_benchmark_combine,
    MSFUNC = @extschema@.rolling_benchmark_accum,
    MINVFUNC = @extschema@.rolling_benchmark_unaccum,
    MSTYPE = @extschema@.rolling_benchmark,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rolling_benchmark(pg_catalog.timestamp, pg_catalog.float8, pg_catalog.interval, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'window of the most recent periods of answers on lo..hi, ending at the newest period';

CREATE AGGREGATE @extschema@.rolling_benchmark(at pg_catalog.timestamp, d @extschema@.score_dist, bucket pg_catalog.interval, periods pg_catalog.int4) (
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

CREATE FUNCTION @extschema@.rolling_benchmark_accum(state @extschema@.rolling_benchmark, at pg_catalog.date, score pg_catalog.int2, bucket pg_catalog.text, periods pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_accum_date_int2' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.date, pg_catalog.int2, pg_catalog.text, pg_catalog.int4) IS 'transition of rolling_benchmark(at, score, bucket, periods)';

CREATE FUNCTION @extschema@.rolling_benchmark_accum(state @extschema@.rolling_benchmark, at pg_catalog.date, score pg_catalog.int2, bucket pg_catalog.text, periods pg_catalog.int4, lo pg_catalog.int4, hi pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_accum_date_int2' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.date, pg_catalog.int2, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'transition of rolling_benchmark(at, score, bucket, periods, lo, hi)';

CREATE FUNCTION @extschema@.rolling_benchmark_unaccum(state @extschema@.rolling_benchmark, at pg_catalog.date, score pg_catalog.int2, bucket pg_catalog.text, periods pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_unaccum_date_int2' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.date, pg_catalog.int2, pg_catalog.text, pg_catalog.int4) IS 'inverse transition of rolling_benchmark(at, score, bucket, periods); NULL asks for a recomputation';

CREATE FUNCTION @extschema@.rolling_benchmark_unaccum(state @extschema@.rolling_benchmark, at pg_catalog.date, score pg_catalog.int2, bucket pg_catalog.text, periods pg_catalog.int4, lo pg_catalog.int4, hi pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_unaccum_date_int2' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.date, pg_catalog.int2, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'inverse transition of rolling_benchmark(at, score, bucket, periods, lo, hi); NULL asks for a recomputation';

CREATE FUNCTION @extschema@.rolling_benchmark_accum(state @extschema@.rolling_benchmark, at pg_catalog.date, score pg_catalog.int4, bucket pg_catalog.text, periods pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_accum_date_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.date, pg_catalog.int4, pg_catalog.text, pg_catalog.int4) IS 'transition of rolling_benchmark(at, score, bucket, periods)';

CREATE FUNCTION @extschema@.rolling_benchmark_accum(state @extschema@.rolling_benchmark, at pg_catalog.date, score pg_catalog.int4, bucket pg_catalog.text, periods pg_catalog.int4, lo pg_catalog.int4, hi pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_accum_date_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.date, pg_catalog.int4, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'transition of rolling_benchmark(at, score, bucket, periods, lo, hi)';

CREATE FUNCTION @extschema@.rolling_benchmark_unaccum(state @extschema@.rolling_benchmark, at pg_catalog.date, score pg_catalog.int4, bucket pg_catalog.text, periods pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_unaccum_date_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.date, pg_catalog.int4, pg_catalog.text, pg_catalog.int4) IS 'inverse transition of rolling_benchmark(at, score, bucket, periods); NULL asks for a recomputation';

CREATE FUNCTION @extschema@.rolling_benchmark_unaccum(state @extschema@.rolling_benchmark, at pg_catalog.date, score pg_catalog.int4, bucket pg_catalog.text, periods pg_catalog.int4, lo pg_catalog.int4, hi pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_unaccum_date_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.date, pg_catalog.int4, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'inverse transition of rolling_benchmark(at, score, bucket, periods, lo, hi); NULL asks for a recomputation';

CREATE FUNCTION @extschema@.rolling_benchmark_accum(state @extschema@.rolling_benchmark, at pg_catalog.date, score pg_catalog.int8, bucket pg_catalog.text, periods pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_accum_date_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.date, pg_catalog.int8, pg_catalog.text, pg_catalog.int4) IS 'transition of rolling_benchmark(at, score, bucket, periods)';

CREATE FUNCTION @extschema@.rolling_benchmark_accum(state @extschema@.rolling_benchmark, at pg_catalog.date, score pg_catalog.int8, bucket pg_catalog.text, periods pg_catalog.int4, lo pg_catalog.int4, hi pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_accum_date_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.date, pg_catalog.int8, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'transition of rolling_benchmark(at, score, bucket, periods, lo, hi)';

CREATE FUNCTION @extschema@.rolling_benchmark_unaccum(state @extschema@.rolling_benchmark, at pg_catalog.date, score pg_catalog.int8, bucket pg_catalog.text, periods pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_unaccum_date_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.date, pg_catalog.int8, pg_catalog.text, pg_catalog.int4) IS 'inverse transition of rolling_benchmark(at, score, bucket, periods); NULL asks for a recomputation';

CREATE FUNCTION @extschema@.rolling_benchmark_unaccum(state @extschema@.rolling_benchmark, at pg_catalog.date, score pg_catalog.int8, bucket pg_catalog.text, periods pg_catalog.int4, lo pg_catalog.int4, hi pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_unaccum_date_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.date, pg_catalog.int8, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'inverse transition of rolling_benchmark(at, score, bucket, periods, lo, hi); NULL asks for a recomputation';

CREATE FUNCTION @extschema@.rolling_benchmark_accum(state @extschema@.rolling_benchmark, at pg_catalog.date, score pg_catalog.numeric, bucket pg_catalog.text, periods pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_accum_date_numeric' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.date, pg_catalog.numeric, pg_catalog.text, pg_catalog.int4) IS 'transition of rolling_benchmark(at, score, bucket, periods)';

CREATE FUNCTION @extschema@.rolling_benchmark_accum(state @extschema@.rolling_benchmark, at pg_catalog.date, score pg_catalog.numeric, bucket pg_catalog.text, periods pg_catalog.int4, lo pg_catalog.int4, hi pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_accum_date_numeric' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.date, pg_catalog.numeric, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'transition of rolling_benchmark(at, score, bucket, periods, lo, hi)';

CREATE FUNCTION @extschema@.rolling_benchmark_unaccum(state @extschema@.rolling_benchmark, at pg_catalog.date, score pg_catalog.numeric, bucket pg_catalog.text, periods pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_unaccum_date_numeric' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.date, pg_catalog.numeric, pg_catalog.text, pg_catalog.int4) IS 'inverse transition of rolling_benchmark(at, score, bucket, periods); NULL asks for a recomputation';

CREATE FUNCTION @extschema@.rolling_benchmark_unaccum(state @extschema@.rolling_benchmark, at pg_catalog.date, score pg_catalog.numeric, bucket pg_catalog.text, periods pg_catalog.int4, lo pg_catalog.int4, hi pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_unaccum_date_numeric' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.date, pg_catalog.numeric, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'inverse transition of rolling_benchmark(at, score, bucket, periods, lo, hi); NULL asks for a recomputation';

CREATE FUNCTION @extschema@.rolling_benchmark_accum(state @extschema@.rolling_benchmark, at pg_catalog.date, score pg_catalog.float8, bucket pg_catalog.text, periods pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_accum_date_float8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.date, pg_catalog.float8, pg_catalog.text, pg_catalog.int4) IS 'transition of rolling_benchmark(at, score, bucket, periods)';

CREATE FUNCTION @extschema@.rolling_benchmark_accum(state @extschema@.rolling_benchmark, at pg_catalog.date, score pg_catalog.float8, bucket pg_catalog.text, periods pg_catalog.int4, lo pg_catalog.int4, hi pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_accum_date_float8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.date, pg_catalog.float8, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'transition of rolling_benchmark(at, score, bucket, periods, lo, hi)';

CREATE FUNCTION @extschema@.rolling_benchmark_unaccum(state @extschema@.rolling_benchmark, at pg_catalog.date, score pg_catalog.float8, bucket pg_catalog.text, periods pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_unaccum_date_float8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.date, pg_catalog.float8, pg_catalog.text, pg_catalog.int4) IS 'inverse transition of rolling_benchmark(at, score, bucket, periods); NULL asks for a recomputation';

CREATE FUNCTION @extschema@.rolling_benchmark_unaccum(state @extschema@.rolling_benchmark, at pg_catalog.date, score pg_catalog.float8, bucket pg_catalog.text, periods pg_catalog.int4, lo pg_catalog.int4, hi pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_unaccum_date_float8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.date, pg_catalog.float8, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'inverse transition of rolling_benchmark(at, score, bucket, periods, lo, hi); NULL asks for a recomputation';

CREATE FUNCTION @extschema@.rolling_benchmark_accum(state @extschema@.rolling_benchmark, at pg_catalog.date, d @extschema@.score_dist, bucket pg_catalog.text, periods pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_accum_date_dist' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.date, @extschema@.score_dist, pg_catalog.text, pg_catalog.int4) IS 'transition of rolling_benchmark(at, score_dist, bucket, periods)';

CREATE FUNCTION @extschema@.rolling_benchmark_unaccum(state @extschema@.rolling_benchmark, at pg_catalog.date, d @extschema@.score_dist, bucket pg_catalog.text, periods pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_unaccum_date_dist' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.date, @extschema@.score_dist, pg_catalog.text, pg_catalog.int4) IS 'inverse transition of rolling_benchmark(at, score_dist, bucket, periods); NULL asks for a recomputation';

CREATE FUNCTION @extschema@.rolling_benchmark_accum(state @extschema@.rolling_benchmark, at pg_catalog.timestamptz, score pg_catalog.int2, bucket pg_catalog.text, periods pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_accum_tstz_int2' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.timestamptz, pg_catalog.int2, pg_catalog.text, pg_catalog.int4) IS 'transition of rolling_benchmark(at, score, bucket, periods)';

CREATE FUNCTION @extschema@.rolling_benchmark_accum(state @extschema@.rolling_benchmark, at pg_catalog.timestamptz, score pg_catalog.int2, bucket pg_catalog.text, periods pg_catalog.int4, lo pg_catalog.int4, hi pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_accum_tstz_int2' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.timestamptz, pg_catalog.int2, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'transition of rolling_benchmark(at, score, bucket, periods, lo, hi)';

CREATE FUNCTION @extschema@.rolling_benchmark_unaccum(state @extschema@.rolling_benchmark, at pg_catalog.timestamptz, score pg_catalog.int2, bucket pg_catalog.text, periods pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_unaccum_tstz_int2' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.timestamptz, pg_catalog.int2, pg_catalog.text, pg_catalog.int4) IS 'inverse transition of rolling_benchmark(at, score, bucket, periods); NULL asks for a recomputation';

CREATE FUNCTION @extschema@.rolling_benchmark_unaccum(state @extschema@.rolling_benchmark, at pg_catalog.timestamptz, score pg_catalog.int2, bucket pg_catalog.text, periods pg_catalog.int4, lo pg_catalog.int4, hi pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_unaccum_tstz_int2' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.timestamptz, pg_catalog.int2, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'inverse transition of rolling_benchmark(at, score, bucket, periods, lo, hi); NULL asks for a recomputation';

CREATE FUNCTION @extschema@.rolling_benchmark_accum(state @extschema@.rolling_benchmark, at pg_catalog.timestamptz, score pg_catalog.int4, bucket pg_catalog.text, periods pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_accum_tstz_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.timestamptz, pg_catalog.int4, pg_catalog.text, pg_catalog.int4) IS 'transition of rolling_benchmark(at, score, bucket, periods)';

CREATE FUNCTION @extschema@.rolling_benchmark_accum(state @extschema@.rolling_benchmark, at pg_catalog.timestamptz, score pg_catalog.int4, bucket pg_catalog.text, periods pg_catalog.int4, lo pg_catalog.int4, hi pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_accum_tstz_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.timestamptz, pg_catalog.int4, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'transition of rolling_benchmark(at, score, bucket, periods, lo, hi)';

CREATE FUNCTION @extschema@.rolling_benchmark_unaccum(state @extschema@.rolling_benchmark, at pg_catalog.timestamptz, score pg_catalog.int4, bucket pg_catalog.text, periods pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_unaccum_tstz_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.timestamptz, pg_catalog.int4, pg_catalog.text, pg_catalog.int4) IS 'inverse transition of rolling_benchmark(at, score, bucket, periods); NULL asks for a recomputation';

CREATE FUNCTION @extschema@.rolling_benchmark_unaccum(state @extschema@.rolling_benchmark, at pg_catalog.timestamptz, score pg_catalog.int4, bucket pg_catalog.text, periods pg_catalog.int4, lo pg_catalog.int4, hi pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_unaccum_tstz_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.timestamptz, pg_catalog.int4, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'inverse transition of rolling_benchmark(at, score, bucket, periods, lo, hi); NULL asks for a recomputation';

CREATE FUNCTION @extschema@.rolling_benchmark_accum(state @extschema@.rolling_benchmark, at pg_catalog.timestamptz, score pg_catalog.int8, bucket pg_catalog.text, periods pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_accum_tstz_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.timestamptz, pg_catalog.int8, pg_catalog.text, pg_catalog.int4) IS 'transition of rolling_benchmark(at, score, bucket, periods)';

CREATE FUNCTION @extschema@.rolling_benchmark_accum(state @extschema@.rolling_benchmark, at pg_catalog.timestamptz, score pg_catalog.int8, bucket pg_catalog.text, periods pg_catalog.int4, lo pg_catalog.int4, hi pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_accum_tstz_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.timestamptz, pg_catalog.int8, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'transition of rolling_benchmark(at, score, bucket, periods, lo, hi)';

CREATE FUNCTION @extschema@.rolling_benchmark_unaccum(state @extschema@.rolling_benchmark, at pg_catalog.timestamptz, score pg_catalog.int8, bucket pg_catalog.text, periods pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_unaccum_tstz_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.timestamptz, pg_catalog.int8, pg_catalog.text, pg_catalog.int4) IS 'inverse transition of rolling_benchmark(at, score, bucket, periods); NULL asks for a recomputation';

CREATE FUNCTION @extschema@.rolling_benchmark_unaccum(state @extschema@.rolling_benchmark, at pg_catalog.timestamptz, score pg_catalog.int8, bucket pg_catalog.text, periods pg_catalog.int4, lo pg_catalog.int4, hi pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_unaccum_tstz_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.timestamptz, pg_catalog.int8, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'inverse transition of rolling_benchmark(at, score, bucket, periods, lo, hi); NULL asks for a recomputation';

CREATE FUNCTION @extschema@.rolling_benchmark_accum(state @extschema@.rolling_benchmark, at pg_catalog.timestamptz, score pg_catalog.numeric, bucket pg_catalog.text, periods pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_accum_tstz_numeric' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.timestamptz, pg_catalog.numeric, pg_catalog.text, pg_catalog.int4) IS 'transition of rolling_benchmark(at, score, bucket, periods)';

CREATE FUNCTION @extschema@.rolling_benchmark_accum(state @extschema@.rolling_benchmark, at pg_catalog.timestamptz, score pg_catalog.numeric, bucket pg_catalog.text, periods pg_catalog.int4, lo pg_catalog.int4, hi pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_accum_tstz_numeric' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.timestamptz, pg_catalog.numeric, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'transition of rolling_benchmark(at, score, bucket, periods, lo, hi)';

CREATE FUNCTION @extschema@.rolling_benchmark_unaccum(state @extschema@.rolling_benchmark, at pg_catalog.timestamptz, score pg_catalog.numeric, bucket pg_catalog.text, periods pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_unaccum_tstz_numeric' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.timestamptz, pg_catalog.numeric, pg_catalog.text, pg_catalog.int4) IS 'inverse transition of rolling_benchmark(at, score, bucket, periods); NULL asks for a recomputation';

CREATE FUNCTION @extschema@.rolling_benchmark_unaccum(state @extschema@.rolling_benchmark, at pg_catalog.timestamptz, score pg_catalog.numeric, bucket pg_catalog.text, periods pg_catalog.int4, lo pg_catalog.int4, hi pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_unaccum_tstz_numeric' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.timestamptz, pg_catalog.numeric, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'inverse transition of rolling_benchmark(at, score, bucket, periods, lo, hi); NULL asks for a recomputation';

CREATE FUNCTION @extschema@.rolling_benchmark_accum(state @extschema@.rolling_benchmark, at pg_catalog.timestamptz, score pg_catalog.float8, bucket pg_catalog.text, periods pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_accum_tstz_float8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.timestamptz, pg_catalog.float8, pg_catalog.text, pg_catalog.int4) IS 'transition of rolling_benchmark(at, score, bucket, periods)';

CREATE FUNCTION @extschema@.rolling_benchmark_accum(state @extschema@.rolling_benchmark, at pg_catalog.timestamptz, score pg_catalog.float8, bucket pg_catalog.text, periods pg_catalog.int4, lo pg_catalog.int4, hi pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_accum_tstz_float8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.timestamptz, pg_catalog.float8, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'transition of rolling_benchmark(at, score, bucket, periods, lo, hi)';

CREATE FUNCTION @extschema@.rolling_benchmark_unaccum(state @extschema@.rolling_benchmark, at pg_catalog.timestamptz, score pg_catalog.float8, bucket pg_catalog.text, periods pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_unaccum_tstz_float8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.timestamptz, pg_catalog.float8, pg_catalog.text, pg_catalog.int4) IS 'inverse transition of rolling_benchmark(at, score, bucket, periods); NULL asks for a recomputation';

CREATE FUNCTION @extschema@.rolling_benchmark_unaccum(state @extschema@.rolling_benchmark, at pg_catalog.timestamptz, score pg_catalog.float8, bucket pg_catalog.text, periods pg_catalog.int4, lo pg_catalog.int4, hi pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_unaccum_tstz_float8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.timestamptz, pg_catalog.float8, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'inverse transition of rolling_benchmark(at, score, bucket, periods, lo, hi); NULL asks for a recomputation';

CREATE FUNCTION @extschema@.rolling_benchmark_accum(state @extschema@.rolling_benchmark, at pg_catalog.timestamptz, d @extschema@.score_dist, bucket pg_catalog.text, periods pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_accum_tstz_dist' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.timestamptz, @extschema@.score_dist, pg_catalog.text, pg_catalog.int4) IS 'transition of rolling_benchmark(at, score_dist, bucket, periods)';

CREATE FUNCTION @extschema@.rolling_benchmark_unaccum(state @extschema@.rolling_benchmark, at pg_catalog.timestamptz, d @extschema@.score_dist, bucket pg_catalog.text, periods pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_unaccum_tstz_dist' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.timestamptz, @extschema@.score_dist, pg_catalog.text, pg_catalog.int4) IS 'inverse transition of rolling_benchmark(at, score_dist, bucket, periods); NULL asks for a recomputation';

CREATE AGGREGATE @extschema@.rolling_benchmark(at pg_catalog.date, score pg_catalog.int2, bucket pg_catalog.text, periods pg_catalog.int4) (
    SFUNC = @extschema@.rolling_benchmark_accum,
    STYPE = @extschema@.rolling_benchmark,
    COMBINEFUNC = @extschema@.rolling_benchmark_combine,
    MSFUNC = @extschema@.rolling_benchmark_accum,
    MINVFUNC = @extschema@.rolling_benchmark_unaccum,
    MSTYPE = @extschema@.rolling_benchmark,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rolling_benchmark(pg_catalog.date, pg_catalog.int2, pg_catalog.text, pg_catalog.int4) IS 'window of the most recent periods of answers on 0-10, ending at the newest period';

CREATE AGGREGATE @extschema@.rolling_benchmark(at pg_catalog.date, score pg_catalog.int2, bucket pg_catalog.text, periods pg_catalog.int4, lo pg_catalog.int4, hi pg_catalog.int4) (
    SFUNC = @extschema@.rolling_benchmark_accum,
    STYPE = @extschema@.rolling_benchmark,
    COMBINEFUNC = @extschema@.rolling_benchmark_combine,
    MSFUNC = @extschema@.rolling_benchmark_accum,
    MINVFUNC = @extschema@.rolling_benchmark_unaccum,
    MSTYPE = @extschema@.rolling_benchmark,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rolling_benchmark(pg_catalog.date, pg_catalog.int2, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'window of the most recent periods of answers on lo..hi, ending at the newest period';

CREATE AGGREGATE @extschema@.rolling_benchmark(at pg_catalog.date, score pg_catalog.int4, bucket pg_catalog.text, periods pg_catalog.int4) (
    SFUNC = @extschema@.rolling_benchmark_accum,
    STYPE = @extschema@.rolling_benchmark,
    COMBINEFUNC = @extschema@.rolling_benchmark_combine,
    MSFUNC = @extschema@.rolling_benchmark_accum,
    MINVFUNC = @extschema@.rolling_benchmark_unaccum,
    MSTYPE = @extschema@.rolling_benchmark,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rolling_benchmark(pg_catalog.date, pg_catalog.int4, pg_catalog.text, pg_catalog.int4) IS 'window of the most recent periods of answers on 0-10, ending at the newest period';

CREATE AGGREGATE @extschema@.rolling_benchmark(at pg_catalog.date, score pg_catalog.int4, bucket pg_catalog.text, periods pg_catalog.int4, lo pg_catalog.int4, hi pg_catalog.int4) (
    SFUNC = @extschema@.rolling_benchmark_accum,
    STYPE = @extschema@.rolling_benchmark,
    COMBINEFUNC = @extschema@.rolling_benchmark_combine,
    MSFUNC = @extschema@.rolling_benchmark_accum,
    MINVFUNC = @extschema@.rolling_benchmark_unaccum,
    MSTYPE = @extschema@.rolling_benchmark,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rolling_benchmark(pg_catalog.date, pg_catalog.int4, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'window of the most recent periods of answers on lo..hi, ending at the newest period';

CREATE AGGREGATE @extschema@.rolling_benchmark(at pg_catalog.date, score pg_catalog.int8, bucket pg_catalog.text, periods pg_catalog.int4) (
    SFUNC = @extschema@.rolling_benchmark_accum,
    STYPE = @extschema@.rolling_benchmark,
    COMBINEFUNC = @extschema@.rolling_benchmark_combine,
    MSFUNC = @extschema@.rolling_benchmark_accum,
    MINVFUNC = @extschema@.rolling_benchmark_unaccum,
    MSTYPE = @extschema@.rolling_benchmark,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rolling_benchmark(pg_catalog.date, pg_catalog.int8, pg_catalog.text, pg_catalog.int4) IS 'window of the most recent periods of answers on 0-10, ending at the newest period';

CREATE AGGREGATE @extschema@.rolling_benchmark(at pg_catalog.date, score pg_catalog.int8, bucket pg_catalog.text, periods pg_catalog.int4, lo pg_catalog.int4, hi pg_catalog.int4) (
    SFUNC = @extschema@.rolling_benchmark_accum,
    STYPE = @extschema@.rolling_benchmark,
    COMBINEFUNC = @extschema@.rolling_benchmark_combine,
    MSFUNC = @extschema@.rolling_benchmark_accum,
    MINVFUNC = @extschema@.rolling_benchmark_unaccum,
    MSTYPE = @extschema@.rolling_benchmark,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rolling_benchmark(pg_catalog.date, pg_catalog.int8, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'window of the most recent periods of answers on lo..hi, ending at the newest period';

CREATE AGGREGATE @extschema@.rolling_benchmark(at pg_catalog.date, score pg_catalog.numeric, bucket pg_catalog.text, periods pg_catalog.int4) (
    SFUNC = @extschema@.rolling_benchmark_accum,
    STYPE = @extschema@.rolling_benchmark,
    COMBINEFUNC = @extschema@.rolling_benchmark_combine,
    MSFUNC = @extschema@.rolling_benchmark_accum,
    MINVFUNC = @extschema@.rolling_benchmark_unaccum,
    MSTYPE = @extschema@.rolling_benchmark,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rolling_benchmark(pg_catalog.date, pg_catalog.numeric, pg_catalog.text, pg_catalog.int4) IS 'window of the most recent periods of answers on 0-10, ending at the newest period';

CREATE AGGREGATE @extschema@.rolling_benchmark(at pg_catalog.date, score pg_catalog.numeric, bucket pg_catalog.text, periods pg_catalog.int4, lo pg_catalog.int4, hi pg_catalog.int4) (
    SFUNC = @extschema@.rolling_benchmark_accum,
    STYPE = @extschema@.rolling_benchmark,
    COMBINEFUNC = @extschema@.rolling_benchmark_combine,
    MSFUNC = @extschema@.rolling_benchmark_accum,
    MINVFUNC = @extschema@.rolling_benchmark_unaccum,
    MSTYPE = @extschema@.rolling_benchmark,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rolling_benchmark(pg_catalog.date, pg_catalog.numeric, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'window of the most recent periods of answers on lo..hi, ending at the newest period';

CREATE AGGREGATE @extschema@.rolling_benchmark(at pg_catalog.date, score pg_catalog.float8, bucket pg_catalog.text, periods pg_catalog.int4) (
    SFUNC = @extschema@.rolling_benchmark_accum,
    STYPE = @extschema@.rolling_benchmark,
    COMBINEFUNC = @extschema@.rolling_benchmark_combine,
    MSFUNC = @extschema@.rolling_benchmark_accum,
    MINVFUNC = @extschema@.rolling_benchmark_unaccum,
    MSTYPE = @extschema@.rolling_benchmark,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rolling_benchmark(pg_catalog.date, pg_catalog.float8, pg_catalog.text, pg_catalog.int4) IS 'window of the most recent periods of answers on 0-10, ending at the newest period';

CREATE AGGREGATE @extschema@.rolling_benchmark(at pg_catalog.date, score pg_catalog.float8, bucket pg_catalog.text, periods pg_catalog.int4, lo pg_catalog.int4, hi pg_catalog.int4) (
    SFUNC = @extschema@.rolling_benchmark_accum,
    STYPE = @extschema@.rolling_benchmark,
    COMBINEFUNC = @extschema@.rolling_benchmark_combine,
    MSFUNC = @extschema@.rolling_benchmark_accum,
    MINVFUNC = @extschema@.rolling_benchmark_unaccum,
    MSTYPE = @extschema@.rolling_benchmark,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rolling_benchmark(pg_catalog.date, pg_catalog.float8, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'window of the most recent periods of answers on lo..hi, ending at the newest period';

CREATE AGGREGATE @extschema@.rolling_benchmark(at pg_catalog.date, d @extschema@.score_dist, bucket pg_catalog.text, periods pg_catalog.int4) (
    SFUNC = @extschema@.rolling_benchmark_accum,
    STYPE = @extschema@.rolling_benchmark,
    COMBINEFUNC = @extschema@.rolling_benchmark_combine,
    MSFUNC = @extschema@.rolling_benchmark_accum,
    MINVFUNC = @extschema@.rolling_benchmark_unaccum,
    MSTYPE = @extschema@.rolling_benchmark,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rolling_benchmark(pg_catalog.date, @extschema@.score_dist, pg_catalog.text, pg_catalog.int4) IS 'window of the most recent periods of pre-aggregated distributions';

CREATE AGGREGATE @extschema@.rolling_benchmark(at pg_catalog.timestamptz, score pg_catalog.int2, bucket pg_catalog.text, periods pg_catalog.int4) (
    SFUNC = @extschema@.rolling_benchmark_accum,
    STYPE = @extschema@.rolling_benchmark,
    COMBINEFUNC = @extschema@.rolling_benchmark_combine,
    MSFUNC = @extschema@.rolling_benchmark_accum,
    MINVFUNC = @extschema@.rolling_benchmark_unaccum,
    MSTYPE = @extschema@.rolling_benchmark,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rolling_benchmark(pg_catalog.timestamptz, pg_catalog.int2, pg_catalog.text, pg_catalog.int4) IS 'window of the most recent periods of answers on 0-10, ending at the newest period';

CREATE AGGREGATE @extschema@.rolling_benchmark(at pg_catalog.timestamptz, score pg_catalog.int2, bucket pg_catalog.text, periods pg_catalog.int4, lo pg_catalog.int4, hi pg_catalog.int4) (
    SFUNC = @extschema@.rolling_benchmark_accum,
    STYPE = @extschema@.rolling_benchmark,
    COMBINEFUNC = @extschema@.rolling_benchmark_combine,
    MSFUNC = @extschema@.rolling_benchmark_accum,
    MINVFUNC = @extschema@.rolling_benchmark_unaccum,
    MSTYPE = @extschema@.rolling_benchmark,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rolling_benchmark(pg_catalog.timestamptz, pg_catalog.int2, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'window of the most recent periods of answers on lo..hi, ending at the newest period';

CREATE AGGREGATE @extschema@.rolling_benchmark(at pg_catalog.timestamptz, score pg_catalog.int4, bucket pg_catalog.text, periods pg_catalog.int4) (
    SFUNC = @extschema@.rolling_benchmark_accum,
    STYPE = @extschema@.rolling_benchmark,
    COMBINEFUNC = @extschema@.rolling_benchmark_combine,
    MSFUNC = @extschema@.rolling_benchmark_accum,
    MINVFUNC = @extschema@.rolling_benchmark_unaccum,
    MSTYPE = @extschema@.rolling_benchmark,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rolling_benchmark(pg_catalog.timestamptz, pg_catalog.int4, pg_catalog.text, pg_catalog.int4) IS 'window of the most recent periods of answers on 0-10, ending at the newest period';

CREATE AGGREGATE @extschema@.rolling_benchmark(at pg_catalog.timestamptz, score pg_catalog.int4, bucket pg_catalog.text, periods pg_catalog.int4, lo pg_catalog.int4, hi pg_catalog.int4) (
    SFUNC = @extschema@.rolling_benchmark_accum,
    STYPE = @extschema@.rolling_benchmark,
    COMBINEFUNC = @extschema@.rolling_benchmark_combine,
    MSFUNC = @extschema@.rolling_benchmark_accum,
    MINVFUNC = @extschema@.rolling_benchmark_unaccum,
    MSTYPE = @extschema@.rolling_benchmark,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rolling_benchmark(pg_catalog.timestamptz, pg_catalog.int4, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'window of the most recent periods of answers on lo..hi, ending at the newest period';

CREATE AGGREGATE @extschema@.rolling_benchmark(at pg_catalog.timestamptz, score pg_catalog.int8, bucket pg_catalog.text, periods pg_catalog.int4) (
    SFUNC = @extschema@.rolling_benchmark_accum,
    STYPE = @extschema@.rolling_benchmark,
    COMBINEFUNC = @extschema@.rolling_benchmark_combine,
    MSFUNC = @extschema@.rolling_benchmark_accum,
    MINVFUNC = @extschema@.rolling_benchmark_unaccum,
    MSTYPE = @extschema@.rolling_benchmark,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rolling_benchmark(pg_catalog.timestamptz, pg_catalog.int8, pg_catalog.text, pg_catalog.int4) IS 'window of the most recent periods of answers on 0-10, ending at the newest period';

CREATE AGGREGATE @extschema@.rolling_benchmark(at pg_catalog.timestamptz, score pg_catalog.int8, bucket pg_catalog.text, periods pg_catalog.int4, lo pg_catalog.int4, hi pg_catalog.int4) (
    SFUNC = @extschema@.rolling_benchmark_accum,
    STYPE = @extschema@.rolling_benchmark,
    COMBINEFUNC = @extschema@.rolling_benchmark_combine,
    MSFUNC = @extschema@.rolling_benchmark_accum,
    MINVFUNC = @extschema@.rolling_benchmark_unaccum,
    MSTYPE = @extschema@.rolling_benchmark,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rolling_benchmark(pg_catalog.timestamptz, pg_catalog.int8, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'window of the most recent periods of answers on lo..hi, ending at the newest period';

CREATE AGGREGATE @extschema@.rolling_benchmark(at pg_catalog.timestamptz, score pg_catalog.numeric, bucket pg_catalog.text, periods pg_catalog.int4) (
    SFUNC = @extschema@.rolling_benchmark_accum,
    STYPE = @extschema@.rolling_benchmark,
    COMBINEFUNC = @extschema@.rolling_benchmark_combine,
    MSFUNC = @extschema@.rolling_benchmark_accum,
    MINVFUNC = @extschema@.rolling_benchmark_unaccum,
    MSTYPE = @extschema@.rolling_benchmark,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rolling_benchmark(pg_catalog.timestamptz, pg_catalog.numeric, pg_catalog.text, pg_catalog.int4) IS 'window of the most recent periods of answers on 0-10, ending at the newest period';

CREATE AGGREGATE @extschema@.rolling_benchmark(at pg_catalog.timestamptz, score pg_catalog.numeric, bucket pg_catalog.text, periods pg_catalog.int4, lo pg_catalog.int4, hi pg_catalog.int4) (
    SFUNC = @extschema@.rolling_benchmark_accum,
    STYPE = @extschema@.rolling_benchmark,
    COMBINEFUNC = @extschema@.rolling_benchmark_combine,
    MSFUNC = @extschema@.rolling_benchmark_accum,
    MINVFUNC = @extschema@.rolling_benchmark_unaccum,
    MSTYPE = @extschema@.rolling_benchmark,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rolling_benchmark(pg_catalog.timestamptz, pg_catalog.numeric, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'window of the most recent periods of answers on lo..hi, ending at the newest period';

CREATE AGGREGATE @extschema@.rolling_benchmark(at pg_catalog.timestamptz, score pg_catalog.float8, bucket pg_catalog.text, periods pg_catalog.int4) (
    SFUNC = @extschema@.rolling_benchmark_accum,
    STYPE = @extschema@.rolling_benchmark,
    COMBINEFUNC = @extschema@.rolling_benchmark_combine,
    MSFUNC = @extschema@.rolling_benchmark_accum,
    MINVFUNC = @extschema@.rolling_benchmark_unaccum,
    MSTYPE = @extschema@.rolling_benchmark,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rolling_benchmark(pg_catalog.timestamptz, pg_catalog.float8, pg_catalog.text, pg_catalog.int4) IS 'window of the most recent periods of answers on 0-10, ending at the newest period';

CREATE AGGREGATE @extschema@.rolling_benchmark(at pg_catalog.timestamptz, score pg_catalog.float8, bucket pg_catalog.text, periods pg_catalog.int4, lo pg_catalog.int4, hi pg_catalog.int4) (
    SFUNC = @extschema@.rolling_benchmark_accum,
    STYPE = @extschema@.rolling_benchmark,
    COMBINEFUNC = @extschema@.rolling_benchmark_combine,
    MSFUNC = @extschema@.rolling_benchmark_accum,
    MINVFUNC = @extschema@.rolling_benchmark_unaccum,
    MSTYPE = @extschema@.rolling_benchmark,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rolling_benchmark(pg_catalog.timestamptz, pg_catalog.float8, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'window of the most recent periods of answers on lo..hi, ending at the newest period';

CREATE AGGREGATE @extschema@.rolling_benchmark(at pg_catalog.timestamptz, d @extschema@.score_dist, bucket pg_catalog.text, periods pg_catalog.int4) (
    SFUNC = @extschema@.rolling_benchmark_accum,
    STYPE = @extschema@.rolling_benchmark,
    COMBINEFUNC = @extschema@.rolling_benchmark_combine,
    MSFUNC = @extschema@.rolling_benchmark_accum,
    MINVFUNC = @extschema@.rolling_benchmark_unaccum,
    MSTYPE = @extschema@.rolling_benchmark,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rolling_benchmark(pg_catalog.timestamptz, @extschema@.score_dist, pg_catalog.text, pg_catalog.int4) IS 'window of the most recent periods of pre-aggregated distributions';

CREATE FUNCTION @extschema@.rolling_benchmark_accum(state @extschema@.rolling_benchmark, at pg_catalog.timestamp, score pg_catalog.int2, bucket pg_catalog.text, periods pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_accum_tstz_int2' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.timestamp, pg_catalog.int2, pg_catalog.text, pg_catalog.int4) IS 'transition of rolling_benchmark(at, score, bucket, periods)';

CREATE FUNCTION @extschema@.rolling_benchmark_accum(state @extschema@.rolling_benchmark, at pg_catalog.timestamp, score pg_catalog.int2, bucket pg_catalog.text, periods pg_catalog.int4, lo pg_catalog.int4, hi pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_accum_tstz_int2' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.timestamp, pg_catalog.int2, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'transition of rolling_benchmark(at, score, bucket, periods, lo, hi)';

CREATE FUNCTION @extschema@.rolling_benchmark_unaccum(state @extschema@.rolling_benchmark, at pg_catalog.timestamp, score pg_catalog.int2, bucket pg_catalog.text, periods pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_unaccum_tstz_int2' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.timestamp, pg_catalog.int2, pg_catalog.text, pg_catalog.int4) IS 'inverse transition of rolling_benchmark(at, score, bucket, periods); NULL asks for a recomputation';

CREATE FUNCTION @extschema@.rolling_benchmark_unaccum(state @extschema@.rolling_benchmark, at pg_catalog.timestamp, score pg_catalog.int2, bucket pg_catalog.text, periods pg_catalog.int4, lo pg_catalog.int4, hi pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_unaccum_tstz_int2' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.timestamp, pg_catalog.int2, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'inverse transition of rolling_benchmark(at, score, bucket, periods, lo, hi); NULL asks for a recomputation';

CREATE FUNCTION @extschema@.rolling_benchmark_accum(state @extschema@.rolling_benchmark, at pg_catalog.timestamp, score pg_catalog.int4, bucket pg_catalog.text, periods pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_accum_tstz_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.timestamp, pg_catalog.int4, pg_catalog.text, pg_catalog.int4) IS 'transition of rolling_benchmark(at, score, bucket, periods)';

CREATE FUNCTION @extschema@.rolling_benchmark_accum(state @extschema@.rolling_benchmark, at pg_catalog.timestamp, score pg_catalog.int4, bucket pg_catalog.text, periods pg_catalog.int4, lo pg_catalog.int4, hi pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_accum_tstz_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.timestamp, pg_catalog.int4, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'transition of rolling_benchmark(at, score, bucket, periods, lo, hi)';

CREATE FUNCTION @extschema@.rolling_benchmark_unaccum(state @extschema@.rolling_benchmark, at pg_catalog.timestamp, score pg_catalog.int4, bucket pg_catalog.text, periods pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_unaccum_tstz_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.timestamp, pg_catalog.int4, pg_catalog.text, pg_catalog.int4) IS 'inverse transition of rolling_benchmark(at, score, bucket, periods); NULL asks for a recomputation';

CREATE FUNCTION @extschema@.rolling_benchmark_unaccum(state @extschema@.rolling_benchmark, at pg_catalog.timestamp, score pg_catalog.int4, bucket pg_catalog.text, periods pg_catalog.int4, lo pg_catalog.int4, hi pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_unaccum_tstz_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.timestamp, pg_catalog.int4, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'inverse transition of rolling_benchmark(at, score, bucket, periods, lo, hi); NULL asks for a recomputation';

CREATE FUNCTION @extschema@.rolling_benchmark_accum(state @extschema@.rolling_benchmark, at pg_catalog.timestamp, score pg_catalog.int8, bucket pg_catalog.text, periods pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_accum_tstz_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.timestamp, pg_catalog.int8, pg_catalog.text, pg_catalog.int4) IS 'transition of rolling_benchmark(at, score, bucket, periods)';

CREATE FUNCTION @extschema@.rolling_benchmark_accum(state @extschema@.rolling_benchmark, at pg_catalog.timestamp, score pg_catalog.int8, bucket pg_catalog.text, periods pg_catalog.int4, lo pg_catalog.int4, hi pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_accum_tstz_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.timestamp, pg_catalog.int8, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'transition of rolling_benchmark(at, score, bucket, periods, lo, hi)';

CREATE FUNCTION @extschema@.rolling_benchmark_unaccum(state @extschema@.rolling_benchmark, at pg_catalog.timestamp, score pg_catalog.int8, bucket pg_catalog.text, periods pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_unaccum_tstz_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.timestamp, pg_catalog.int8, pg_catalog.text, pg_catalog.int4) IS 'inverse transition of rolling_benchmark(at, score, bucket, periods); NULL asks for a recomputation';

CREATE FUNCTION @extschema@.rolling_benchmark_unaccum(state @extschema@.rolling_benchmark, at pg_catalog.timestamp, score pg_catalog.int8, bucket pg_catalog.text, periods pg_catalog.int4, lo pg_catalog.int4, hi pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_unaccum_tstz_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.timestamp, pg_catalog.int8, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'inverse transition of rolling_benchmark(at, score, bucket, periods, lo, hi); NULL asks for a recomputation';

CREATE FUNCTION @extschema@.rolling_benchmark_accum(state @extschema@.rolling_benchmark, at pg_catalog.timestamp, score pg_catalog.numeric, bucket pg_catalog.text, periods pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_accum_tstz_numeric' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.timestamp, pg_catalog.numeric, pg_catalog.text, pg_catalog.int4) IS 'transition of rolling_benchmark(at, score, bucket, periods)';

CREATE FUNCTION @extschema@.rolling_benchmark_accum(state @extschema@.rolling_benchmark, at pg_catalog.timestamp, score pg_catalog.numeric, bucket pg_catalog.text, periods pg_catalog.int4, lo pg_catalog.int4, hi pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_accum_tstz_numeric' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.timestamp, pg_catalog.numeric, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'transition of rolling_benchmark(at, score, bucket, periods, lo, hi)';

CREATE FUNCTION @extschema@.rolling_benchmark_unaccum(state @extschema@.rolling_benchmark, at pg_catalog.timestamp, score pg_catalog.numeric, bucket pg_catalog.text, periods pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_unaccum_tstz_numeric' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.timestamp, pg_catalog.numeric, pg_catalog.text, pg_catalog.int4) IS 'inverse transition of rolling_benchmark(at, score, bucket, periods); NULL asks for a recomputation';

CREATE FUNCTION @extschema@.rolling_benchmark_unaccum(state @extschema@.rolling_benchmark, at pg_catalog.timestamp, score pg_catalog.numeric, bucket pg_catalog.text, periods pg_catalog.int4, lo pg_catalog.int4, hi pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_unaccum_tstz_numeric' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.timestamp, pg_catalog.numeric, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'inverse transition of rolling_benchmark(at, score, bucket, periods, lo, hi); NULL asks for a recomputation';

CREATE FUNCTION @extschema@.rolling_benchmark_accum(state @extschema@.rolling_benchmark, at pg_catalog.timestamp, score pg_catalog.float8, bucket pg_catalog.text, periods pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_accum_tstz_float8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.timestamp, pg_catalog.float8, pg_catalog.text, pg_catalog.int4) IS 'transition of rolling_benchmark(at, score, bucket, periods)';

CREATE FUNCTION @extschema@.rolling_benchmark_accum(state @extschema@.rolling_benchmark, at pg_catalog.timestamp, score pg_catalog.float8, bucket pg_catalog.text, periods pg_catalog.int4, lo pg_catalog.int4, hi pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_accum_tstz_float8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.timestamp, pg_catalog.float8, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'transition of rolling_benchmark(at, score, bucket, periods, lo, hi)';

CREATE FUNCTION @extschema@.rolling_benchmark_unaccum(state @extschema@.rolling_benchmark, at pg_catalog.timestamp, score pg_catalog.float8, bucket pg_catalog.text, periods pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_unaccum_tstz_float8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.timestamp, pg_catalog.float8, pg_catalog.text, pg_catalog.int4) IS 'inverse transition of rolling_benchmark(at, score, bucket, periods); NULL asks for a recomputation';

CREATE FUNCTION @extschema@.rolling_benchmark_unaccum(state @extschema@.rolling_benchmark, at pg_catalog.timestamp, score pg_catalog.float8, bucket pg_catalog.text, periods pg_catalog.int4, lo pg_catalog.int4, hi pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_unaccum_tstz_float8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.timestamp, pg_catalog.float8, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'inverse transition of rolling_benchmark(at, score, bucket, periods, lo, hi); NULL asks for a recomputation';

CREATE FUNCTION @extschema@.rolling_benchmark_accum(state @extschema@.rolling_benchmark, at pg_catalog.timestamp, d @extschema@.score_dist, bucket pg_catalog.text, periods pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_accum_tstz_dist' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_accum(@extschema@.rolling_benchmark, pg_catalog.timestamp, @extschema@.score_dist, pg_catalog.text, pg_catalog.int4) IS 'transition of rolling_benchmark(at, score_dist, bucket, periods)';

CREATE FUNCTION @extschema@.rolling_benchmark_unaccum(state @extschema@.rolling_benchmark, at pg_catalog.timestamp, d @extschema@.score_dist, bucket pg_catalog.text, periods pg_catalog.int4)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_unaccum_tstz_dist' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_unaccum(@extschema@.rolling_benchmark, pg_catalog.timestamp, @extschema@.score_dist, pg_catalog.text, pg_catalog.int4) IS 'inverse transition of rolling_benchmark(at, score_dist, bucket, periods); NULL asks for a recomputation';

CREATE AGGREGATE @extschema@.rolling_benchmark(at pg_catalog.timestamp, score pg_catalog.int2, bucket pg_catalog.text, periods pg_catalog.int4) (
    SFUNC = @extschema@.rolling_benchmark_accum,
    STYPE = @extschema@.rolling_benchmark,
    COMBINEFUNC = @extschema@.rolling_benchmark_combine,
    MSFUNC = @extschema@.rolling_benchmark_accum,
    MINVFUNC = @extschema@.rolling_benchmark_unaccum,
    MSTYPE = @extschema@.rolling_benchmark,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rolling_benchmark(pg_catalog.timestamp, pg_catalog.int2, pg_catalog.text, pg_catalog.int4) IS 'window of the most recent periods of answers on 0-10, ending at the newest period';

CREATE AGGREGATE @extschema@.rolling_benchmark(at pg_catalog.timestamp, score pg_catalog.int2, bucket pg_catalog.text, periods pg_catalog.int4, lo pg_catalog.int4, hi pg_catalog.int4) (
    SFUNC = @extschema@.rolling_benchmark_accum,
    STYPE = @extschema@.rolling_benchmark,
    COMBINEFUNC = @extschema@.rolling_benchmark_combine,
    MSFUNC = @extschema@.rolling_benchmark_accum,
    MINVFUNC = @extschema@.rolling_benchmark_unaccum,
    MSTYPE = @extschema@.rolling_benchmark,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rolling_benchmark(pg_catalog.timestamp, pg_catalog.int2, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'window of the most recent periods of answers on lo..hi, ending at the newest period';

CREATE AGGREGATE @extschema@.rolling_benchmark(at pg_catalog.timestamp, score pg_catalog.int4, bucket pg_catalog.text, periods pg_catalog.int4) (
    SFUNC = @extschema@.rolling_benchmark_accum,
    STYPE = @extschema@.rolling_benchmark,
    COMBINEFUNC = @extschema@.rolling_benchmark_combine,
    MSFUNC = @extschema@.rolling_benchmark_accum,
    MINVFUNC = @extschema@.rolling_benchmark_unaccum,
    MSTYPE = @extschema@.rolling_benchmark,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rolling_benchmark(pg_catalog.timestamp, pg_catalog.int4, pg_catalog.text, pg_catalog.int4) IS 'window of the most recent periods of answers on 0-10, ending at the newest period';

CREATE AGGREGATE @extschema@.rolling_benchmark(at pg_catalog.timestamp, score pg_catalog.int4, bucket pg_catalog.text, periods pg_catalog.int4, lo pg_catalog.int4, hi pg_catalog.int4) (
    SFUNC = @extschema@.rolling_benchmark_accum,
    STYPE = @extschema@.rolling_benchmark,
    COMBINEFUNC = @extschema@.rolling_benchmark_combine,
    MSFUNC = @extschema@.rolling_benchmark_accum,
    MINVFUNC = @extschema@.rolling_benchmark_unaccum,
    MSTYPE = @extschema@.rolling_benchmark,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rolling_benchmark(pg_catalog.timestamp, pg_catalog.int4, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'window of the most recent periods of answers on lo..hi, ending at the newest period';

CREATE AGGREGATE @extschema@.rolling_benchmark(at pg_catalog.timestamp, score pg_catalog.int8, bucket pg_catalog.text, periods pg_catalog.int4) (
    SFUNC = @extschema@.rolling_benchmark_accum,
    STYPE = @extschema@.rolling_benchmark,
    COMBINEFUNC = @extschema@.rolling_benchmark_combine,
    MSFUNC = @extschema@.rolling_benchmark_accum,
    MINVFUNC = @extschema@.rolling_benchmark_unaccum,
    MSTYPE = @extschema@.rolling_benchmark,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rolling_benchmark(pg_catalog.timestamp, pg_catalog.int8, pg_catalog.text, pg_catalog.int4) IS 'window of the most recent periods of answers on 0-10, ending at the newest period';

CREATE AGGREGATE @extschema@.rolling_benchmark(at pg_catalog.timestamp, score pg_catalog.int8, bucket pg_catalog.text, periods pg_catalog.int4, lo pg_catalog.int4, hi pg_catalog.int4) (
    SFUNC = @extschema@.rolling_benchmark_accum,
    STYPE = @extschema@.rolling_benchmark,
    COMBINEFUNC = @extschema@.rolling_benchmark_combine,
    MSFUNC = @extschema@.rolling_benchmark_accum,
    MINVFUNC = @extschema@.rolling_benchmark_unaccum,
    MSTYPE = @extschema@.rolling_benchmark,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rolling_benchmark(pg_catalog.timestamp, pg_catalog.int8, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'window of the most recent periods of answers on lo..hi, ending at the newest period';

CREATE AGGREGATE @extschema@.rolling_benchmark(at pg_catalog.timestamp, score pg_catalog.numeric, bucket pg_catalog.text, periods pg_catalog.int4) (
    SFUNC = @extschema@.rolling_benchmark_accum,
    STYPE = @extschema@.rolling_benchmark,
    COMBINEFUNC = @extschema@.rolling_benchmark_combine,
    MSFUNC = @extschema@.rolling_benchmark_accum,
    MINVFUNC = @extschema@.rolling_benchmark_unaccum,
    MSTYPE = @extschema@.rolling_benchmark,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rolling_benchmark(pg_catalog.timestamp, pg_catalog.numeric, pg_catalog.text, pg_catalog.int4) IS 'window of the most recent periods of answers on 0-10, ending at the newest period';

CREATE AGGREGATE @extschema@.rolling_benchmark(at pg_catalog.timestamp, score pg_catalog.numeric, bucket pg_catalog.text, periods pg_catalog.int4, lo pg_catalog.int4, hi pg_catalog.int4) (
    SFUNC = @extschema@.rolling_benchmark_accum,
    STYPE = @extschema@.rolling_benchmark,
    COMBINEFUNC = @extschema@.rolling_benchmark_combine,
    MSFUNC = @extschema@.rolling_benchmark_accum,
    MINVFUNC = @extschema@.rolling_benchmark_unaccum,
    MSTYPE = @extschema@.rolling_benchmark,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rolling_benchmark(pg_catalog.timestamp, pg_catalog.numeric, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'window of the most recent periods of answers on lo..hi, ending at the newest period';

CREATE AGGREGATE @extschema@.rolling_benchmark(at pg_catalog.timestamp, score pg_catalog.float8, bucket pg_catalog.text, periods pg_catalog.int4) (
    SFUNC = @extschema@.rolling_benchmark_accum,
    STYPE = @extschema@.rolling_benchmark,
    COMBINEFUNC = @extschema@.rolling_benchmark_combine,
    MSFUNC = @extschema@.rolling_benchmark_accum,
    MINVFUNC = @extschema@.rolling_benchmark_unaccum,
    MSTYPE = @extschema@.rolling_benchmark,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rolling_benchmark(pg_catalog.timestamp, pg_catalog.float8, pg_catalog.text, pg_catalog.int4) IS 'window of the most recent periods of answers on 0-10, ending at the newest period';

CREATE AGGREGATE @extschema@.rolling_benchmark(at pg_catalog.timestamp, score pg_catalog.float8, bucket pg_catalog.text, periods pg_catalog.int4, lo pg_catalog.int4, hi pg_catalog.int4) (
    SFUNC = @extschema@.rolling_benchmark_accum,
    STYPE = @extschema@.rolling_benchmark,
    COMBINEFUNC = @extschema@.rolling_benchmark_combine,
    MSFUNC = @extschema@.rolling_benchmark_accum,
    MINVFUNC = @extschema@.rolling_benchmark_unaccum,
    MSTYPE = @extschema@.rolling_benchmark,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rolling_benchmark(pg_catalog.timestamp, pg_catalog.float8, pg_catalog.text, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'window of the most recent periods of answers on lo..hi, ending at the newest period';

CREATE AGGREGATE @extschema@.rolling_benchmark(at pg_catalog.timestamp, d @extschema@.score_dist, bucket pg_catalog.text, periods pg_catalog.int4) (
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
-- reading a rolling_benchmark
------------------------------------------------------------------------

CREATE FUNCTION @extschema@.roll_to(rb @extschema@.rolling_benchmark, until pg_catalog.date)
RETURNS @extschema@.rolling_benchmark
AS 'MODULE_PATHNAME', 'rolling_benchmark_roll_to' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.roll_to(@extschema@.rolling_benchmark, pg_catalog.date) IS 'the window moved forward to end with the period containing until; moving back is an error';

CREATE FUNCTION @extschema@.n(rb @extschema@.rolling_benchmark)
RETURNS pg_catalog.int8
AS 'MODULE_PATHNAME', 'rolling_benchmark_n' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.n(@extschema@.rolling_benchmark) IS 'answers in the window';

CREATE FUNCTION @extschema@.nps(rb @extschema@.rolling_benchmark)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'rolling_benchmark_nps' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.nps(@extschema@.rolling_benchmark) IS 'NPS over the window (0-10 scale)';

CREATE FUNCTION @extschema@.csat(rb @extschema@.rolling_benchmark)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'rolling_benchmark_csat_v2' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.csat(@extschema@.rolling_benchmark) IS 'top-two-box share over the window; a 0-10 value whose answers all lie at or below 7 is refused';

CREATE FUNCTION @extschema@.mean(rb @extschema@.rolling_benchmark)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'rolling_benchmark_mean' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mean(@extschema@.rolling_benchmark) IS 'mean score over the window';

CREATE FUNCTION @extschema@.window_dist(rb @extschema@.rolling_benchmark)
RETURNS @extschema@.score_dist
AS 'MODULE_PATHNAME', 'rolling_benchmark_window_dist' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.window_dist(@extschema@.rolling_benchmark) IS 'the windows answers as one score_dist';

CREATE FUNCTION @extschema@.series(rb @extschema@.rolling_benchmark)
RETURNS TABLE (period_start pg_catalog.date, n pg_catalog.int8, nps pg_catalog.float8,
               csat pg_catalog.float8, mean pg_catalog.float8)
AS 'MODULE_PATHNAME', 'rolling_benchmark_series_v2' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 12;
COMMENT ON FUNCTION @extschema@.series(@extschema@.rolling_benchmark) IS 'one row per period of the window, oldest first; empty periods have n = 0 and NULL metrics; csat is NULL for a 0-10 window whose answers all lie at or below 7';

CREATE FUNCTION @extschema@.trend(rb @extschema@.rolling_benchmark, metric pg_catalog.text DEFAULT 'nps')
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'rolling_benchmark_trend_v2' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.trend(@extschema@.rolling_benchmark, pg_catalog.text) IS 'least-squares slope of the per-period metric (nps, csat or mean), weighted by answers, in points per period; csat of a 0-10 window whose answers all lie at or below 7 is refused';

CREATE FUNCTION @extschema@.progression(rb @extschema@.rolling_benchmark, metric pg_catalog.text DEFAULT 'nps')
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'rolling_benchmark_progression_v2' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.progression(@extschema@.rolling_benchmark, pg_catalog.text) IS 'metric of the newest non-empty period minus that of the oldest; csat of a 0-10 window whose answers all lie at or below 7 is refused';

CREATE FUNCTION @extschema@.sparkline(rb @extschema@.rolling_benchmark, metric pg_catalog.text DEFAULT 'nps')
RETURNS pg_catalog.text
AS 'MODULE_PATHNAME', 'rolling_benchmark_sparkline_v2' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.sparkline(@extschema@.rolling_benchmark, pg_catalog.text) IS 'one bar per period, from the series minimum to its maximum (a flat line when they are equal); a space for an empty period';
CREATE FUNCTION @extschema@.sparkline(rb @extschema@.rolling_benchmark, metric pg_catalog.text, fixed_scale pg_catalog.bool)
RETURNS pg_catalog.text
AS 'MODULE_PATHNAME', 'rolling_benchmark_sparkline_v2' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.sparkline(@extschema@.rolling_benchmark, pg_catalog.text, pg_catalog.bool) IS 'one bar per period, on the metrics whole range when fixed_scale (for comparing rows), else from the series minimum to its maximum; a space for an empty period';

