-- pgcx 1.1.0 -> 1.2.0: every change to SQL objects made since 1.1.0.
-- Each change is made here and in the part of extension/parts/ it belongs
-- to; tests/upgrade/test-upgrade proves that ALTER EXTENSION pgcx UPDATE
-- from 1.0.0 (through 1.1.0) and from 1.1.0 gives the same catalog as
-- CREATE EXTENSION pgcx at 1.2.0.

\echo Use "ALTER EXTENSION pgcx UPDATE TO '1.2.0'" to load this file. \quit

------------------------------------------------------------------------
-- scale-safe reads of score_dist and rolling_benchmark; sector benchmarks
------------------------------------------------------------------------

------------------------------------------------------------------------
-- attrition counts; forms for untyped parameters
------------------------------------------------------------------------

-- The forms for literal types (1.1.0: LANGUAGE sql wrappers) are C
-- functions that call the main form's code, so that an error raised through
-- them carries no CONTEXT line of a SQL function.
CREATE OR REPLACE FUNCTION @extschema@.attrition(lost pg_catalog.int4, at_start pg_catalog.int4)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'attrition_rate_int4' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@.retention_rate(at_start pg_catalog.int4, at_end pg_catalog.int4, acquired pg_catalog.int4)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'attrition_retention_rate_int4' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@.annualize_attrition(rate pg_catalog.int4, period_days pg_catalog.numeric)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'attrition_annualize_int4_numeric' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@.annualize_attrition(rate pg_catalog.numeric, period_days pg_catalog.numeric)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'attrition_annualize_numeric' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@.clv(avg_basket pg_catalog.int4, purchase_frequency pg_catalog.int4, lifespan pg_catalog.int4)
RETURNS pg_catalog.numeric
AS 'MODULE_PATHNAME', 'clv_int4' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@.clv(avg_basket pg_catalog.int4, purchase_frequency pg_catalog.int4, lifespan pg_catalog.int4, margin pg_catalog.numeric, discount_rate pg_catalog.numeric)
RETURNS pg_catalog.numeric
AS 'MODULE_PATHNAME', 'clv_discounted_int4' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@.clv(avg_basket pg_catalog.int4, purchase_frequency pg_catalog.int4, lifespan pg_catalog.int4, margin pg_catalog.numeric, discount_rate pg_catalog.int4)
RETURNS pg_catalog.numeric
AS 'MODULE_PATHNAME', 'clv_discounted_int4_rate_int4' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@.sbg_expected_lifetime(m @extschema@.sbg, discount_rate pg_catalog.numeric)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'sbg_expected_lifetime_numeric' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@.sbg_residual_lifetime(m @extschema@.sbg, tenure pg_catalog.int4, discount_rate pg_catalog.numeric)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'sbg_residual_lifetime_numeric' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

-- Forms for parameters of unknown type (drivers such as node's pg send
-- them untyped): PostgreSQL prefers double precision among the numeric
-- candidates, so attrition($1, $2) and retention_rate($1, $2, $3) resolve
-- here instead of being ambiguous between the int4 and int8 forms.  They
-- take whole counts; anything else is ERROR 22023.
CREATE FUNCTION @extschema@.attrition(lost pg_catalog.float8, at_start pg_catalog.float8)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'attrition_rate_float8' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.attrition(pg_catalog.float8, pg_catalog.float8) IS 'attrition(lost, at_start) for whole counts given as double precision (parameters of unknown type); other values are errors';
CREATE FUNCTION @extschema@.retention_rate(at_start pg_catalog.float8, at_end pg_catalog.float8, acquired pg_catalog.float8)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'attrition_retention_rate_float8' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.retention_rate(pg_catalog.float8, pg_catalog.float8, pg_catalog.float8) IS 'retention_rate(at_start, at_end, acquired) for whole counts given as double precision (parameters of unknown type); other values are errors';

-- attrition_stats: the counts behind attrition over a period.  Its state is
-- an int8[] {1, kind, lower, upper, at_start, lost, gained, at_end},
-- validated on every read.
CREATE TYPE @extschema@.attrition_stats AS (
    at_start pg_catalog.int8,
    lost pg_catalog.int8,
    gained pg_catalog.int8,
    at_end pg_catalog.int8,
    attrition pg_catalog.float8
);
COMMENT ON TYPE @extschema@.attrition_stats IS 'customers at the start of a period, lost during it, gained during it and still there at its end, at the end, and the attrition percentage (at_end = at_start - lost + gained)';
CREATE FUNCTION @extschema@.attrition_stats_accum(state pg_catalog.int8[], active_from pg_catalog.date, churned_on pg_catalog.date, period pg_catalog.daterange)
RETURNS pg_catalog.int8[]
AS 'MODULE_PATHNAME', 'attrition_stats_accum_date' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.attrition_stats_accum(pg_catalog.int8[], pg_catalog.date, pg_catalog.date, pg_catalog.daterange) IS 'transition of attrition_stats over dates: count one customer';
CREATE FUNCTION @extschema@.attrition_stats_accum(state pg_catalog.int8[], active_from pg_catalog.timestamptz, churned_on pg_catalog.timestamptz, period pg_catalog.tstzrange)
RETURNS pg_catalog.int8[]
AS 'MODULE_PATHNAME', 'attrition_stats_accum_tstz' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.attrition_stats_accum(pg_catalog.int8[], pg_catalog.timestamptz, pg_catalog.timestamptz, pg_catalog.tstzrange) IS 'transition of attrition_stats over timestamps: count one customer';
CREATE FUNCTION @extschema@.attrition_stats_accum(state pg_catalog.int8[], active_from pg_catalog.timestamp, churned_on pg_catalog.timestamp, period pg_catalog.tsrange)
RETURNS pg_catalog.int8[]
AS 'MODULE_PATHNAME', 'attrition_stats_accum_ts' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.attrition_stats_accum(pg_catalog.int8[], pg_catalog.timestamp, pg_catalog.timestamp, pg_catalog.tsrange) IS 'transition of attrition_stats over timestamps without time zone: count one customer';
CREATE FUNCTION @extschema@.attrition_stats_combine(a pg_catalog.int8[], b pg_catalog.int8[])
RETURNS pg_catalog.int8[]
AS 'MODULE_PATHNAME', 'attrition_stats_combine' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.attrition_stats_combine(pg_catalog.int8[], pg_catalog.int8[]) IS 'combine function of attrition_stats: add two partial counts';
CREATE FUNCTION @extschema@.attrition_stats_final(state pg_catalog.int8[])
RETURNS @extschema@.attrition_stats
AS 'MODULE_PATHNAME', 'attrition_stats_final' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.attrition_stats_final(pg_catalog.int8[]) IS 'final function of attrition_stats: the counts and the attrition percentage';
CREATE AGGREGATE @extschema@.attrition_stats(active_from pg_catalog.date, churned_on pg_catalog.date, period pg_catalog.daterange) (
    SFUNC = @extschema@.attrition_stats_accum,
    STYPE = pg_catalog.int8[],
    FINALFUNC = @extschema@.attrition_stats_final,
    COMBINEFUNC = @extschema@.attrition_stats_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.attrition_stats(pg_catalog.date, pg_catalog.date, pg_catalog.daterange) IS 'customers at the start of a period, lost, gained (joined inside and still there at its end; one who joins and leaves inside counts as neither), at the end, and attrition_agg''s percentage';
CREATE AGGREGATE @extschema@.attrition_stats(active_from pg_catalog.timestamptz, churned_on pg_catalog.timestamptz, period pg_catalog.tstzrange) (
    SFUNC = @extschema@.attrition_stats_accum,
    STYPE = pg_catalog.int8[],
    FINALFUNC = @extschema@.attrition_stats_final,
    COMBINEFUNC = @extschema@.attrition_stats_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.attrition_stats(pg_catalog.timestamptz, pg_catalog.timestamptz, pg_catalog.tstzrange) IS 'customers at the start of a period, lost, gained (joined inside and still there at its end; one who joins and leaves inside counts as neither), at the end, and attrition_agg''s percentage';
CREATE AGGREGATE @extschema@.attrition_stats(active_from pg_catalog.timestamp, churned_on pg_catalog.timestamp, period pg_catalog.tsrange) (
    SFUNC = @extschema@.attrition_stats_accum,
    STYPE = pg_catalog.int8[],
    FINALFUNC = @extschema@.attrition_stats_final,
    COMBINEFUNC = @extschema@.attrition_stats_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.attrition_stats(pg_catalog.timestamp, pg_catalog.timestamp, pg_catalog.tsrange) IS 'customers at the start of a period, lost, gained (joined inside and still there at its end; one who joins and leaves inside counts as neither), at the end, and attrition_agg''s percentage';

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

------------------------------------------------------------------------
-- equality, hashing and order of the stored types
------------------------------------------------------------------------
