------------------------------------------------------------------------
-- intervals and tests of CSAT and CES; score_dist as rows; series with
-- intervals
------------------------------------------------------------------------

CREATE TYPE @extschema@.csat_stats AS (
    n bigint,
    satisfied bigint,
    csat float8,
    std_error float8,
    ci_low float8,
    ci_high float8
);
COMMENT ON TYPE @extschema@.csat_stats IS 'CSAT (top-two-box share, %) with its counts, standard error and 95 % Wilson score interval';

CREATE TYPE @extschema@.ces_stats AS (
    n bigint,
    mean float8,
    std_dev float8,
    std_error float8,
    ci_low float8,
    ci_high float8
);
COMMENT ON TYPE @extschema@.ces_stats IS 'mean answer (CES) with its sample standard deviation, standard error and 95 % Student t interval';

CREATE TYPE @extschema@.csat_diff AS (
    diff float8,
    std_error float8,
    z float8,
    p_value float8,
    ci_low float8,
    ci_high float8
);
COMMENT ON TYPE @extschema@.csat_diff IS 'two-sample Wald test of a difference of CSAT, with its 95 % interval';

CREATE TYPE @extschema@.ces_diff AS (
    diff float8,
    std_error float8,
    t float8,
    df float8,
    p_value float8,
    ci_low float8,
    ci_high float8
);
COMMENT ON TYPE @extschema@.ces_diff IS 'Welch two-sample t test of a difference of mean answers, with its 95 % interval';

CREATE FUNCTION @extschema@.csat_stats(d @extschema@.score_dist)
RETURNS @extschema@.csat_stats
AS 'MODULE_PATHNAME', 'score_dist_csat_stats' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.csat_stats(@extschema@.score_dist) IS 'CSAT with counts, standard error and 95 % Wilson interval; NULL without answers';

CREATE FUNCTION @extschema@.ces_stats(d @extschema@.score_dist)
RETURNS @extschema@.ces_stats
AS 'MODULE_PATHNAME', 'score_dist_ces_stats' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.ces_stats(@extschema@.score_dist) IS 'mean answer with sample standard deviation, standard error and 95 % t interval (NULL for one answer); NULL without answers';

CREATE FUNCTION @extschema@.csat_diff(a @extschema@.score_dist, b @extschema@.score_dist)
RETURNS @extschema@.csat_diff
AS 'MODULE_PATHNAME', 'score_dist_csat_diff' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.csat_diff(@extschema@.score_dist, @extschema@.score_dist) IS 'two-sample Wald test of CSAT(a) - CSAT(b) in points, with its 95 % interval';

CREATE FUNCTION @extschema@.ces_diff(a @extschema@.score_dist, b @extschema@.score_dist)
RETURNS @extschema@.ces_diff
AS 'MODULE_PATHNAME', 'score_dist_ces_diff' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.ces_diff(@extschema@.score_dist, @extschema@.score_dist) IS 'Welch two-sample t test of mean(a) - mean(b), with its 95 % interval';

CREATE FUNCTION @extschema@.unnest(d @extschema@.score_dist)
RETURNS TABLE (score pg_catalog.int4, answers pg_catalog.int8, share pg_catalog.float8)
AS 'MODULE_PATHNAME', 'score_dist_unnest' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 11;
COMMENT ON FUNCTION @extschema@.unnest(@extschema@.score_dist) IS 'one row per score of the scale, lowest first: score, answers, share in % (NULL without answers)';

CREATE FUNCTION @extschema@.series(rb @extschema@.rolling_benchmark, metric pg_catalog.text)
RETURNS TABLE (period_start pg_catalog.date, n pg_catalog.int8, nps pg_catalog.float8,
               csat pg_catalog.float8, mean pg_catalog.float8, top2 pg_catalog.float8,
               value pg_catalog.float8, std_error pg_catalog.float8,
               ci_low pg_catalog.float8, ci_high pg_catalog.float8)
AS 'MODULE_PATHNAME', 'rolling_benchmark_series_stats' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 12;
COMMENT ON FUNCTION @extschema@.series(@extschema@.rolling_benchmark, pg_catalog.text) IS 'one row per period of the window, oldest first: the columns of series(rb), top2, and the metric (nps, csat/top2, ces/mean) with its standard error and 95 % interval; empty periods have n = 0 and NULL metrics';
