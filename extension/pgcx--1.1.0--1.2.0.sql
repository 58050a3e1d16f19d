-- pgcx 1.1.0 -> 1.2.0: every change to SQL objects made since 1.1.0.
-- Each change is made here and in the part of extension/parts/<family>/
-- it belongs to; tests/upgrade/test-upgrade proves that ALTER EXTENSION
-- pgcx UPDATE from 1.0.0 (through 1.1.0) and from 1.1.0 gives the same
-- catalog as CREATE EXTENSION pgcx at 1.2.0.

\echo Use "ALTER EXTENSION pgcx UPDATE TO '1.2.0'" to load this file. \quit

------------------------------------------------------------------------
-- scale-safe reads of score_dist and rolling_benchmark; sector benchmarks
------------------------------------------------------------------------

-- Box reads (csat, top_box, bottom_box; the CSAT reads of a window) refuse
-- a 0-10 value whose answers all lie at or below 7: answers of a smaller
-- scale read with the default one.  New C symbols (suffix _v2); the 1.1.0
-- symbols keep their behaviour for the scripts that name them.
CREATE OR REPLACE FUNCTION @extschema@.csat(d @extschema@.score_dist)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'score_dist_csat_v2' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.csat(@extschema@.score_dist) IS 'percentage of answers in the top two boxes of the scale; a 0-10 value whose answers all lie at or below 7 is refused';

CREATE OR REPLACE FUNCTION @extschema@.top_box(d @extschema@.score_dist, k pg_catalog.int4)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'score_dist_top_box_v2' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.top_box(@extschema@.score_dist, pg_catalog.int4) IS 'percentage of answers among the k highest scores; a 0-10 value whose answers all lie at or below 7 is refused';

CREATE OR REPLACE FUNCTION @extschema@.bottom_box(d @extschema@.score_dist, k pg_catalog.int4)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'score_dist_bottom_box_v2' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.bottom_box(@extschema@.score_dist, pg_catalog.int4) IS 'percentage of answers among the k lowest scores; a 0-10 value whose answers all lie at or below 7 is refused';

CREATE OR REPLACE FUNCTION @extschema@.csat(rb @extschema@.rolling_benchmark)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'rolling_benchmark_csat_v2' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.csat(@extschema@.rolling_benchmark) IS 'top-two-box share over the window; a 0-10 value whose answers all lie at or below 7 is refused';

CREATE OR REPLACE FUNCTION @extschema@.series(rb @extschema@.rolling_benchmark)
RETURNS TABLE (period_start pg_catalog.date, n pg_catalog.int8, nps pg_catalog.float8,
               csat pg_catalog.float8, mean pg_catalog.float8)
AS 'MODULE_PATHNAME', 'rolling_benchmark_series_v2' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 12;
COMMENT ON FUNCTION @extschema@.series(@extschema@.rolling_benchmark) IS 'one row per period of the window, oldest first; empty periods have n = 0 and NULL metrics; csat is NULL for a 0-10 window whose answers all lie at or below 7';

CREATE OR REPLACE FUNCTION @extschema@.trend(rb @extschema@.rolling_benchmark, metric pg_catalog.text DEFAULT 'nps')
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'rolling_benchmark_trend_v2' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.trend(@extschema@.rolling_benchmark, pg_catalog.text) IS 'least-squares slope of the per-period metric (nps, csat or mean), weighted by answers, in points per period; csat of a 0-10 window whose answers all lie at or below 7 is refused';

CREATE OR REPLACE FUNCTION @extschema@.progression(rb @extschema@.rolling_benchmark, metric pg_catalog.text DEFAULT 'nps')
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'rolling_benchmark_progression_v2' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.progression(@extschema@.rolling_benchmark, pg_catalog.text) IS 'metric of the newest non-empty period minus that of the oldest; csat of a 0-10 window whose answers all lie at or below 7 is refused';

CREATE OR REPLACE FUNCTION @extschema@.sparkline(rb @extschema@.rolling_benchmark, metric pg_catalog.text DEFAULT 'nps')
RETURNS pg_catalog.text
AS 'MODULE_PATHNAME', 'rolling_benchmark_sparkline_v2' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@.sparkline(rb @extschema@.rolling_benchmark, metric pg_catalog.text, fixed_scale pg_catalog.bool)
RETURNS pg_catalog.text
AS 'MODULE_PATHNAME', 'rolling_benchmark_sparkline_v2' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

-- benchmark_rating and benchmark in C: errors without lines of internal
-- function bodies, sectors matched in any case, values checked against
-- their metric's range.
CREATE OR REPLACE FUNCTION @extschema@.benchmark_rating(metric text, value float8, sector text DEFAULT 'all')
RETURNS text
AS 'MODULE_PATHNAME', 'sector_benchmark_rating_float8' LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.benchmark_rating(text, float8, text) IS 'alert, excellent, good or below: a value against the thresholds of sector_benchmark (NULL thresholds are skipped; a NULL value has no rating; sectors match in any case; NPS outside -100..100, CSAT outside 0..100 or a fraction of one, NaN and infinity are refused)';
CREATE OR REPLACE FUNCTION @extschema@.benchmark_rating(metric text, value pg_catalog.numeric, sector text DEFAULT 'all')
RETURNS text
AS 'MODULE_PATHNAME', 'sector_benchmark_rating_numeric' LANGUAGE C STABLE PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@.benchmark_rating(metric text, value pg_catalog.int4, sector text DEFAULT 'all')
RETURNS text
AS 'MODULE_PATHNAME', 'sector_benchmark_rating_int4' LANGUAGE C STABLE PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@.benchmark(rb @extschema@.rolling_benchmark, sector text, metric text DEFAULT 'nps')
RETURNS @extschema@.benchmark
AS 'MODULE_PATHNAME', 'sector_benchmark_of_window' LANGUAGE C STABLE STRICT PARALLEL SAFE;

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

-- For each stored type: = <> < <= > >= (functions <type>_eq ... _ge), a
-- default btree operator class (<type>_cmp) whose total order is stated in
-- its comment and in the README, and a default hash operator class
-- (<type>_hash, <type>_hash_extended) that agrees with =.  Values are
-- equal when every field is; values of different scales, buckets or
-- shapes are unequal, never an error.  Every value read is validated.

-- score_dist

CREATE FUNCTION @extschema@.score_dist_eq(a @extschema@.score_dist, b @extschema@.score_dist)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'score_dist_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.score_dist_eq(@extschema@.score_dist, @extschema@.score_dist) IS 'is a = b for score_dist (the = operator)';

CREATE FUNCTION @extschema@.score_dist_ne(a @extschema@.score_dist, b @extschema@.score_dist)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'score_dist_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.score_dist_ne(@extschema@.score_dist, @extschema@.score_dist) IS 'is a <> b for score_dist (the <> operator)';

CREATE FUNCTION @extschema@.score_dist_lt(a @extschema@.score_dist, b @extschema@.score_dist)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'score_dist_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.score_dist_lt(@extschema@.score_dist, @extschema@.score_dist) IS 'is a < b for score_dist (the < operator)';

CREATE FUNCTION @extschema@.score_dist_le(a @extschema@.score_dist, b @extschema@.score_dist)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'score_dist_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.score_dist_le(@extschema@.score_dist, @extschema@.score_dist) IS 'is a <= b for score_dist (the <= operator)';

CREATE FUNCTION @extschema@.score_dist_gt(a @extschema@.score_dist, b @extschema@.score_dist)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'score_dist_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.score_dist_gt(@extschema@.score_dist, @extschema@.score_dist) IS 'is a > b for score_dist (the > operator)';

CREATE FUNCTION @extschema@.score_dist_ge(a @extschema@.score_dist, b @extschema@.score_dist)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'score_dist_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.score_dist_ge(@extschema@.score_dist, @extschema@.score_dist) IS 'is a >= b for score_dist (the >= operator)';

CREATE FUNCTION @extschema@.score_dist_cmp(a @extschema@.score_dist, b @extschema@.score_dist)
RETURNS pg_catalog.int4
AS 'MODULE_PATHNAME', 'score_dist_cmp' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.score_dist_cmp(@extschema@.score_dist, @extschema@.score_dist) IS '-1, 0 or 1 as a is before, equal to or after b in the total order of score_dist (btree support)';

CREATE FUNCTION @extschema@.score_dist_hash(value @extschema@.score_dist)
RETURNS pg_catalog.int4
AS 'MODULE_PATHNAME', 'score_dist_hash' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.score_dist_hash(@extschema@.score_dist) IS 'hash of a distribution, equal for equal values (hash support)';

CREATE FUNCTION @extschema@.score_dist_hash_extended(value @extschema@.score_dist, seed pg_catalog.int8)
RETURNS pg_catalog.int8
AS 'MODULE_PATHNAME', 'score_dist_hash_extended' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.score_dist_hash_extended(@extschema@.score_dist, pg_catalog.int8) IS '64-bit hash of a distribution with a seed, equal for equal values (hash support)';

CREATE OPERATOR @extschema@.= (
    LEFTARG = @extschema@.score_dist,
    RIGHTARG = @extschema@.score_dist,
    FUNCTION = @extschema@.score_dist_eq,
    COMMUTATOR = OPERATOR(@extschema@.=),
    NEGATOR = OPERATOR(@extschema@.<>),
    RESTRICT = pg_catalog.eqsel,
    JOIN = pg_catalog.eqjoinsel,
    HASHES,
    MERGES
);
COMMENT ON OPERATOR @extschema@.= (@extschema@.score_dist, @extschema@.score_dist) IS 'equal: the same value in every field';

CREATE OPERATOR @extschema@.<> (
    LEFTARG = @extschema@.score_dist,
    RIGHTARG = @extschema@.score_dist,
    FUNCTION = @extschema@.score_dist_ne,
    COMMUTATOR = OPERATOR(@extschema@.<>),
    NEGATOR = OPERATOR(@extschema@.=),
    RESTRICT = pg_catalog.neqsel,
    JOIN = pg_catalog.neqjoinsel
);
COMMENT ON OPERATOR @extschema@.<> (@extschema@.score_dist, @extschema@.score_dist) IS 'not equal: a different value in some field';

CREATE OPERATOR @extschema@.< (
    LEFTARG = @extschema@.score_dist,
    RIGHTARG = @extschema@.score_dist,
    FUNCTION = @extschema@.score_dist_lt,
    COMMUTATOR = OPERATOR(@extschema@.>),
    NEGATOR = OPERATOR(@extschema@.>=),
    RESTRICT = pg_catalog.scalarltsel,
    JOIN = pg_catalog.scalarltjoinsel
);
COMMENT ON OPERATOR @extschema@.< (@extschema@.score_dist, @extschema@.score_dist) IS 'less than, in the total order of its btree operator class';

CREATE OPERATOR @extschema@.<= (
    LEFTARG = @extschema@.score_dist,
    RIGHTARG = @extschema@.score_dist,
    FUNCTION = @extschema@.score_dist_le,
    COMMUTATOR = OPERATOR(@extschema@.>=),
    NEGATOR = OPERATOR(@extschema@.>),
    RESTRICT = pg_catalog.scalarlesel,
    JOIN = pg_catalog.scalarlejoinsel
);
COMMENT ON OPERATOR @extschema@.<= (@extschema@.score_dist, @extschema@.score_dist) IS 'less than or equal, in the total order of its btree operator class';

CREATE OPERATOR @extschema@.> (
    LEFTARG = @extschema@.score_dist,
    RIGHTARG = @extschema@.score_dist,
    FUNCTION = @extschema@.score_dist_gt,
    COMMUTATOR = OPERATOR(@extschema@.<),
    NEGATOR = OPERATOR(@extschema@.<=),
    RESTRICT = pg_catalog.scalargtsel,
    JOIN = pg_catalog.scalargtjoinsel
);
COMMENT ON OPERATOR @extschema@.> (@extschema@.score_dist, @extschema@.score_dist) IS 'greater than, in the total order of its btree operator class';

CREATE OPERATOR @extschema@.>= (
    LEFTARG = @extschema@.score_dist,
    RIGHTARG = @extschema@.score_dist,
    FUNCTION = @extschema@.score_dist_ge,
    COMMUTATOR = OPERATOR(@extschema@.<=),
    NEGATOR = OPERATOR(@extschema@.<),
    RESTRICT = pg_catalog.scalargesel,
    JOIN = pg_catalog.scalargejoinsel
);
COMMENT ON OPERATOR @extschema@.>= (@extschema@.score_dist, @extschema@.score_dist) IS 'greater than or equal, in the total order of its btree operator class';

CREATE OPERATOR CLASS @extschema@.score_dist_ops
    DEFAULT FOR TYPE @extschema@.score_dist USING btree AS
        OPERATOR 1 @extschema@.< ,
        OPERATOR 2 @extschema@.<= ,
        OPERATOR 3 @extschema@.= ,
        OPERATOR 4 @extschema@.>= ,
        OPERATOR 5 @extschema@.> ,
        FUNCTION 1 @extschema@.score_dist_cmp(@extschema@.score_dist, @extschema@.score_dist);
COMMENT ON OPERATOR CLASS @extschema@.score_dist_ops USING btree IS 'total order of score_dist: by lo, then hi, then the counts compared score by score from the lowest';
COMMENT ON OPERATOR FAMILY @extschema@.score_dist_ops USING btree IS 'the btree operators of score_dist';

CREATE OPERATOR CLASS @extschema@.score_dist_ops
    DEFAULT FOR TYPE @extschema@.score_dist USING hash AS
        OPERATOR 1 @extschema@.= ,
        FUNCTION 1 @extschema@.score_dist_hash(@extschema@.score_dist),
        FUNCTION 2 @extschema@.score_dist_hash_extended(@extschema@.score_dist, pg_catalog.int8);
COMMENT ON OPERATOR CLASS @extschema@.score_dist_ops USING hash IS 'hashing of score_dist that agrees with =: equal values hash alike, whatever their stored bytes';
COMMENT ON OPERATOR FAMILY @extschema@.score_dist_ops USING hash IS 'the hash operators of score_dist';

-- rolling_benchmark

CREATE FUNCTION @extschema@.rolling_benchmark_eq(a @extschema@.rolling_benchmark, b @extschema@.rolling_benchmark)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'rolling_benchmark_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_eq(@extschema@.rolling_benchmark, @extschema@.rolling_benchmark) IS 'is a = b for rolling_benchmark (the = operator)';

CREATE FUNCTION @extschema@.rolling_benchmark_ne(a @extschema@.rolling_benchmark, b @extschema@.rolling_benchmark)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'rolling_benchmark_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_ne(@extschema@.rolling_benchmark, @extschema@.rolling_benchmark) IS 'is a <> b for rolling_benchmark (the <> operator)';

CREATE FUNCTION @extschema@.rolling_benchmark_lt(a @extschema@.rolling_benchmark, b @extschema@.rolling_benchmark)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'rolling_benchmark_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_lt(@extschema@.rolling_benchmark, @extschema@.rolling_benchmark) IS 'is a < b for rolling_benchmark (the < operator)';

CREATE FUNCTION @extschema@.rolling_benchmark_le(a @extschema@.rolling_benchmark, b @extschema@.rolling_benchmark)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'rolling_benchmark_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_le(@extschema@.rolling_benchmark, @extschema@.rolling_benchmark) IS 'is a <= b for rolling_benchmark (the <= operator)';

CREATE FUNCTION @extschema@.rolling_benchmark_gt(a @extschema@.rolling_benchmark, b @extschema@.rolling_benchmark)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'rolling_benchmark_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_gt(@extschema@.rolling_benchmark, @extschema@.rolling_benchmark) IS 'is a > b for rolling_benchmark (the > operator)';

CREATE FUNCTION @extschema@.rolling_benchmark_ge(a @extschema@.rolling_benchmark, b @extschema@.rolling_benchmark)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'rolling_benchmark_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_ge(@extschema@.rolling_benchmark, @extschema@.rolling_benchmark) IS 'is a >= b for rolling_benchmark (the >= operator)';

CREATE FUNCTION @extschema@.rolling_benchmark_cmp(a @extschema@.rolling_benchmark, b @extschema@.rolling_benchmark)
RETURNS pg_catalog.int4
AS 'MODULE_PATHNAME', 'rolling_benchmark_cmp' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_cmp(@extschema@.rolling_benchmark, @extschema@.rolling_benchmark) IS '-1, 0 or 1 as a is before, equal to or after b in the total order of rolling_benchmark (btree support)';

CREATE FUNCTION @extschema@.rolling_benchmark_hash(value @extschema@.rolling_benchmark)
RETURNS pg_catalog.int4
AS 'MODULE_PATHNAME', 'rolling_benchmark_hash' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_hash(@extschema@.rolling_benchmark) IS 'hash of a window, equal for equal values (hash support)';

CREATE FUNCTION @extschema@.rolling_benchmark_hash_extended(value @extschema@.rolling_benchmark, seed pg_catalog.int8)
RETURNS pg_catalog.int8
AS 'MODULE_PATHNAME', 'rolling_benchmark_hash_extended' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_hash_extended(@extschema@.rolling_benchmark, pg_catalog.int8) IS '64-bit hash of a window with a seed, equal for equal values (hash support)';

CREATE OPERATOR @extschema@.= (
    LEFTARG = @extschema@.rolling_benchmark,
    RIGHTARG = @extschema@.rolling_benchmark,
    FUNCTION = @extschema@.rolling_benchmark_eq,
    COMMUTATOR = OPERATOR(@extschema@.=),
    NEGATOR = OPERATOR(@extschema@.<>),
    RESTRICT = pg_catalog.eqsel,
    JOIN = pg_catalog.eqjoinsel,
    HASHES,
    MERGES
);
COMMENT ON OPERATOR @extschema@.= (@extschema@.rolling_benchmark, @extschema@.rolling_benchmark) IS 'equal: the same value in every field';

CREATE OPERATOR @extschema@.<> (
    LEFTARG = @extschema@.rolling_benchmark,
    RIGHTARG = @extschema@.rolling_benchmark,
    FUNCTION = @extschema@.rolling_benchmark_ne,
    COMMUTATOR = OPERATOR(@extschema@.<>),
    NEGATOR = OPERATOR(@extschema@.=),
    RESTRICT = pg_catalog.neqsel,
    JOIN = pg_catalog.neqjoinsel
);
COMMENT ON OPERATOR @extschema@.<> (@extschema@.rolling_benchmark, @extschema@.rolling_benchmark) IS 'not equal: a different value in some field';

CREATE OPERATOR @extschema@.< (
    LEFTARG = @extschema@.rolling_benchmark,
    RIGHTARG = @extschema@.rolling_benchmark,
    FUNCTION = @extschema@.rolling_benchmark_lt,
    COMMUTATOR = OPERATOR(@extschema@.>),
    NEGATOR = OPERATOR(@extschema@.>=),
    RESTRICT = pg_catalog.scalarltsel,
    JOIN = pg_catalog.scalarltjoinsel
);
COMMENT ON OPERATOR @extschema@.< (@extschema@.rolling_benchmark, @extschema@.rolling_benchmark) IS 'less than, in the total order of its btree operator class';

CREATE OPERATOR @extschema@.<= (
    LEFTARG = @extschema@.rolling_benchmark,
    RIGHTARG = @extschema@.rolling_benchmark,
    FUNCTION = @extschema@.rolling_benchmark_le,
    COMMUTATOR = OPERATOR(@extschema@.>=),
    NEGATOR = OPERATOR(@extschema@.>),
    RESTRICT = pg_catalog.scalarlesel,
    JOIN = pg_catalog.scalarlejoinsel
);
COMMENT ON OPERATOR @extschema@.<= (@extschema@.rolling_benchmark, @extschema@.rolling_benchmark) IS 'less than or equal, in the total order of its btree operator class';

CREATE OPERATOR @extschema@.> (
    LEFTARG = @extschema@.rolling_benchmark,
    RIGHTARG = @extschema@.rolling_benchmark,
    FUNCTION = @extschema@.rolling_benchmark_gt,
    COMMUTATOR = OPERATOR(@extschema@.<),
    NEGATOR = OPERATOR(@extschema@.<=),
    RESTRICT = pg_catalog.scalargtsel,
    JOIN = pg_catalog.scalargtjoinsel
);
COMMENT ON OPERATOR @extschema@.> (@extschema@.rolling_benchmark, @extschema@.rolling_benchmark) IS 'greater than, in the total order of its btree operator class';

CREATE OPERATOR @extschema@.>= (
    LEFTARG = @extschema@.rolling_benchmark,
    RIGHTARG = @extschema@.rolling_benchmark,
    FUNCTION = @extschema@.rolling_benchmark_ge,
    COMMUTATOR = OPERATOR(@extschema@.<=),
    NEGATOR = OPERATOR(@extschema@.<),
    RESTRICT = pg_catalog.scalargesel,
    JOIN = pg_catalog.scalargejoinsel
);
COMMENT ON OPERATOR @extschema@.>= (@extschema@.rolling_benchmark, @extschema@.rolling_benchmark) IS 'greater than or equal, in the total order of its btree operator class';

CREATE OPERATOR CLASS @extschema@.rolling_benchmark_ops
    DEFAULT FOR TYPE @extschema@.rolling_benchmark USING btree AS
        OPERATOR 1 @extschema@.< ,
        OPERATOR 2 @extschema@.<= ,
        OPERATOR 3 @extschema@.= ,
        OPERATOR 4 @extschema@.>= ,
        OPERATOR 5 @extschema@.> ,
        FUNCTION 1 @extschema@.rolling_benchmark_cmp(@extschema@.rolling_benchmark, @extschema@.rolling_benchmark);
COMMENT ON OPERATOR CLASS @extschema@.rolling_benchmark_ops USING btree IS 'total order of rolling_benchmark: by lo, hi, bucket (days and weeks before months, then the shorter first), periods, end, then the counts period by period from the oldest, score by score from the lowest';
COMMENT ON OPERATOR FAMILY @extschema@.rolling_benchmark_ops USING btree IS 'the btree operators of rolling_benchmark';

CREATE OPERATOR CLASS @extschema@.rolling_benchmark_ops
    DEFAULT FOR TYPE @extschema@.rolling_benchmark USING hash AS
        OPERATOR 1 @extschema@.= ,
        FUNCTION 1 @extschema@.rolling_benchmark_hash(@extschema@.rolling_benchmark),
        FUNCTION 2 @extschema@.rolling_benchmark_hash_extended(@extschema@.rolling_benchmark, pg_catalog.int8);
COMMENT ON OPERATOR CLASS @extschema@.rolling_benchmark_ops USING hash IS 'hashing of rolling_benchmark that agrees with =: equal values hash alike, whatever their stored bytes';
COMMENT ON OPERATOR FAMILY @extschema@.rolling_benchmark_ops USING hash IS 'the hash operators of rolling_benchmark';

-- mirror_state

CREATE FUNCTION @extschema@.mirror_state_eq(a @extschema@.mirror_state, b @extschema@.mirror_state)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'mirror_state_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mirror_state_eq(@extschema@.mirror_state, @extschema@.mirror_state) IS 'is a = b for mirror_state (the = operator)';

CREATE FUNCTION @extschema@.mirror_state_ne(a @extschema@.mirror_state, b @extschema@.mirror_state)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'mirror_state_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mirror_state_ne(@extschema@.mirror_state, @extschema@.mirror_state) IS 'is a <> b for mirror_state (the <> operator)';

CREATE FUNCTION @extschema@.mirror_state_lt(a @extschema@.mirror_state, b @extschema@.mirror_state)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'mirror_state_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mirror_state_lt(@extschema@.mirror_state, @extschema@.mirror_state) IS 'is a < b for mirror_state (the < operator)';

CREATE FUNCTION @extschema@.mirror_state_le(a @extschema@.mirror_state, b @extschema@.mirror_state)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'mirror_state_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mirror_state_le(@extschema@.mirror_state, @extschema@.mirror_state) IS 'is a <= b for mirror_state (the <= operator)';

CREATE FUNCTION @extschema@.mirror_state_gt(a @extschema@.mirror_state, b @extschema@.mirror_state)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'mirror_state_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mirror_state_gt(@extschema@.mirror_state, @extschema@.mirror_state) IS 'is a > b for mirror_state (the > operator)';

CREATE FUNCTION @extschema@.mirror_state_ge(a @extschema@.mirror_state, b @extschema@.mirror_state)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'mirror_state_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mirror_state_ge(@extschema@.mirror_state, @extschema@.mirror_state) IS 'is a >= b for mirror_state (the >= operator)';

CREATE FUNCTION @extschema@.mirror_state_cmp(a @extschema@.mirror_state, b @extschema@.mirror_state)
RETURNS pg_catalog.int4
AS 'MODULE_PATHNAME', 'mirror_state_cmp' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mirror_state_cmp(@extschema@.mirror_state, @extschema@.mirror_state) IS '-1, 0 or 1 as a is before, equal to or after b in the total order of mirror_state (btree support)';

CREATE FUNCTION @extschema@.mirror_state_hash(value @extschema@.mirror_state)
RETURNS pg_catalog.int4
AS 'MODULE_PATHNAME', 'mirror_state_hash' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mirror_state_hash(@extschema@.mirror_state) IS 'hash of a mirror_gap state, equal for equal values (hash support)';

CREATE FUNCTION @extschema@.mirror_state_hash_extended(value @extschema@.mirror_state, seed pg_catalog.int8)
RETURNS pg_catalog.int8
AS 'MODULE_PATHNAME', 'mirror_state_hash_extended' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mirror_state_hash_extended(@extschema@.mirror_state, pg_catalog.int8) IS '64-bit hash of a mirror_gap state with a seed, equal for equal values (hash support)';

CREATE OPERATOR @extschema@.= (
    LEFTARG = @extschema@.mirror_state,
    RIGHTARG = @extschema@.mirror_state,
    FUNCTION = @extschema@.mirror_state_eq,
    COMMUTATOR = OPERATOR(@extschema@.=),
    NEGATOR = OPERATOR(@extschema@.<>),
    RESTRICT = pg_catalog.eqsel,
    JOIN = pg_catalog.eqjoinsel,
    HASHES,
    MERGES
);
COMMENT ON OPERATOR @extschema@.= (@extschema@.mirror_state, @extschema@.mirror_state) IS 'equal: the same value in every field';

CREATE OPERATOR @extschema@.<> (
    LEFTARG = @extschema@.mirror_state,
    RIGHTARG = @extschema@.mirror_state,
    FUNCTION = @extschema@.mirror_state_ne,
    COMMUTATOR = OPERATOR(@extschema@.<>),
    NEGATOR = OPERATOR(@extschema@.=),
    RESTRICT = pg_catalog.neqsel,
    JOIN = pg_catalog.neqjoinsel
);
COMMENT ON OPERATOR @extschema@.<> (@extschema@.mirror_state, @extschema@.mirror_state) IS 'not equal: a different value in some field';

CREATE OPERATOR @extschema@.< (
    LEFTARG = @extschema@.mirror_state,
    RIGHTARG = @extschema@.mirror_state,
    FUNCTION = @extschema@.mirror_state_lt,
    COMMUTATOR = OPERATOR(@extschema@.>),
    NEGATOR = OPERATOR(@extschema@.>=),
    RESTRICT = pg_catalog.scalarltsel,
    JOIN = pg_catalog.scalarltjoinsel
);
COMMENT ON OPERATOR @extschema@.< (@extschema@.mirror_state, @extschema@.mirror_state) IS 'less than, in the total order of its btree operator class';

CREATE OPERATOR @extschema@.<= (
    LEFTARG = @extschema@.mirror_state,
    RIGHTARG = @extschema@.mirror_state,
    FUNCTION = @extschema@.mirror_state_le,
    COMMUTATOR = OPERATOR(@extschema@.>=),
    NEGATOR = OPERATOR(@extschema@.>),
    RESTRICT = pg_catalog.scalarlesel,
    JOIN = pg_catalog.scalarlejoinsel
);
COMMENT ON OPERATOR @extschema@.<= (@extschema@.mirror_state, @extschema@.mirror_state) IS 'less than or equal, in the total order of its btree operator class';

CREATE OPERATOR @extschema@.> (
    LEFTARG = @extschema@.mirror_state,
    RIGHTARG = @extschema@.mirror_state,
    FUNCTION = @extschema@.mirror_state_gt,
    COMMUTATOR = OPERATOR(@extschema@.<),
    NEGATOR = OPERATOR(@extschema@.<=),
    RESTRICT = pg_catalog.scalargtsel,
    JOIN = pg_catalog.scalargtjoinsel
);
COMMENT ON OPERATOR @extschema@.> (@extschema@.mirror_state, @extschema@.mirror_state) IS 'greater than, in the total order of its btree operator class';

CREATE OPERATOR @extschema@.>= (
    LEFTARG = @extschema@.mirror_state,
    RIGHTARG = @extschema@.mirror_state,
    FUNCTION = @extschema@.mirror_state_ge,
    COMMUTATOR = OPERATOR(@extschema@.<=),
    NEGATOR = OPERATOR(@extschema@.<),
    RESTRICT = pg_catalog.scalargesel,
    JOIN = pg_catalog.scalargejoinsel
);
COMMENT ON OPERATOR @extschema@.>= (@extschema@.mirror_state, @extschema@.mirror_state) IS 'greater than or equal, in the total order of its btree operator class';

CREATE OPERATOR CLASS @extschema@.mirror_state_ops
    DEFAULT FOR TYPE @extschema@.mirror_state USING btree AS
        OPERATOR 1 @extschema@.< ,
        OPERATOR 2 @extschema@.<= ,
        OPERATOR 3 @extschema@.= ,
        OPERATOR 4 @extschema@.>= ,
        OPERATOR 5 @extschema@.> ,
        FUNCTION 1 @extschema@.mirror_state_cmp(@extschema@.mirror_state, @extschema@.mirror_state);
COMMENT ON OPERATOR CLASS @extschema@.mirror_state_ops USING btree IS 'total order of mirror_state: by metric (mean, nps, top2), then the counts of the customers, the employees and the managers, each score by score from 0';
COMMENT ON OPERATOR FAMILY @extschema@.mirror_state_ops USING btree IS 'the btree operators of mirror_state';

CREATE OPERATOR CLASS @extschema@.mirror_state_ops
    DEFAULT FOR TYPE @extschema@.mirror_state USING hash AS
        OPERATOR 1 @extschema@.= ,
        FUNCTION 1 @extschema@.mirror_state_hash(@extschema@.mirror_state),
        FUNCTION 2 @extschema@.mirror_state_hash_extended(@extschema@.mirror_state, pg_catalog.int8);
COMMENT ON OPERATOR CLASS @extschema@.mirror_state_ops USING hash IS 'hashing of mirror_state that agrees with =: equal values hash alike, whatever their stored bytes';
COMMENT ON OPERATOR FAMILY @extschema@.mirror_state_ops USING hash IS 'the hash operators of mirror_state';

-- attrition_state

CREATE FUNCTION @extschema@.attrition_state_eq(a @extschema@.attrition_state, b @extschema@.attrition_state)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'attrition_state_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.attrition_state_eq(@extschema@.attrition_state, @extschema@.attrition_state) IS 'is a = b for attrition_state (the = operator)';

CREATE FUNCTION @extschema@.attrition_state_ne(a @extschema@.attrition_state, b @extschema@.attrition_state)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'attrition_state_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.attrition_state_ne(@extschema@.attrition_state, @extschema@.attrition_state) IS 'is a <> b for attrition_state (the <> operator)';

CREATE FUNCTION @extschema@.attrition_state_lt(a @extschema@.attrition_state, b @extschema@.attrition_state)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'attrition_state_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.attrition_state_lt(@extschema@.attrition_state, @extschema@.attrition_state) IS 'is a < b for attrition_state (the < operator)';

CREATE FUNCTION @extschema@.attrition_state_le(a @extschema@.attrition_state, b @extschema@.attrition_state)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'attrition_state_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.attrition_state_le(@extschema@.attrition_state, @extschema@.attrition_state) IS 'is a <= b for attrition_state (the <= operator)';

CREATE FUNCTION @extschema@.attrition_state_gt(a @extschema@.attrition_state, b @extschema@.attrition_state)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'attrition_state_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.attrition_state_gt(@extschema@.attrition_state, @extschema@.attrition_state) IS 'is a > b for attrition_state (the > operator)';

CREATE FUNCTION @extschema@.attrition_state_ge(a @extschema@.attrition_state, b @extschema@.attrition_state)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'attrition_state_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.attrition_state_ge(@extschema@.attrition_state, @extschema@.attrition_state) IS 'is a >= b for attrition_state (the >= operator)';

CREATE FUNCTION @extschema@.attrition_state_cmp(a @extschema@.attrition_state, b @extschema@.attrition_state)
RETURNS pg_catalog.int4
AS 'MODULE_PATHNAME', 'attrition_state_cmp' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.attrition_state_cmp(@extschema@.attrition_state, @extschema@.attrition_state) IS '-1, 0 or 1 as a is before, equal to or after b in the total order of attrition_state (btree support)';

CREATE FUNCTION @extschema@.attrition_state_hash(value @extschema@.attrition_state)
RETURNS pg_catalog.int4
AS 'MODULE_PATHNAME', 'attrition_state_hash' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.attrition_state_hash(@extschema@.attrition_state) IS 'hash of an attrition_agg state, equal for equal values (hash support)';

CREATE FUNCTION @extschema@.attrition_state_hash_extended(value @extschema@.attrition_state, seed pg_catalog.int8)
RETURNS pg_catalog.int8
AS 'MODULE_PATHNAME', 'attrition_state_hash_extended' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.attrition_state_hash_extended(@extschema@.attrition_state, pg_catalog.int8) IS '64-bit hash of an attrition_agg state with a seed, equal for equal values (hash support)';

CREATE OPERATOR @extschema@.= (
    LEFTARG = @extschema@.attrition_state,
    RIGHTARG = @extschema@.attrition_state,
    FUNCTION = @extschema@.attrition_state_eq,
    COMMUTATOR = OPERATOR(@extschema@.=),
    NEGATOR = OPERATOR(@extschema@.<>),
    RESTRICT = pg_catalog.eqsel,
    JOIN = pg_catalog.eqjoinsel,
    HASHES,
    MERGES
);
COMMENT ON OPERATOR @extschema@.= (@extschema@.attrition_state, @extschema@.attrition_state) IS 'equal: the same value in every field';

CREATE OPERATOR @extschema@.<> (
    LEFTARG = @extschema@.attrition_state,
    RIGHTARG = @extschema@.attrition_state,
    FUNCTION = @extschema@.attrition_state_ne,
    COMMUTATOR = OPERATOR(@extschema@.<>),
    NEGATOR = OPERATOR(@extschema@.=),
    RESTRICT = pg_catalog.neqsel,
    JOIN = pg_catalog.neqjoinsel
);
COMMENT ON OPERATOR @extschema@.<> (@extschema@.attrition_state, @extschema@.attrition_state) IS 'not equal: a different value in some field';

CREATE OPERATOR @extschema@.< (
    LEFTARG = @extschema@.attrition_state,
    RIGHTARG = @extschema@.attrition_state,
    FUNCTION = @extschema@.attrition_state_lt,
    COMMUTATOR = OPERATOR(@extschema@.>),
    NEGATOR = OPERATOR(@extschema@.>=),
    RESTRICT = pg_catalog.scalarltsel,
    JOIN = pg_catalog.scalarltjoinsel
);
COMMENT ON OPERATOR @extschema@.< (@extschema@.attrition_state, @extschema@.attrition_state) IS 'less than, in the total order of its btree operator class';

CREATE OPERATOR @extschema@.<= (
    LEFTARG = @extschema@.attrition_state,
    RIGHTARG = @extschema@.attrition_state,
    FUNCTION = @extschema@.attrition_state_le,
    COMMUTATOR = OPERATOR(@extschema@.>=),
    NEGATOR = OPERATOR(@extschema@.>),
    RESTRICT = pg_catalog.scalarlesel,
    JOIN = pg_catalog.scalarlejoinsel
);
COMMENT ON OPERATOR @extschema@.<= (@extschema@.attrition_state, @extschema@.attrition_state) IS 'less than or equal, in the total order of its btree operator class';

CREATE OPERATOR @extschema@.> (
    LEFTARG = @extschema@.attrition_state,
    RIGHTARG = @extschema@.attrition_state,
    FUNCTION = @extschema@.attrition_state_gt,
    COMMUTATOR = OPERATOR(@extschema@.<),
    NEGATOR = OPERATOR(@extschema@.<=),
    RESTRICT = pg_catalog.scalargtsel,
    JOIN = pg_catalog.scalargtjoinsel
);
COMMENT ON OPERATOR @extschema@.> (@extschema@.attrition_state, @extschema@.attrition_state) IS 'greater than, in the total order of its btree operator class';

CREATE OPERATOR @extschema@.>= (
    LEFTARG = @extschema@.attrition_state,
    RIGHTARG = @extschema@.attrition_state,
    FUNCTION = @extschema@.attrition_state_ge,
    COMMUTATOR = OPERATOR(@extschema@.<=),
    NEGATOR = OPERATOR(@extschema@.<),
    RESTRICT = pg_catalog.scalargesel,
    JOIN = pg_catalog.scalargejoinsel
);
COMMENT ON OPERATOR @extschema@.>= (@extschema@.attrition_state, @extschema@.attrition_state) IS 'greater than or equal, in the total order of its btree operator class';

CREATE OPERATOR CLASS @extschema@.attrition_state_ops
    DEFAULT FOR TYPE @extschema@.attrition_state USING btree AS
        OPERATOR 1 @extschema@.< ,
        OPERATOR 2 @extschema@.<= ,
        OPERATOR 3 @extschema@.= ,
        OPERATOR 4 @extschema@.>= ,
        OPERATOR 5 @extschema@.> ,
        FUNCTION 1 @extschema@.attrition_state_cmp(@extschema@.attrition_state, @extschema@.attrition_state);
COMMENT ON OPERATOR CLASS @extschema@.attrition_state_ops USING btree IS 'total order of attrition_state: by kind (date, timestamptz, timestamp), then the lower and the upper bound of the period, active, churned';
COMMENT ON OPERATOR FAMILY @extschema@.attrition_state_ops USING btree IS 'the btree operators of attrition_state';

CREATE OPERATOR CLASS @extschema@.attrition_state_ops
    DEFAULT FOR TYPE @extschema@.attrition_state USING hash AS
        OPERATOR 1 @extschema@.= ,
        FUNCTION 1 @extschema@.attrition_state_hash(@extschema@.attrition_state),
        FUNCTION 2 @extschema@.attrition_state_hash_extended(@extschema@.attrition_state, pg_catalog.int8);
COMMENT ON OPERATOR CLASS @extschema@.attrition_state_ops USING hash IS 'hashing of attrition_state that agrees with =: equal values hash alike, whatever their stored bytes';
COMMENT ON OPERATOR FAMILY @extschema@.attrition_state_ops USING hash IS 'the hash operators of attrition_state';

-- rfm_state

CREATE FUNCTION @extschema@.rfm_state_eq(a @extschema@.rfm_state, b @extschema@.rfm_state)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'rfm_state_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rfm_state_eq(@extschema@.rfm_state, @extschema@.rfm_state) IS 'is a = b for rfm_state (the = operator)';

CREATE FUNCTION @extschema@.rfm_state_ne(a @extschema@.rfm_state, b @extschema@.rfm_state)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'rfm_state_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rfm_state_ne(@extschema@.rfm_state, @extschema@.rfm_state) IS 'is a <> b for rfm_state (the <> operator)';

CREATE FUNCTION @extschema@.rfm_state_lt(a @extschema@.rfm_state, b @extschema@.rfm_state)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'rfm_state_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rfm_state_lt(@extschema@.rfm_state, @extschema@.rfm_state) IS 'is a < b for rfm_state (the < operator)';

CREATE FUNCTION @extschema@.rfm_state_le(a @extschema@.rfm_state, b @extschema@.rfm_state)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'rfm_state_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rfm_state_le(@extschema@.rfm_state, @extschema@.rfm_state) IS 'is a <= b for rfm_state (the <= operator)';

CREATE FUNCTION @extschema@.rfm_state_gt(a @extschema@.rfm_state, b @extschema@.rfm_state)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'rfm_state_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rfm_state_gt(@extschema@.rfm_state, @extschema@.rfm_state) IS 'is a > b for rfm_state (the > operator)';

CREATE FUNCTION @extschema@.rfm_state_ge(a @extschema@.rfm_state, b @extschema@.rfm_state)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'rfm_state_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rfm_state_ge(@extschema@.rfm_state, @extschema@.rfm_state) IS 'is a >= b for rfm_state (the >= operator)';

CREATE FUNCTION @extschema@.rfm_state_cmp(a @extschema@.rfm_state, b @extschema@.rfm_state)
RETURNS pg_catalog.int4
AS 'MODULE_PATHNAME', 'rfm_state_cmp' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rfm_state_cmp(@extschema@.rfm_state, @extschema@.rfm_state) IS '-1, 0 or 1 as a is before, equal to or after b in the total order of rfm_state (btree support)';

CREATE FUNCTION @extschema@.rfm_state_hash(value @extschema@.rfm_state)
RETURNS pg_catalog.int4
AS 'MODULE_PATHNAME', 'rfm_state_hash' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rfm_state_hash(@extschema@.rfm_state) IS 'hash of an rfm_agg state, equal for equal values (hash support)';

CREATE FUNCTION @extschema@.rfm_state_hash_extended(value @extschema@.rfm_state, seed pg_catalog.int8)
RETURNS pg_catalog.int8
AS 'MODULE_PATHNAME', 'rfm_state_hash_extended' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rfm_state_hash_extended(@extschema@.rfm_state, pg_catalog.int8) IS '64-bit hash of an rfm_agg state with a seed, equal for equal values (hash support)';

CREATE OPERATOR @extschema@.= (
    LEFTARG = @extschema@.rfm_state,
    RIGHTARG = @extschema@.rfm_state,
    FUNCTION = @extschema@.rfm_state_eq,
    COMMUTATOR = OPERATOR(@extschema@.=),
    NEGATOR = OPERATOR(@extschema@.<>),
    RESTRICT = pg_catalog.eqsel,
    JOIN = pg_catalog.eqjoinsel,
    HASHES,
    MERGES
);
COMMENT ON OPERATOR @extschema@.= (@extschema@.rfm_state, @extschema@.rfm_state) IS 'equal: the same value in every field';

CREATE OPERATOR @extschema@.<> (
    LEFTARG = @extschema@.rfm_state,
    RIGHTARG = @extschema@.rfm_state,
    FUNCTION = @extschema@.rfm_state_ne,
    COMMUTATOR = OPERATOR(@extschema@.<>),
    NEGATOR = OPERATOR(@extschema@.=),
    RESTRICT = pg_catalog.neqsel,
    JOIN = pg_catalog.neqjoinsel
);
COMMENT ON OPERATOR @extschema@.<> (@extschema@.rfm_state, @extschema@.rfm_state) IS 'not equal: a different value in some field';

CREATE OPERATOR @extschema@.< (
    LEFTARG = @extschema@.rfm_state,
    RIGHTARG = @extschema@.rfm_state,
    FUNCTION = @extschema@.rfm_state_lt,
    COMMUTATOR = OPERATOR(@extschema@.>),
    NEGATOR = OPERATOR(@extschema@.>=),
    RESTRICT = pg_catalog.scalarltsel,
    JOIN = pg_catalog.scalarltjoinsel
);
COMMENT ON OPERATOR @extschema@.< (@extschema@.rfm_state, @extschema@.rfm_state) IS 'less than, in the total order of its btree operator class';

CREATE OPERATOR @extschema@.<= (
    LEFTARG = @extschema@.rfm_state,
    RIGHTARG = @extschema@.rfm_state,
    FUNCTION = @extschema@.rfm_state_le,
    COMMUTATOR = OPERATOR(@extschema@.>=),
    NEGATOR = OPERATOR(@extschema@.>),
    RESTRICT = pg_catalog.scalarlesel,
    JOIN = pg_catalog.scalarlejoinsel
);
COMMENT ON OPERATOR @extschema@.<= (@extschema@.rfm_state, @extschema@.rfm_state) IS 'less than or equal, in the total order of its btree operator class';

CREATE OPERATOR @extschema@.> (
    LEFTARG = @extschema@.rfm_state,
    RIGHTARG = @extschema@.rfm_state,
    FUNCTION = @extschema@.rfm_state_gt,
    COMMUTATOR = OPERATOR(@extschema@.<),
    NEGATOR = OPERATOR(@extschema@.<=),
    RESTRICT = pg_catalog.scalargtsel,
    JOIN = pg_catalog.scalargtjoinsel
);
COMMENT ON OPERATOR @extschema@.> (@extschema@.rfm_state, @extschema@.rfm_state) IS 'greater than, in the total order of its btree operator class';

CREATE OPERATOR @extschema@.>= (
    LEFTARG = @extschema@.rfm_state,
    RIGHTARG = @extschema@.rfm_state,
    FUNCTION = @extschema@.rfm_state_ge,
    COMMUTATOR = OPERATOR(@extschema@.<=),
    NEGATOR = OPERATOR(@extschema@.<),
    RESTRICT = pg_catalog.scalargesel,
    JOIN = pg_catalog.scalargejoinsel
);
COMMENT ON OPERATOR @extschema@.>= (@extschema@.rfm_state, @extschema@.rfm_state) IS 'greater than or equal, in the total order of its btree operator class';

CREATE OPERATOR CLASS @extschema@.rfm_state_ops
    DEFAULT FOR TYPE @extschema@.rfm_state USING btree AS
        OPERATOR 1 @extschema@.< ,
        OPERATOR 2 @extschema@.<= ,
        OPERATOR 3 @extschema@.= ,
        OPERATOR 4 @extschema@.>= ,
        OPERATOR 5 @extschema@.> ,
        FUNCTION 1 @extschema@.rfm_state_cmp(@extschema@.rfm_state, @extschema@.rfm_state);
COMMENT ON OPERATOR CLASS @extschema@.rfm_state_ops USING btree IS 'total order of rfm_state: by observed_until, unit_days, number of purchases, then the purchases sorted by day and amount, compared one by one by day, then amount';
COMMENT ON OPERATOR FAMILY @extschema@.rfm_state_ops USING btree IS 'the btree operators of rfm_state';

CREATE OPERATOR CLASS @extschema@.rfm_state_ops
    DEFAULT FOR TYPE @extschema@.rfm_state USING hash AS
        OPERATOR 1 @extschema@.= ,
        FUNCTION 1 @extschema@.rfm_state_hash(@extschema@.rfm_state),
        FUNCTION 2 @extschema@.rfm_state_hash_extended(@extschema@.rfm_state, pg_catalog.int8);
COMMENT ON OPERATOR CLASS @extschema@.rfm_state_ops USING hash IS 'hashing of rfm_state that agrees with =: equal values hash alike, whatever their stored bytes';
COMMENT ON OPERATOR FAMILY @extschema@.rfm_state_ops USING hash IS 'the hash operators of rfm_state';

-- bgnbd_state

CREATE FUNCTION @extschema@.bgnbd_state_eq(a @extschema@.bgnbd_state, b @extschema@.bgnbd_state)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'bgnbd_state_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.bgnbd_state_eq(@extschema@.bgnbd_state, @extschema@.bgnbd_state) IS 'is a = b for bgnbd_state (the = operator)';

CREATE FUNCTION @extschema@.bgnbd_state_ne(a @extschema@.bgnbd_state, b @extschema@.bgnbd_state)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'bgnbd_state_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.bgnbd_state_ne(@extschema@.bgnbd_state, @extschema@.bgnbd_state) IS 'is a <> b for bgnbd_state (the <> operator)';

CREATE FUNCTION @extschema@.bgnbd_state_lt(a @extschema@.bgnbd_state, b @extschema@.bgnbd_state)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'bgnbd_state_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.bgnbd_state_lt(@extschema@.bgnbd_state, @extschema@.bgnbd_state) IS 'is a < b for bgnbd_state (the < operator)';

CREATE FUNCTION @extschema@.bgnbd_state_le(a @extschema@.bgnbd_state, b @extschema@.bgnbd_state)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'bgnbd_state_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.bgnbd_state_le(@extschema@.bgnbd_state, @extschema@.bgnbd_state) IS 'is a <= b for bgnbd_state (the <= operator)';

CREATE FUNCTION @extschema@.bgnbd_state_gt(a @extschema@.bgnbd_state, b @extschema@.bgnbd_state)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'bgnbd_state_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.bgnbd_state_gt(@extschema@.bgnbd_state, @extschema@.bgnbd_state) IS 'is a > b for bgnbd_state (the > operator)';

CREATE FUNCTION @extschema@.bgnbd_state_ge(a @extschema@.bgnbd_state, b @extschema@.bgnbd_state)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'bgnbd_state_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.bgnbd_state_ge(@extschema@.bgnbd_state, @extschema@.bgnbd_state) IS 'is a >= b for bgnbd_state (the >= operator)';

CREATE FUNCTION @extschema@.bgnbd_state_cmp(a @extschema@.bgnbd_state, b @extschema@.bgnbd_state)
RETURNS pg_catalog.int4
AS 'MODULE_PATHNAME', 'bgnbd_state_cmp' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.bgnbd_state_cmp(@extschema@.bgnbd_state, @extschema@.bgnbd_state) IS '-1, 0 or 1 as a is before, equal to or after b in the total order of bgnbd_state (btree support)';

CREATE FUNCTION @extschema@.bgnbd_state_hash(value @extschema@.bgnbd_state)
RETURNS pg_catalog.int4
AS 'MODULE_PATHNAME', 'bgnbd_state_hash' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.bgnbd_state_hash(@extschema@.bgnbd_state) IS 'hash of a bgnbd_fit state, equal for equal values (hash support)';

CREATE FUNCTION @extschema@.bgnbd_state_hash_extended(value @extschema@.bgnbd_state, seed pg_catalog.int8)
RETURNS pg_catalog.int8
AS 'MODULE_PATHNAME', 'bgnbd_state_hash_extended' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.bgnbd_state_hash_extended(@extschema@.bgnbd_state, pg_catalog.int8) IS '64-bit hash of a bgnbd_fit state with a seed, equal for equal values (hash support)';

CREATE OPERATOR @extschema@.= (
    LEFTARG = @extschema@.bgnbd_state,
    RIGHTARG = @extschema@.bgnbd_state,
    FUNCTION = @extschema@.bgnbd_state_eq,
    COMMUTATOR = OPERATOR(@extschema@.=),
    NEGATOR = OPERATOR(@extschema@.<>),
    RESTRICT = pg_catalog.eqsel,
    JOIN = pg_catalog.eqjoinsel,
    HASHES,
    MERGES
);
COMMENT ON OPERATOR @extschema@.= (@extschema@.bgnbd_state, @extschema@.bgnbd_state) IS 'equal: the same value in every field';

CREATE OPERATOR @extschema@.<> (
    LEFTARG = @extschema@.bgnbd_state,
    RIGHTARG = @extschema@.bgnbd_state,
    FUNCTION = @extschema@.bgnbd_state_ne,
    COMMUTATOR = OPERATOR(@extschema@.<>),
    NEGATOR = OPERATOR(@extschema@.=),
    RESTRICT = pg_catalog.neqsel,
    JOIN = pg_catalog.neqjoinsel
);
COMMENT ON OPERATOR @extschema@.<> (@extschema@.bgnbd_state, @extschema@.bgnbd_state) IS 'not equal: a different value in some field';

CREATE OPERATOR @extschema@.< (
    LEFTARG = @extschema@.bgnbd_state,
    RIGHTARG = @extschema@.bgnbd_state,
    FUNCTION = @extschema@.bgnbd_state_lt,
    COMMUTATOR = OPERATOR(@extschema@.>),
    NEGATOR = OPERATOR(@extschema@.>=),
    RESTRICT = pg_catalog.scalarltsel,
    JOIN = pg_catalog.scalarltjoinsel
);
COMMENT ON OPERATOR @extschema@.< (@extschema@.bgnbd_state, @extschema@.bgnbd_state) IS 'less than, in the total order of its btree operator class';

CREATE OPERATOR @extschema@.<= (
    LEFTARG = @extschema@.bgnbd_state,
    RIGHTARG = @extschema@.bgnbd_state,
    FUNCTION = @extschema@.bgnbd_state_le,
    COMMUTATOR = OPERATOR(@extschema@.>=),
    NEGATOR = OPERATOR(@extschema@.>),
    RESTRICT = pg_catalog.scalarlesel,
    JOIN = pg_catalog.scalarlejoinsel
);
COMMENT ON OPERATOR @extschema@.<= (@extschema@.bgnbd_state, @extschema@.bgnbd_state) IS 'less than or equal, in the total order of its btree operator class';

CREATE OPERATOR @extschema@.> (
    LEFTARG = @extschema@.bgnbd_state,
    RIGHTARG = @extschema@.bgnbd_state,
    FUNCTION = @extschema@.bgnbd_state_gt,
    COMMUTATOR = OPERATOR(@extschema@.<),
    NEGATOR = OPERATOR(@extschema@.<=),
    RESTRICT = pg_catalog.scalargtsel,
    JOIN = pg_catalog.scalargtjoinsel
);
COMMENT ON OPERATOR @extschema@.> (@extschema@.bgnbd_state, @extschema@.bgnbd_state) IS 'greater than, in the total order of its btree operator class';

CREATE OPERATOR @extschema@.>= (
    LEFTARG = @extschema@.bgnbd_state,
    RIGHTARG = @extschema@.bgnbd_state,
    FUNCTION = @extschema@.bgnbd_state_ge,
    COMMUTATOR = OPERATOR(@extschema@.<=),
    NEGATOR = OPERATOR(@extschema@.<),
    RESTRICT = pg_catalog.scalargesel,
    JOIN = pg_catalog.scalargejoinsel
);
COMMENT ON OPERATOR @extschema@.>= (@extschema@.bgnbd_state, @extschema@.bgnbd_state) IS 'greater than or equal, in the total order of its btree operator class';

CREATE OPERATOR CLASS @extschema@.bgnbd_state_ops
    DEFAULT FOR TYPE @extschema@.bgnbd_state USING btree AS
        OPERATOR 1 @extschema@.< ,
        OPERATOR 2 @extschema@.<= ,
        OPERATOR 3 @extschema@.= ,
        OPERATOR 4 @extschema@.>= ,
        OPERATOR 5 @extschema@.> ,
        FUNCTION 1 @extschema@.bgnbd_state_cmp(@extschema@.bgnbd_state, @extschema@.bgnbd_state);
COMMENT ON OPERATOR CLASS @extschema@.bgnbd_state_ops USING btree IS 'total order of bgnbd_state: by number of rows, then the rows in their ascending order, each by frequency, recency, t, then customers';
COMMENT ON OPERATOR FAMILY @extschema@.bgnbd_state_ops USING btree IS 'the btree operators of bgnbd_state';

CREATE OPERATOR CLASS @extschema@.bgnbd_state_ops
    DEFAULT FOR TYPE @extschema@.bgnbd_state USING hash AS
        OPERATOR 1 @extschema@.= ,
        FUNCTION 1 @extschema@.bgnbd_state_hash(@extschema@.bgnbd_state),
        FUNCTION 2 @extschema@.bgnbd_state_hash_extended(@extschema@.bgnbd_state, pg_catalog.int8);
COMMENT ON OPERATOR CLASS @extschema@.bgnbd_state_ops USING hash IS 'hashing of bgnbd_state that agrees with =: equal values hash alike, whatever their stored bytes';
COMMENT ON OPERATOR FAMILY @extschema@.bgnbd_state_ops USING hash IS 'the hash operators of bgnbd_state';

-- gamma_gamma_state

CREATE FUNCTION @extschema@.gamma_gamma_state_eq(a @extschema@.gamma_gamma_state, b @extschema@.gamma_gamma_state)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'gamma_gamma_state_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gamma_gamma_state_eq(@extschema@.gamma_gamma_state, @extschema@.gamma_gamma_state) IS 'is a = b for gamma_gamma_state (the = operator)';

CREATE FUNCTION @extschema@.gamma_gamma_state_ne(a @extschema@.gamma_gamma_state, b @extschema@.gamma_gamma_state)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'gamma_gamma_state_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gamma_gamma_state_ne(@extschema@.gamma_gamma_state, @extschema@.gamma_gamma_state) IS 'is a <> b for gamma_gamma_state (the <> operator)';

CREATE FUNCTION @extschema@.gamma_gamma_state_lt(a @extschema@.gamma_gamma_state, b @extschema@.gamma_gamma_state)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'gamma_gamma_state_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gamma_gamma_state_lt(@extschema@.gamma_gamma_state, @extschema@.gamma_gamma_state) IS 'is a < b for gamma_gamma_state (the < operator)';

CREATE FUNCTION @extschema@.gamma_gamma_state_le(a @extschema@.gamma_gamma_state, b @extschema@.gamma_gamma_state)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'gamma_gamma_state_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gamma_gamma_state_le(@extschema@.gamma_gamma_state, @extschema@.gamma_gamma_state) IS 'is a <= b for gamma_gamma_state (the <= operator)';

CREATE FUNCTION @extschema@.gamma_gamma_state_gt(a @extschema@.gamma_gamma_state, b @extschema@.gamma_gamma_state)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'gamma_gamma_state_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gamma_gamma_state_gt(@extschema@.gamma_gamma_state, @extschema@.gamma_gamma_state) IS 'is a > b for gamma_gamma_state (the > operator)';

CREATE FUNCTION @extschema@.gamma_gamma_state_ge(a @extschema@.gamma_gamma_state, b @extschema@.gamma_gamma_state)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'gamma_gamma_state_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gamma_gamma_state_ge(@extschema@.gamma_gamma_state, @extschema@.gamma_gamma_state) IS 'is a >= b for gamma_gamma_state (the >= operator)';

CREATE FUNCTION @extschema@.gamma_gamma_state_cmp(a @extschema@.gamma_gamma_state, b @extschema@.gamma_gamma_state)
RETURNS pg_catalog.int4
AS 'MODULE_PATHNAME', 'gamma_gamma_state_cmp' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gamma_gamma_state_cmp(@extschema@.gamma_gamma_state, @extschema@.gamma_gamma_state) IS '-1, 0 or 1 as a is before, equal to or after b in the total order of gamma_gamma_state (btree support)';

CREATE FUNCTION @extschema@.gamma_gamma_state_hash(value @extschema@.gamma_gamma_state)
RETURNS pg_catalog.int4
AS 'MODULE_PATHNAME', 'gamma_gamma_state_hash' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gamma_gamma_state_hash(@extschema@.gamma_gamma_state) IS 'hash of a gamma_gamma_fit state, equal for equal values (hash support)';

CREATE FUNCTION @extschema@.gamma_gamma_state_hash_extended(value @extschema@.gamma_gamma_state, seed pg_catalog.int8)
RETURNS pg_catalog.int8
AS 'MODULE_PATHNAME', 'gamma_gamma_state_hash_extended' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gamma_gamma_state_hash_extended(@extschema@.gamma_gamma_state, pg_catalog.int8) IS '64-bit hash of a gamma_gamma_fit state with a seed, equal for equal values (hash support)';

CREATE OPERATOR @extschema@.= (
    LEFTARG = @extschema@.gamma_gamma_state,
    RIGHTARG = @extschema@.gamma_gamma_state,
    FUNCTION = @extschema@.gamma_gamma_state_eq,
    COMMUTATOR = OPERATOR(@extschema@.=),
    NEGATOR = OPERATOR(@extschema@.<>),
    RESTRICT = pg_catalog.eqsel,
    JOIN = pg_catalog.eqjoinsel,
    HASHES,
    MERGES
);
COMMENT ON OPERATOR @extschema@.= (@extschema@.gamma_gamma_state, @extschema@.gamma_gamma_state) IS 'equal: the same value in every field';

CREATE OPERATOR @extschema@.<> (
    LEFTARG = @extschema@.gamma_gamma_state,
    RIGHTARG = @extschema@.gamma_gamma_state,
    FUNCTION = @extschema@.gamma_gamma_state_ne,
    COMMUTATOR = OPERATOR(@extschema@.<>),
    NEGATOR = OPERATOR(@extschema@.=),
    RESTRICT = pg_catalog.neqsel,
    JOIN = pg_catalog.neqjoinsel
);
COMMENT ON OPERATOR @extschema@.<> (@extschema@.gamma_gamma_state, @extschema@.gamma_gamma_state) IS 'not equal: a different value in some field';

CREATE OPERATOR @extschema@.< (
    LEFTARG = @extschema@.gamma_gamma_state,
    RIGHTARG = @extschema@.gamma_gamma_state,
    FUNCTION = @extschema@.gamma_gamma_state_lt,
    COMMUTATOR = OPERATOR(@extschema@.>),
    NEGATOR = OPERATOR(@extschema@.>=),
    RESTRICT = pg_catalog.scalarltsel,
    JOIN = pg_catalog.scalarltjoinsel
);
COMMENT ON OPERATOR @extschema@.< (@extschema@.gamma_gamma_state, @extschema@.gamma_gamma_state) IS 'less than, in the total order of its btree operator class';

CREATE OPERATOR @extschema@.<= (
    LEFTARG = @extschema@.gamma_gamma_state,
    RIGHTARG = @extschema@.gamma_gamma_state,
    FUNCTION = @extschema@.gamma_gamma_state_le,
    COMMUTATOR = OPERATOR(@extschema@.>=),
    NEGATOR = OPERATOR(@extschema@.>),
    RESTRICT = pg_catalog.scalarlesel,
    JOIN = pg_catalog.scalarlejoinsel
);
COMMENT ON OPERATOR @extschema@.<= (@extschema@.gamma_gamma_state, @extschema@.gamma_gamma_state) IS 'less than or equal, in the total order of its btree operator class';

CREATE OPERATOR @extschema@.> (
    LEFTARG = @extschema@.gamma_gamma_state,
    RIGHTARG = @extschema@.gamma_gamma_state,
    FUNCTION = @extschema@.gamma_gamma_state_gt,
    COMMUTATOR = OPERATOR(@extschema@.<),
    NEGATOR = OPERATOR(@extschema@.<=),
    RESTRICT = pg_catalog.scalargtsel,
    JOIN = pg_catalog.scalargtjoinsel
);
COMMENT ON OPERATOR @extschema@.> (@extschema@.gamma_gamma_state, @extschema@.gamma_gamma_state) IS 'greater than, in the total order of its btree operator class';

CREATE OPERATOR @extschema@.>= (
    LEFTARG = @extschema@.gamma_gamma_state,
    RIGHTARG = @extschema@.gamma_gamma_state,
    FUNCTION = @extschema@.gamma_gamma_state_ge,
    COMMUTATOR = OPERATOR(@extschema@.<=),
    NEGATOR = OPERATOR(@extschema@.<),
    RESTRICT = pg_catalog.scalargesel,
    JOIN = pg_catalog.scalargejoinsel
);
COMMENT ON OPERATOR @extschema@.>= (@extschema@.gamma_gamma_state, @extschema@.gamma_gamma_state) IS 'greater than or equal, in the total order of its btree operator class';

CREATE OPERATOR CLASS @extschema@.gamma_gamma_state_ops
    DEFAULT FOR TYPE @extschema@.gamma_gamma_state USING btree AS
        OPERATOR 1 @extschema@.< ,
        OPERATOR 2 @extschema@.<= ,
        OPERATOR 3 @extschema@.= ,
        OPERATOR 4 @extschema@.>= ,
        OPERATOR 5 @extschema@.> ,
        FUNCTION 1 @extschema@.gamma_gamma_state_cmp(@extschema@.gamma_gamma_state, @extschema@.gamma_gamma_state);
COMMENT ON OPERATOR CLASS @extschema@.gamma_gamma_state_ops USING btree IS 'total order of gamma_gamma_state: by number of rows, then the rows in their ascending order, each by frequency, monetary, then customers';
COMMENT ON OPERATOR FAMILY @extschema@.gamma_gamma_state_ops USING btree IS 'the btree operators of gamma_gamma_state';

CREATE OPERATOR CLASS @extschema@.gamma_gamma_state_ops
    DEFAULT FOR TYPE @extschema@.gamma_gamma_state USING hash AS
        OPERATOR 1 @extschema@.= ,
        FUNCTION 1 @extschema@.gamma_gamma_state_hash(@extschema@.gamma_gamma_state),
        FUNCTION 2 @extschema@.gamma_gamma_state_hash_extended(@extschema@.gamma_gamma_state, pg_catalog.int8);
COMMENT ON OPERATOR CLASS @extschema@.gamma_gamma_state_ops USING hash IS 'hashing of gamma_gamma_state that agrees with =: equal values hash alike, whatever their stored bytes';
COMMENT ON OPERATOR FAMILY @extschema@.gamma_gamma_state_ops USING hash IS 'the hash operators of gamma_gamma_state';

-- sbg_state

CREATE FUNCTION @extschema@.sbg_state_eq(a @extschema@.sbg_state, b @extschema@.sbg_state)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'sbg_state_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.sbg_state_eq(@extschema@.sbg_state, @extschema@.sbg_state) IS 'is a = b for sbg_state (the = operator)';

CREATE FUNCTION @extschema@.sbg_state_ne(a @extschema@.sbg_state, b @extschema@.sbg_state)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'sbg_state_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.sbg_state_ne(@extschema@.sbg_state, @extschema@.sbg_state) IS 'is a <> b for sbg_state (the <> operator)';

CREATE FUNCTION @extschema@.sbg_state_lt(a @extschema@.sbg_state, b @extschema@.sbg_state)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'sbg_state_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.sbg_state_lt(@extschema@.sbg_state, @extschema@.sbg_state) IS 'is a < b for sbg_state (the < operator)';

CREATE FUNCTION @extschema@.sbg_state_le(a @extschema@.sbg_state, b @extschema@.sbg_state)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'sbg_state_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.sbg_state_le(@extschema@.sbg_state, @extschema@.sbg_state) IS 'is a <= b for sbg_state (the <= operator)';

CREATE FUNCTION @extschema@.sbg_state_gt(a @extschema@.sbg_state, b @extschema@.sbg_state)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'sbg_state_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.sbg_state_gt(@extschema@.sbg_state, @extschema@.sbg_state) IS 'is a > b for sbg_state (the > operator)';

CREATE FUNCTION @extschema@.sbg_state_ge(a @extschema@.sbg_state, b @extschema@.sbg_state)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'sbg_state_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.sbg_state_ge(@extschema@.sbg_state, @extschema@.sbg_state) IS 'is a >= b for sbg_state (the >= operator)';

CREATE FUNCTION @extschema@.sbg_state_cmp(a @extschema@.sbg_state, b @extschema@.sbg_state)
RETURNS pg_catalog.int4
AS 'MODULE_PATHNAME', 'sbg_state_cmp' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.sbg_state_cmp(@extschema@.sbg_state, @extschema@.sbg_state) IS '-1, 0 or 1 as a is before, equal to or after b in the total order of sbg_state (btree support)';

CREATE FUNCTION @extschema@.sbg_state_hash(value @extschema@.sbg_state)
RETURNS pg_catalog.int4
AS 'MODULE_PATHNAME', 'sbg_state_hash' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.sbg_state_hash(@extschema@.sbg_state) IS 'hash of an sbg_fit state, equal for equal values (hash support)';

CREATE FUNCTION @extschema@.sbg_state_hash_extended(value @extschema@.sbg_state, seed pg_catalog.int8)
RETURNS pg_catalog.int8
AS 'MODULE_PATHNAME', 'sbg_state_hash_extended' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.sbg_state_hash_extended(@extschema@.sbg_state, pg_catalog.int8) IS '64-bit hash of an sbg_fit state with a seed, equal for equal values (hash support)';

CREATE OPERATOR @extschema@.= (
    LEFTARG = @extschema@.sbg_state,
    RIGHTARG = @extschema@.sbg_state,
    FUNCTION = @extschema@.sbg_state_eq,
    COMMUTATOR = OPERATOR(@extschema@.=),
    NEGATOR = OPERATOR(@extschema@.<>),
    RESTRICT = pg_catalog.eqsel,
    JOIN = pg_catalog.eqjoinsel,
    HASHES,
    MERGES
);
COMMENT ON OPERATOR @extschema@.= (@extschema@.sbg_state, @extschema@.sbg_state) IS 'equal: the same value in every field';

CREATE OPERATOR @extschema@.<> (
    LEFTARG = @extschema@.sbg_state,
    RIGHTARG = @extschema@.sbg_state,
    FUNCTION = @extschema@.sbg_state_ne,
    COMMUTATOR = OPERATOR(@extschema@.<>),
    NEGATOR = OPERATOR(@extschema@.=),
    RESTRICT = pg_catalog.neqsel,
    JOIN = pg_catalog.neqjoinsel
);
COMMENT ON OPERATOR @extschema@.<> (@extschema@.sbg_state, @extschema@.sbg_state) IS 'not equal: a different value in some field';

CREATE OPERATOR @extschema@.< (
    LEFTARG = @extschema@.sbg_state,
    RIGHTARG = @extschema@.sbg_state,
    FUNCTION = @extschema@.sbg_state_lt,
    COMMUTATOR = OPERATOR(@extschema@.>),
    NEGATOR = OPERATOR(@extschema@.>=),
    RESTRICT = pg_catalog.scalarltsel,
    JOIN = pg_catalog.scalarltjoinsel
);
COMMENT ON OPERATOR @extschema@.< (@extschema@.sbg_state, @extschema@.sbg_state) IS 'less than, in the total order of its btree operator class';

CREATE OPERATOR @extschema@.<= (
    LEFTARG = @extschema@.sbg_state,
    RIGHTARG = @extschema@.sbg_state,
    FUNCTION = @extschema@.sbg_state_le,
    COMMUTATOR = OPERATOR(@extschema@.>=),
    NEGATOR = OPERATOR(@extschema@.>),
    RESTRICT = pg_catalog.scalarlesel,
    JOIN = pg_catalog.scalarlejoinsel
);
COMMENT ON OPERATOR @extschema@.<= (@extschema@.sbg_state, @extschema@.sbg_state) IS 'less than or equal, in the total order of its btree operator class';

CREATE OPERATOR @extschema@.> (
    LEFTARG = @extschema@.sbg_state,
    RIGHTARG = @extschema@.sbg_state,
    FUNCTION = @extschema@.sbg_state_gt,
    COMMUTATOR = OPERATOR(@extschema@.<),
    NEGATOR = OPERATOR(@extschema@.<=),
    RESTRICT = pg_catalog.scalargtsel,
    JOIN = pg_catalog.scalargtjoinsel
);
COMMENT ON OPERATOR @extschema@.> (@extschema@.sbg_state, @extschema@.sbg_state) IS 'greater than, in the total order of its btree operator class';

CREATE OPERATOR @extschema@.>= (
    LEFTARG = @extschema@.sbg_state,
    RIGHTARG = @extschema@.sbg_state,
    FUNCTION = @extschema@.sbg_state_ge,
    COMMUTATOR = OPERATOR(@extschema@.<=),
    NEGATOR = OPERATOR(@extschema@.<),
    RESTRICT = pg_catalog.scalargesel,
    JOIN = pg_catalog.scalargejoinsel
);
COMMENT ON OPERATOR @extschema@.>= (@extschema@.sbg_state, @extschema@.sbg_state) IS 'greater than or equal, in the total order of its btree operator class';

CREATE OPERATOR CLASS @extschema@.sbg_state_ops
    DEFAULT FOR TYPE @extschema@.sbg_state USING btree AS
        OPERATOR 1 @extschema@.< ,
        OPERATOR 2 @extschema@.<= ,
        OPERATOR 3 @extschema@.= ,
        OPERATOR 4 @extschema@.>= ,
        OPERATOR 5 @extschema@.> ,
        FUNCTION 1 @extschema@.sbg_state_cmp(@extschema@.sbg_state, @extschema@.sbg_state);
COMMENT ON OPERATOR CLASS @extschema@.sbg_state_ops USING btree IS 'total order of sbg_state: by number of tenures, then the tenures in ascending order, each by tenure, churned, then active';
COMMENT ON OPERATOR FAMILY @extschema@.sbg_state_ops USING btree IS 'the btree operators of sbg_state';

CREATE OPERATOR CLASS @extschema@.sbg_state_ops
    DEFAULT FOR TYPE @extschema@.sbg_state USING hash AS
        OPERATOR 1 @extschema@.= ,
        FUNCTION 1 @extschema@.sbg_state_hash(@extschema@.sbg_state),
        FUNCTION 2 @extschema@.sbg_state_hash_extended(@extschema@.sbg_state, pg_catalog.int8);
COMMENT ON OPERATOR CLASS @extschema@.sbg_state_ops USING hash IS 'hashing of sbg_state that agrees with =: equal values hash alike, whatever their stored bytes';
COMMENT ON OPERATOR FAMILY @extschema@.sbg_state_ops USING hash IS 'the hash operators of sbg_state';

------------------------------------------------------------------------
-- user rows of sector_benchmark stored as shipped
------------------------------------------------------------------------

-- 1.0.0's trigger kept shipped = true on a user's INSERT, and 1.1.0 fixed
-- the trigger but not the rows already stored: such a row was skipped by
-- pg_dump (the table's dump filter is WHERE NOT shipped) and lost on a
-- restore.  A row stays shipped only if it is one of the rows 1.0.0 and
-- 1.1.0 shipped, with every value as shipped; any other row becomes a user
-- row.  No row becomes shipped.  The table's trigger keeps the update a
-- plain one (an updated row is marked as a user row in any case).
UPDATE @extschema@.sector_benchmark AS b
   SET shipped = false
 WHERE b.shipped
   AND NOT EXISTS (
       SELECT 1
         FROM (VALUES
                 ('all', 'nps', 0::pg_catalog.float8, 50::pg_catalog.float8, 70::pg_catalog.float8,
                  'NPS > 50 strong recommendation; leaders (Apple, Tesla) above 70'),
                 ('ecommerce', 'nps', NULL, 40, 60, 'B2C e-commerce: about 40 is good, Amazon above 60'),
                 ('b2b_services', 'nps', 30, 30, NULL, 'B2B services: below 30 must alert'),
                 ('all', 'csat', NULL, 85, NULL, 'high performers keep CSAT above 85 %'),
                 ('ecommerce', 'csat', NULL, 88, 90, 'e-commerce: aim above 88-90 %'),
                 ('b2b_services', 'csat', NULL, 82, 85, 'B2B: a stable 82-85 % reflects solid service'))
              AS s (sector, metric, alert_below, good_from, excellent_from, source)
        WHERE (b.sector, b.metric, b.alert_below, b.good_from, b.excellent_from, b.source)
              IS NOT DISTINCT FROM
              (s.sector, s.metric, s.alert_below, s.good_from, s.excellent_from, s.source));

------------------------------------------------------------------------
-- released C symbols keep their released results
------------------------------------------------------------------------

-- mirror_gap's Welch interval of means with stats.c's Student's t
-- quantile: a new symbol; mirror_gap_final, named by 1.0.0 and 1.1.0,
-- keeps the quantile those versions computed.  The aggregates keep their
-- final function (the same function, now bound to the new symbol).
CREATE OR REPLACE FUNCTION @extschema@.mirror_gap_final(state @extschema@.mirror_state)
RETURNS @extschema@.mirror_gap
AS 'MODULE_PATHNAME', 'mirror_gap_final_v2' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

------------------------------------------------------------------------
-- sBG and rfm_agg: figures that were wrong without a word
------------------------------------------------------------------------

-- sbg_fit's date form counted a month period whose end falls after the
-- last finite date as passed (date2j overflowed: '5873627 years' from
-- 2000-01-01 gave tenure 2); sbg_fit reported converged = true for fits
-- that stopped at an edge of the parameter space; sbg_survival lost its
-- digits for large alpha and beta; sbg_retention_rate returned 0 when
-- alpha + beta overflows; the lifetimes returned Infinity for a finite
-- value beyond float8; rfm_agg returned monetary = Infinity when a day's
-- amounts added up past float8.  New C symbols (suffix _v2); the 1.1.0
-- symbols keep their behaviour for the scripts that name them.
CREATE OR REPLACE FUNCTION @extschema@.sbg_fit_accum(state @extschema@.sbg_state, active_from pg_catalog.date, churned_on pg_catalog.date, observed_until pg_catalog.date, period pg_catalog.interval)
RETURNS @extschema@.sbg_state
AS 'MODULE_PATHNAME', 'sbg_fit_accum_date_v2' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@.sbg_fit_final(state @extschema@.sbg_state)
RETURNS @extschema@.sbg
AS 'MODULE_PATHNAME', 'sbg_fit_final_v2' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@.sbg_survival(m @extschema@.sbg, t pg_catalog.int4)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'sbg_survival_v2' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@.sbg_retention_rate(m @extschema@.sbg, t pg_catalog.int4)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'sbg_retention_rate_v2' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@.sbg_expected_lifetime(m @extschema@.sbg, discount_rate pg_catalog.float8 DEFAULT 0)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'sbg_expected_lifetime_v2' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@.sbg_residual_lifetime(m @extschema@.sbg, tenure pg_catalog.int4, discount_rate pg_catalog.float8 DEFAULT 0)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'sbg_residual_lifetime_v2' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@.rfm_agg_final(state @extschema@.rfm_state)
RETURNS @extschema@.rfm
AS 'MODULE_PATHNAME', 'rfm_agg_final_v2' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

-- Fader & Hardie's (2010) DERL, which counts the renewal about to be
-- decided without discounting it: (1 + d) x sbg_residual_lifetime.
CREATE FUNCTION @extschema@.sbg_derl(m @extschema@.sbg, renewals pg_catalog.int4, discount_rate pg_catalog.float8 DEFAULT 0)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'sbg_derl' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.sbg_derl(@extschema@.sbg, pg_catalog.int4, pg_catalog.float8) IS 'sBG DERL of Fader & Hardie (2010) for a customer who has made renewals renewals: the renewal about to be decided counted undiscounted, (1 + d) x sbg_residual_lifetime; NULL when infinite';
CREATE FUNCTION @extschema@.sbg_derl(m @extschema@.sbg, renewals pg_catalog.int4, discount_rate pg_catalog.numeric)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'sbg_derl_numeric' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.sbg_derl(@extschema@.sbg, pg_catalog.int4, pg_catalog.numeric) IS 'sbg_derl(m, renewals, discount_rate) for decimal literals';

------------------------------------------------------------------------
-- BG/NBD expected purchases and spend
------------------------------------------------------------------------

-- The series of 1.1.0 cancelled catastrophically for large r (r = 100: 106.81 for a true
-- 5.3212) and clv_predict's cost grew with the square of the horizon;
-- gamma_gamma_expected_spend lost p x beside q - 1 (NULL for p = 1e-300,
-- q = 1).  The 1.2.0 evaluations have symbols of their own; the 1.1.0
-- symbols keep their released results.
CREATE OR REPLACE FUNCTION @extschema@.bgnbd_expected_purchases(m @extschema@.bgnbd, horizon pg_catalog.float8, frequency pg_catalog.float8, recency pg_catalog.float8, t pg_catalog.float8)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'bgnbd_expected_purchases_v2' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@.gamma_gamma_expected_spend(m @extschema@.gamma_gamma, frequency pg_catalog.float8, monetary pg_catalog.float8)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'gamma_gamma_expected_spend_v2' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@.clv_predict(bg @extschema@.bgnbd, gg @extschema@.gamma_gamma, frequency pg_catalog.float8, recency pg_catalog.float8, t pg_catalog.float8, monetary pg_catalog.float8, horizon pg_catalog.int4, discount_rate pg_catalog.float8)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'clv_predict_v2' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

------------------------------------------------------------------------
-- bgnbd_fit and gamma_gamma_fit: impossible log-likelihoods and
-- converged = true at an edge of the parameter space.  The final functions
-- of 1.1.0 subtracted lgamma values far larger than their difference and
-- reported fits whose likelihood keeps rising toward an edge (no dropout
-- signal, no heterogeneity) as converged; the 1.2.0 final functions compute
-- the log-likelihood without cancellation, bound the fit, and report an edge
-- with converged = false and a NOTICE.  The aggregates keep their final
-- functions, whose definitions now point at the new C functions.
CREATE OR REPLACE FUNCTION @extschema@.bgnbd_fit_final(state @extschema@.bgnbd_state)
RETURNS @extschema@.bgnbd
AS 'MODULE_PATHNAME', 'bgnbd_fit_final_v2' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@.gamma_gamma_fit_final(state @extschema@.gamma_gamma_state)
RETURNS @extschema@.gamma_gamma
AS 'MODULE_PATHNAME', 'gamma_gamma_fit_final_v2' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

-- ---------------------------------------------------------------------
-- Live summaries: tables of score_dist values per bucket of time and group
-- that triggers keep exact on every write of their source.
--
-- pgcx_summarize(source, summary, ...) makes, in the source's schema:
--   <summary>            the view users read: bucket, the group columns and
--                        one score_dist per score column
--   <summary>_compacted  the folded figures, one row per key (bucket and
--                        groups)
--   <summary>_pending    pre-aggregated deltas appended by the source's
--                        statement triggers: sign +1 (answers added) or -1
--                        (answers removed), and -2 for the removals a
--                        compaction is folding
-- and, on the source and on each of its partitions, statement triggers
-- whose arguments are the summary's definition (jsonb), its pending table
-- and the SQL they run.  The view adds the pending deltas to the compacted
-- figures, so it is exact at every snapshot; writers only append to the
-- pending table, so they never wait for one another on a summary row.
-- ---------------------------------------------------------------------

CREATE FUNCTION @extschema@.bucket_start(at pg_catalog.date, bucket pg_catalog.interval)
RETURNS pg_catalog.date
AS 'MODULE_PATHNAME', 'bucket_start_date' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.bucket_start(pg_catalog.date, pg_catalog.interval) IS 'first day of the bucket holding a date: whole days counted from Monday 2000-01-03, or whole months counted from January 2000';

CREATE FUNCTION @extschema@.bucket_start(at pg_catalog.timestamp, bucket pg_catalog.interval)
RETURNS pg_catalog.timestamp
AS 'MODULE_PATHNAME', 'bucket_start_timestamp' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.bucket_start(pg_catalog.timestamp, pg_catalog.interval) IS 'midnight starting the bucket of a timestamp (whole days from Monday 2000-01-03, or whole months from January 2000)';

CREATE FUNCTION @extschema@.bucket_start(at pg_catalog.timestamptz, bucket pg_catalog.interval, time_zone pg_catalog.text DEFAULT 'UTC')
RETURNS pg_catalog.timestamptz
AS 'MODULE_PATHNAME', 'bucket_start_timestamptz' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.bucket_start(pg_catalog.timestamptz, pg_catalog.interval, pg_catalog.text) IS 'midnight in time_zone starting the bucket of a timestamptz, placed by its date in time_zone (UTC by default)';

CREATE FUNCTION @extschema@.score_dist_net(added @extschema@.score_dist, removed @extschema@.score_dist)
RETURNS @extschema@.score_dist
AS 'MODULE_PATHNAME', 'score_dist_net' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.score_dist_net(@extschema@.score_dist, @extschema@.score_dist) IS 'the answers added minus the answers removed (NULL when none is left); removing answers never added is an error';

CREATE FUNCTION @extschema@.pgcx_summary_capture()
RETURNS trigger
AS 'MODULE_PATHNAME', 'pgcx_summary_capture' LANGUAGE C;
COMMENT ON FUNCTION @extschema@.pgcx_summary_capture() IS 'statement trigger of a live summary''s source: appends the statement''s pre-aggregated changes to the summary, as the summary''s owner';

CREATE FUNCTION @extschema@.pgcx_summary_guard()
RETURNS trigger
AS 'MODULE_PATHNAME', 'pgcx_summary_guard' LANGUAGE C;
COMMENT ON FUNCTION @extschema@.pgcx_summary_guard() IS 'statement trigger of a live summary''s tables: refuses every write that does not come from pgcx';

CREATE FUNCTION @extschema@.pgcx_summary_exec(pending pg_catalog.regclass, sql pg_catalog.text)
RETURNS pg_catalog.int8
AS 'MODULE_PATHNAME', 'pgcx_summary_exec' LANGUAGE C STRICT VOLATILE PARALLEL UNSAFE;
COMMENT ON FUNCTION @extschema@.pgcx_summary_exec(pg_catalog.regclass, pg_catalog.text) IS 'runs a maintenance statement of a live summary as its owner (used by the pgcx_summary_* functions; the caller needs the owner''s privileges)';

-- The definition a trigger of a summary carries as its first argument, or
-- NULL for anything else: a trigger made by hand with a malformed argument
-- must not break what reads the summaries.
CREATE FUNCTION @extschema@.pgcx_summary_parse(args pg_catalog.bytea)
RETURNS pg_catalog.jsonb
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
    d jsonb;
    k text;
BEGIN
    d := convert_from(substring(args, 1, pg_catalog.position(args, '\x00'::bytea) - 1),
                      getdatabaseencoding())::jsonb;
    IF jsonb_typeof(d) <> 'object' OR d->>'version' IS DISTINCT FROM '1'
       OR jsonb_typeof(d->'group_by') IS DISTINCT FROM 'array'
       OR jsonb_typeof(d->'scores') IS DISTINCT FROM 'object' THEN
        RETURN NULL;
    END IF;
    FOREACH k IN ARRAY ARRAY['schema', 'summary', 'source_schema', 'source', 'time_column', 'time_type', 'bucket'] LOOP
        IF jsonb_typeof(d->k) IS DISTINCT FROM 'string' THEN
            RETURN NULL;
        END IF;
    END LOOP;
    RETURN d;
EXCEPTION WHEN OTHERS THEN
    RETURN NULL;
END
$fn$;
COMMENT ON FUNCTION @extschema@.pgcx_summary_parse(pg_catalog.bytea) IS 'the definition of a live summary carried by a trigger''s arguments, or NULL for arguments that are not one';

-- The names of a summary's triggers begin with this: the summary's name
-- (cut at 40 bytes) and a hash of its qualified name, so that two
-- summaries never share them.
CREATE FUNCTION @extschema@.pgcx_summary_trigger_prefix(schema_name pg_catalog.text, summary pg_catalog.text)
RETURNS pg_catalog.text
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
    p text := left(summary, 40);
BEGIN
    WHILE octet_length(p) > 40 LOOP
        p := left(p, length(p) - 1);
    END LOOP;
    RETURN 'pgcx_' || p || '_' || left(md5(schema_name || '.' || summary), 8);
END
$fn$;
COMMENT ON FUNCTION @extschema@.pgcx_summary_trigger_prefix(pg_catalog.text, pg_catalog.text) IS 'the beginning of the names of a live summary''s triggers';

-- The live summaries of the database, read from the triggers of their
-- sources (the first argument of each is the summary's definition).
CREATE VIEW @extschema@.pgcx_summaries AS
SELECT pg_catalog.to_regclass(pg_catalog.format('%I.%I', d.def OPERATOR(pg_catalog.->>) 'schema', d.def OPERATOR(pg_catalog.->>) 'summary')) AS summary,
       t.tgrelid::pg_catalog.regclass AS source,
       (d.def OPERATOR(pg_catalog.->>) 'time_column')::pg_catalog.name AS time_column,
       (d.def OPERATOR(pg_catalog.->>) 'bucket')::pg_catalog.interval AS bucket,
       ARRAY(SELECT pg_catalog.jsonb_array_elements_text(d.def OPERATOR(pg_catalog.->) 'group_by'))::pg_catalog.name[] AS group_by,
       d.def OPERATOR(pg_catalog.->) 'scores' AS scores,
       d.def OPERATOR(pg_catalog.->>) 'time_zone' AS time_zone,
       d.def AS definition
  FROM pg_catalog.pg_trigger t
 CROSS JOIN LATERAL (SELECT @extschema@.pgcx_summary_parse(t.tgargs) AS def) d
 WHERE t.tgfoid = '@extschema@.pgcx_summary_capture()'::pg_catalog.regprocedure
   AND (t.tgtype OPERATOR(pg_catalog.&) 4) OPERATOR(pg_catalog.<>) 0
   AND d.def IS NOT NULL
   AND t.tgrelid OPERATOR(pg_catalog.=) pg_catalog.to_regclass(pg_catalog.format('%I.%I', d.def OPERATOR(pg_catalog.->>) 'source_schema', d.def OPERATOR(pg_catalog.->>) 'source'));
COMMENT ON VIEW @extschema@.pgcx_summaries IS 'the live summaries of the database: summary view, source table, time column, bucket, group and score columns, time zone, and the whole definition';
GRANT SELECT ON @extschema@.pgcx_summaries TO PUBLIC;

-- The definition of a live summary, or an error naming what is wrong.
CREATE FUNCTION @extschema@.pgcx_summary_definition(summary pg_catalog.regclass)
RETURNS pg_catalog.jsonb
LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
    def jsonb;
BEGIN
    SELECT s.definition INTO def FROM @extschema@.pgcx_summaries s WHERE s.summary = $1;
    IF def IS NULL THEN
        RAISE EXCEPTION '"%" is not a live summary', $1
            USING ERRCODE = '42809',
                  HINT = 'The view pgcx_summaries lists the live summaries; pgcx_summarize() makes one.';
    END IF;
    RETURN def;
END
$fn$;
COMMENT ON FUNCTION @extschema@.pgcx_summary_definition(pg_catalog.regclass) IS 'the definition of a live summary as jsonb (what pgcx_summarize was given); an error for any other relation';

-- The SQL of a summary: what its triggers and maintenance run.
--   insert, update, delete  the triggers' INSERT of deltas, reading the
--                           transition tables pgcx_new and pgcx_old
--   truncate                for the source itself: empty the summary; for
--                           a partition: remove its rows
--   add, remove             the rows of one relation (ONLY), added or removed
--   fill                    the compacted figures of the whole source, for
--                           the buckets that satisfy condition
CREATE FUNCTION @extschema@.pgcx_summary_sql(definition pg_catalog.jsonb, action pg_catalog.text,
                                            rel pg_catalog.regclass DEFAULT NULL,
                                            condition pg_catalog.text DEFAULT 'true')
RETURNS pg_catalog.text
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
    d jsonb := definition;
    nsp text := d->>'schema';
    pending text := format('%I.%I', d->>'schema', (d->>'summary') || '_pending');
    compacted text := format('%I.%I', d->>'schema', (d->>'summary') || '_compacted');
    source text := format('%I.%I', d->>'source_schema', d->>'source');
    bucket_expr text;
    groups text := '';
    group_list text := '';
    score_list text := '';
    raw_list text := '';
    aggs text := '';
    nkeys int;
    keys text;
    g text;
    s record;
BEGIN
    IF d->>'time_zone' IS NULL THEN
        bucket_expr := format('@extschema@.bucket_start(%I, %L::pg_catalog.interval)',
                              d->>'time_column', d->>'bucket');
    ELSE
        bucket_expr := format('@extschema@.bucket_start(%I, %L::pg_catalog.interval, %L)',
                              d->>'time_column', d->>'bucket', d->>'time_zone');
    END IF;
    FOR g IN SELECT jsonb_array_elements_text(d->'group_by') LOOP
        groups := groups || format(', %I', g);
    END LOOP;
    FOR s IN SELECT key, value FROM jsonb_each(d->'scores') ORDER BY key LOOP
        score_list := score_list || format(', %I', s.key);
        aggs := aggs || format(', @extschema@.score_dist_agg(%I, %s, %s)', s.key,
                               (s.value->>0)::int, (s.value->>1)::int);
    END LOOP;
    raw_list := format('%I', d->>'time_column') || groups || score_list;
    nkeys := 1 + jsonb_array_length(d->'group_by');
    SELECT string_agg(i::text, ', ') INTO keys FROM generate_series(1, nkeys) i;

    IF action = 'insert' OR action = 'add' THEN
        RETURN format('INSERT INTO %s (bucket%s, sign, rows%s) SELECT %s%s, 1, pg_catalog.count(*)%s FROM %s GROUP BY %s',
                      pending, groups, score_list, bucket_expr, groups, aggs,
                      CASE WHEN action = 'insert' THEN 'pgcx_new' ELSE 'ONLY ' || rel::text END, keys);
    ELSIF action = 'delete' OR action = 'remove' THEN
        RETURN format('INSERT INTO %s (bucket%s, sign, rows%s) SELECT %s%s, -1, pg_catalog.count(*)%s FROM %s GROUP BY %s',
                      pending, groups, score_list, bucket_expr, groups, aggs,
                      CASE WHEN action = 'delete' THEN 'pgcx_old' ELSE 'ONLY ' || rel::text END, keys);
    ELSIF action = 'update' THEN
        RETURN format('INSERT INTO %s (bucket%s, sign, rows%s) SELECT %s%s, sign, pg_catalog.count(*)%s FROM ('
                      'SELECT %s, 1::pg_catalog.int2 AS sign FROM pgcx_new UNION ALL '
                      'SELECT %s, -1::pg_catalog.int2 FROM pgcx_old) AS changed GROUP BY %s, %s',
                      pending, groups, score_list, bucket_expr, groups, aggs,
                      raw_list, raw_list, keys, nkeys + 1);
    ELSIF action = 'truncate' THEN
        IF rel::oid = source::regclass::oid THEN
            RETURN format('TRUNCATE %s, %s', compacted, pending);
        END IF;
        RETURN @extschema@.pgcx_summary_sql(definition, 'remove', rel);
    ELSIF action = 'fill' THEN
        RETURN format('INSERT INTO %s (bucket%s, rows%s) SELECT %s%s, pg_catalog.count(*)%s FROM %s WHERE %s GROUP BY %s',
                      compacted, groups, score_list, bucket_expr, groups, aggs, source,
                      replace(condition, '$bucket', bucket_expr), keys);
    END IF;
    RAISE EXCEPTION 'unknown action "%" for pgcx_summary_sql', action
        USING ERRCODE = '22023', DETAIL = 'The actions are insert, update, delete, truncate, add, remove and fill.';
END
$fn$;
COMMENT ON FUNCTION @extschema@.pgcx_summary_sql(pg_catalog.jsonb, pg_catalog.text, pg_catalog.regclass, pg_catalog.text) IS 'the SQL a live summary runs for an action (insert, update, delete, truncate, add, remove, fill): what its triggers and maintenance execute';

-- What the trigger of a summary on rel runs for an action, from the
-- definition that is its argument: the pending table it writes and the SQL.
-- A trigger is obeyed only on its summary's source or one of its
-- partitions, whose owner has the privileges of the summary's owner, and
-- writes only into a table pgcx made for that summary.
CREATE FUNCTION @extschema@.pgcx_summary_trigger_sql(definition pg_catalog.jsonb, rel pg_catalog.regclass,
                                                    action pg_catalog.text,
                                                    OUT pending pg_catalog.regclass, OUT sql pg_catalog.text,
                                                    OUT compact_sql pg_catalog.text, OUT insert_sql pg_catalog.text,
                                                    OUT column_types pg_catalog.oid[], OUT time_att pg_catalog.int2,
                                                    OUT bucket pg_catalog.interval, OUT time_zone pg_catalog.text,
                                                    OUT group_atts pg_catalog.int2[], OUT score_atts pg_catalog.int2[],
                                                    OUT score_lo pg_catalog.int4[], OUT score_hi pg_catalog.int4[],
                                                    OUT score_names pg_catalog.text[], OUT summary_name pg_catalog.text)
LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
    source regclass;
BEGIN
    IF (definition->>'version') IS DISTINCT FROM '1' THEN
        RAISE EXCEPTION 'the trigger of a live summary on "%" has a definition of an unknown version', rel
            USING ERRCODE = '22023',
                  HINT = 'Drop the summary with pgcx_summary_drop() and make it again with pgcx_summarize().';
    END IF;
    source := to_regclass(format('%I.%I', definition->>'source_schema', definition->>'source'));
    pending := to_regclass(format('%I.%I', definition->>'schema', (definition->>'summary') || '_pending'));
    IF source IS NULL OR pending IS NULL
       OR NOT EXISTS (SELECT FROM pg_trigger t
                       WHERE t.tgrelid = pending AND t.tgname = 'pgcx_guard'
                         AND t.tgfoid = '@extschema@.pgcx_summary_guard()'::regprocedure) THEN
        RAISE EXCEPTION 'the live summary %.% of the trigger on "%" does not exist',
                        quote_ident(definition->>'schema'), quote_ident(definition->>'summary'), rel
            USING ERRCODE = '42P01',
                  HINT = 'A live summary''s source, view and tables keep their names; drop the trigger, or make the summary again with pgcx_summarize().';
    END IF;
    IF rel <> source AND rel NOT IN (SELECT t.relid FROM pg_partition_tree(source) t) THEN
        RAISE EXCEPTION 'a trigger on "%" cannot write into the live summary %.%',
                        rel, quote_ident(definition->>'schema'), quote_ident(definition->>'summary')
            USING ERRCODE = '42501',
                  DETAIL = format('The summary reads %s and its partitions only.', source);
    END IF;
    IF NOT pg_has_role((SELECT relowner FROM pg_class WHERE oid = rel),
                       (SELECT relowner FROM pg_class WHERE oid = pending), 'USAGE') THEN
        RAISE EXCEPTION 'the owner of "%" is not the owner of the live summary %.%',
                        rel, quote_ident(definition->>'schema'), quote_ident(definition->>'summary')
            USING ERRCODE = '42501',
                  HINT = format('Give the summary''s tables to the source''s owner: ALTER TABLE ... OWNER TO ... for %s and %s, and the view.',
                                pending, format('%I.%I', definition->>'schema', (definition->>'summary') || '_compacted'));
    END IF;
    sql := @extschema@.pgcx_summary_sql(definition, action, rel);
    compact_sql := format('SELECT @extschema@.pgcx_summary_compact(%L::pg_catalog.regclass, false)',
                          format('%I.%I', definition->>'schema', definition->>'summary'));

    -- what the trigger's own counting reads of rel, by attribute number,
    -- and the INSERT of its deltas, one array per column
    time_att := (SELECT attnum FROM pg_attribute
                  WHERE attrelid = rel AND attname = definition->>'time_column' AND NOT attisdropped);
    bucket := (definition->>'bucket')::interval;
    time_zone := CASE WHEN upper(definition->>'time_zone') <> 'UTC' THEN definition->>'time_zone' END;
    SELECT array_agg(a.attnum ORDER BY g.n), array_agg(t.typarray ORDER BY g.n)
      INTO group_atts, column_types
      FROM jsonb_array_elements_text(definition->'group_by') WITH ORDINALITY AS g(name, n)
      JOIN pg_attribute a ON a.attrelid = rel AND a.attname = g.name AND NOT a.attisdropped
      JOIN pg_type t ON t.oid = a.atttypid;
    SELECT array_agg(a.attnum ORDER BY s.key), array_agg((s.value->>0)::int ORDER BY s.key),
           array_agg((s.value->>1)::int ORDER BY s.key), array_agg(s.key ORDER BY s.key)
      INTO score_atts, score_lo, score_hi, score_names
      FROM jsonb_each(definition->'scores') s
      JOIN pg_attribute a ON a.attrelid = rel AND a.attname = s.key AND NOT a.attisdropped;
    column_types := (SELECT typarray FROM pg_type WHERE oid = (definition->>'time_type')::regtype)
                    || coalesce(column_types, '{}')
                    || ARRAY['pg_catalog.int2[]'::regtype::oid, 'pg_catalog.int8[]'::regtype::oid]
                    || array_fill('@extschema@.score_dist[]'::regtype::oid, ARRAY[cardinality(score_atts)]);
    IF action <> 'truncate' AND time_att IS NOT NULL
       AND cardinality(coalesce(group_atts, '{}')) = jsonb_array_length(definition->'group_by')
       AND cardinality(score_atts) = (SELECT count(*) FROM jsonb_object_keys(definition->'scores'))
       AND 0 <> ALL (column_types) THEN
        SELECT format('INSERT INTO %s (bucket%s, sign, rows%s) SELECT * FROM ROWS FROM (%s)',
                      pending,
                      (SELECT coalesce(string_agg(format(', %I', g), ''), '')
                         FROM jsonb_array_elements_text(definition->'group_by') g),
                      (SELECT string_agg(format(', %I', k), '' ORDER BY k)
                         FROM jsonb_object_keys(definition->'scores') k),
                      string_agg(format('pg_catalog.unnest($%s)', i), ', '))
          INTO insert_sql
          FROM generate_series(1, cardinality(column_types)) i;
    END IF;
    group_atts := coalesce(group_atts, '{}');
    summary_name := format('%I.%I', definition->>'schema', definition->>'summary');
END
$fn$;
COMMENT ON FUNCTION @extschema@.pgcx_summary_trigger_sql(pg_catalog.jsonb, pg_catalog.regclass, pg_catalog.text) IS 'what the trigger of a live summary on a relation runs for an action: the pending table, the SQL and the compaction that does not wait, after checking that the trigger belongs to the summary';

-- Puts a summary's triggers on one relation (the source or a partition).
CREATE FUNCTION @extschema@.pgcx_summary_follow(definition pg_catalog.jsonb, rel pg_catalog.regclass)
RETURNS void
LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE
SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
    base text := @extschema@.pgcx_summary_trigger_prefix(definition->>'schema', definition->>'summary');
BEGIN
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %s REFERENCING NEW TABLE AS pgcx_new '
                   'FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.pgcx_summary_capture(%L)',
                   base || '_ins', rel, definition::text);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %s REFERENCING OLD TABLE AS pgcx_old NEW TABLE AS pgcx_new '
                   'FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.pgcx_summary_capture(%L)',
                   base || '_upd', rel, definition::text);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %s REFERENCING OLD TABLE AS pgcx_old '
                   'FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.pgcx_summary_capture(%L)',
                   base || '_del', rel, definition::text);
    -- a partitioned table's TRUNCATE truncates its partitions, whose own
    -- triggers remove their rows
    IF (SELECT relkind FROM pg_class WHERE oid = rel) = 'r' THEN
        EXECUTE format('CREATE TRIGGER %I BEFORE TRUNCATE ON %s '
                       'FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.pgcx_summary_capture(%L)',
                       base || '_trunc', rel, definition::text);
    END IF;
END
$fn$;
COMMENT ON FUNCTION @extschema@.pgcx_summary_follow(pg_catalog.jsonb, pg_catalog.regclass) IS 'puts a live summary''s statement triggers on one relation (its source or one of its partitions)';

-- The relations that carry a summary's triggers.
CREATE FUNCTION @extschema@.pgcx_summary_followed(summary pg_catalog.regclass)
RETURNS SETOF pg_catalog.regclass
LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $fn$
BEGIN
    RETURN QUERY
    SELECT t.tgrelid::regclass
      FROM pg_trigger t
     CROSS JOIN LATERAL (SELECT @extschema@.pgcx_summary_parse(t.tgargs) AS def) d
     WHERE t.tgfoid = '@extschema@.pgcx_summary_capture()'::regprocedure
       AND (t.tgtype & 4) <> 0
       AND d.def IS NOT NULL
       AND to_regclass(format('%I.%I', d.def->>'schema', d.def->>'summary')) = summary;
END
$fn$;
COMMENT ON FUNCTION @extschema@.pgcx_summary_followed(pg_catalog.regclass) IS 'the relations (source and partitions) that carry a live summary''s triggers';

-- Removes a summary's triggers from one relation.
CREATE FUNCTION @extschema@.pgcx_summary_unfollow(definition pg_catalog.jsonb, rel pg_catalog.regclass)
RETURNS void
LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE
SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
    base text := @extschema@.pgcx_summary_trigger_prefix(definition->>'schema', definition->>'summary');
    suffix text;
BEGIN
    PERFORM set_config('pgcx.summary_maintenance', 'on', true);
    FOREACH suffix IN ARRAY ARRAY['_ins', '_upd', '_del', '_trunc'] LOOP
        IF EXISTS (SELECT FROM pg_trigger WHERE tgrelid = rel AND tgname = base || suffix) THEN
            EXECUTE format('DROP TRIGGER %I ON %s', base || suffix, rel);
        END IF;
    END LOOP;
    PERFORM set_config('pgcx.summary_maintenance', 'off', true);
END
$fn$;
COMMENT ON FUNCTION @extschema@.pgcx_summary_unfollow(pg_catalog.jsonb, pg_catalog.regclass) IS 'removes a live summary''s statement triggers from one relation';

CREATE FUNCTION @extschema@.pgcx_summarize(source pg_catalog.regclass, summary pg_catalog.name,
                                          time_column pg_catalog.name, bucket pg_catalog.interval,
                                          group_by pg_catalog.name[] DEFAULT '{}',
                                          scores pg_catalog.jsonb DEFAULT NULL,
                                          time_zone pg_catalog.text DEFAULT NULL)
RETURNS pg_catalog.regclass
LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE
SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
    src record;
    ttype regtype;
    coltype regtype;
    g name;
    s record;
    lo numeric;
    hi numeric;
    norm_scores jsonb := '{}';
    used name[] := ARRAY[]::name[];
    reserved name[] := ARRAY['bucket', 'sign', 'rows']::name[];
    coldefs text := '';
    groups text := '';
    keys text;
    score_defs text := '';
    view_scores text := '';
    union_scores text := '';
    def jsonb;
    nsp name;
    compacted text;
    pending text;
    view_name text;
    r record;
    is_distributed boolean;
    me oid;
BEGIN
    IF source IS NULL OR summary IS NULL OR time_column IS NULL OR bucket IS NULL THEN
        RAISE EXCEPTION 'pgcx_summarize needs a source, a summary name, a time column and a bucket'
            USING ERRCODE = '22004', DETAIL = 'Only group_by, scores and time_zone may be NULL.';
    END IF;
    group_by := coalesce(group_by, '{}');
    scores := coalesce(scores, '{"score": [0, 10]}');

    SELECT c.relkind, c.relowner, c.relispartition, n.nspname, c.relname
      INTO src
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE c.oid = source;
    IF src.relkind NOT IN ('r', 'p') THEN
        RAISE EXCEPTION '"%" is not a table', source
            USING ERRCODE = '42809', DETAIL = 'A live summary reads a table or a partitioned table.';
    END IF;
    IF src.relispartition THEN
        RAISE EXCEPTION '"%" is a partition', source
            USING ERRCODE = '42809',
                  DETAIL = 'Rows written through its partitioned table would not reach a summary of the partition alone.',
                  HINT = 'Summarize the partitioned table: pgcx follows all its partitions.';
    END IF;
    IF src.relkind = 'r' AND EXISTS (SELECT FROM pg_inherits WHERE inhparent = source) THEN
        RAISE EXCEPTION 'cannot make a live summary of "%": it has inheritance children', source
            USING ERRCODE = '0A000',
                  DETAIL = 'Statement triggers of a parent do not see the rows written into its children.',
                  HINT = 'Use declarative partitioning, whose partitions pgcx follows.';
    END IF;
    IF to_regclass('pg_catalog.pg_dist_partition') IS NOT NULL THEN
        EXECUTE 'SELECT EXISTS (SELECT FROM pg_catalog.pg_dist_partition WHERE logicalrelid = $1)'
           INTO is_distributed USING source;
        IF is_distributed THEN
            RAISE EXCEPTION 'cannot make a live summary of the distributed table "%"', source
                USING ERRCODE = '0A000',
                      DETAIL = 'Citus does not allow statement triggers with transition tables on distributed tables.',
                      HINT = 'Keep a periodic rollup instead: a table of score_dist values per bucket and group, refreshed by INSERT INTO rollup SELECT bucket, groups, score_dist_agg(score) FROM answers WHERE <new rows> GROUP BY ... ON CONFLICT (...) DO UPDATE SET score = rollup.score + EXCLUDED.score (see docs/summaries/live-summaries.md).';
        END IF;
    END IF;
    SELECT oid INTO me FROM pg_roles WHERE rolname = current_user;
    IF NOT pg_has_role(me, src.relowner, 'USAGE') THEN
        RAISE EXCEPTION 'must be the owner of table "%" to make a live summary of it', source
            USING ERRCODE = '42501',
                  DETAIL = 'The summary belongs to the owner of its source, whose triggers keep it.';
    END IF;
    IF current_setting('transaction_isolation') <> 'read committed' THEN
        RAISE EXCEPTION 'pgcx_summarize must run in a READ COMMITTED transaction'
            USING ERRCODE = '25001',
                  DETAIL = format('This transaction is %s: its snapshot may miss rows committed before the source is locked.',
                                  upper(current_setting('transaction_isolation')));
    END IF;

    -- the time column
    SELECT a.atttypid::regtype INTO ttype
      FROM pg_attribute a
     WHERE a.attrelid = source AND a.attname = time_column AND a.attnum > 0 AND NOT a.attisdropped;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'column "%" of relation "%" does not exist', time_column, source
            USING ERRCODE = '42703', DETAIL = 'The time column places each answer in a bucket.';
    END IF;
    IF ttype NOT IN ('date'::regtype, 'timestamp'::regtype, 'timestamptz'::regtype) THEN
        RAISE EXCEPTION 'time column "%" is of type %', time_column, ttype
            USING ERRCODE = '42804', DETAIL = 'The time column is a date, a timestamp or a timestamptz.';
    END IF;
    IF ttype = 'timestamptz'::regtype THEN
        time_zone := coalesce(time_zone, 'UTC');
        PERFORM pg_catalog.timezone(time_zone, pg_catalog.now());
    ELSIF time_zone IS NOT NULL THEN
        RAISE EXCEPTION 'time_zone applies only to a timestamptz time column'
            USING ERRCODE = '22023',
                  DETAIL = format('"%s" is of type %s: each row is placed by its own calendar date.', time_column, ttype);
    END IF;
    PERFORM @extschema@.bucket_start(date '2000-01-03', bucket);
    used := used || time_column;

    -- the group columns
    FOREACH g IN ARRAY group_by LOOP
        IF g IS NULL THEN
            RAISE EXCEPTION 'group_by holds a NULL'
                USING ERRCODE = '22004', DETAIL = 'group_by lists the names of the group columns.';
        END IF;
        SELECT a.atttypid::regtype INTO coltype
          FROM pg_attribute a
         WHERE a.attrelid = source AND a.attname = g AND a.attnum > 0 AND NOT a.attisdropped;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'column "%" of relation "%" does not exist', g, source
                USING ERRCODE = '42703', DETAIL = 'Each name of group_by is a column of the source.';
        END IF;
        IF g = ANY (used) OR g = ANY (reserved) THEN
            RAISE EXCEPTION 'column "%" cannot be a group column', g
                USING ERRCODE = '42701',
                      DETAIL = 'A group column is named once, is neither the time column nor a score column, and is not named bucket, sign or rows.';
        END IF;
        used := used || g;
        SELECT coldefs || format(', %I %s%s', g, format_type(a.atttypid, a.atttypmod),
                                 CASE WHEN a.attcollation <> 0 AND a.attcollation <> t.typcollation
                                      THEN (SELECT format(' COLLATE %I.%I', cn.nspname, co.collname)
                                              FROM pg_collation co JOIN pg_namespace cn ON cn.oid = co.collnamespace
                                             WHERE co.oid = a.attcollation)
                                      ELSE '' END)
          INTO coldefs
          FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid
         WHERE a.attrelid = source AND a.attname = g;
        groups := groups || format(', %I', g);
    END LOOP;

    -- the score columns
    IF jsonb_typeof(scores) <> 'object' OR scores = '{}'::jsonb THEN
        RAISE EXCEPTION 'scores must map each score column to its scale'
            USING ERRCODE = '22023', DETAIL = 'For example {"nps": [0, 10], "csat": [1, 5]}.';
    END IF;
    FOR s IN SELECT key, value FROM jsonb_each(scores) ORDER BY key LOOP
        SELECT a.atttypid::regtype INTO coltype
          FROM pg_attribute a
         WHERE a.attrelid = source AND a.attname = s.key AND a.attnum > 0 AND NOT a.attisdropped;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'column "%" of relation "%" does not exist', s.key, source
                USING ERRCODE = '42703', DETAIL = 'Each key of scores is a column of the source.';
        END IF;
        IF s.key = ANY (used) OR s.key = ANY (reserved) THEN
            RAISE EXCEPTION 'column "%" cannot be a score column', s.key
                USING ERRCODE = '42701',
                      DETAIL = 'A score column is neither the time column nor a group column, and is not named bucket, sign or rows.';
        END IF;
        IF coltype NOT IN ('smallint'::regtype, 'integer'::regtype, 'bigint'::regtype, 'numeric'::regtype,
                           'real'::regtype, 'double precision'::regtype) THEN
            RAISE EXCEPTION 'score column "%" is of type %', s.key, coltype
                USING ERRCODE = '42804',
                      DETAIL = 'A score column holds integer answers: smallint, integer, bigint, numeric, real or double precision.';
        END IF;
        IF jsonb_typeof(s.value) <> 'array' OR jsonb_array_length(s.value) <> 2
           OR jsonb_typeof(s.value->0) <> 'number' OR jsonb_typeof(s.value->1) <> 'number' THEN
            RAISE EXCEPTION 'invalid scale % for score column "%"', s.value, s.key
                USING ERRCODE = '22023', DETAIL = 'A scale is [lo, hi], e.g. [0, 10] or [1, 5].';
        END IF;
        lo := (s.value->>0)::numeric;
        hi := (s.value->>1)::numeric;
        IF lo <> trunc(lo) OR hi <> trunc(hi) OR lo < 0 OR hi > 100 OR lo >= hi THEN
            RAISE EXCEPTION 'invalid scale % for score column "%"', s.value, s.key
                USING ERRCODE = '22023', DETAIL = 'A scale is [lo, hi] with integers 0 <= lo < hi <= 100.';
        END IF;
        used := used || s.key::name;
        norm_scores := norm_scores || jsonb_build_object(s.key, jsonb_build_array(lo::int, hi::int));
        score_defs := score_defs || format(', %I @extschema@.score_dist', s.key);
        view_scores := view_scores
            || format(', @extschema@.score_dist_net(@extschema@.rollup(%1$I) FILTER (WHERE sign > 0), '
                      '@extschema@.rollup(%1$I) FILTER (WHERE sign < 0)) AS %1$I', s.key);
        union_scores := union_scores || format(', %I', s.key);
    END LOOP;

    -- the names
    nsp := src.nspname;
    IF octet_length(summary) > 53 THEN
        RAISE EXCEPTION 'summary name "%" is too long', summary
            USING ERRCODE = '42622',
                  DETAIL = 'pgcx names its tables "<summary>_compacted" and "<summary>_pending": a summary''s name has at most 53 bytes.';
    END IF;
    FOR r IN SELECT n FROM unnest(ARRAY[summary, summary || '_compacted', summary || '_pending']) n LOOP
        IF EXISTS (SELECT FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                    WHERE n.nspname = nsp AND c.relname = r.n)
           OR EXISTS (SELECT FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
                       WHERE n.nspname = nsp AND t.typname = r.n) THEN
            RAISE EXCEPTION 'relation "%" already exists in schema "%"', r.n, nsp
                USING ERRCODE = '42P07',
                      DETAIL = format('A live summary "%s" is made of "%s", "%s_compacted" and "%s_pending".',
                                      summary, summary, summary, summary);
        END IF;
    END LOOP;
    compacted := format('%I.%I', nsp, summary || '_compacted');
    pending := format('%I.%I', nsp, summary || '_pending');
    view_name := format('%I.%I', nsp, summary);
    keys := 'bucket' || groups;

    -- writers wait until the summary is made and filled
    EXECUTE format('LOCK TABLE %s IN SHARE ROW EXCLUSIVE MODE', source);

    EXECUTE format('CREATE TABLE %s (bucket %s%s, rows pg_catalog.int8 NOT NULL%s, '
                   'UNIQUE NULLS NOT DISTINCT (%s))',
                   compacted, ttype, coldefs, score_defs, keys);
    EXECUTE format('CREATE TABLE %s (bucket %s%s, sign pg_catalog.int2 NOT NULL, rows pg_catalog.int8 NOT NULL%s)',
                   pending, ttype, coldefs, score_defs);
    EXECUTE format('ALTER TABLE %s REPLICA IDENTITY FULL', compacted);
    EXECUTE format('ALTER TABLE %s REPLICA IDENTITY FULL', pending);
    EXECUTE format('CREATE VIEW %s AS SELECT bucket%s%s FROM ('
                   'SELECT bucket%s, 1::pg_catalog.int2 AS sign, rows%s FROM %s UNION ALL '
                   'SELECT bucket%s, sign, rows%s FROM %s) AS deltas '
                   'GROUP BY %s HAVING pg_catalog.sum(CASE WHEN sign > 0 THEN rows ELSE -rows END) > 0',
                   view_name, groups, view_scores,
                   groups, union_scores, compacted,
                   groups, union_scores, pending, keys);
    EXECUTE format('COMMENT ON VIEW %s IS %L', view_name,
                   format('live summary of %s: score distributions per %s of %s%s, kept exact by pgcx',
                          source, bucket, time_column,
                          CASE WHEN groups = '' THEN '' ELSE ' and ' || substr(groups, 3) END));
    EXECUTE format('COMMENT ON TABLE %s IS %L', compacted,
                   format('folded figures of the live summary %s (pgcx writes this table)', view_name));
    EXECUTE format('COMMENT ON TABLE %s IS %L', pending,
                   format('pending changes of the live summary %s (pgcx writes this table)', view_name));
    IF me <> src.relowner THEN
        EXECUTE format('ALTER TABLE %s OWNER TO %s', compacted, src.relowner::regrole);
        EXECUTE format('ALTER TABLE %s OWNER TO %s', pending, src.relowner::regrole);
        EXECUTE format('ALTER VIEW %s OWNER TO %s', view_name, src.relowner::regrole);
    END IF;
    EXECUTE format('CREATE TRIGGER pgcx_guard BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON %s '
                   'FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.pgcx_summary_guard()', compacted);
    EXECUTE format('CREATE TRIGGER pgcx_guard BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON %s '
                   'FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.pgcx_summary_guard()', pending);

    def := jsonb_build_object(
        'version', 1,
        'schema', nsp, 'summary', summary,
        'source_schema', src.nspname, 'source', src.relname,
        'time_column', time_column, 'time_type', ttype::text,
        'bucket', bucket::text, 'time_zone', time_zone,
        'group_by', to_jsonb(group_by), 'scores', norm_scores);
    PERFORM @extschema@.pgcx_summary_follow(def, source);
    FOR r IN SELECT relid FROM pg_partition_tree(source) WHERE relid <> source ORDER BY level, relid LOOP
        PERFORM @extschema@.pgcx_summary_follow(def, r.relid);
    END LOOP;
    PERFORM @extschema@.pgcx_summary_exec(pending::regclass, @extschema@.pgcx_summary_sql(def, 'fill'));
    RETURN view_name::regclass;
END
$fn$;
COMMENT ON FUNCTION @extschema@.pgcx_summarize(pg_catalog.regclass, pg_catalog.name, pg_catalog.name, pg_catalog.interval, pg_catalog.name[], pg_catalog.jsonb, pg_catalog.text) IS 'makes a live summary of a table of answers: a view of score_dist values per bucket of time and group, filled from the existing rows and kept exact by triggers on every write';

-- The lock that makes one maintenance of a summary run at a time: waits
-- for it, or says whether it was free.
CREATE FUNCTION @extschema@.pgcx_summary_lock(definition pg_catalog.jsonb, wait pg_catalog.bool DEFAULT true)
RETURNS pg_catalog.bool
LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE
SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
    k int := (format('%I.%I', definition->>'schema', (definition->>'summary') || '_pending')::regclass::oid::bigint
              - 2147483648)::int;
BEGIN
    IF wait THEN
        PERFORM pg_advisory_xact_lock(1885823864, k);
        RETURN true;
    END IF;
    RETURN pg_try_advisory_xact_lock(1885823864, k);
END
$fn$;
COMMENT ON FUNCTION @extschema@.pgcx_summary_lock(pg_catalog.jsonb, pg_catalog.bool) IS 'takes the transaction lock under which one maintenance of a live summary runs at a time; without wait, says whether it was free';

CREATE FUNCTION @extschema@.pgcx_summary_compact(summary pg_catalog.regclass, wait pg_catalog.bool DEFAULT true)
RETURNS pg_catalog.int8
LANGUAGE plpgsql VOLATILE STRICT PARALLEL UNSAFE
SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
    d jsonb := @extschema@.pgcx_summary_definition(summary);
    pending regclass := format('%I.%I', d->>'schema', (d->>'summary') || '_pending')::regclass;
    compacted text := format('%I.%I', d->>'schema', (d->>'summary') || '_compacted');
    g text;
    s text;
    i int := 0;
    keys text := 'bucket';
    kcols text := 'k0';
    kpairs text := 'bucket AS k0';
    scols text := '';
    acols text := '';
    rcols text := '';
    aggs text := '';
    plus_set text := '';
    minus_set text := '';
    folded bigint;
    emptied bigint;
BEGIN
    FOR g IN SELECT jsonb_array_elements_text(d->'group_by') LOOP
        i := i + 1;
        keys := keys || format(', %I', g);
        kcols := kcols || format(', k%s', i);
        kpairs := kpairs || format(', %I AS k%s', g, i);
    END LOOP;
    i := 0;
    FOR s IN SELECT key FROM jsonb_each(d->'scores') ORDER BY key LOOP
        i := i + 1;
        scols := scols || format(', %I', s);
        acols := acols || format(', a%s', i);
        rcols := rcols || format(', r%s', i);
        aggs := aggs || format(', @extschema@.rollup(%1$I) FILTER (WHERE sign > 0) AS a%2$s, '
                               '@extschema@.rollup(%1$I) FILTER (WHERE sign < 0) AS r%2$s', s, i);
        plus_set := plus_set || format(', %1$I = CASE WHEN c.%1$I IS NULL THEN EXCLUDED.%1$I '
                                       'WHEN EXCLUDED.%1$I IS NULL THEN c.%1$I ELSE c.%1$I OPERATOR(@extschema@.+) EXCLUDED.%1$I END', s);
        minus_set := minus_set || format(', %1$I = @extschema@.score_dist_net(c.%1$I, EXCLUDED.%1$I)', s);
    END LOOP;

    -- a TRUNCATE of the source empties the summary: it waits for this
    -- compaction, or this compaction for it
    IF wait THEN
        EXECUTE format('LOCK TABLE %s IN ACCESS SHARE MODE', format('%I.%I', d->>'source_schema', d->>'source'));
    ELSE
        BEGIN
            EXECUTE format('LOCK TABLE %s IN ACCESS SHARE MODE NOWAIT', format('%I.%I', d->>'source_schema', d->>'source'));
        EXCEPTION WHEN lock_not_available THEN
            RETURN NULL;
        END;
    END IF;
    IF NOT @extschema@.pgcx_summary_lock(d, wait) THEN
        RETURN NULL;
    END IF;

    -- the additions are folded, the removals staged with sign -2: every
    -- removal is of answers whose addition is then folded
    folded := @extschema@.pgcx_summary_exec(pending, format(
        'WITH taken AS (DELETE FROM %1$s RETURNING bucket%2$s, sign, rows%3$s), '
        'net AS (SELECT %4$s, pg_catalog.sum(rows) FILTER (WHERE sign > 0) AS added, '
        '               pg_catalog.sum(rows) FILTER (WHERE sign < 0) AS removed, pg_catalog.count(*) AS n%5$s '
        '          FROM (SELECT %6$s, sign, rows%3$s FROM taken) AS t GROUP BY %4$s), '
        'plus AS (INSERT INTO %7$s AS c (bucket%2$s, rows%3$s) SELECT %4$s, added%8$s FROM net '
        '         WHERE added IS NOT NULL ORDER BY %4$s '
        '         ON CONFLICT (bucket%2$s) DO UPDATE SET rows = c.rows + EXCLUDED.rows%9$s), '
        'staged AS (INSERT INTO %1$s (bucket%2$s, sign, rows%3$s) SELECT %4$s, -2, removed%10$s FROM net '
        '           WHERE removed IS NOT NULL) '
        'SELECT pg_catalog.sum(n)::pg_catalog.int8 FROM net',
        pending, substr(keys, 7), scols, kcols, aggs, kpairs, compacted, acols, plus_set, rcols));
    emptied := @extschema@.pgcx_summary_exec(pending, format(
        'WITH taken AS (DELETE FROM %1$s WHERE sign = -2 RETURNING bucket%2$s, rows%3$s), '
        'minus AS (INSERT INTO %4$s AS c (bucket%2$s, rows%3$s) SELECT bucket%2$s, -rows%3$s FROM taken '
        '          ORDER BY bucket%2$s '
        '          ON CONFLICT (bucket%2$s) DO UPDATE SET rows = c.rows + EXCLUDED.rows%5$s RETURNING c.rows) '
        'SELECT pg_catalog.count(*) FILTER (WHERE rows <= 0) FROM minus',
        pending, substr(keys, 7), scols, compacted, minus_set));
    IF emptied > 0 THEN
        emptied := @extschema@.pgcx_summary_exec(pending, format(
            'WITH gone AS (DELETE FROM %s WHERE rows <= 0 RETURNING rows) '
            'SELECT pg_catalog.count(*) FILTER (WHERE rows < 0) FROM gone', compacted));
        IF emptied > 0 THEN
            RAISE EXCEPTION 'live summary "%" removes answers it never counted', summary
                USING ERRCODE = 'XX001',
                      DETAIL = 'Its tables were written outside pgcx.',
                      HINT = 'Recompute it from its source with pgcx_summary_rebuild().';
        END IF;
    END IF;
    RETURN coalesce(folded, 0);
END
$fn$;
COMMENT ON FUNCTION @extschema@.pgcx_summary_compact(pg_catalog.regclass, pg_catalog.bool) IS 'folds the pending changes of a live summary into its compacted figures, one compaction at a time per summary; returns the pending rows folded, or NULL without wait when another compaction runs';

CREATE FUNCTION @extschema@.pgcx_summary_rebuild(summary pg_catalog.regclass, buckets anyrange DEFAULT NULL::pg_catalog.tstzrange)
RETURNS pg_catalog.int8
LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE
SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
    d jsonb;
    pending regclass;
    compacted text;
    cond text := 'true';
    subtype regtype;
BEGIN
    IF summary IS NULL THEN
        RAISE EXCEPTION 'pgcx_summary_rebuild needs a summary' USING ERRCODE = '22004';
    END IF;
    d := @extschema@.pgcx_summary_definition(summary);
    pending := format('%I.%I', d->>'schema', (d->>'summary') || '_pending')::regclass;
    compacted := format('%I.%I', d->>'schema', (d->>'summary') || '_compacted');
    IF buckets IS NOT NULL THEN
        SELECT rngsubtype::regtype INTO subtype FROM pg_range WHERE rngtypid = pg_typeof(buckets);
        IF subtype::text <> d->>'time_type' THEN
            RAISE EXCEPTION 'buckets of type % do not match the summary''s buckets of type %',
                            pg_typeof(buckets), d->>'time_type'
                USING ERRCODE = '42804',
                      HINT = 'Give a range of the time column''s type, e.g. daterange(''2026-01-01'', ''2026-07-01'') for a date.';
        END IF;
        cond := format('%s <@ %L::%s', '%s', buckets, pg_typeof(buckets));
    END IF;
    -- writers wait: the rows of the range are recomputed from the source
    EXECUTE format('LOCK TABLE %s IN SHARE MODE', format('%I.%I', d->>'source_schema', d->>'source'));
    PERFORM @extschema@.pgcx_summary_lock(d);
    PERFORM @extschema@.pgcx_summary_exec(pending, format(
        'WITH c AS (DELETE FROM %s WHERE %s) DELETE FROM %s WHERE %s',
        compacted, format(cond, 'bucket'), pending, format(cond, 'bucket')));
    RETURN @extschema@.pgcx_summary_exec(pending,
        @extschema@.pgcx_summary_sql(d, 'fill', NULL, format(cond, '$bucket')));
END
$fn$;
COMMENT ON FUNCTION @extschema@.pgcx_summary_rebuild(pg_catalog.regclass, anyrange) IS 'recomputes a live summary from its source, for the buckets whose start lies in the range (all when NULL); writers wait meanwhile; returns the keys written';

CREATE FUNCTION @extschema@.pgcx_summary_sync(summary pg_catalog.regclass)
RETURNS void
LANGUAGE plpgsql VOLATILE STRICT PARALLEL UNSAFE
SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
    d jsonb := @extschema@.pgcx_summary_definition(summary);
    source regclass := format('%I.%I', d->>'source_schema', d->>'source')::regclass;
    pending regclass := format('%I.%I', d->>'schema', (d->>'summary') || '_pending')::regclass;
    r record;
BEGIN
    -- partitions created or attached: their triggers, and the rows they bring
    FOR r IN SELECT t.relid, c.relkind
               FROM pg_partition_tree(source) t JOIN pg_class c ON c.oid = t.relid
              WHERE t.relid NOT IN (SELECT @extschema@.pgcx_summary_followed(summary))
              ORDER BY t.level, t.relid LOOP
        PERFORM @extschema@.pgcx_summary_follow(d, r.relid);
        IF r.relkind = 'r' THEN
            PERFORM @extschema@.pgcx_summary_exec(pending, @extschema@.pgcx_summary_sql(d, 'add', r.relid));
        END IF;
    END LOOP;
    -- partitions detached: the rows they take away, and their triggers
    FOR r IN SELECT f.rel, c.relkind
               FROM @extschema@.pgcx_summary_followed(summary) f(rel) JOIN pg_class c ON c.oid = f.rel
              WHERE f.rel <> source AND f.rel NOT IN (SELECT t.relid FROM pg_partition_tree(source) t) LOOP
        IF r.relkind = 'r' THEN
            PERFORM @extschema@.pgcx_summary_exec(pending, @extschema@.pgcx_summary_sql(d, 'remove', r.rel));
        END IF;
        PERFORM @extschema@.pgcx_summary_unfollow(d, r.rel);
    END LOOP;
END
$fn$;
COMMENT ON FUNCTION @extschema@.pgcx_summary_sync(pg_catalog.regclass) IS 'follows the partitions of a live summary''s source: adds the triggers and rows of partitions created or attached, removes those of partitions detached (run by pgcx after CREATE TABLE and ALTER TABLE)';

CREATE FUNCTION @extschema@.pgcx_summary_drop(summary pg_catalog.regclass)
RETURNS void
LANGUAGE plpgsql VOLATILE STRICT PARALLEL UNSAFE
SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
    d jsonb := @extschema@.pgcx_summary_definition(summary);
    r record;
BEGIN
    FOR r IN SELECT f.rel FROM @extschema@.pgcx_summary_followed(summary) f(rel) LOOP
        PERFORM @extschema@.pgcx_summary_unfollow(d, r.rel);
    END LOOP;
    EXECUTE format('DROP VIEW %s', summary);
    EXECUTE format('DROP TABLE %I.%I, %I.%I',
                   d->>'schema', (d->>'summary') || '_compacted',
                   d->>'schema', (d->>'summary') || '_pending');
END
$fn$;
COMMENT ON FUNCTION @extschema@.pgcx_summary_drop(pg_catalog.regclass) IS 'removes a live summary: its view, its two tables and the triggers on its source and partitions';

CREATE FUNCTION @extschema@.pgcx_summary_verify(summary pg_catalog.regclass)
RETURNS TABLE (key pg_catalog.jsonb, summary_figures pg_catalog.jsonb, recomputed pg_catalog.jsonb)
LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
    d jsonb := @extschema@.pgcx_summary_definition(summary);
    keyjson text := '''bucket'', bucket';
    keys text := 'bucket';
    groups text := '';
    scoredoc text := '';
    aggdoc text := '';
    scols text := '';
    g text;
    s record;
BEGIN
    FOR g IN SELECT jsonb_array_elements_text(d->'group_by') LOOP
        keyjson := keyjson || format(', %L, %I', g, g);
        groups := groups || format(', %I', g);
    END LOOP;
    keys := keys || groups;
    FOR s IN SELECT e.key, e.value FROM jsonb_each(d->'scores') e ORDER BY e.key LOOP
        scoredoc := scoredoc || format(', %L, %I::pg_catalog.jsonb', s.key, s.key);
        aggdoc := aggdoc || format(', %L, @extschema@.score_dist_agg(%I, %s, %s)::pg_catalog.jsonb',
                                   s.key, s.key, (s.value->>0)::int, (s.value->>1)::int);
        scols := scols || format(', %I', s.key);
    END LOOP;
    RETURN QUERY EXECUTE format(
        'WITH shown AS (SELECT pg_catalog.jsonb_build_object(%1$s) AS k, pg_catalog.jsonb_build_object(%2$s) AS doc FROM %3$s), '
        'counted AS (SELECT pg_catalog.jsonb_build_object(%1$s) AS k, '
        '                   pg_catalog.jsonb_build_object(''rows'', pg_catalog.sum(CASE WHEN sign > 0 THEN rows ELSE -rows END)) AS doc '
        '              FROM (SELECT %4$s, 1 AS sign, rows FROM %5$s UNION ALL SELECT %4$s, sign, rows FROM %6$s) AS u '
        '             GROUP BY %4$s HAVING pg_catalog.sum(CASE WHEN sign > 0 THEN rows ELSE -rows END) <> 0), '
        'truth AS (SELECT pg_catalog.jsonb_build_object(%1$s) AS k, '
        '                 pg_catalog.jsonb_build_object(''rows'', pg_catalog.count(*)%7$s) AS doc '
        '            FROM (SELECT %8$s AS bucket%9$s%10$s FROM %11$s) AS src GROUP BY %4$s), '
        'sides AS (SELECT 1 AS side, k, doc FROM shown UNION ALL SELECT 2, k, doc FROM counted '
        '          UNION ALL SELECT 3, k, doc FROM truth), '
        'compared AS (SELECT k, '
        '       CASE WHEN pg_catalog.count(*) FILTER (WHERE side < 3) = 0 THEN NULL '
        '            ELSE COALESCE((pg_catalog.array_agg(doc) FILTER (WHERE side = 2))[1], ''{}'') '
        '                 OPERATOR(pg_catalog.||) COALESCE((pg_catalog.array_agg(doc) FILTER (WHERE side = 1))[1], ''{}'') END AS s, '
        '       (pg_catalog.array_agg(doc) FILTER (WHERE side = 3))[1] AS r '
        '  FROM sides GROUP BY k) '
        'SELECT k, s, r FROM compared WHERE s IS DISTINCT FROM r ORDER BY k',
        keyjson, substr(scoredoc, 3), summary,
        keys, format('%I.%I', d->>'schema', (d->>'summary') || '_compacted'),
        format('%I.%I', d->>'schema', (d->>'summary') || '_pending'),
        aggdoc,
        CASE WHEN d->>'time_zone' IS NULL
             THEN format('@extschema@.bucket_start(%I, %L::pg_catalog.interval)', d->>'time_column', d->>'bucket')
             ELSE format('@extschema@.bucket_start(%I, %L::pg_catalog.interval, %L)', d->>'time_column', d->>'bucket', d->>'time_zone') END,
        groups, scols,
        format('%I.%I', d->>'source_schema', d->>'source'));
END
$fn$;
COMMENT ON FUNCTION @extschema@.pgcx_summary_verify(pg_catalog.regclass) IS 'compares a live summary with a full recomputation from its source: one row per key whose figures differ (answers per score and rows), none when it is exact';

CREATE FUNCTION @extschema@.pgcx_summary_metrics(summary pg_catalog.regclass, per pg_catalog.interval DEFAULT NULL,
                                                metrics pg_catalog.jsonb DEFAULT NULL)
RETURNS TABLE (bucket pg_catalog.date, group_values pg_catalog.text[], score pg_catalog.text, metric pg_catalog.text,
               n pg_catalog.int8, value pg_catalog.float8, std_error pg_catalog.float8,
               ci_low pg_catalog.float8, ci_high pg_catalog.float8)
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
    d jsonb;
    own interval;
    own_days numeric;
    own_months numeric;
    per_days numeric;
    per_months numeric;
    day_expr text;
    groups text := '';
    gtext text := '';
    rolled text := '';
    branches text := '';
    m text;
    g text;
    s record;
BEGIN
    IF summary IS NULL THEN
        RAISE EXCEPTION 'pgcx_summary_metrics needs a summary' USING ERRCODE = '22004';
    END IF;
    d := @extschema@.pgcx_summary_definition(summary);
    own := (d->>'bucket')::interval;
    per := coalesce(per, own);
    PERFORM @extschema@.bucket_start(date '2000-01-03', per);
    own_days := extract(day FROM own);
    own_months := extract(year FROM own) * 12 + extract(month FROM own);
    per_days := extract(day FROM per);
    per_months := extract(year FROM per) * 12 + extract(month FROM per);
    IF NOT ((own_months > 0 AND per_months > 0 AND per_months % own_months = 0)
            OR (own_days > 0 AND per_days > 0 AND per_days % own_days = 0)
            OR (own_days = 1 AND per_months > 0)) THEN
        RAISE EXCEPTION 'cannot read a summary of buckets of % per %', own, per
            USING ERRCODE = '22023',
                  DETAIL = 'Each bucket read is made of whole buckets of the summary: a multiple of its days, months read from days, or a multiple of its months.';
    END IF;
    IF metrics IS NOT NULL AND jsonb_typeof(metrics) <> 'object' THEN
        RAISE EXCEPTION 'metrics must map score columns to nps, csat or ces'
            USING ERRCODE = '22023', DETAIL = 'For example {"effort": "ces"}.';
    END IF;
    FOR m IN SELECT k FROM jsonb_object_keys(coalesce(metrics, '{}')) k WHERE NOT d->'scores' ? k LOOP
        RAISE EXCEPTION 'metrics names "%", which is not a score column of the summary', m
            USING ERRCODE = '22023',
                  DETAIL = format('The score columns are %s.', (SELECT string_agg(k, ', ' ORDER BY k) FROM jsonb_object_keys(d->'scores') k));
    END LOOP;
    day_expr := CASE d->>'time_type'
                    WHEN 'date' THEN 'bucket'
                    WHEN 'timestamp without time zone' THEN 'bucket::pg_catalog.date'
                    ELSE format('pg_catalog.timezone(%L, bucket)::pg_catalog.date', d->>'time_zone') END;
    FOR g IN SELECT jsonb_array_elements_text(d->'group_by') LOOP
        groups := groups || format(', %I', g);
        gtext := gtext || format(', %I::pg_catalog.text', g);
    END LOOP;
    FOR s IN SELECT e.key, e.value FROM jsonb_each(d->'scores') e ORDER BY e.key LOOP
        rolled := rolled || format(', @extschema@.rollup(%1$I) AS %1$I', s.key);
        m := coalesce(lower(metrics->>s.key),
                      CASE WHEN s.value = '[0, 10]' THEN 'nps'
                           WHEN s.value = '[1, 5]' THEN 'csat'
                           ELSE 'ces' END);
        m := CASE m WHEN 'top2' THEN 'csat' WHEN 'mean' THEN 'ces' ELSE m END;
        IF m NOT IN ('nps', 'csat', 'ces') THEN
            RAISE EXCEPTION 'unknown metric "%" in pgcx_summary_metrics', metrics->>s.key
                USING ERRCODE = '22023', DETAIL = 'The metric is nps, csat or top2 (the top-two-box share), ces or mean (the mean answer).';
        END IF;
        branches := branches || CASE WHEN branches = '' THEN '' ELSE ' UNION ALL ' END
            || format('SELECT pgcx_b, pgcx_gv, %L, %L, (pgcx_x).n, (pgcx_x).%s, (pgcx_x).std_error, (pgcx_x).ci_low, (pgcx_x).ci_high '
                      'FROM (SELECT pgcx_b, pgcx_gv, @extschema@.%s_stats(%I) AS pgcx_x FROM rolled WHERE %I IS NOT NULL) AS t',
                      s.key, m, CASE m WHEN 'nps' THEN 'nps' WHEN 'csat' THEN 'csat' ELSE 'mean' END,
                      m, s.key, s.key);
    END LOOP;
    RETURN QUERY EXECUTE format(
        'WITH rolled AS (SELECT @extschema@.bucket_start(%s, %L::pg_catalog.interval) AS pgcx_b, '
        '                       ARRAY[%s]::pg_catalog.text[] AS pgcx_gv%s '
        '                  FROM %s GROUP BY 1%s) '
        'SELECT * FROM (%s) AS m ORDER BY 1, 2, 3',
        day_expr, per, substr(gtext, 3), rolled, summary, groups, branches);
END
$fn$;
COMMENT ON FUNCTION @extschema@.pgcx_summary_metrics(pg_catalog.regclass, pg_catalog.interval, pg_catalog.jsonb) IS 'reads a live summary as a dashboard does: per bucket (rolled up to per, e.g. months from days), group and score column, the metric (NPS for 0-10, CSAT for 1-5, else the mean, or as metrics says) with its standard error and 95 % interval';

CREATE FUNCTION @extschema@.pgcx_summary_moves_partitions(command pg_catalog.pg_ddl_command)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'pgcx_summary_moves_partitions' LANGUAGE C STRICT STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.pgcx_summary_moves_partitions(pg_catalog.pg_ddl_command) IS 'whether a command reported by an event trigger creates, attaches or detaches a partition';

-- After DDL: partitions created, attached or detached are followed; a
-- summary whose source, view, tables or columns were renamed, moved or
-- retyped is refused (the command fails); a source given to another owner
-- gives its summary to that owner too.  A table that holds rows of a
-- summary, or a summary's own view or table, cannot be dropped from under
-- it.
CREATE FUNCTION @extschema@.pgcx_summary_ddl()
RETURNS event_trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
    s record;
    d jsonb;
    source regclass;
    view_name text;
    col text;
    coltype regtype;
    owner oid;
BEGIN
    IF current_setting('pgcx.summary_maintenance', true) = 'on'
       OR NOT EXISTS (SELECT FROM pg_trigger WHERE tgfoid = '@extschema@.pgcx_summary_capture()'::regprocedure) THEN
        RETURN;
    END IF;
    FOR s IN SELECT DISTINCT ON (def->>'schema', def->>'summary') x.def, t.tgrelid
               FROM pg_trigger t
              CROSS JOIN LATERAL (SELECT @extschema@.pgcx_summary_parse(t.tgargs) AS def) x
              WHERE t.tgfoid = '@extschema@.pgcx_summary_capture()'::regprocedure
                AND (t.tgtype & 4) <> 0 AND x.def IS NOT NULL
              ORDER BY def->>'schema', def->>'summary', t.tgrelid LOOP
        d := s.def;
        view_name := format('%I.%I', d->>'schema', d->>'summary');
        source := to_regclass(format('%I.%I', d->>'source_schema', d->>'source'));
        IF source IS NULL
           OR NOT EXISTS (SELECT FROM pg_trigger t
                           WHERE t.tgrelid = source AND t.tgfoid = '@extschema@.pgcx_summary_capture()'::regprocedure
                             AND @extschema@.pgcx_summary_parse(t.tgargs) = d) THEN
            RAISE EXCEPTION 'cannot rename or move the source of the live summary %', view_name
                USING ERRCODE = '2BP01',
                      DETAIL = format('The summary reads %I.%I by that name.', d->>'source_schema', d->>'source'),
                      HINT = 'Drop the summary with pgcx_summary_drop(), change the table, and make the summary again.';
        END IF;
        IF (SELECT relkind FROM pg_class WHERE oid = source) = 'r'
           AND EXISTS (SELECT FROM pg_inherits WHERE inhparent = source) THEN
            RAISE EXCEPTION 'cannot give the source of the live summary % an inheritance child', view_name
                USING ERRCODE = '0A000',
                      DETAIL = 'Statement triggers of a parent do not see the rows written into its children.',
                      HINT = 'Use declarative partitioning, whose partitions pgcx follows.';
        END IF;
        IF to_regclass(view_name) IS NULL
           OR to_regclass(format('%I.%I', d->>'schema', (d->>'summary') || '_compacted')) IS NULL
           OR to_regclass(format('%I.%I', d->>'schema', (d->>'summary') || '_pending')) IS NULL THEN
            RAISE EXCEPTION 'cannot rename or move the view or tables of the live summary %', view_name
                USING ERRCODE = '2BP01',
                      HINT = 'Drop the summary with pgcx_summary_drop() and make it again under the new name.';
        END IF;
        FOR col IN SELECT d->>'time_column'
                   UNION ALL SELECT jsonb_array_elements_text(d->'group_by')
                   UNION ALL SELECT jsonb_object_keys(d->'scores') LOOP
            SELECT a.atttypid::regtype INTO coltype
              FROM pg_attribute a WHERE a.attrelid = source AND a.attname = col AND a.attnum > 0 AND NOT a.attisdropped;
            IF coltype IS NULL
               OR (col = d->>'time_column' AND coltype::text <> d->>'time_type')
               OR (d->'scores' ? col AND coltype NOT IN ('smallint'::regtype, 'integer'::regtype, 'bigint'::regtype,
                                                          'numeric'::regtype, 'real'::regtype, 'double precision'::regtype))
               OR (d->'group_by' ? col AND coltype IS DISTINCT FROM
                       (SELECT a.atttypid::regtype FROM pg_attribute a
                         WHERE a.attrelid = to_regclass(format('%I.%I', d->>'schema', (d->>'summary') || '_compacted'))
                           AND a.attname = col AND NOT a.attisdropped)) THEN
                RAISE EXCEPTION 'cannot rename, drop or retype column "%" of %: the live summary % reads it', col, source, view_name
                    USING ERRCODE = '2BP01',
                          HINT = 'Drop the summary with pgcx_summary_drop(), change the column, and make the summary again.';
            END IF;
        END LOOP;
        -- a new owner of the source owns its summary
        owner := (SELECT relowner FROM pg_class WHERE oid = source);
        IF owner <> (SELECT relowner FROM pg_class WHERE oid = format('%I.%I', d->>'schema', (d->>'summary') || '_pending')::regclass) THEN
            PERFORM set_config('pgcx.summary_maintenance', 'on', true);
            EXECUTE format('ALTER TABLE %I.%I OWNER TO %s', d->>'schema', (d->>'summary') || '_compacted', owner::regrole);
            EXECUTE format('ALTER TABLE %I.%I OWNER TO %s', d->>'schema', (d->>'summary') || '_pending', owner::regrole);
            EXECUTE format('ALTER VIEW %s OWNER TO %s', view_name, owner::regrole);
            PERFORM set_config('pgcx.summary_maintenance', 'off', true);
        END IF;
    END LOOP;

    FOR s IN SELECT ls.summary
               FROM @extschema@.pgcx_summaries ls JOIN pg_class c ON c.oid = ls.source
              WHERE c.relkind = 'p' AND ls.summary IS NOT NULL
                AND EXISTS (SELECT FROM pg_event_trigger_ddl_commands() e
                             CROSS JOIN LATERAL pg_partition_ancestors(e.objid) a
                             WHERE e.classid = 'pg_class'::regclass AND a.relid = ls.source
                               AND @extschema@.pgcx_summary_moves_partitions(e.command)) LOOP
        PERFORM @extschema@.pgcx_summary_sync(s.summary);
    END LOOP;
END
$fn$;
COMMENT ON FUNCTION @extschema@.pgcx_summary_ddl() IS 'event trigger of live summaries: follows partitions created, attached or detached under a summarized table and owners given to a source; refuses to rename, move or retype what a summary reads';

CREATE FUNCTION @extschema@.pgcx_summary_drop_check()
RETURNS event_trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
    o record;
BEGIN
    IF current_setting('pgcx.summary_maintenance', true) = 'on'
       OR EXISTS (SELECT FROM pg_event_trigger_dropped_objects() x
                   WHERE x.object_type = 'extension' AND x.object_identity = 'pgcx') THEN
        RETURN;
    END IF;
    -- the view or a table of a summary whose triggers remain
    FOR o IN SELECT x.object_identity, p.def
               FROM pg_event_trigger_dropped_objects() x
               JOIN (SELECT DISTINCT @extschema@.pgcx_summary_parse(t.tgargs) AS def
                       FROM pg_trigger t
                      WHERE t.tgfoid = '@extschema@.pgcx_summary_capture()'::regprocedure) p
                 ON p.def IS NOT NULL AND x.object_type IN ('view', 'table')
                AND x.address_names[1] = p.def->>'schema'
                AND x.address_names[2] IN (p.def->>'summary', (p.def->>'summary') || '_compacted',
                                           (p.def->>'summary') || '_pending') LOOP
        RAISE EXCEPTION 'cannot drop %: it belongs to the live summary %.%', o.object_identity,
                        quote_ident(o.def->>'schema'), quote_ident(o.def->>'summary')
            USING ERRCODE = '2BP01',
                  HINT = 'Drop the summary with pgcx_summary_drop().';
    END LOOP;
    -- the triggers of a summary dropped with their table, the summary's
    -- view remaining
    FOR o IN SELECT x.address_names AS a, x.original
               FROM pg_event_trigger_dropped_objects() x
              WHERE x.object_type = 'trigger' AND x.address_names[3] LIKE 'pgcx\_%\_ins'
                AND EXISTS (SELECT FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                             WHERE c.relkind = 'v'
                               AND @extschema@.pgcx_summary_trigger_prefix(n.nspname, c.relname) || '_ins' = x.address_names[3]) LOOP
        RAISE EXCEPTION 'cannot drop the trigger "%" of %.%: it keeps a live summary exact', o.a[3], o.a[1], o.a[2]
            USING ERRCODE = '2BP01',
                  HINT = CASE WHEN o.original
                              THEN 'Drop the summary with pgcx_summary_drop().'
                              ELSE 'Drop the summary with pgcx_summary_drop() first; a partition can also be detached first (ALTER TABLE ... DETACH PARTITION ...), its rows then leave the summary.' END;
    END LOOP;
END
$fn$;
COMMENT ON FUNCTION @extschema@.pgcx_summary_drop_check() IS 'event trigger of live summaries: refuses to drop a summary''s view or tables, or a table or trigger that keeps a summary exact, unless the whole summary goes';

CREATE EVENT TRIGGER pgcx_summary_partitions ON ddl_command_end
    WHEN TAG IN ('CREATE TABLE', 'ALTER TABLE', 'ALTER VIEW', 'ALTER SCHEMA')
    EXECUTE FUNCTION @extschema@.pgcx_summary_ddl();
CREATE EVENT TRIGGER pgcx_summary_drops ON sql_drop
    EXECUTE FUNCTION @extschema@.pgcx_summary_drop_check();

-- ---------------------------------------------------------------------
-- Key drivers: which part of the experience moves an outcome.
--
-- driver_stats([row_key,] outcome, drivers[] [, weight]) gathers, in one
-- parallel and splittable scan, the sufficient statistics of an outcome and
-- its drivers (exact 128-bit sums for unweighted integer answers; with a row
-- key, per group of rows for the jackknife); key_drivers(stats, names)
-- ranks the drivers by their Shapley value (LMG) and relative weight with
-- intervals, first and last contributions to R² and standardized
-- coefficient; driver_weights, driver_r2, driver_performance,
-- driver_dominance and driver_conditional_dominance give the rest.
-- ---------------------------------------------------------------------

CREATE TYPE @extschema@.driver_stats;

CREATE FUNCTION @extschema@.driver_stats_in(input pg_catalog.cstring)
RETURNS @extschema@.driver_stats
AS 'MODULE_PATHNAME', 'driver_stats_in'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.driver_stats_out(value @extschema@.driver_stats)
RETURNS pg_catalog.cstring
AS 'MODULE_PATHNAME', 'driver_stats_out'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.driver_stats_recv(buf pg_catalog.internal)
RETURNS @extschema@.driver_stats
AS 'MODULE_PATHNAME', 'driver_stats_recv'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.driver_stats_send(value @extschema@.driver_stats)
RETURNS pg_catalog.bytea
AS 'MODULE_PATHNAME', 'driver_stats_send'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE @extschema@.driver_stats (
    INPUT = @extschema@.driver_stats_in,
    OUTPUT = @extschema@.driver_stats_out,
    RECEIVE = @extschema@.driver_stats_recv,
    SEND = @extschema@.driver_stats_send,
    INTERNALLENGTH = VARIABLE,
    ALIGNMENT = double,
    STORAGE = extended
);
COMMENT ON FUNCTION @extschema@.driver_stats_in(pg_catalog.cstring) IS 'text input of driver_stats';
COMMENT ON FUNCTION @extschema@.driver_stats_out(@extschema@.driver_stats) IS 'text output of driver_stats';
COMMENT ON FUNCTION @extschema@.driver_stats_recv(pg_catalog.internal) IS 'binary input of driver_stats, validated like text input';
COMMENT ON FUNCTION @extschema@.driver_stats_send(@extschema@.driver_stats) IS 'binary output of driver_stats';
COMMENT ON TYPE @extschema@.driver_stats IS 'sufficient statistics of an outcome and its drivers (n, sums and cross products, exact for integer answers), read by key_drivers';

CREATE FUNCTION @extschema@.driver_stats_trans(state @extschema@.driver_stats, outcome pg_catalog.int2, drivers pg_catalog.int2[])
RETURNS @extschema@.driver_stats
AS 'MODULE_PATHNAME', 'driver_stats_trans'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.driver_stats_trans(@extschema@.driver_stats, pg_catalog.int2, pg_catalog.int2[]) IS 'transition of driver_stats: add one row (left out and counted if it has a NULL)';
CREATE FUNCTION @extschema@.driver_stats_trans(state @extschema@.driver_stats, outcome pg_catalog.int4, drivers pg_catalog.int4[])
RETURNS @extschema@.driver_stats
AS 'MODULE_PATHNAME', 'driver_stats_trans'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.driver_stats_trans(@extschema@.driver_stats, pg_catalog.int4, pg_catalog.int4[]) IS 'transition of driver_stats: add one row (left out and counted if it has a NULL)';
CREATE FUNCTION @extschema@.driver_stats_trans(state @extschema@.driver_stats, outcome pg_catalog.int8, drivers pg_catalog.int8[])
RETURNS @extschema@.driver_stats
AS 'MODULE_PATHNAME', 'driver_stats_trans'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.driver_stats_trans(@extschema@.driver_stats, pg_catalog.int8, pg_catalog.int8[]) IS 'transition of driver_stats: add one row (left out and counted if it has a NULL)';
CREATE FUNCTION @extschema@.driver_stats_trans(state @extschema@.driver_stats, outcome pg_catalog.float8, drivers pg_catalog.float8[])
RETURNS @extschema@.driver_stats
AS 'MODULE_PATHNAME', 'driver_stats_trans'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.driver_stats_trans(@extschema@.driver_stats, pg_catalog.float8, pg_catalog.float8[]) IS 'transition of driver_stats: add one row (left out and counted if it has a NULL)';
CREATE FUNCTION @extschema@.driver_stats_trans(state @extschema@.driver_stats, outcome pg_catalog.float8, drivers pg_catalog.float8[], weight pg_catalog.float8)
RETURNS @extschema@.driver_stats
AS 'MODULE_PATHNAME', 'driver_stats_trans_weighted'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.driver_stats_trans(@extschema@.driver_stats, pg_catalog.float8, pg_catalog.float8[], pg_catalog.float8) IS 'transition of the weighted driver_stats: add one row with its weight';
CREATE FUNCTION @extschema@.driver_stats_trans(state @extschema@.driver_stats, row_key pg_catalog.int8, outcome pg_catalog.int2, drivers pg_catalog.int2[])
RETURNS @extschema@.driver_stats
AS 'MODULE_PATHNAME', 'driver_stats_trans_keyed'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.driver_stats_trans(state @extschema@.driver_stats, row_key pg_catalog.text, outcome pg_catalog.int2, drivers pg_catalog.int2[])
RETURNS @extschema@.driver_stats
AS 'MODULE_PATHNAME', 'driver_stats_trans_keyed'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.driver_stats_trans(state @extschema@.driver_stats, row_key pg_catalog.uuid, outcome pg_catalog.int2, drivers pg_catalog.int2[])
RETURNS @extschema@.driver_stats
AS 'MODULE_PATHNAME', 'driver_stats_trans_keyed'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.driver_stats_trans(@extschema@.driver_stats, pg_catalog.int8, pg_catalog.int2, pg_catalog.int2[]) IS 'transition of driver_stats with a row key: add one row to the group of its key';
COMMENT ON FUNCTION @extschema@.driver_stats_trans(@extschema@.driver_stats, pg_catalog.text, pg_catalog.int2, pg_catalog.int2[]) IS 'transition of driver_stats with a row key: add one row to the group of its key';
COMMENT ON FUNCTION @extschema@.driver_stats_trans(@extschema@.driver_stats, pg_catalog.uuid, pg_catalog.int2, pg_catalog.int2[]) IS 'transition of driver_stats with a row key: add one row to the group of its key';
CREATE FUNCTION @extschema@.driver_stats_trans(state @extschema@.driver_stats, row_key pg_catalog.int8, outcome pg_catalog.int4, drivers pg_catalog.int4[])
RETURNS @extschema@.driver_stats
AS 'MODULE_PATHNAME', 'driver_stats_trans_keyed'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.driver_stats_trans(state @extschema@.driver_stats, row_key pg_catalog.text, outcome pg_catalog.int4, drivers pg_catalog.int4[])
RETURNS @extschema@.driver_stats
AS 'MODULE_PATHNAME', 'driver_stats_trans_keyed'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.driver_stats_trans(state @extschema@.driver_stats, row_key pg_catalog.uuid, outcome pg_catalog.int4, drivers pg_catalog.int4[])
RETURNS @extschema@.driver_stats
AS 'MODULE_PATHNAME', 'driver_stats_trans_keyed'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.driver_stats_trans(@extschema@.driver_stats, pg_catalog.int8, pg_catalog.int4, pg_catalog.int4[]) IS 'transition of driver_stats with a row key: add one row to the group of its key';
COMMENT ON FUNCTION @extschema@.driver_stats_trans(@extschema@.driver_stats, pg_catalog.text, pg_catalog.int4, pg_catalog.int4[]) IS 'transition of driver_stats with a row key: add one row to the group of its key';
COMMENT ON FUNCTION @extschema@.driver_stats_trans(@extschema@.driver_stats, pg_catalog.uuid, pg_catalog.int4, pg_catalog.int4[]) IS 'transition of driver_stats with a row key: add one row to the group of its key';
CREATE FUNCTION @extschema@.driver_stats_trans(state @extschema@.driver_stats, row_key pg_catalog.int8, outcome pg_catalog.int8, drivers pg_catalog.int8[])
RETURNS @extschema@.driver_stats
AS 'MODULE_PATHNAME', 'driver_stats_trans_keyed'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.driver_stats_trans(state @extschema@.driver_stats, row_key pg_catalog.text, outcome pg_catalog.int8, drivers pg_catalog.int8[])
RETURNS @extschema@.driver_stats
AS 'MODULE_PATHNAME', 'driver_stats_trans_keyed'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.driver_stats_trans(state @extschema@.driver_stats, row_key pg_catalog.uuid, outcome pg_catalog.int8, drivers pg_catalog.int8[])
RETURNS @extschema@.driver_stats
AS 'MODULE_PATHNAME', 'driver_stats_trans_keyed'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.driver_stats_trans(@extschema@.driver_stats, pg_catalog.int8, pg_catalog.int8, pg_catalog.int8[]) IS 'transition of driver_stats with a row key: add one row to the group of its key';
COMMENT ON FUNCTION @extschema@.driver_stats_trans(@extschema@.driver_stats, pg_catalog.text, pg_catalog.int8, pg_catalog.int8[]) IS 'transition of driver_stats with a row key: add one row to the group of its key';
COMMENT ON FUNCTION @extschema@.driver_stats_trans(@extschema@.driver_stats, pg_catalog.uuid, pg_catalog.int8, pg_catalog.int8[]) IS 'transition of driver_stats with a row key: add one row to the group of its key';
CREATE FUNCTION @extschema@.driver_stats_trans(state @extschema@.driver_stats, row_key pg_catalog.int8, outcome pg_catalog.float8, drivers pg_catalog.float8[])
RETURNS @extschema@.driver_stats
AS 'MODULE_PATHNAME', 'driver_stats_trans_keyed'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.driver_stats_trans(state @extschema@.driver_stats, row_key pg_catalog.text, outcome pg_catalog.float8, drivers pg_catalog.float8[])
RETURNS @extschema@.driver_stats
AS 'MODULE_PATHNAME', 'driver_stats_trans_keyed'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.driver_stats_trans(state @extschema@.driver_stats, row_key pg_catalog.uuid, outcome pg_catalog.float8, drivers pg_catalog.float8[])
RETURNS @extschema@.driver_stats
AS 'MODULE_PATHNAME', 'driver_stats_trans_keyed'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.driver_stats_trans(@extschema@.driver_stats, pg_catalog.int8, pg_catalog.float8, pg_catalog.float8[]) IS 'transition of driver_stats with a row key: add one row to the group of its key';
COMMENT ON FUNCTION @extschema@.driver_stats_trans(@extschema@.driver_stats, pg_catalog.text, pg_catalog.float8, pg_catalog.float8[]) IS 'transition of driver_stats with a row key: add one row to the group of its key';
COMMENT ON FUNCTION @extschema@.driver_stats_trans(@extschema@.driver_stats, pg_catalog.uuid, pg_catalog.float8, pg_catalog.float8[]) IS 'transition of driver_stats with a row key: add one row to the group of its key';
CREATE FUNCTION @extschema@.driver_stats_trans(state @extschema@.driver_stats, row_key pg_catalog.int8, outcome pg_catalog.float8, drivers pg_catalog.float8[], weight pg_catalog.float8)
RETURNS @extschema@.driver_stats
AS 'MODULE_PATHNAME', 'driver_stats_trans_keyed_weighted'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.driver_stats_trans(state @extschema@.driver_stats, row_key pg_catalog.text, outcome pg_catalog.float8, drivers pg_catalog.float8[], weight pg_catalog.float8)
RETURNS @extschema@.driver_stats
AS 'MODULE_PATHNAME', 'driver_stats_trans_keyed_weighted'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.driver_stats_trans(state @extschema@.driver_stats, row_key pg_catalog.uuid, outcome pg_catalog.float8, drivers pg_catalog.float8[], weight pg_catalog.float8)
RETURNS @extschema@.driver_stats
AS 'MODULE_PATHNAME', 'driver_stats_trans_keyed_weighted'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.driver_stats_trans(@extschema@.driver_stats, pg_catalog.int8, pg_catalog.float8, pg_catalog.float8[], pg_catalog.float8) IS 'transition of the weighted driver_stats with a row key: add one row with its weight to the group of its key';
COMMENT ON FUNCTION @extschema@.driver_stats_trans(@extschema@.driver_stats, pg_catalog.text, pg_catalog.float8, pg_catalog.float8[], pg_catalog.float8) IS 'transition of the weighted driver_stats with a row key: add one row with its weight to the group of its key';
COMMENT ON FUNCTION @extschema@.driver_stats_trans(@extschema@.driver_stats, pg_catalog.uuid, pg_catalog.float8, pg_catalog.float8[], pg_catalog.float8) IS 'transition of the weighted driver_stats with a row key: add one row with its weight to the group of its key';
CREATE FUNCTION @extschema@.driver_stats_inverse(state @extschema@.driver_stats, outcome pg_catalog.int2, drivers pg_catalog.int2[])
RETURNS @extschema@.driver_stats
AS 'MODULE_PATHNAME', 'driver_stats_inverse'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.driver_stats_inverse(@extschema@.driver_stats, pg_catalog.int2, pg_catalog.int2[]) IS 'inverse transition of driver_stats (moving windows): remove one row exactly';
CREATE FUNCTION @extschema@.driver_stats_inverse(state @extschema@.driver_stats, outcome pg_catalog.int4, drivers pg_catalog.int4[])
RETURNS @extschema@.driver_stats
AS 'MODULE_PATHNAME', 'driver_stats_inverse'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.driver_stats_inverse(@extschema@.driver_stats, pg_catalog.int4, pg_catalog.int4[]) IS 'inverse transition of driver_stats (moving windows): remove one row exactly';
CREATE FUNCTION @extschema@.driver_stats_inverse(state @extschema@.driver_stats, outcome pg_catalog.int8, drivers pg_catalog.int8[])
RETURNS @extschema@.driver_stats
AS 'MODULE_PATHNAME', 'driver_stats_inverse'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.driver_stats_inverse(@extschema@.driver_stats, pg_catalog.int8, pg_catalog.int8[]) IS 'inverse transition of driver_stats (moving windows): remove one row exactly';
CREATE FUNCTION @extschema@.driver_stats_inverse(state @extschema@.driver_stats, row_key pg_catalog.int8, outcome pg_catalog.int2, drivers pg_catalog.int2[])
RETURNS @extschema@.driver_stats
AS 'MODULE_PATHNAME', 'driver_stats_inverse_keyed'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.driver_stats_inverse(state @extschema@.driver_stats, row_key pg_catalog.text, outcome pg_catalog.int2, drivers pg_catalog.int2[])
RETURNS @extschema@.driver_stats
AS 'MODULE_PATHNAME', 'driver_stats_inverse_keyed'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.driver_stats_inverse(state @extschema@.driver_stats, row_key pg_catalog.uuid, outcome pg_catalog.int2, drivers pg_catalog.int2[])
RETURNS @extschema@.driver_stats
AS 'MODULE_PATHNAME', 'driver_stats_inverse_keyed'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.driver_stats_inverse(@extschema@.driver_stats, pg_catalog.int8, pg_catalog.int2, pg_catalog.int2[]) IS 'inverse transition of driver_stats with a row key: remove one row exactly from the group of its key';
COMMENT ON FUNCTION @extschema@.driver_stats_inverse(@extschema@.driver_stats, pg_catalog.text, pg_catalog.int2, pg_catalog.int2[]) IS 'inverse transition of driver_stats with a row key: remove one row exactly from the group of its key';
COMMENT ON FUNCTION @extschema@.driver_stats_inverse(@extschema@.driver_stats, pg_catalog.uuid, pg_catalog.int2, pg_catalog.int2[]) IS 'inverse transition of driver_stats with a row key: remove one row exactly from the group of its key';
CREATE FUNCTION @extschema@.driver_stats_inverse(state @extschema@.driver_stats, row_key pg_catalog.int8, outcome pg_catalog.int4, drivers pg_catalog.int4[])
RETURNS @extschema@.driver_stats
AS 'MODULE_PATHNAME', 'driver_stats_inverse_keyed'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.driver_stats_inverse(state @extschema@.driver_stats, row_key pg_catalog.text, outcome pg_catalog.int4, drivers pg_catalog.int4[])
RETURNS @extschema@.driver_stats
AS 'MODULE_PATHNAME', 'driver_stats_inverse_keyed'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.driver_stats_inverse(state @extschema@.driver_stats, row_key pg_catalog.uuid, outcome pg_catalog.int4, drivers pg_catalog.int4[])
RETURNS @extschema@.driver_stats
AS 'MODULE_PATHNAME', 'driver_stats_inverse_keyed'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.driver_stats_inverse(@extschema@.driver_stats, pg_catalog.int8, pg_catalog.int4, pg_catalog.int4[]) IS 'inverse transition of driver_stats with a row key: remove one row exactly from the group of its key';
COMMENT ON FUNCTION @extschema@.driver_stats_inverse(@extschema@.driver_stats, pg_catalog.text, pg_catalog.int4, pg_catalog.int4[]) IS 'inverse transition of driver_stats with a row key: remove one row exactly from the group of its key';
COMMENT ON FUNCTION @extschema@.driver_stats_inverse(@extschema@.driver_stats, pg_catalog.uuid, pg_catalog.int4, pg_catalog.int4[]) IS 'inverse transition of driver_stats with a row key: remove one row exactly from the group of its key';
CREATE FUNCTION @extschema@.driver_stats_inverse(state @extschema@.driver_stats, row_key pg_catalog.int8, outcome pg_catalog.int8, drivers pg_catalog.int8[])
RETURNS @extschema@.driver_stats
AS 'MODULE_PATHNAME', 'driver_stats_inverse_keyed'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.driver_stats_inverse(state @extschema@.driver_stats, row_key pg_catalog.text, outcome pg_catalog.int8, drivers pg_catalog.int8[])
RETURNS @extschema@.driver_stats
AS 'MODULE_PATHNAME', 'driver_stats_inverse_keyed'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.driver_stats_inverse(state @extschema@.driver_stats, row_key pg_catalog.uuid, outcome pg_catalog.int8, drivers pg_catalog.int8[])
RETURNS @extschema@.driver_stats
AS 'MODULE_PATHNAME', 'driver_stats_inverse_keyed'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.driver_stats_inverse(@extschema@.driver_stats, pg_catalog.int8, pg_catalog.int8, pg_catalog.int8[]) IS 'inverse transition of driver_stats with a row key: remove one row exactly from the group of its key';
COMMENT ON FUNCTION @extschema@.driver_stats_inverse(@extschema@.driver_stats, pg_catalog.text, pg_catalog.int8, pg_catalog.int8[]) IS 'inverse transition of driver_stats with a row key: remove one row exactly from the group of its key';
COMMENT ON FUNCTION @extschema@.driver_stats_inverse(@extschema@.driver_stats, pg_catalog.uuid, pg_catalog.int8, pg_catalog.int8[]) IS 'inverse transition of driver_stats with a row key: remove one row exactly from the group of its key';
CREATE FUNCTION @extschema@.driver_stats_combine(a @extschema@.driver_stats, b @extschema@.driver_stats)
RETURNS @extschema@.driver_stats
AS 'MODULE_PATHNAME', 'driver_stats_combine'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.driver_stats_combine(@extschema@.driver_stats, @extschema@.driver_stats) IS 'combine function of driver_stats: merge the statistics of two sets of rows';

CREATE AGGREGATE @extschema@.driver_stats(outcome pg_catalog.int2, drivers pg_catalog.int2[]) (
    SFUNC = @extschema@.driver_stats_trans, STYPE = @extschema@.driver_stats,
    COMBINEFUNC = @extschema@.driver_stats_combine,
    MSFUNC = @extschema@.driver_stats_trans, MINVFUNC = @extschema@.driver_stats_inverse,
    MSTYPE = @extschema@.driver_stats, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.driver_stats(outcome pg_catalog.int4, drivers pg_catalog.int4[]) (
    SFUNC = @extschema@.driver_stats_trans, STYPE = @extschema@.driver_stats,
    COMBINEFUNC = @extschema@.driver_stats_combine,
    MSFUNC = @extschema@.driver_stats_trans, MINVFUNC = @extschema@.driver_stats_inverse,
    MSTYPE = @extschema@.driver_stats, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.driver_stats(outcome pg_catalog.int8, drivers pg_catalog.int8[]) (
    SFUNC = @extschema@.driver_stats_trans, STYPE = @extschema@.driver_stats,
    COMBINEFUNC = @extschema@.driver_stats_combine,
    MSFUNC = @extschema@.driver_stats_trans, MINVFUNC = @extschema@.driver_stats_inverse,
    MSTYPE = @extschema@.driver_stats, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.driver_stats(outcome pg_catalog.float8, drivers pg_catalog.float8[]) (
    SFUNC = @extschema@.driver_stats_trans, STYPE = @extschema@.driver_stats,
    COMBINEFUNC = @extschema@.driver_stats_combine, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.driver_stats(outcome pg_catalog.float8, drivers pg_catalog.float8[], weight pg_catalog.float8) (
    SFUNC = @extschema@.driver_stats_trans, STYPE = @extschema@.driver_stats,
    COMBINEFUNC = @extschema@.driver_stats_combine, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.driver_stats(row_key pg_catalog.int8, outcome pg_catalog.int2, drivers pg_catalog.int2[]) (
    SFUNC = @extschema@.driver_stats_trans, STYPE = @extschema@.driver_stats,
    COMBINEFUNC = @extschema@.driver_stats_combine,
    MSFUNC = @extschema@.driver_stats_trans, MINVFUNC = @extschema@.driver_stats_inverse,
    MSTYPE = @extschema@.driver_stats, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.driver_stats(row_key pg_catalog.text, outcome pg_catalog.int2, drivers pg_catalog.int2[]) (
    SFUNC = @extschema@.driver_stats_trans, STYPE = @extschema@.driver_stats,
    COMBINEFUNC = @extschema@.driver_stats_combine,
    MSFUNC = @extschema@.driver_stats_trans, MINVFUNC = @extschema@.driver_stats_inverse,
    MSTYPE = @extschema@.driver_stats, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.driver_stats(row_key pg_catalog.uuid, outcome pg_catalog.int2, drivers pg_catalog.int2[]) (
    SFUNC = @extschema@.driver_stats_trans, STYPE = @extschema@.driver_stats,
    COMBINEFUNC = @extschema@.driver_stats_combine,
    MSFUNC = @extschema@.driver_stats_trans, MINVFUNC = @extschema@.driver_stats_inverse,
    MSTYPE = @extschema@.driver_stats, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.driver_stats(row_key pg_catalog.int8, outcome pg_catalog.int4, drivers pg_catalog.int4[]) (
    SFUNC = @extschema@.driver_stats_trans, STYPE = @extschema@.driver_stats,
    COMBINEFUNC = @extschema@.driver_stats_combine,
    MSFUNC = @extschema@.driver_stats_trans, MINVFUNC = @extschema@.driver_stats_inverse,
    MSTYPE = @extschema@.driver_stats, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.driver_stats(row_key pg_catalog.text, outcome pg_catalog.int4, drivers pg_catalog.int4[]) (
    SFUNC = @extschema@.driver_stats_trans, STYPE = @extschema@.driver_stats,
    COMBINEFUNC = @extschema@.driver_stats_combine,
    MSFUNC = @extschema@.driver_stats_trans, MINVFUNC = @extschema@.driver_stats_inverse,
    MSTYPE = @extschema@.driver_stats, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.driver_stats(row_key pg_catalog.uuid, outcome pg_catalog.int4, drivers pg_catalog.int4[]) (
    SFUNC = @extschema@.driver_stats_trans, STYPE = @extschema@.driver_stats,
    COMBINEFUNC = @extschema@.driver_stats_combine,
    MSFUNC = @extschema@.driver_stats_trans, MINVFUNC = @extschema@.driver_stats_inverse,
    MSTYPE = @extschema@.driver_stats, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.driver_stats(row_key pg_catalog.int8, outcome pg_catalog.int8, drivers pg_catalog.int8[]) (
    SFUNC = @extschema@.driver_stats_trans, STYPE = @extschema@.driver_stats,
    COMBINEFUNC = @extschema@.driver_stats_combine,
    MSFUNC = @extschema@.driver_stats_trans, MINVFUNC = @extschema@.driver_stats_inverse,
    MSTYPE = @extschema@.driver_stats, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.driver_stats(row_key pg_catalog.text, outcome pg_catalog.int8, drivers pg_catalog.int8[]) (
    SFUNC = @extschema@.driver_stats_trans, STYPE = @extschema@.driver_stats,
    COMBINEFUNC = @extschema@.driver_stats_combine,
    MSFUNC = @extschema@.driver_stats_trans, MINVFUNC = @extschema@.driver_stats_inverse,
    MSTYPE = @extschema@.driver_stats, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.driver_stats(row_key pg_catalog.uuid, outcome pg_catalog.int8, drivers pg_catalog.int8[]) (
    SFUNC = @extschema@.driver_stats_trans, STYPE = @extschema@.driver_stats,
    COMBINEFUNC = @extschema@.driver_stats_combine,
    MSFUNC = @extschema@.driver_stats_trans, MINVFUNC = @extschema@.driver_stats_inverse,
    MSTYPE = @extschema@.driver_stats, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.driver_stats(row_key pg_catalog.int8, outcome pg_catalog.float8, drivers pg_catalog.float8[]) (
    SFUNC = @extschema@.driver_stats_trans, STYPE = @extschema@.driver_stats,
    COMBINEFUNC = @extschema@.driver_stats_combine, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.driver_stats(row_key pg_catalog.text, outcome pg_catalog.float8, drivers pg_catalog.float8[]) (
    SFUNC = @extschema@.driver_stats_trans, STYPE = @extschema@.driver_stats,
    COMBINEFUNC = @extschema@.driver_stats_combine, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.driver_stats(row_key pg_catalog.uuid, outcome pg_catalog.float8, drivers pg_catalog.float8[]) (
    SFUNC = @extschema@.driver_stats_trans, STYPE = @extschema@.driver_stats,
    COMBINEFUNC = @extschema@.driver_stats_combine, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.driver_stats(row_key pg_catalog.int8, outcome pg_catalog.float8, drivers pg_catalog.float8[], weight pg_catalog.float8) (
    SFUNC = @extschema@.driver_stats_trans, STYPE = @extschema@.driver_stats,
    COMBINEFUNC = @extschema@.driver_stats_combine, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.driver_stats(row_key pg_catalog.text, outcome pg_catalog.float8, drivers pg_catalog.float8[], weight pg_catalog.float8) (
    SFUNC = @extschema@.driver_stats_trans, STYPE = @extschema@.driver_stats,
    COMBINEFUNC = @extschema@.driver_stats_combine, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.driver_stats(row_key pg_catalog.uuid, outcome pg_catalog.float8, drivers pg_catalog.float8[], weight pg_catalog.float8) (
    SFUNC = @extschema@.driver_stats_trans, STYPE = @extschema@.driver_stats,
    COMBINEFUNC = @extschema@.driver_stats_combine, PARALLEL = SAFE);

CREATE FUNCTION @extschema@.driver_stats_rollup_trans(a @extschema@.driver_stats, b @extschema@.driver_stats)
RETURNS @extschema@.driver_stats
AS 'MODULE_PATHNAME', 'driver_stats_combine'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.driver_stats_rollup_trans(@extschema@.driver_stats, @extschema@.driver_stats) IS 'moving transition of rollup(driver_stats): merge in a state (NULL states skipped)';
CREATE FUNCTION @extschema@.driver_stats_unmerge(a @extschema@.driver_stats, b @extschema@.driver_stats)
RETURNS @extschema@.driver_stats
AS 'MODULE_PATHNAME', 'driver_stats_unmerge'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.driver_stats_unmerge(@extschema@.driver_stats, @extschema@.driver_stats) IS 'inverse transition of rollup(driver_stats): remove statistics merged in before (exact sums; NULL otherwise, and the frame is merged again; NULL states skipped)';
CREATE AGGREGATE @extschema@.rollup(stats @extschema@.driver_stats) (
    SFUNC = @extschema@.driver_stats_combine, STYPE = @extschema@.driver_stats,
    COMBINEFUNC = @extschema@.driver_stats_combine,
    MSFUNC = @extschema@.driver_stats_rollup_trans, MINVFUNC = @extschema@.driver_stats_unmerge,
    MSTYPE = @extschema@.driver_stats, PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.rollup(@extschema@.driver_stats) IS 'merge stored driver_stats of the same drivers (e.g. days into quarters); NULL over no value';

COMMENT ON AGGREGATE @extschema@.driver_stats(pg_catalog.int2, pg_catalog.int2[]) IS 'the sufficient statistics of an outcome and its drivers, exact for integer answers (rows with a NULL are left out and counted)';
COMMENT ON AGGREGATE @extschema@.driver_stats(pg_catalog.int4, pg_catalog.int4[]) IS 'the sufficient statistics of an outcome and its drivers, exact for integer answers (rows with a NULL are left out and counted)';
COMMENT ON AGGREGATE @extschema@.driver_stats(pg_catalog.int8, pg_catalog.int8[]) IS 'the sufficient statistics of an outcome and its drivers, exact for integer answers (rows with a NULL are left out and counted)';
COMMENT ON AGGREGATE @extschema@.driver_stats(pg_catalog.float8, pg_catalog.float8[]) IS 'the sufficient statistics of an outcome and its drivers: means and co-moments (rows with a NULL are left out and counted)';
COMMENT ON AGGREGATE @extschema@.driver_stats(pg_catalog.float8, pg_catalog.float8[], pg_catalog.float8) IS 'the weighted sufficient statistics of an outcome and its drivers: weighted means and co-moments';
COMMENT ON AGGREGATE @extschema@.driver_stats(pg_catalog.int8, pg_catalog.int2, pg_catalog.int2[]) IS 'driver_stats with a row key first (bigint, text or uuid): rows fall into 20 groups by the key''s hash, for the jackknife intervals of the importances';
COMMENT ON AGGREGATE @extschema@.driver_stats(pg_catalog.text, pg_catalog.int2, pg_catalog.int2[]) IS 'driver_stats with a row key first (bigint, text or uuid): rows fall into 20 groups by the key''s hash, for the jackknife intervals of the importances';
COMMENT ON AGGREGATE @extschema@.driver_stats(pg_catalog.uuid, pg_catalog.int2, pg_catalog.int2[]) IS 'driver_stats with a row key first (bigint, text or uuid): rows fall into 20 groups by the key''s hash, for the jackknife intervals of the importances';
COMMENT ON AGGREGATE @extschema@.driver_stats(pg_catalog.int8, pg_catalog.int4, pg_catalog.int4[]) IS 'driver_stats with a row key first (bigint, text or uuid): rows fall into 20 groups by the key''s hash, for the jackknife intervals of the importances';
COMMENT ON AGGREGATE @extschema@.driver_stats(pg_catalog.text, pg_catalog.int4, pg_catalog.int4[]) IS 'driver_stats with a row key first (bigint, text or uuid): rows fall into 20 groups by the key''s hash, for the jackknife intervals of the importances';
COMMENT ON AGGREGATE @extschema@.driver_stats(pg_catalog.uuid, pg_catalog.int4, pg_catalog.int4[]) IS 'driver_stats with a row key first (bigint, text or uuid): rows fall into 20 groups by the key''s hash, for the jackknife intervals of the importances';
COMMENT ON AGGREGATE @extschema@.driver_stats(pg_catalog.int8, pg_catalog.int8, pg_catalog.int8[]) IS 'driver_stats with a row key first (bigint, text or uuid): rows fall into 20 groups by the key''s hash, for the jackknife intervals of the importances';
COMMENT ON AGGREGATE @extschema@.driver_stats(pg_catalog.text, pg_catalog.int8, pg_catalog.int8[]) IS 'driver_stats with a row key first (bigint, text or uuid): rows fall into 20 groups by the key''s hash, for the jackknife intervals of the importances';
COMMENT ON AGGREGATE @extschema@.driver_stats(pg_catalog.uuid, pg_catalog.int8, pg_catalog.int8[]) IS 'driver_stats with a row key first (bigint, text or uuid): rows fall into 20 groups by the key''s hash, for the jackknife intervals of the importances';
COMMENT ON AGGREGATE @extschema@.driver_stats(pg_catalog.int8, pg_catalog.float8, pg_catalog.float8[]) IS 'driver_stats with a row key first (bigint, text or uuid): rows fall into 20 groups by the key''s hash, for the jackknife intervals of the importances';
COMMENT ON AGGREGATE @extschema@.driver_stats(pg_catalog.text, pg_catalog.float8, pg_catalog.float8[]) IS 'driver_stats with a row key first (bigint, text or uuid): rows fall into 20 groups by the key''s hash, for the jackknife intervals of the importances';
COMMENT ON AGGREGATE @extschema@.driver_stats(pg_catalog.uuid, pg_catalog.float8, pg_catalog.float8[]) IS 'driver_stats with a row key first (bigint, text or uuid): rows fall into 20 groups by the key''s hash, for the jackknife intervals of the importances';
COMMENT ON AGGREGATE @extschema@.driver_stats(pg_catalog.int8, pg_catalog.float8, pg_catalog.float8[], pg_catalog.float8) IS 'weighted driver_stats with a row key first, for the jackknife intervals of the importances';
COMMENT ON AGGREGATE @extschema@.driver_stats(pg_catalog.text, pg_catalog.float8, pg_catalog.float8[], pg_catalog.float8) IS 'weighted driver_stats with a row key first, for the jackknife intervals of the importances';
COMMENT ON AGGREGATE @extschema@.driver_stats(pg_catalog.uuid, pg_catalog.float8, pg_catalog.float8[], pg_catalog.float8) IS 'weighted driver_stats with a row key first, for the jackknife intervals of the importances';

CREATE FUNCTION @extschema@.key_drivers(stats @extschema@.driver_stats, names pg_catalog.text[])
RETURNS TABLE(driver pg_catalog.text, shapley pg_catalog.float8, shapley_pct pg_catalog.float8,
    shapley_ci_low pg_catalog.float8, shapley_ci_high pg_catalog.float8,
    relative_weight pg_catalog.float8, relative_weight_pct pg_catalog.float8,
    relative_weight_ci_low pg_catalog.float8, relative_weight_ci_high pg_catalog.float8,
    first pg_catalog.float8, last pg_catalog.float8, beta pg_catalog.float8,
    r2 pg_catalog.float8, n pg_catalog.int8, skipped pg_catalog.int8)
AS 'MODULE_PATHNAME', 'key_drivers'
LANGUAGE C IMMUTABLE PARALLEL SAFE ROWS 10;
COMMENT ON FUNCTION @extschema@.key_drivers(@extschema@.driver_stats, pg_catalog.text[]) IS 'each driver''s Shapley value (LMG) and relative weight with 95 % jackknife intervals, first, last and standardized coefficient (up to 20 drivers)';

CREATE FUNCTION @extschema@.driver_weights(stats @extschema@.driver_stats, names pg_catalog.text[])
RETURNS TABLE(driver pg_catalog.text, relative_weight pg_catalog.float8,
    relative_weight_pct pg_catalog.float8, relative_weight_ci_low pg_catalog.float8,
    relative_weight_ci_high pg_catalog.float8, first pg_catalog.float8, last pg_catalog.float8,
    beta pg_catalog.float8, r2 pg_catalog.float8, n pg_catalog.int8, skipped pg_catalog.int8)
AS 'MODULE_PATHNAME', 'driver_weights'
LANGUAGE C IMMUTABLE PARALLEL SAFE ROWS 10;
COMMENT ON FUNCTION @extschema@.driver_weights(@extschema@.driver_stats, pg_catalog.text[]) IS 'each driver''s relative weight (Johnson) with its 95 % jackknife interval, first, last and standardized coefficient (up to 100 drivers)';

CREATE FUNCTION @extschema@.driver_r2(stats @extschema@.driver_stats)
RETURNS TABLE(r2 pg_catalog.float8, adjusted_r2 pg_catalog.float8, n pg_catalog.int8,
    skipped pg_catalog.int8)
AS 'MODULE_PATHNAME', 'driver_r2'
LANGUAGE C IMMUTABLE PARALLEL SAFE ROWS 1;
COMMENT ON FUNCTION @extschema@.driver_r2(@extschema@.driver_stats) IS 'the share of the outcome''s variance the drivers explain together (R², adjusted R²), with the rows used and left out';

CREATE FUNCTION @extschema@.driver_performance(stats @extschema@.driver_stats,
    names pg_catalog.text[], scale_min pg_catalog.float8, scale_max pg_catalog.float8,
    importance pg_catalog.text DEFAULT 'shapley')
RETURNS TABLE(driver pg_catalog.text, mean pg_catalog.float8, performance pg_catalog.float8,
    importance_pct pg_catalog.float8, quadrant pg_catalog.text)
AS 'MODULE_PATHNAME', 'driver_performance'
LANGUAGE C IMMUTABLE PARALLEL SAFE ROWS 10;
COMMENT ON FUNCTION @extschema@.driver_performance(@extschema@.driver_stats, pg_catalog.text[], pg_catalog.float8, pg_catalog.float8, pg_catalog.text) IS 'the importance-performance quadrant: each driver''s mean rescaled to 0-100 by its scale, its share of R², and its quadrant';

CREATE FUNCTION @extschema@.driver_dominance(stats @extschema@.driver_stats, names pg_catalog.text[])
RETURNS TABLE(driver pg_catalog.text, other pg_catalog.text, complete pg_catalog.bool,
    conditional pg_catalog.bool, general pg_catalog.bool)
AS 'MODULE_PATHNAME', 'driver_dominance'
LANGUAGE C IMMUTABLE PARALLEL SAFE ROWS 90;
COMMENT ON FUNCTION @extschema@.driver_dominance(@extschema@.driver_stats, pg_catalog.text[]) IS 'for each ordered pair of drivers, whether the first dominates the second completely, conditionally and generally (up to 20 drivers)';

CREATE FUNCTION @extschema@.driver_conditional_dominance(stats @extschema@.driver_stats, names pg_catalog.text[])
RETURNS TABLE(driver pg_catalog.text, subset_size pg_catalog.int4, increment pg_catalog.float8)
AS 'MODULE_PATHNAME', 'driver_conditional_dominance'
LANGUAGE C IMMUTABLE PARALLEL SAFE ROWS 100;
COMMENT ON FUNCTION @extschema@.driver_conditional_dominance(@extschema@.driver_stats, pg_catalog.text[]) IS 'each driver''s mean increment of R² over the subsets of k other drivers, for k = 0 to p - 1 (up to 20 drivers)';

-- ---------------------------------------------------------------------
-- Verbatims: what customers' own words say, on PostgreSQL's text search.
--
-- term_stats(comment tsvector, group) counts, in one parallel and
-- splittable scan, the comments (documents) and occurrences of every
-- lexeme per group; term_contrast(stats, ...) ranks the terms of one group
-- against another by the log-odds ratio with an informative Dirichlet
-- prior (Monroe, Colaresi and Quinn 2008) and the keyness G².
-- ---------------------------------------------------------------------

-- Text search configurations that keep negations: pgcx_french and
-- pgcx_english read words with the dictionary template pgcx_negation
-- (stop words dropped, negations kept), then a Snowball stemmer without
-- stop words; everything else as PostgreSQL's french and english do.
CREATE FUNCTION @extschema@.pgcx_negation_init(options pg_catalog.internal)
RETURNS pg_catalog.internal
AS 'MODULE_PATHNAME', 'pgcx_negation_init'
LANGUAGE C STRICT;
COMMENT ON FUNCTION @extschema@.pgcx_negation_init(pg_catalog.internal) IS 'init method of the text search template pgcx_negation';
CREATE FUNCTION @extschema@.pgcx_negation_lexize(dict pg_catalog.internal, word pg_catalog.internal, len pg_catalog.internal, state pg_catalog.internal)
RETURNS pg_catalog.internal
AS 'MODULE_PATHNAME', 'pgcx_negation_lexize'
LANGUAGE C STRICT;
COMMENT ON FUNCTION @extschema@.pgcx_negation_lexize(pg_catalog.internal, pg_catalog.internal, pg_catalog.internal, pg_catalog.internal) IS 'lexize method of the text search template pgcx_negation';
CREATE TEXT SEARCH TEMPLATE @extschema@.pgcx_negation (
    INIT = @extschema@.pgcx_negation_init, LEXIZE = @extschema@.pgcx_negation_lexize);
COMMENT ON TEXT SEARCH TEMPLATE @extschema@.pgcx_negation IS 'drops stop words but keeps negations (Language = french or english; Contractions = false leaves the "t" of "isn''t" out)';

CREATE TEXT SEARCH DICTIONARY @extschema@.pgcx_french_negation (
    TEMPLATE = @extschema@.pgcx_negation, Language = 'french');
COMMENT ON TEXT SEARCH DICTIONARY @extschema@.pgcx_french_negation IS 'French stop words dropped, negations kept (ne, pas, jamais, rien, aucun, ni, sans, non, guère)';
CREATE TEXT SEARCH DICTIONARY @extschema@.pgcx_french_stem (
    TEMPLATE = pg_catalog.snowball, Language = 'french');
COMMENT ON TEXT SEARCH DICTIONARY @extschema@.pgcx_french_stem IS 'Snowball French stemmer without stop words';
CREATE TEXT SEARCH CONFIGURATION @extschema@.pgcx_french (COPY = pg_catalog.french);
ALTER TEXT SEARCH CONFIGURATION @extschema@.pgcx_french
    ALTER MAPPING FOR asciiword, word, asciihword, hword, hword_asciipart, hword_part
    WITH @extschema@.pgcx_french_negation, @extschema@.pgcx_french_stem;
COMMENT ON TEXT SEARCH CONFIGURATION @extschema@.pgcx_french IS 'French, stemmed, stop words dropped but negations kept: for term_stats, theme_impact and tone';

CREATE TEXT SEARCH DICTIONARY @extschema@.pgcx_english_negation (
    TEMPLATE = @extschema@.pgcx_negation, Language = 'english');
COMMENT ON TEXT SEARCH DICTIONARY @extschema@.pgcx_english_negation IS 'English stop words dropped, negations kept (not and the "t" of "isn''t", no, nor, never, nothing, nobody, none, neither, without)';
CREATE TEXT SEARCH DICTIONARY @extschema@.pgcx_english_part_negation (
    TEMPLATE = @extschema@.pgcx_negation, Language = 'english', Contractions = false);
COMMENT ON TEXT SEARCH DICTIONARY @extschema@.pgcx_english_part_negation IS 'pgcx_english_negation for the parts of hyphenated words, where a "t" is not a contraction (T-shirt)';
CREATE TEXT SEARCH DICTIONARY @extschema@.pgcx_english_stem (
    TEMPLATE = pg_catalog.snowball, Language = 'english');
COMMENT ON TEXT SEARCH DICTIONARY @extschema@.pgcx_english_stem IS 'Snowball English stemmer without stop words';
CREATE TEXT SEARCH CONFIGURATION @extschema@.pgcx_english (COPY = pg_catalog.english);
ALTER TEXT SEARCH CONFIGURATION @extschema@.pgcx_english
    ALTER MAPPING FOR asciiword, word, asciihword, hword
    WITH @extschema@.pgcx_english_negation, @extschema@.pgcx_english_stem;
ALTER TEXT SEARCH CONFIGURATION @extschema@.pgcx_english
    ALTER MAPPING FOR hword_asciipart, hword_part
    WITH @extschema@.pgcx_english_part_negation, @extschema@.pgcx_english_stem;
COMMENT ON TEXT SEARCH CONFIGURATION @extschema@.pgcx_english IS 'English, stemmed, stop words dropped but negations kept: for term_stats, theme_impact and tone';

CREATE TYPE @extschema@.term_stats;

CREATE FUNCTION @extschema@.term_stats_in(input pg_catalog.cstring)
RETURNS @extschema@.term_stats
AS 'MODULE_PATHNAME', 'term_stats_in'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.term_stats_out(value @extschema@.term_stats)
RETURNS pg_catalog.cstring
AS 'MODULE_PATHNAME', 'term_stats_out'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.term_stats_recv(buf pg_catalog.internal)
RETURNS @extschema@.term_stats
AS 'MODULE_PATHNAME', 'term_stats_recv'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.term_stats_send(value @extschema@.term_stats)
RETURNS pg_catalog.bytea
AS 'MODULE_PATHNAME', 'term_stats_send'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE @extschema@.term_stats (
    INPUT = @extschema@.term_stats_in,
    OUTPUT = @extschema@.term_stats_out,
    RECEIVE = @extschema@.term_stats_recv,
    SEND = @extschema@.term_stats_send,
    INTERNALLENGTH = VARIABLE,
    ALIGNMENT = double,
    STORAGE = extended
);
COMMENT ON FUNCTION @extschema@.term_stats_in(pg_catalog.cstring) IS 'text input of term_stats';
COMMENT ON FUNCTION @extschema@.term_stats_out(@extschema@.term_stats) IS 'text output of term_stats';
COMMENT ON FUNCTION @extschema@.term_stats_recv(pg_catalog.internal) IS 'binary input of term_stats, validated like text input';
COMMENT ON FUNCTION @extschema@.term_stats_send(@extschema@.term_stats) IS 'binary output of term_stats';
COMMENT ON TYPE @extschema@.term_stats IS 'documents and occurrences of every lexeme of a tsvector column per group of comments, with each group''s rows and comments, read by term_contrast';

CREATE FUNCTION @extschema@.term_stats_trans(state @extschema@.term_stats, comment pg_catalog.tsvector, in_group pg_catalog.bool)
RETURNS @extschema@.term_stats
AS 'MODULE_PATHNAME', 'term_stats_trans_bool'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.term_stats_trans(@extschema@.term_stats, pg_catalog.tsvector, pg_catalog.bool) IS 'transition of term_stats: count one comment in group ''true'' or ''false'' (a NULL group: left out and counted)';
CREATE FUNCTION @extschema@.term_stats_trans(state @extschema@.term_stats, comment pg_catalog.tsvector, grp pg_catalog.text)
RETURNS @extschema@.term_stats
AS 'MODULE_PATHNAME', 'term_stats_trans_text'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.term_stats_trans(@extschema@.term_stats, pg_catalog.tsvector, pg_catalog.text) IS 'transition of term_stats: count one comment in its group (a NULL group: left out and counted)';
CREATE FUNCTION @extschema@.term_stats_inverse(state @extschema@.term_stats, comment pg_catalog.tsvector, in_group pg_catalog.bool)
RETURNS @extschema@.term_stats
AS 'MODULE_PATHNAME', 'term_stats_inverse_bool'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.term_stats_inverse(@extschema@.term_stats, pg_catalog.tsvector, pg_catalog.bool) IS 'inverse transition of term_stats: remove a comment counted before (exact)';
CREATE FUNCTION @extschema@.term_stats_inverse(state @extschema@.term_stats, comment pg_catalog.tsvector, grp pg_catalog.text)
RETURNS @extschema@.term_stats
AS 'MODULE_PATHNAME', 'term_stats_inverse_text'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.term_stats_inverse(@extschema@.term_stats, pg_catalog.tsvector, pg_catalog.text) IS 'inverse transition of term_stats: remove a comment counted before (exact)';
CREATE FUNCTION @extschema@.term_stats_combine(a @extschema@.term_stats, b @extschema@.term_stats)
RETURNS @extschema@.term_stats
AS 'MODULE_PATHNAME', 'term_stats_combine'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.term_stats_combine(@extschema@.term_stats, @extschema@.term_stats) IS 'combine function of term_stats: add the counts of two states';
CREATE FUNCTION @extschema@.term_stats_rollup_trans(a @extschema@.term_stats, b @extschema@.term_stats)
RETURNS @extschema@.term_stats
AS 'MODULE_PATHNAME', 'term_stats_combine'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.term_stats_rollup_trans(@extschema@.term_stats, @extschema@.term_stats) IS 'moving transition of rollup(term_stats): add the counts of a state (NULL states skipped)';
CREATE FUNCTION @extschema@.term_stats_unmerge(a @extschema@.term_stats, b @extschema@.term_stats)
RETURNS @extschema@.term_stats
AS 'MODULE_PATHNAME', 'term_stats_unmerge'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.term_stats_unmerge(@extschema@.term_stats, @extschema@.term_stats) IS 'inverse transition of rollup(term_stats): remove counts merged in before (exact; NULL states skipped)';

CREATE AGGREGATE @extschema@.term_stats(comment pg_catalog.tsvector, in_group pg_catalog.bool) (
    SFUNC = @extschema@.term_stats_trans, STYPE = @extschema@.term_stats,
    COMBINEFUNC = @extschema@.term_stats_combine,
    MSFUNC = @extschema@.term_stats_trans, MINVFUNC = @extschema@.term_stats_inverse,
    MSTYPE = @extschema@.term_stats, PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.term_stats(pg_catalog.tsvector, pg_catalog.bool) IS 'documents and occurrences of every lexeme of the comments in group ''true'' and in group ''false''';
CREATE AGGREGATE @extschema@.term_stats(comment pg_catalog.tsvector, grp pg_catalog.text) (
    SFUNC = @extschema@.term_stats_trans, STYPE = @extschema@.term_stats,
    COMBINEFUNC = @extschema@.term_stats_combine,
    MSFUNC = @extschema@.term_stats_trans, MINVFUNC = @extschema@.term_stats_inverse,
    MSTYPE = @extschema@.term_stats, PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.term_stats(pg_catalog.tsvector, pg_catalog.text) IS 'documents and occurrences of every lexeme of the comments in each group';
CREATE AGGREGATE @extschema@.rollup(stats @extschema@.term_stats) (
    SFUNC = @extschema@.term_stats_combine, STYPE = @extschema@.term_stats,
    COMBINEFUNC = @extschema@.term_stats_combine,
    MSFUNC = @extschema@.term_stats_rollup_trans, MINVFUNC = @extschema@.term_stats_unmerge,
    MSTYPE = @extschema@.term_stats, PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.rollup(@extschema@.term_stats) IS 'merge stored term_stats of the same kind of group (e.g. days into quarters); NULL over no value';

CREATE FUNCTION @extschema@.term_contrast(stats @extschema@.term_stats,
    group_a pg_catalog.text DEFAULT NULL, group_b pg_catalog.text DEFAULT NULL,
    prior pg_catalog.float8 DEFAULT 0.01, informative pg_catalog.bool DEFAULT false,
    unit pg_catalog.text DEFAULT 'documents', min_count pg_catalog.int8 DEFAULT 1,
    sort_by pg_catalog.text DEFAULT 'z')
RETURNS TABLE(term pg_catalog.text, n_a pg_catalog.int8, n_b pg_catalog.int8,
    pct_a pg_catalog.float8, pct_b pg_catalog.float8, log_odds pg_catalog.float8,
    std_error pg_catalog.float8, z pg_catalog.float8, g2 pg_catalog.float8,
    p_value pg_catalog.float8)
AS 'MODULE_PATHNAME', 'term_contrast'
LANGUAGE C IMMUTABLE PARALLEL SAFE ROWS 1000;
COMMENT ON FUNCTION @extschema@.term_contrast(@extschema@.term_stats, pg_catalog.text, pg_catalog.text, pg_catalog.float8, pg_catalog.bool, pg_catalog.text, pg_catalog.int8, pg_catalog.text) IS 'the terms that distinguish one group of comments from another (or from the rest): log-odds ratio with a Dirichlet prior, its z-score, keyness G² and its p-value';

-- theme_impact(score, comment, theme) and theme_stats(score, comment,
-- names, themes): promoters, passives and detractors among everybody and
-- among those whose comment matches each theme (a tsquery); the impact of
-- a theme is NPS - NPS without them, with a 95 % interval.

CREATE TYPE @extschema@.theme_stats;

CREATE FUNCTION @extschema@.theme_stats_in(input pg_catalog.cstring)
RETURNS @extschema@.theme_stats
AS 'MODULE_PATHNAME', 'theme_stats_in'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.theme_stats_out(value @extschema@.theme_stats)
RETURNS pg_catalog.cstring
AS 'MODULE_PATHNAME', 'theme_stats_out'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.theme_stats_recv(buf pg_catalog.internal)
RETURNS @extschema@.theme_stats
AS 'MODULE_PATHNAME', 'theme_stats_recv'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.theme_stats_send(value @extschema@.theme_stats)
RETURNS pg_catalog.bytea
AS 'MODULE_PATHNAME', 'theme_stats_send'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE @extschema@.theme_stats (
    INPUT = @extschema@.theme_stats_in,
    OUTPUT = @extschema@.theme_stats_out,
    RECEIVE = @extschema@.theme_stats_recv,
    SEND = @extschema@.theme_stats_send,
    INTERNALLENGTH = VARIABLE,
    ALIGNMENT = double,
    STORAGE = extended
);
COMMENT ON FUNCTION @extschema@.theme_stats_in(pg_catalog.cstring) IS 'text input of theme_stats';
COMMENT ON FUNCTION @extschema@.theme_stats_out(@extschema@.theme_stats) IS 'text output of theme_stats';
COMMENT ON FUNCTION @extschema@.theme_stats_recv(pg_catalog.internal) IS 'binary input of theme_stats, validated like text input';
COMMENT ON FUNCTION @extschema@.theme_stats_send(@extschema@.theme_stats) IS 'binary output of theme_stats';
COMMENT ON TYPE @extschema@.theme_stats IS 'promoters, passives and detractors among all respondents and among those whose comment matches each theme, read by theme_ranking';

CREATE TYPE @extschema@.theme_impact AS (
    n pg_catalog.int8, comments pg_catalog.int8, mentions pg_catalog.int8,
    share pg_catalog.float8, comment_share pg_catalog.float8,
    nps pg_catalog.float8, nps_mentioning pg_catalog.float8, nps_without pg_catalog.float8,
    impact pg_catalog.float8, std_error pg_catalog.float8,
    ci_low pg_catalog.float8, ci_high pg_catalog.float8);
COMMENT ON TYPE @extschema@.theme_impact IS 'a theme''s share of respondents and comments, the NPS of all, of those who mention it and of the others, and its impact (NPS - NPS without them) with a 95 % interval';

CREATE FUNCTION @extschema@.theme_stats_combine(a @extschema@.theme_stats, b @extschema@.theme_stats)
RETURNS @extschema@.theme_stats
AS 'MODULE_PATHNAME', 'theme_stats_combine'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.theme_stats_combine(@extschema@.theme_stats, @extschema@.theme_stats) IS 'combine function of theme_impact and theme_stats: add the counts of two states of the same themes';
CREATE FUNCTION @extschema@.theme_impact_final(state @extschema@.theme_stats)
RETURNS @extschema@.theme_impact
AS 'MODULE_PATHNAME', 'theme_impact_final'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.theme_impact_final(@extschema@.theme_stats) IS 'final function of theme_impact: the figures of its theme';
CREATE FUNCTION @extschema@.theme_impact_trans(state @extschema@.theme_stats, score pg_catalog.int2, comment pg_catalog.tsvector, theme pg_catalog.tsquery)
RETURNS @extschema@.theme_stats
AS 'MODULE_PATHNAME', 'theme_impact_trans_int2'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.theme_impact_trans(@extschema@.theme_stats, pg_catalog.int2, pg_catalog.tsvector, pg_catalog.tsquery) IS 'transition of theme_impact: count one respondent, and whether the comment matches the theme';
CREATE AGGREGATE @extschema@.theme_impact(score pg_catalog.int2, comment pg_catalog.tsvector, theme pg_catalog.tsquery) (
    SFUNC = @extschema@.theme_impact_trans, STYPE = @extschema@.theme_stats,
    FINALFUNC = @extschema@.theme_impact_final,
    COMBINEFUNC = @extschema@.theme_stats_combine, PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.theme_impact(pg_catalog.int2, pg_catalog.tsvector, pg_catalog.tsquery) IS 'how much NPS the respondents whose comment matches the theme cost or earn: NPS - NPS without them, with a 95 % interval';
CREATE FUNCTION @extschema@.theme_stats_trans(state @extschema@.theme_stats, score pg_catalog.int2, comment pg_catalog.tsvector, names pg_catalog.text[], themes pg_catalog.tsquery[])
RETURNS @extschema@.theme_stats
AS 'MODULE_PATHNAME', 'theme_stats_trans_int2'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.theme_stats_trans(@extschema@.theme_stats, pg_catalog.int2, pg_catalog.tsvector, pg_catalog.text[], pg_catalog.tsquery[]) IS 'transition of theme_stats: count one respondent, and which themes the comment matches';
CREATE AGGREGATE @extschema@.theme_stats(score pg_catalog.int2, comment pg_catalog.tsvector, names pg_catalog.text[], themes pg_catalog.tsquery[]) (
    SFUNC = @extschema@.theme_stats_trans, STYPE = @extschema@.theme_stats,
    COMBINEFUNC = @extschema@.theme_stats_combine, PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.theme_stats(pg_catalog.int2, pg_catalog.tsvector, pg_catalog.text[], pg_catalog.tsquery[]) IS 'promoters, passives and detractors among all respondents and among those whose comment matches each named theme, in one scan; read by theme_ranking';
CREATE FUNCTION @extschema@.theme_impact_trans(state @extschema@.theme_stats, score pg_catalog.int4, comment pg_catalog.tsvector, theme pg_catalog.tsquery)
RETURNS @extschema@.theme_stats
AS 'MODULE_PATHNAME', 'theme_impact_trans_int4'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.theme_impact_trans(@extschema@.theme_stats, pg_catalog.int4, pg_catalog.tsvector, pg_catalog.tsquery) IS 'transition of theme_impact: count one respondent, and whether the comment matches the theme';
CREATE AGGREGATE @extschema@.theme_impact(score pg_catalog.int4, comment pg_catalog.tsvector, theme pg_catalog.tsquery) (
    SFUNC = @extschema@.theme_impact_trans, STYPE = @extschema@.theme_stats,
    FINALFUNC = @extschema@.theme_impact_final,
    COMBINEFUNC = @extschema@.theme_stats_combine, PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.theme_impact(pg_catalog.int4, pg_catalog.tsvector, pg_catalog.tsquery) IS 'how much NPS the respondents whose comment matches the theme cost or earn: NPS - NPS without them, with a 95 % interval';
CREATE FUNCTION @extschema@.theme_stats_trans(state @extschema@.theme_stats, score pg_catalog.int4, comment pg_catalog.tsvector, names pg_catalog.text[], themes pg_catalog.tsquery[])
RETURNS @extschema@.theme_stats
AS 'MODULE_PATHNAME', 'theme_stats_trans_int4'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.theme_stats_trans(@extschema@.theme_stats, pg_catalog.int4, pg_catalog.tsvector, pg_catalog.text[], pg_catalog.tsquery[]) IS 'transition of theme_stats: count one respondent, and which themes the comment matches';
CREATE AGGREGATE @extschema@.theme_stats(score pg_catalog.int4, comment pg_catalog.tsvector, names pg_catalog.text[], themes pg_catalog.tsquery[]) (
    SFUNC = @extschema@.theme_stats_trans, STYPE = @extschema@.theme_stats,
    COMBINEFUNC = @extschema@.theme_stats_combine, PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.theme_stats(pg_catalog.int4, pg_catalog.tsvector, pg_catalog.text[], pg_catalog.tsquery[]) IS 'promoters, passives and detractors among all respondents and among those whose comment matches each named theme, in one scan; read by theme_ranking';
CREATE FUNCTION @extschema@.theme_impact_trans(state @extschema@.theme_stats, score pg_catalog.int8, comment pg_catalog.tsvector, theme pg_catalog.tsquery)
RETURNS @extschema@.theme_stats
AS 'MODULE_PATHNAME', 'theme_impact_trans_int8'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.theme_impact_trans(@extschema@.theme_stats, pg_catalog.int8, pg_catalog.tsvector, pg_catalog.tsquery) IS 'transition of theme_impact: count one respondent, and whether the comment matches the theme';
CREATE AGGREGATE @extschema@.theme_impact(score pg_catalog.int8, comment pg_catalog.tsvector, theme pg_catalog.tsquery) (
    SFUNC = @extschema@.theme_impact_trans, STYPE = @extschema@.theme_stats,
    FINALFUNC = @extschema@.theme_impact_final,
    COMBINEFUNC = @extschema@.theme_stats_combine, PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.theme_impact(pg_catalog.int8, pg_catalog.tsvector, pg_catalog.tsquery) IS 'how much NPS the respondents whose comment matches the theme cost or earn: NPS - NPS without them, with a 95 % interval';
CREATE FUNCTION @extschema@.theme_stats_trans(state @extschema@.theme_stats, score pg_catalog.int8, comment pg_catalog.tsvector, names pg_catalog.text[], themes pg_catalog.tsquery[])
RETURNS @extschema@.theme_stats
AS 'MODULE_PATHNAME', 'theme_stats_trans_int8'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.theme_stats_trans(@extschema@.theme_stats, pg_catalog.int8, pg_catalog.tsvector, pg_catalog.text[], pg_catalog.tsquery[]) IS 'transition of theme_stats: count one respondent, and which themes the comment matches';
CREATE AGGREGATE @extschema@.theme_stats(score pg_catalog.int8, comment pg_catalog.tsvector, names pg_catalog.text[], themes pg_catalog.tsquery[]) (
    SFUNC = @extschema@.theme_stats_trans, STYPE = @extschema@.theme_stats,
    COMBINEFUNC = @extschema@.theme_stats_combine, PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.theme_stats(pg_catalog.int8, pg_catalog.tsvector, pg_catalog.text[], pg_catalog.tsquery[]) IS 'promoters, passives and detractors among all respondents and among those whose comment matches each named theme, in one scan; read by theme_ranking';
CREATE FUNCTION @extschema@.theme_impact_trans(state @extschema@.theme_stats, score pg_catalog.numeric, comment pg_catalog.tsvector, theme pg_catalog.tsquery)
RETURNS @extschema@.theme_stats
AS 'MODULE_PATHNAME', 'theme_impact_trans_numeric'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.theme_impact_trans(@extschema@.theme_stats, pg_catalog.numeric, pg_catalog.tsvector, pg_catalog.tsquery) IS 'transition of theme_impact: count one respondent, and whether the comment matches the theme';
CREATE AGGREGATE @extschema@.theme_impact(score pg_catalog.numeric, comment pg_catalog.tsvector, theme pg_catalog.tsquery) (
    SFUNC = @extschema@.theme_impact_trans, STYPE = @extschema@.theme_stats,
    FINALFUNC = @extschema@.theme_impact_final,
    COMBINEFUNC = @extschema@.theme_stats_combine, PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.theme_impact(pg_catalog.numeric, pg_catalog.tsvector, pg_catalog.tsquery) IS 'how much NPS the respondents whose comment matches the theme cost or earn: NPS - NPS without them, with a 95 % interval';
CREATE FUNCTION @extschema@.theme_stats_trans(state @extschema@.theme_stats, score pg_catalog.numeric, comment pg_catalog.tsvector, names pg_catalog.text[], themes pg_catalog.tsquery[])
RETURNS @extschema@.theme_stats
AS 'MODULE_PATHNAME', 'theme_stats_trans_numeric'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.theme_stats_trans(@extschema@.theme_stats, pg_catalog.numeric, pg_catalog.tsvector, pg_catalog.text[], pg_catalog.tsquery[]) IS 'transition of theme_stats: count one respondent, and which themes the comment matches';
CREATE AGGREGATE @extschema@.theme_stats(score pg_catalog.numeric, comment pg_catalog.tsvector, names pg_catalog.text[], themes pg_catalog.tsquery[]) (
    SFUNC = @extschema@.theme_stats_trans, STYPE = @extschema@.theme_stats,
    COMBINEFUNC = @extschema@.theme_stats_combine, PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.theme_stats(pg_catalog.numeric, pg_catalog.tsvector, pg_catalog.text[], pg_catalog.tsquery[]) IS 'promoters, passives and detractors among all respondents and among those whose comment matches each named theme, in one scan; read by theme_ranking';
CREATE FUNCTION @extschema@.theme_impact_trans(state @extschema@.theme_stats, score pg_catalog.float8, comment pg_catalog.tsvector, theme pg_catalog.tsquery)
RETURNS @extschema@.theme_stats
AS 'MODULE_PATHNAME', 'theme_impact_trans_float8'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.theme_impact_trans(@extschema@.theme_stats, pg_catalog.float8, pg_catalog.tsvector, pg_catalog.tsquery) IS 'transition of theme_impact: count one respondent, and whether the comment matches the theme';
CREATE AGGREGATE @extschema@.theme_impact(score pg_catalog.float8, comment pg_catalog.tsvector, theme pg_catalog.tsquery) (
    SFUNC = @extschema@.theme_impact_trans, STYPE = @extschema@.theme_stats,
    FINALFUNC = @extschema@.theme_impact_final,
    COMBINEFUNC = @extschema@.theme_stats_combine, PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.theme_impact(pg_catalog.float8, pg_catalog.tsvector, pg_catalog.tsquery) IS 'how much NPS the respondents whose comment matches the theme cost or earn: NPS - NPS without them, with a 95 % interval';
CREATE FUNCTION @extschema@.theme_stats_trans(state @extschema@.theme_stats, score pg_catalog.float8, comment pg_catalog.tsvector, names pg_catalog.text[], themes pg_catalog.tsquery[])
RETURNS @extschema@.theme_stats
AS 'MODULE_PATHNAME', 'theme_stats_trans_float8'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.theme_stats_trans(@extschema@.theme_stats, pg_catalog.float8, pg_catalog.tsvector, pg_catalog.text[], pg_catalog.tsquery[]) IS 'transition of theme_stats: count one respondent, and which themes the comment matches';
CREATE AGGREGATE @extschema@.theme_stats(score pg_catalog.float8, comment pg_catalog.tsvector, names pg_catalog.text[], themes pg_catalog.tsquery[]) (
    SFUNC = @extschema@.theme_stats_trans, STYPE = @extschema@.theme_stats,
    COMBINEFUNC = @extschema@.theme_stats_combine, PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.theme_stats(pg_catalog.float8, pg_catalog.tsvector, pg_catalog.text[], pg_catalog.tsquery[]) IS 'promoters, passives and detractors among all respondents and among those whose comment matches each named theme, in one scan; read by theme_ranking';

CREATE FUNCTION @extschema@.theme_ranking(stats @extschema@.theme_stats)
RETURNS TABLE(theme pg_catalog.text, n pg_catalog.int8, comments pg_catalog.int8,
    mentions pg_catalog.int8, share pg_catalog.float8, comment_share pg_catalog.float8,
    nps pg_catalog.float8, nps_mentioning pg_catalog.float8, nps_without pg_catalog.float8,
    impact pg_catalog.float8, std_error pg_catalog.float8,
    ci_low pg_catalog.float8, ci_high pg_catalog.float8)
AS 'MODULE_PATHNAME', 'theme_ranking'
LANGUAGE C IMMUTABLE PARALLEL SAFE ROWS 20;
COMMENT ON FUNCTION @extschema@.theme_ranking(@extschema@.theme_stats) IS 'every theme''s figures (those of theme_impact), the themes that cost the most NPS first';

-- tone(comment, config): the polarity of a comment in [-1, 1] from the
-- opinion lexicons compiled into pgcx (src/verbatims/lexicon/SOURCES.md), a
-- negation 1 to 3 words before an opinion word reversing it; NULL without
-- one.
CREATE FUNCTION @extschema@.tone(comment pg_catalog.text, config pg_catalog.regconfig DEFAULT 'pgcx_french')
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'tone_text'
LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.tone(pg_catalog.text, pg_catalog.regconfig) IS 'polarity of a comment in [-1, 1] (mean of its opinion words, negations reversing them), read with pgcx_french or pgcx_english; NULL without an opinion word';
CREATE FUNCTION @extschema@.tone(comment pg_catalog.tsvector, config pg_catalog.regconfig DEFAULT 'pgcx_french')
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'tone_tsvector'
LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.tone(pg_catalog.tsvector, pg_catalog.regconfig) IS 'polarity of a comment''s tsvector, built with pgcx_french or pgcx_english (positions kept), in [-1, 1]; NULL without an opinion word';

-- ---------------------------------------------------------------------
-- Signals: weighted survey estimates.  score_wdist keeps, per score, the
-- answers with a positive weight, the sum of their weights and of their
-- squared weights, all that the linearisation variance of a weighted NPS,
-- top-box share or mean needs; the weighted forms of nps_agg, nps_stats,
-- csat_agg, csat_stats, ces_agg, ces_stats and score_wdist_agg count into
-- one, merge with score_wdist_combine (parallel query, Citus) and have an
-- inverse for moving windows.
-- ---------------------------------------------------------------------

CREATE TYPE @extschema@.score_wdist;

CREATE FUNCTION @extschema@.score_wdist_in(input pg_catalog.cstring)
RETURNS @extschema@.score_wdist
AS 'MODULE_PATHNAME', 'score_wdist_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.score_wdist_out(value @extschema@.score_wdist)
RETURNS pg_catalog.cstring
AS 'MODULE_PATHNAME', 'score_wdist_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.score_wdist_recv(buf pg_catalog.internal)
RETURNS @extschema@.score_wdist
AS 'MODULE_PATHNAME', 'score_wdist_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.score_wdist_send(value @extschema@.score_wdist)
RETURNS pg_catalog.bytea
AS 'MODULE_PATHNAME', 'score_wdist_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE @extschema@.score_wdist (
    INPUT = @extschema@.score_wdist_in,
    OUTPUT = @extschema@.score_wdist_out,
    RECEIVE = @extschema@.score_wdist_recv,
    SEND = @extschema@.score_wdist_send,
    INTERNALLENGTH = VARIABLE,
    ALIGNMENT = double,
    STORAGE = plain
);

COMMENT ON TYPE @extschema@.score_wdist IS
'weighted answers per score of a closed integer scale [lo, hi]: answers with a positive weight, the sum of their weights and of their squared weights (double-double sums, with their operations and peaks that bound their error); text form {"lo":0,"hi":10,"n":[...],"ops":[...],"w":[...],"w_tail":[...],"w_peak":[...],"w2":[...],"w2_tail":[...],"w2_peak":[...]}';
COMMENT ON FUNCTION @extschema@.score_wdist_in(pg_catalog.cstring) IS 'text input of score_wdist';
COMMENT ON FUNCTION @extschema@.score_wdist_out(@extschema@.score_wdist) IS 'text output of score_wdist';
COMMENT ON FUNCTION @extschema@.score_wdist_recv(pg_catalog.internal) IS 'binary input of score_wdist, validated like text input';
COMMENT ON FUNCTION @extschema@.score_wdist_send(@extschema@.score_wdist) IS 'binary output of score_wdist';

CREATE FUNCTION @extschema@.score_wdist_to_jsonb(d @extschema@.score_wdist)
RETURNS pg_catalog.jsonb
AS 'MODULE_PATHNAME', 'score_wdist_to_jsonb' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.score_wdist_to_jsonb(@extschema@.score_wdist) IS 'the score_wdist as jsonb, its text form';

CREATE CAST (@extschema@.score_wdist AS pg_catalog.jsonb)
    WITH FUNCTION @extschema@.score_wdist_to_jsonb(@extschema@.score_wdist);
COMMENT ON CAST (@extschema@.score_wdist AS pg_catalog.jsonb) IS 'score_wdist as jsonb, for BI tools';

CREATE FUNCTION @extschema@.score_wdist_from_jsonb(j pg_catalog.jsonb)
RETURNS @extschema@.score_wdist
AS 'MODULE_PATHNAME', 'score_wdist_from_jsonb' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.score_wdist_from_jsonb(pg_catalog.jsonb) IS 'the score_wdist of a jsonb in its text form, keys in any order, validated like text input';

CREATE CAST (pg_catalog.jsonb AS @extschema@.score_wdist)
    WITH FUNCTION @extschema@.score_wdist_from_jsonb(pg_catalog.jsonb);
COMMENT ON CAST (pg_catalog.jsonb AS @extschema@.score_wdist) IS 'jsonb as score_wdist (explicit), the reverse of score_wdist::jsonb';

CREATE FUNCTION @extschema@.score_wdist_plus(a @extschema@.score_wdist, b @extschema@.score_wdist)
RETURNS @extschema@.score_wdist
AS 'MODULE_PATHNAME', 'score_wdist_plus' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.score_wdist_plus(@extschema@.score_wdist, @extschema@.score_wdist) IS 'merge two weighted distributions of the same scale (the + operator)';

CREATE OPERATOR @extschema@.+ (
    LEFTARG = @extschema@.score_wdist,
    RIGHTARG = @extschema@.score_wdist,
    FUNCTION = @extschema@.score_wdist_plus,
    COMMUTATOR = OPERATOR(@extschema@.+)
);
COMMENT ON OPERATOR @extschema@.+ (@extschema@.score_wdist, @extschema@.score_wdist) IS 'merge two weighted distributions of the same scale';

-- weighted estimates

CREATE TYPE @extschema@.nps_wstats AS (
    n bigint,
    n_effective float8,
    weight float8,
    promoters float8,
    passives float8,
    detractors float8,
    nps float8,
    std_error float8,
    ci_low float8,
    ci_high float8
);
COMMENT ON TYPE @extschema@.nps_wstats IS 'weighted NPS: answers with a positive weight, Kish''s effective n, the sum of weights, the weighted shares of promoters, passives and detractors (%), NPS, its linearisation standard error and 95 % Wald interval';

CREATE TYPE @extschema@.csat_wstats AS (
    n bigint,
    n_effective float8,
    weight float8,
    csat float8,
    std_error float8,
    ci_low float8,
    ci_high float8
);
COMMENT ON TYPE @extschema@.csat_wstats IS 'weighted CSAT (top-two-box share, %): answers with a positive weight, Kish''s effective n, the sum of weights, CSAT, its linearisation standard error and 95 % Wald interval';

CREATE TYPE @extschema@.ces_wstats AS (
    n bigint,
    n_effective float8,
    weight float8,
    mean float8,
    std_error float8,
    ci_low float8,
    ci_high float8
);
COMMENT ON TYPE @extschema@.ces_wstats IS 'weighted mean answer (CES): answers with a positive weight, Kish''s effective n, the sum of weights, the mean, its linearisation standard error and 95 % Wald interval';

CREATE FUNCTION @extschema@.n(d @extschema@.score_wdist)
RETURNS pg_catalog.int8
AS 'MODULE_PATHNAME', 'score_wdist_n' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.n(@extschema@.score_wdist) IS 'number of answers with a positive weight';

CREATE FUNCTION @extschema@.total_weight(d @extschema@.score_wdist)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'score_wdist_total_weight' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.total_weight(@extschema@.score_wdist) IS 'sum of the weights; NULL without answers';

CREATE FUNCTION @extschema@.n_effective(d @extschema@.score_wdist)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'score_wdist_n_effective' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.n_effective(@extschema@.score_wdist) IS 'Kish''s effective sample size (sum of weights)^2 / sum of squared weights; NULL without answers';

CREATE FUNCTION @extschema@.unweighted(d @extschema@.score_wdist)
RETURNS @extschema@.score_dist
AS 'MODULE_PATHNAME', 'score_wdist_unweighted' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.unweighted(@extschema@.score_wdist) IS 'the answer counts as a score_dist, for the unweighted figures';

CREATE FUNCTION @extschema@.nps(d @extschema@.score_wdist)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'score_wdist_nps' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.nps(@extschema@.score_wdist) IS 'weighted Net Promoter Score (-100..100) of a 0-10 distribution; NULL without answers';

CREATE FUNCTION @extschema@.nps_wstats(d @extschema@.score_wdist)
RETURNS @extschema@.nps_wstats
AS 'MODULE_PATHNAME', 'score_wdist_nps_stats' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.nps_wstats(@extschema@.score_wdist) IS 'weighted NPS with weighted shares, Kish''s effective n, linearisation standard error and 95 % Wald interval; NULL without answers';

CREATE FUNCTION @extschema@.csat(d @extschema@.score_wdist)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'score_wdist_csat' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.csat(@extschema@.score_wdist) IS 'weighted percentage of answers in the top two boxes of the scale; NULL without answers';

CREATE FUNCTION @extschema@.csat_wstats(d @extschema@.score_wdist)
RETURNS @extschema@.csat_wstats
AS 'MODULE_PATHNAME', 'score_wdist_csat_stats' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.csat_wstats(@extschema@.score_wdist) IS 'weighted CSAT with Kish''s effective n, linearisation standard error and 95 % Wald interval; NULL without answers';

CREATE FUNCTION @extschema@.mean(d @extschema@.score_wdist)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'score_wdist_mean' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mean(@extschema@.score_wdist) IS 'weighted mean answer; NULL without answers';

CREATE FUNCTION @extschema@.ces_wstats(d @extschema@.score_wdist)
RETURNS @extschema@.ces_wstats
AS 'MODULE_PATHNAME', 'score_wdist_ces_stats' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.ces_wstats(@extschema@.score_wdist) IS 'weighted mean answer with Kish''s effective n, linearisation standard error and 95 % Wald interval; NULL without answers';

CREATE FUNCTION @extschema@.unnest(d @extschema@.score_wdist)
RETURNS TABLE (score pg_catalog.int4, answers pg_catalog.int8, weight pg_catalog.float8,
               weight_squared pg_catalog.float8, share pg_catalog.float8)
AS 'MODULE_PATHNAME', 'score_wdist_unnest' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 11;
COMMENT ON FUNCTION @extschema@.unnest(@extschema@.score_wdist) IS 'one row per score of the scale, lowest first: score, answers, sum of weights, sum of squared weights, share of the total weight in % (NULL without answers)';

-- aggregate support

CREATE FUNCTION @extschema@.score_wdist_combine(a @extschema@.score_wdist, b @extschema@.score_wdist)
RETURNS @extschema@.score_wdist
AS 'MODULE_PATHNAME', 'score_wdist_combine' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.score_wdist_combine(@extschema@.score_wdist, @extschema@.score_wdist) IS 'combine function of the weighted aggregates and transition of rollup(score_wdist): merge two weighted distributions';

CREATE FUNCTION @extschema@.score_wdist_final(state @extschema@.score_wdist)
RETURNS @extschema@.score_wdist
AS 'MODULE_PATHNAME', 'score_wdist_final' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.score_wdist_final(@extschema@.score_wdist) IS 'final function of score_wdist_agg and rollup(score_wdist): the distribution, NULL when no answer has a positive weight';

CREATE FUNCTION @extschema@.score_wdist_merge_inv(state @extschema@.score_wdist, d @extschema@.score_wdist)
RETURNS @extschema@.score_wdist
AS 'MODULE_PATHNAME', 'score_wdist_merge_inv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.score_wdist_merge_inv(@extschema@.score_wdist, @extschema@.score_wdist) IS 'inverse transition of rollup(score_wdist): remove a weighted distribution added before';

-- smallint scores

CREATE FUNCTION @extschema@.score_wdist_accum(state @extschema@.score_wdist, score pg_catalog.int2, weight pg_catalog.float8)
RETURNS @extschema@.score_wdist
AS 'MODULE_PATHNAME', 'score_wdist_accum_int2' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.score_wdist_accum(@extschema@.score_wdist, pg_catalog.int2, pg_catalog.float8) IS 'transition of the fixed-scale weighted aggregates: count one weighted score';

CREATE FUNCTION @extschema@.score_wdist_unaccum(state @extschema@.score_wdist, score pg_catalog.int2, weight pg_catalog.float8)
RETURNS @extschema@.score_wdist
AS 'MODULE_PATHNAME', 'score_wdist_unaccum_int2' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.score_wdist_unaccum(@extschema@.score_wdist, pg_catalog.int2, pg_catalog.float8) IS 'inverse transition of the fixed-scale weighted aggregates: uncount one weighted score';

CREATE FUNCTION @extschema@.score_wdist_accum_scale(state @extschema@.score_wdist, score pg_catalog.int2, scale pg_catalog.int4, weight pg_catalog.float8)
RETURNS @extschema@.score_wdist
AS 'MODULE_PATHNAME', 'score_wdist_accum_scale_int2' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.score_wdist_accum_scale(@extschema@.score_wdist, pg_catalog.int2, pg_catalog.int4, pg_catalog.float8) IS 'transition of the weighted csat_agg and ces_agg with a scale: count one weighted score on 1..scale';

CREATE FUNCTION @extschema@.score_wdist_unaccum_scale(state @extschema@.score_wdist, score pg_catalog.int2, scale pg_catalog.int4, weight pg_catalog.float8)
RETURNS @extschema@.score_wdist
AS 'MODULE_PATHNAME', 'score_wdist_unaccum_scale_int2' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.score_wdist_unaccum_scale(@extschema@.score_wdist, pg_catalog.int2, pg_catalog.int4, pg_catalog.float8) IS 'inverse transition of the weighted csat_agg and ces_agg with a scale';

CREATE FUNCTION @extschema@.score_wdist_accum_range(state @extschema@.score_wdist, score pg_catalog.int2, weight pg_catalog.float8, lo pg_catalog.int4, hi pg_catalog.int4)
RETURNS @extschema@.score_wdist
AS 'MODULE_PATHNAME', 'score_wdist_accum_range_int2' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.score_wdist_accum_range(@extschema@.score_wdist, pg_catalog.int2, pg_catalog.float8, pg_catalog.int4, pg_catalog.int4) IS 'transition of score_wdist_agg(score, weight, lo, hi): count one weighted score on lo..hi';

CREATE FUNCTION @extschema@.score_wdist_unaccum_range(state @extschema@.score_wdist, score pg_catalog.int2, weight pg_catalog.float8, lo pg_catalog.int4, hi pg_catalog.int4)
RETURNS @extschema@.score_wdist
AS 'MODULE_PATHNAME', 'score_wdist_unaccum_range_int2' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.score_wdist_unaccum_range(@extschema@.score_wdist, pg_catalog.int2, pg_catalog.float8, pg_catalog.int4, pg_catalog.int4) IS 'inverse transition of score_wdist_agg(score, weight, lo, hi)';

-- integer scores

CREATE FUNCTION @extschema@.score_wdist_accum(state @extschema@.score_wdist, score pg_catalog.int4, weight pg_catalog.float8)
RETURNS @extschema@.score_wdist
AS 'MODULE_PATHNAME', 'score_wdist_accum_int4' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.score_wdist_accum(@extschema@.score_wdist, pg_catalog.int4, pg_catalog.float8) IS 'transition of the fixed-scale weighted aggregates: count one weighted score';

CREATE FUNCTION @extschema@.score_wdist_unaccum(state @extschema@.score_wdist, score pg_catalog.int4, weight pg_catalog.float8)
RETURNS @extschema@.score_wdist
AS 'MODULE_PATHNAME', 'score_wdist_unaccum_int4' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.score_wdist_unaccum(@extschema@.score_wdist, pg_catalog.int4, pg_catalog.float8) IS 'inverse transition of the fixed-scale weighted aggregates: uncount one weighted score';

CREATE FUNCTION @extschema@.score_wdist_accum_scale(state @extschema@.score_wdist, score pg_catalog.int4, scale pg_catalog.int4, weight pg_catalog.float8)
RETURNS @extschema@.score_wdist
AS 'MODULE_PATHNAME', 'score_wdist_accum_scale_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.score_wdist_accum_scale(@extschema@.score_wdist, pg_catalog.int4, pg_catalog.int4, pg_catalog.float8) IS 'transition of the weighted csat_agg and ces_agg with a scale: count one weighted score on 1..scale';

CREATE FUNCTION @extschema@.score_wdist_unaccum_scale(state @extschema@.score_wdist, score pg_catalog.int4, scale pg_catalog.int4, weight pg_catalog.float8)
RETURNS @extschema@.score_wdist
AS 'MODULE_PATHNAME', 'score_wdist_unaccum_scale_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.score_wdist_unaccum_scale(@extschema@.score_wdist, pg_catalog.int4, pg_catalog.int4, pg_catalog.float8) IS 'inverse transition of the weighted csat_agg and ces_agg with a scale';

CREATE FUNCTION @extschema@.score_wdist_accum_range(state @extschema@.score_wdist, score pg_catalog.int4, weight pg_catalog.float8, lo pg_catalog.int4, hi pg_catalog.int4)
RETURNS @extschema@.score_wdist
AS 'MODULE_PATHNAME', 'score_wdist_accum_range_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.score_wdist_accum_range(@extschema@.score_wdist, pg_catalog.int4, pg_catalog.float8, pg_catalog.int4, pg_catalog.int4) IS 'transition of score_wdist_agg(score, weight, lo, hi): count one weighted score on lo..hi';

CREATE FUNCTION @extschema@.score_wdist_unaccum_range(state @extschema@.score_wdist, score pg_catalog.int4, weight pg_catalog.float8, lo pg_catalog.int4, hi pg_catalog.int4)
RETURNS @extschema@.score_wdist
AS 'MODULE_PATHNAME', 'score_wdist_unaccum_range_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.score_wdist_unaccum_range(@extschema@.score_wdist, pg_catalog.int4, pg_catalog.float8, pg_catalog.int4, pg_catalog.int4) IS 'inverse transition of score_wdist_agg(score, weight, lo, hi)';

-- bigint scores

CREATE FUNCTION @extschema@.score_wdist_accum(state @extschema@.score_wdist, score pg_catalog.int8, weight pg_catalog.float8)
RETURNS @extschema@.score_wdist
AS 'MODULE_PATHNAME', 'score_wdist_accum_int8' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.score_wdist_accum(@extschema@.score_wdist, pg_catalog.int8, pg_catalog.float8) IS 'transition of the fixed-scale weighted aggregates: count one weighted score';

CREATE FUNCTION @extschema@.score_wdist_unaccum(state @extschema@.score_wdist, score pg_catalog.int8, weight pg_catalog.float8)
RETURNS @extschema@.score_wdist
AS 'MODULE_PATHNAME', 'score_wdist_unaccum_int8' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.score_wdist_unaccum(@extschema@.score_wdist, pg_catalog.int8, pg_catalog.float8) IS 'inverse transition of the fixed-scale weighted aggregates: uncount one weighted score';

CREATE FUNCTION @extschema@.score_wdist_accum_scale(state @extschema@.score_wdist, score pg_catalog.int8, scale pg_catalog.int4, weight pg_catalog.float8)
RETURNS @extschema@.score_wdist
AS 'MODULE_PATHNAME', 'score_wdist_accum_scale_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.score_wdist_accum_scale(@extschema@.score_wdist, pg_catalog.int8, pg_catalog.int4, pg_catalog.float8) IS 'transition of the weighted csat_agg and ces_agg with a scale: count one weighted score on 1..scale';

CREATE FUNCTION @extschema@.score_wdist_unaccum_scale(state @extschema@.score_wdist, score pg_catalog.int8, scale pg_catalog.int4, weight pg_catalog.float8)
RETURNS @extschema@.score_wdist
AS 'MODULE_PATHNAME', 'score_wdist_unaccum_scale_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.score_wdist_unaccum_scale(@extschema@.score_wdist, pg_catalog.int8, pg_catalog.int4, pg_catalog.float8) IS 'inverse transition of the weighted csat_agg and ces_agg with a scale';

CREATE FUNCTION @extschema@.score_wdist_accum_range(state @extschema@.score_wdist, score pg_catalog.int8, weight pg_catalog.float8, lo pg_catalog.int4, hi pg_catalog.int4)
RETURNS @extschema@.score_wdist
AS 'MODULE_PATHNAME', 'score_wdist_accum_range_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.score_wdist_accum_range(@extschema@.score_wdist, pg_catalog.int8, pg_catalog.float8, pg_catalog.int4, pg_catalog.int4) IS 'transition of score_wdist_agg(score, weight, lo, hi): count one weighted score on lo..hi';

CREATE FUNCTION @extschema@.score_wdist_unaccum_range(state @extschema@.score_wdist, score pg_catalog.int8, weight pg_catalog.float8, lo pg_catalog.int4, hi pg_catalog.int4)
RETURNS @extschema@.score_wdist
AS 'MODULE_PATHNAME', 'score_wdist_unaccum_range_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.score_wdist_unaccum_range(@extschema@.score_wdist, pg_catalog.int8, pg_catalog.float8, pg_catalog.int4, pg_catalog.int4) IS 'inverse transition of score_wdist_agg(score, weight, lo, hi)';

-- numeric scores

CREATE FUNCTION @extschema@.score_wdist_accum(state @extschema@.score_wdist, score pg_catalog.numeric, weight pg_catalog.float8)
RETURNS @extschema@.score_wdist
AS 'MODULE_PATHNAME', 'score_wdist_accum_numeric' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.score_wdist_accum(@extschema@.score_wdist, pg_catalog.numeric, pg_catalog.float8) IS 'transition of the fixed-scale weighted aggregates: count one weighted score';

CREATE FUNCTION @extschema@.score_wdist_unaccum(state @extschema@.score_wdist, score pg_catalog.numeric, weight pg_catalog.float8)
RETURNS @extschema@.score_wdist
AS 'MODULE_PATHNAME', 'score_wdist_unaccum_numeric' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.score_wdist_unaccum(@extschema@.score_wdist, pg_catalog.numeric, pg_catalog.float8) IS 'inverse transition of the fixed-scale weighted aggregates: uncount one weighted score';

CREATE FUNCTION @extschema@.score_wdist_accum_scale(state @extschema@.score_wdist, score pg_catalog.numeric, scale pg_catalog.int4, weight pg_catalog.float8)
RETURNS @extschema@.score_wdist
AS 'MODULE_PATHNAME', 'score_wdist_accum_scale_numeric' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.score_wdist_accum_scale(@extschema@.score_wdist, pg_catalog.numeric, pg_catalog.int4, pg_catalog.float8) IS 'transition of the weighted csat_agg and ces_agg with a scale: count one weighted score on 1..scale';

CREATE FUNCTION @extschema@.score_wdist_unaccum_scale(state @extschema@.score_wdist, score pg_catalog.numeric, scale pg_catalog.int4, weight pg_catalog.float8)
RETURNS @extschema@.score_wdist
AS 'MODULE_PATHNAME', 'score_wdist_unaccum_scale_numeric' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.score_wdist_unaccum_scale(@extschema@.score_wdist, pg_catalog.numeric, pg_catalog.int4, pg_catalog.float8) IS 'inverse transition of the weighted csat_agg and ces_agg with a scale';

CREATE FUNCTION @extschema@.score_wdist_accum_range(state @extschema@.score_wdist, score pg_catalog.numeric, weight pg_catalog.float8, lo pg_catalog.int4, hi pg_catalog.int4)
RETURNS @extschema@.score_wdist
AS 'MODULE_PATHNAME', 'score_wdist_accum_range_numeric' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.score_wdist_accum_range(@extschema@.score_wdist, pg_catalog.numeric, pg_catalog.float8, pg_catalog.int4, pg_catalog.int4) IS 'transition of score_wdist_agg(score, weight, lo, hi): count one weighted score on lo..hi';

CREATE FUNCTION @extschema@.score_wdist_unaccum_range(state @extschema@.score_wdist, score pg_catalog.numeric, weight pg_catalog.float8, lo pg_catalog.int4, hi pg_catalog.int4)
RETURNS @extschema@.score_wdist
AS 'MODULE_PATHNAME', 'score_wdist_unaccum_range_numeric' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.score_wdist_unaccum_range(@extschema@.score_wdist, pg_catalog.numeric, pg_catalog.float8, pg_catalog.int4, pg_catalog.int4) IS 'inverse transition of score_wdist_agg(score, weight, lo, hi)';

-- double precision scores

CREATE FUNCTION @extschema@.score_wdist_accum(state @extschema@.score_wdist, score pg_catalog.float8, weight pg_catalog.float8)
RETURNS @extschema@.score_wdist
AS 'MODULE_PATHNAME', 'score_wdist_accum_float8' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.score_wdist_accum(@extschema@.score_wdist, pg_catalog.float8, pg_catalog.float8) IS 'transition of the fixed-scale weighted aggregates: count one weighted score';

CREATE FUNCTION @extschema@.score_wdist_unaccum(state @extschema@.score_wdist, score pg_catalog.float8, weight pg_catalog.float8)
RETURNS @extschema@.score_wdist
AS 'MODULE_PATHNAME', 'score_wdist_unaccum_float8' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.score_wdist_unaccum(@extschema@.score_wdist, pg_catalog.float8, pg_catalog.float8) IS 'inverse transition of the fixed-scale weighted aggregates: uncount one weighted score';

CREATE FUNCTION @extschema@.score_wdist_accum_scale(state @extschema@.score_wdist, score pg_catalog.float8, scale pg_catalog.int4, weight pg_catalog.float8)
RETURNS @extschema@.score_wdist
AS 'MODULE_PATHNAME', 'score_wdist_accum_scale_float8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.score_wdist_accum_scale(@extschema@.score_wdist, pg_catalog.float8, pg_catalog.int4, pg_catalog.float8) IS 'transition of the weighted csat_agg and ces_agg with a scale: count one weighted score on 1..scale';

CREATE FUNCTION @extschema@.score_wdist_unaccum_scale(state @extschema@.score_wdist, score pg_catalog.float8, scale pg_catalog.int4, weight pg_catalog.float8)
RETURNS @extschema@.score_wdist
AS 'MODULE_PATHNAME', 'score_wdist_unaccum_scale_float8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.score_wdist_unaccum_scale(@extschema@.score_wdist, pg_catalog.float8, pg_catalog.int4, pg_catalog.float8) IS 'inverse transition of the weighted csat_agg and ces_agg with a scale';

CREATE FUNCTION @extschema@.score_wdist_accum_range(state @extschema@.score_wdist, score pg_catalog.float8, weight pg_catalog.float8, lo pg_catalog.int4, hi pg_catalog.int4)
RETURNS @extschema@.score_wdist
AS 'MODULE_PATHNAME', 'score_wdist_accum_range_float8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.score_wdist_accum_range(@extschema@.score_wdist, pg_catalog.float8, pg_catalog.float8, pg_catalog.int4, pg_catalog.int4) IS 'transition of score_wdist_agg(score, weight, lo, hi): count one weighted score on lo..hi';

CREATE FUNCTION @extschema@.score_wdist_unaccum_range(state @extschema@.score_wdist, score pg_catalog.float8, weight pg_catalog.float8, lo pg_catalog.int4, hi pg_catalog.int4)
RETURNS @extschema@.score_wdist
AS 'MODULE_PATHNAME', 'score_wdist_unaccum_range_float8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.score_wdist_unaccum_range(@extschema@.score_wdist, pg_catalog.float8, pg_catalog.float8, pg_catalog.int4, pg_catalog.int4) IS 'inverse transition of score_wdist_agg(score, weight, lo, hi)';

------------------------------------------------------------------------
-- the weighted aggregates
------------------------------------------------------------------------

-- smallint scores

CREATE AGGREGATE @extschema@.score_wdist_agg(score pg_catalog.int2, weight pg_catalog.float8) (
    SFUNC = @extschema@.score_wdist_accum,
    STYPE = @extschema@.score_wdist,
    INITCOND = '{"lo":0,"hi":10,"n":[0,0,0,0,0,0,0,0,0,0,0],"ops":[0,0,0,0,0,0,0,0,0,0,0],"w":[0,0,0,0,0,0,0,0,0,0,0],"w_tail":[0,0,0,0,0,0,0,0,0,0,0],"w_peak":[0,0,0,0,0,0,0,0,0,0,0],"w2":[0,0,0,0,0,0,0,0,0,0,0],"w2_tail":[0,0,0,0,0,0,0,0,0,0,0],"w2_peak":[0,0,0,0,0,0,0,0,0,0,0]}',
    MINITCOND = '{"lo":0,"hi":10,"n":[0,0,0,0,0,0,0,0,0,0,0],"ops":[0,0,0,0,0,0,0,0,0,0,0],"w":[0,0,0,0,0,0,0,0,0,0,0],"w_tail":[0,0,0,0,0,0,0,0,0,0,0],"w_peak":[0,0,0,0,0,0,0,0,0,0,0],"w2":[0,0,0,0,0,0,0,0,0,0,0],"w2_tail":[0,0,0,0,0,0,0,0,0,0,0],"w2_peak":[0,0,0,0,0,0,0,0,0,0,0]}',
    FINALFUNC = @extschema@.score_wdist_final,
    COMBINEFUNC = @extschema@.score_wdist_combine,
    MSFUNC = @extschema@.score_wdist_accum,
    MINVFUNC = @extschema@.score_wdist_unaccum,
    MSTYPE = @extschema@.score_wdist,
    MFINALFUNC = @extschema@.score_wdist_final,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.score_wdist_agg(pg_catalog.int2, pg_catalog.float8) IS 'weighted answers on 0-10 as a score_wdist; NULL when no answer has a positive weight';

CREATE AGGREGATE @extschema@.score_wdist_agg(score pg_catalog.int2, weight pg_catalog.float8, lo pg_catalog.int4, hi pg_catalog.int4) (
    SFUNC = @extschema@.score_wdist_accum_range,
    STYPE = @extschema@.score_wdist,
    FINALFUNC = @extschema@.score_wdist_final,
    COMBINEFUNC = @extschema@.score_wdist_combine,
    MSFUNC = @extschema@.score_wdist_accum_range,
    MINVFUNC = @extschema@.score_wdist_unaccum_range,
    MSTYPE = @extschema@.score_wdist,
    MFINALFUNC = @extschema@.score_wdist_final,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.score_wdist_agg(pg_catalog.int2, pg_catalog.float8, pg_catalog.int4, pg_catalog.int4) IS 'weighted answers on lo..hi as a score_wdist; NULL when no answer has a positive weight';

CREATE AGGREGATE @extschema@.nps_agg(score pg_catalog.int2, weight pg_catalog.float8) (
    SFUNC = @extschema@.score_wdist_accum,
    STYPE = @extschema@.score_wdist,
    INITCOND = '{"lo":0,"hi":10,"n":[0,0,0,0,0,0,0,0,0,0,0],"ops":[0,0,0,0,0,0,0,0,0,0,0],"w":[0,0,0,0,0,0,0,0,0,0,0],"w_tail":[0,0,0,0,0,0,0,0,0,0,0],"w_peak":[0,0,0,0,0,0,0,0,0,0,0],"w2":[0,0,0,0,0,0,0,0,0,0,0],"w2_tail":[0,0,0,0,0,0,0,0,0,0,0],"w2_peak":[0,0,0,0,0,0,0,0,0,0,0]}',
    MINITCOND = '{"lo":0,"hi":10,"n":[0,0,0,0,0,0,0,0,0,0,0],"ops":[0,0,0,0,0,0,0,0,0,0,0],"w":[0,0,0,0,0,0,0,0,0,0,0],"w_tail":[0,0,0,0,0,0,0,0,0,0,0],"w_peak":[0,0,0,0,0,0,0,0,0,0,0],"w2":[0,0,0,0,0,0,0,0,0,0,0],"w2_tail":[0,0,0,0,0,0,0,0,0,0,0],"w2_peak":[0,0,0,0,0,0,0,0,0,0,0]}',
    FINALFUNC = @extschema@.nps,
    COMBINEFUNC = @extschema@.score_wdist_combine,
    MSFUNC = @extschema@.score_wdist_accum,
    MINVFUNC = @extschema@.score_wdist_unaccum,
    MSTYPE = @extschema@.score_wdist,
    MFINALFUNC = @extschema@.nps,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.nps_agg(pg_catalog.int2, pg_catalog.float8) IS 'weighted Net Promoter Score (-100..100) of 0-10 answers; NULL when no answer has a positive weight';

CREATE AGGREGATE @extschema@.nps_stats(score pg_catalog.int2, weight pg_catalog.float8) (
    SFUNC = @extschema@.score_wdist_accum,
    STYPE = @extschema@.score_wdist,
    INITCOND = '{"lo":0,"hi":10,"n":[0,0,0,0,0,0,0,0,0,0,0],"ops":[0,0,0,0,0,0,0,0,0,0,0],"w":[0,0,0,0,0,0,0,0,0,0,0],"w_tail":[0,0,0,0,0,0,0,0,0,0,0],"w_peak":[0,0,0,0,0,0,0,0,0,0,0],"w2":[0,0,0,0,0,0,0,0,0,0,0],"w2_tail":[0,0,0,0,0,0,0,0,0,0,0],"w2_peak":[0,0,0,0,0,0,0,0,0,0,0]}',
    MINITCOND = '{"lo":0,"hi":10,"n":[0,0,0,0,0,0,0,0,0,0,0],"ops":[0,0,0,0,0,0,0,0,0,0,0],"w":[0,0,0,0,0,0,0,0,0,0,0],"w_tail":[0,0,0,0,0,0,0,0,0,0,0],"w_peak":[0,0,0,0,0,0,0,0,0,0,0],"w2":[0,0,0,0,0,0,0,0,0,0,0],"w2_tail":[0,0,0,0,0,0,0,0,0,0,0],"w2_peak":[0,0,0,0,0,0,0,0,0,0,0]}',
    FINALFUNC = @extschema@.nps_wstats,
    COMBINEFUNC = @extschema@.score_wdist_combine,
    MSFUNC = @extschema@.score_wdist_accum,
    MINVFUNC = @extschema@.score_wdist_unaccum,
    MSTYPE = @extschema@.score_wdist,
    MFINALFUNC = @extschema@.nps_wstats,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.nps_stats(pg_catalog.int2, pg_catalog.float8) IS 'weighted NPS with weighted shares, Kish''s effective n, linearisation standard error and 95 % Wald interval of 0-10 answers';

CREATE AGGREGATE @extschema@.csat_agg(score pg_catalog.int2, scale pg_catalog.int4, weight pg_catalog.float8) (
    SFUNC = @extschema@.score_wdist_accum_scale,
    STYPE = @extschema@.score_wdist,
    FINALFUNC = @extschema@.csat,
    COMBINEFUNC = @extschema@.score_wdist_combine,
    MSFUNC = @extschema@.score_wdist_accum_scale,
    MINVFUNC = @extschema@.score_wdist_unaccum_scale,
    MSTYPE = @extschema@.score_wdist,
    MFINALFUNC = @extschema@.csat,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.csat_agg(pg_catalog.int2, pg_catalog.int4, pg_catalog.float8) IS 'weighted percentage of 1..scale answers in the top two boxes';

CREATE AGGREGATE @extschema@.csat_stats(score pg_catalog.int2, scale pg_catalog.int4, weight pg_catalog.float8) (
    SFUNC = @extschema@.score_wdist_accum_scale,
    STYPE = @extschema@.score_wdist,
    FINALFUNC = @extschema@.csat_wstats,
    COMBINEFUNC = @extschema@.score_wdist_combine,
    MSFUNC = @extschema@.score_wdist_accum_scale,
    MINVFUNC = @extschema@.score_wdist_unaccum_scale,
    MSTYPE = @extschema@.score_wdist,
    MFINALFUNC = @extschema@.csat_wstats,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.csat_stats(pg_catalog.int2, pg_catalog.int4, pg_catalog.float8) IS 'weighted CSAT of 1..scale answers with Kish''s effective n, linearisation standard error and 95 % Wald interval';

CREATE AGGREGATE @extschema@.ces_agg(score pg_catalog.int2, weight pg_catalog.float8) (
    SFUNC = @extschema@.score_wdist_accum,
    STYPE = @extschema@.score_wdist,
    INITCOND = '{"lo":1,"hi":7,"n":[0,0,0,0,0,0,0],"ops":[0,0,0,0,0,0,0],"w":[0,0,0,0,0,0,0],"w_tail":[0,0,0,0,0,0,0],"w_peak":[0,0,0,0,0,0,0],"w2":[0,0,0,0,0,0,0],"w2_tail":[0,0,0,0,0,0,0],"w2_peak":[0,0,0,0,0,0,0]}',
    MINITCOND = '{"lo":1,"hi":7,"n":[0,0,0,0,0,0,0],"ops":[0,0,0,0,0,0,0],"w":[0,0,0,0,0,0,0],"w_tail":[0,0,0,0,0,0,0],"w_peak":[0,0,0,0,0,0,0],"w2":[0,0,0,0,0,0,0],"w2_tail":[0,0,0,0,0,0,0],"w2_peak":[0,0,0,0,0,0,0]}',
    FINALFUNC = @extschema@.mean,
    COMBINEFUNC = @extschema@.score_wdist_combine,
    MSFUNC = @extschema@.score_wdist_accum,
    MINVFUNC = @extschema@.score_wdist_unaccum,
    MSTYPE = @extschema@.score_wdist,
    MFINALFUNC = @extschema@.mean,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.ces_agg(pg_catalog.int2, pg_catalog.float8) IS 'weighted mean of 1-7 answers (CES 2.0); an integer weight is read as the scale of ces_agg(score, scale): write weight::float8';

CREATE AGGREGATE @extschema@.ces_stats(score pg_catalog.int2, weight pg_catalog.float8) (
    SFUNC = @extschema@.score_wdist_accum,
    STYPE = @extschema@.score_wdist,
    INITCOND = '{"lo":1,"hi":7,"n":[0,0,0,0,0,0,0],"ops":[0,0,0,0,0,0,0],"w":[0,0,0,0,0,0,0],"w_tail":[0,0,0,0,0,0,0],"w_peak":[0,0,0,0,0,0,0],"w2":[0,0,0,0,0,0,0],"w2_tail":[0,0,0,0,0,0,0],"w2_peak":[0,0,0,0,0,0,0]}',
    MINITCOND = '{"lo":1,"hi":7,"n":[0,0,0,0,0,0,0],"ops":[0,0,0,0,0,0,0],"w":[0,0,0,0,0,0,0],"w_tail":[0,0,0,0,0,0,0],"w_peak":[0,0,0,0,0,0,0],"w2":[0,0,0,0,0,0,0],"w2_tail":[0,0,0,0,0,0,0],"w2_peak":[0,0,0,0,0,0,0]}',
    FINALFUNC = @extschema@.ces_wstats,
    COMBINEFUNC = @extschema@.score_wdist_combine,
    MSFUNC = @extschema@.score_wdist_accum,
    MINVFUNC = @extschema@.score_wdist_unaccum,
    MSTYPE = @extschema@.score_wdist,
    MFINALFUNC = @extschema@.ces_wstats,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.ces_stats(pg_catalog.int2, pg_catalog.float8) IS 'weighted mean of 1-7 answers with Kish''s effective n, linearisation standard error and 95 % Wald interval';

CREATE AGGREGATE @extschema@.ces_agg(score pg_catalog.int2, scale pg_catalog.int4, weight pg_catalog.float8) (
    SFUNC = @extschema@.score_wdist_accum_scale,
    STYPE = @extschema@.score_wdist,
    FINALFUNC = @extschema@.mean,
    COMBINEFUNC = @extschema@.score_wdist_combine,
    MSFUNC = @extschema@.score_wdist_accum_scale,
    MINVFUNC = @extschema@.score_wdist_unaccum_scale,
    MSTYPE = @extschema@.score_wdist,
    MFINALFUNC = @extschema@.mean,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.ces_agg(pg_catalog.int2, pg_catalog.int4, pg_catalog.float8) IS 'weighted mean of 1..scale answers';

CREATE AGGREGATE @extschema@.ces_stats(score pg_catalog.int2, scale pg_catalog.int4, weight pg_catalog.float8) (
    SFUNC = @extschema@.score_wdist_accum_scale,
    STYPE = @extschema@.score_wdist,
    FINALFUNC = @extschema@.ces_wstats,
    COMBINEFUNC = @extschema@.score_wdist_combine,
    MSFUNC = @extschema@.score_wdist_accum_scale,
    MINVFUNC = @extschema@.score_wdist_unaccum_scale,
    MSTYPE = @extschema@.score_wdist,
    MFINALFUNC = @extschema@.ces_wstats,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.ces_stats(pg_catalog.int2, pg_catalog.int4, pg_catalog.float8) IS 'weighted mean of 1..scale answers with Kish''s effective n, linearisation standard error and 95 % Wald interval';

-- integer scores

CREATE AGGREGATE @extschema@.score_wdist_agg(score pg_catalog.int4, weight pg_catalog.float8) (
    SFUNC = @extschema@.score_wdist_accum,
    STYPE = @extschema@.score_wdist,
    INITCOND = '{"lo":0,"hi":10,"n":[0,0,0,0,0,0,0,0,0,0,0],"ops":[0,0,0,0,0,0,0,0,0,0,0],"w":[0,0,0,0,0,0,0,0,0,0,0],"w_tail":[0,0,0,0,0,0,0,0,0,0,0],"w_peak":[0,0,0,0,0,0,0,0,0,0,0],"w2":[0,0,0,0,0,0,0,0,0,0,0],"w2_tail":[0,0,0,0,0,0,0,0,0,0,0],"w2_peak":[0,0,0,0,0,0,0,0,0,0,0]}',
    MINITCOND = '{"lo":0,"hi":10,"n":[0,0,0,0,0,0,0,0,0,0,0],"ops":[0,0,0,0,0,0,0,0,0,0,0],"w":[0,0,0,0,0,0,0,0,0,0,0],"w_tail":[0,0,0,0,0,0,0,0,0,0,0],"w_peak":[0,0,0,0,0,0,0,0,0,0,0],"w2":[0,0,0,0,0,0,0,0,0,0,0],"w2_tail":[0,0,0,0,0,0,0,0,0,0,0],"w2_peak":[0,0,0,0,0,0,0,0,0,0,0]}',
    FINALFUNC = @extschema@.score_wdist_final,
    COMBINEFUNC = @extschema@.score_wdist_combine,
    MSFUNC = @extschema@.score_wdist_accum,
    MINVFUNC = @extschema@.score_wdist_unaccum,
    MSTYPE = @extschema@.score_wdist,
    MFINALFUNC = @extschema@.score_wdist_final,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.score_wdist_agg(pg_catalog.int4, pg_catalog.float8) IS 'weighted answers on 0-10 as a score_wdist; NULL when no answer has a positive weight';

CREATE AGGREGATE @extschema@.score_wdist_agg(score pg_catalog.int4, weight pg_catalog.float8, lo pg_catalog.int4, hi pg_catalog.int4) (
    SFUNC = @extschema@.score_wdist_accum_range,
    STYPE = @extschema@.score_wdist,
    FINALFUNC = @extschema@.score_wdist_final,
    COMBINEFUNC = @extschema@.score_wdist_combine,
    MSFUNC = @extschema@.score_wdist_accum_range,
    MINVFUNC = @extschema@.score_wdist_unaccum_range,
    MSTYPE = @extschema@.score_wdist,
    MFINALFUNC = @extschema@.score_wdist_final,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.score_wdist_agg(pg_catalog.int4, pg_catalog.float8, pg_catalog.int4, pg_catalog.int4) IS 'weighted answers on lo..hi as a score_wdist; NULL when no answer has a positive weight';

CREATE AGGREGATE @extschema@.nps_agg(score pg_catalog.int4, weight pg_catalog.float8) (
    SFUNC = @extschema@.score_wdist_accum,
    STYPE = @extschema@.score_wdist,
    INITCOND = '{"lo":0,"hi":10,"n":[0,0,0,0,0,0,0,0,0,0,0],"ops":[0,0,0,0,0,0,0,0,0,0,0],"w":[0,0,0,0,0,0,0,0,0,0,0],"w_tail":[0,0,0,0,0,0,0,0,0,0,0],"w_peak":[0,0,0,0,0,0,0,0,0,0,0],"w2":[0,0,0,0,0,0,0,0,0,0,0],"w2_tail":[0,0,0,0,0,0,0,0,0,0,0],"w2_peak":[0,0,0,0,0,0,0,0,0,0,0]}',
    MINITCOND = '{"lo":0,"hi":10,"n":[0,0,0,0,0,0,0,0,0,0,0],"ops":[0,0,0,0,0,0,0,0,0,0,0],"w":[0,0,0,0,0,0,0,0,0,0,0],"w_tail":[0,0,0,0,0,0,0,0,0,0,0],"w_peak":[0,0,0,0,0,0,0,0,0,0,0],"w2":[0,0,0,0,0,0,0,0,0,0,0],"w2_tail":[0,0,0,0,0,0,0,0,0,0,0],"w2_peak":[0,0,0,0,0,0,0,0,0,0,0]}',
    FINALFUNC = @extschema@.nps,
    COMBINEFUNC = @extschema@.score_wdist_combine,
    MSFUNC = @extschema@.score_wdist_accum,
    MINVFUNC = @extschema@.score_wdist_unaccum,
    MSTYPE = @extschema@.score_wdist,
    MFINALFUNC = @extschema@.nps,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.nps_agg(pg_catalog.int4, pg_catalog.float8) IS 'weighted Net Promoter Score (-100..100) of 0-10 answers; NULL when no answer has a positive weight';

CREATE AGGREGATE @extschema@.nps_stats(score pg_catalog.int4, weight pg_catalog.float8) (
    SFUNC = @extschema@.score_wdist_accum,
    STYPE = @extschema@.score_wdist,
    INITCOND = '{"lo":0,"hi":10,"n":[0,0,0,0,0,0,0,0,0,0,0],"ops":[0,0,0,0,0,0,0,0,0,0,0],"w":[0,0,0,0,0,0,0,0,0,0,0],"w_tail":[0,0,0,0,0,0,0,0,0,0,0],"w_peak":[0,0,0,0,0,0,0,0,0,0,0],"w2":[0,0,0,0,0,0,0,0,0,0,0],"w2_tail":[0,0,0,0,0,0,0,0,0,0,0],"w2_peak":[0,0,0,0,0,0,0,0,0,0,0]}',
    MINITCOND = '{"lo":0,"hi":10,"n":[0,0,0,0,0,0,0,0,0,0,0],"ops":[0,0,0,0,0,0,0,0,0,0,0],"w":[0,0,0,0,0,0,0,0,0,0,0],"w_tail":[0,0,0,0,0,0,0,0,0,0,0],"w_peak":[0,0,0,0,0,0,0,0,0,0,0],"w2":[0,0,0,0,0,0,0,0,0,0,0],"w2_tail":[0,0,0,0,0,0,0,0,0,0,0],"w2_peak":[0,0,0,0,0,0,0,0,0,0,0]}',
    FINALFUNC = @extschema@.nps_wstats,
    COMBINEFUNC = @extschema@.score_wdist_combine,
    MSFUNC = @extschema@.score_wdist_accum,
    MINVFUNC = @extschema@.score_wdist_unaccum,
    MSTYPE = @extschema@.score_wdist,
    MFINALFUNC = @extschema@.nps_wstats,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.nps_stats(pg_catalog.int4, pg_catalog.float8) IS 'weighted NPS with weighted shares, Kish''s effective n, linearisation standard error and 95 % Wald interval of 0-10 answers';

CREATE AGGREGATE @extschema@.csat_agg(score pg_catalog.int4, scale pg_catalog.int4, weight pg_catalog.float8) (
    SFUNC = @extschema@.score_wdist_accum_scale,
    STYPE = @extschema@.score_wdist,
    FINALFUNC = @extschema@.csat,
    COMBINEFUNC = @extschema@.score_wdist_combine,
    MSFUNC = @extschema@.score_wdist_accum_scale,
    MINVFUNC = @extschema@.score_wdist_unaccum_scale,
    MSTYPE = @extschema@.score_wdist,
    MFINALFUNC = @extschema@.csat,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.csat_agg(pg_catalog.int4, pg_catalog.int4, pg_catalog.float8) IS 'weighted percentage of 1..scale answers in the top two boxes';

CREATE AGGREGATE @extschema@.csat_stats(score pg_catalog.int4, scale pg_catalog.int4, weight pg_catalog.float8) (
    SFUNC = @extschema@.score_wdist_accum_scale,
    STYPE = @extschema@.score_wdist,
    FINALFUNC = @extschema@.csat_wstats,
    COMBINEFUNC = @extschema@.score_wdist_combine,
    MSFUNC = @extschema@.score_wdist_accum_scale,
    MINVFUNC = @extschema@.score_wdist_unaccum_scale,
    MSTYPE = @extschema@.score_wdist,
    MFINALFUNC = @extschema@.csat_wstats,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.csat_stats(pg_catalog.int4, pg_catalog.int4, pg_catalog.float8) IS 'weighted CSAT of 1..scale answers with Kish''s effective n, linearisation standard error and 95 % Wald interval';

CREATE AGGREGATE @extschema@.ces_agg(score pg_catalog.int4, weight pg_catalog.float8) (
    SFUNC = @extschema@.score_wdist_accum,
    STYPE = @extschema@.score_wdist,
    INITCOND = '{"lo":1,"hi":7,"n":[0,0,0,0,0,0,0],"ops":[0,0,0,0,0,0,0],"w":[0,0,0,0,0,0,0],"w_tail":[0,0,0,0,0,0,0],"w_peak":[0,0,0,0,0,0,0],"w2":[0,0,0,0,0,0,0],"w2_tail":[0,0,0,0,0,0,0],"w2_peak":[0,0,0,0,0,0,0]}',
    MINITCOND = '{"lo":1,"hi":7,"n":[0,0,0,0,0,0,0],"ops":[0,0,0,0,0,0,0],"w":[0,0,0,0,0,0,0],"w_tail":[0,0,0,0,0,0,0],"w_peak":[0,0,0,0,0,0,0],"w2":[0,0,0,0,0,0,0],"w2_tail":[0,0,0,0,0,0,0],"w2_peak":[0,0,0,0,0,0,0]}',
    FINALFUNC = @extschema@.mean,
    COMBINEFUNC = @extschema@.score_wdist_combine,
    MSFUNC = @extschema@.score_wdist_accum,
    MINVFUNC = @extschema@.score_wdist_unaccum,
    MSTYPE = @extschema@.score_wdist,
    MFINALFUNC = @extschema@.mean,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.ces_agg(pg_catalog.int4, pg_catalog.float8) IS 'weighted mean of 1-7 answers (CES 2.0); an integer weight is read as the scale of ces_agg(score, scale): write weight::float8';

CREATE AGGREGATE @extschema@.ces_stats(score pg_catalog.int4, weight pg_catalog.float8) (
    SFUNC = @extschema@.score_wdist_accum,
    STYPE = @extschema@.score_wdist,
    INITCOND = '{"lo":1,"hi":7,"n":[0,0,0,0,0,0,0],"ops":[0,0,0,0,0,0,0],"w":[0,0,0,0,0,0,0],"w_tail":[0,0,0,0,0,0,0],"w_peak":[0,0,0,0,0,0,0],"w2":[0,0,0,0,0,0,0],"w2_tail":[0,0,0,0,0,0,0],"w2_peak":[0,0,0,0,0,0,0]}',
    MINITCOND = '{"lo":1,"hi":7,"n":[0,0,0,0,0,0,0],"ops":[0,0,0,0,0,0,0],"w":[0,0,0,0,0,0,0],"w_tail":[0,0,0,0,0,0,0],"w_peak":[0,0,0,0,0,0,0],"w2":[0,0,0,0,0,0,0],"w2_tail":[0,0,0,0,0,0,0],"w2_peak":[0,0,0,0,0,0,0]}',
    FINALFUNC = @extschema@.ces_wstats,
    COMBINEFUNC = @extschema@.score_wdist_combine,
    MSFUNC = @extschema@.score_wdist_accum,
    MINVFUNC = @extschema@.score_wdist_unaccum,
    MSTYPE = @extschema@.score_wdist,
    MFINALFUNC = @extschema@.ces_wstats,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.ces_stats(pg_catalog.int4, pg_catalog.float8) IS 'weighted mean of 1-7 answers with Kish''s effective n, linearisation standard error and 95 % Wald interval';

CREATE AGGREGATE @extschema@.ces_agg(score pg_catalog.int4, scale pg_catalog.int4, weight pg_catalog.float8) (
    SFUNC = @extschema@.score_wdist_accum_scale,
    STYPE = @extschema@.score_wdist,
    FINALFUNC = @extschema@.mean,
    COMBINEFUNC = @extschema@.score_wdist_combine,
    MSFUNC = @extschema@.score_wdist_accum_scale,
    MINVFUNC = @extschema@.score_wdist_unaccum_scale,
    MSTYPE = @extschema@.score_wdist,
    MFINALFUNC = @extschema@.mean,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.ces_agg(pg_catalog.int4, pg_catalog.int4, pg_catalog.float8) IS 'weighted mean of 1..scale answers';

CREATE AGGREGATE @extschema@.ces_stats(score pg_catalog.int4, scale pg_catalog.int4, weight pg_catalog.float8) (
    SFUNC = @extschema@.score_wdist_accum_scale,
    STYPE = @extschema@.score_wdist,
    FINALFUNC = @extschema@.ces_wstats,
    COMBINEFUNC = @extschema@.score_wdist_combine,
    MSFUNC = @extschema@.score_wdist_accum_scale,
    MINVFUNC = @extschema@.score_wdist_unaccum_scale,
    MSTYPE = @extschema@.score_wdist,
    MFINALFUNC = @extschema@.ces_wstats,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.ces_stats(pg_catalog.int4, pg_catalog.int4, pg_catalog.float8) IS 'weighted mean of 1..scale answers with Kish''s effective n, linearisation standard error and 95 % Wald interval';

-- bigint scores

CREATE AGGREGATE @extschema@.score_wdist_agg(score pg_catalog.int8, weight pg_catalog.float8) (
    SFUNC = @extschema@.score_wdist_accum,
    STYPE = @extschema@.score_wdist,
    INITCOND = '{"lo":0,"hi":10,"n":[0,0,0,0,0,0,0,0,0,0,0],"ops":[0,0,0,0,0,0,0,0,0,0,0],"w":[0,0,0,0,0,0,0,0,0,0,0],"w_tail":[0,0,0,0,0,0,0,0,0,0,0],"w_peak":[0,0,0,0,0,0,0,0,0,0,0],"w2":[0,0,0,0,0,0,0,0,0,0,0],"w2_tail":[0,0,0,0,0,0,0,0,0,0,0],"w2_peak":[0,0,0,0,0,0,0,0,0,0,0]}',
    MINITCOND = '{"lo":0,"hi":10,"n":[0,0,0,0,0,0,0,0,0,0,0],"ops":[0,0,0,0,0,0,0,0,0,0,0],"w":[0,0,0,0,0,0,0,0,0,0,0],"w_tail":[0,0,0,0,0,0,0,0,0,0,0],"w_peak":[0,0,0,0,0,0,0,0,0,0,0],"w2":[0,0,0,0,0,0,0,0,0,0,0],"w2_tail":[0,0,0,0,0,0,0,0,0,0,0],"w2_peak":[0,0,0,0,0,0,0,0,0,0,0]}',
    FINALFUNC = @extschema@.score_wdist_final,
    COMBINEFUNC = @extschema@.score_wdist_combine,
    MSFUNC = @extschema@.score_wdist_accum,
    MINVFUNC = @extschema@.score_wdist_unaccum,
    MSTYPE = @extschema@.score_wdist,
    MFINALFUNC = @extschema@.score_wdist_final,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.score_wdist_agg(pg_catalog.int8, pg_catalog.float8) IS 'weighted answers on 0-10 as a score_wdist; NULL when no answer has a positive weight';

CREATE AGGREGATE @extschema@.score_wdist_agg(score pg_catalog.int8, weight pg_catalog.float8, lo pg_catalog.int4, hi pg_catalog.int4) (
    SFUNC = @extschema@.score_wdist_accum_range,
    STYPE = @extschema@.score_wdist,
    FINALFUNC = @extschema@.score_wdist_final,
    COMBINEFUNC = @extschema@.score_wdist_combine,
    MSFUNC = @extschema@.score_wdist_accum_range,
    MINVFUNC = @extschema@.score_wdist_unaccum_range,
    MSTYPE = @extschema@.score_wdist,
    MFINALFUNC = @extschema@.score_wdist_final,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.score_wdist_agg(pg_catalog.int8, pg_catalog.float8, pg_catalog.int4, pg_catalog.int4) IS 'weighted answers on lo..hi as a score_wdist; NULL when no answer has a positive weight';

CREATE AGGREGATE @extschema@.nps_agg(score pg_catalog.int8, weight pg_catalog.float8) (
    SFUNC = @extschema@.score_wdist_accum,
    STYPE = @extschema@.score_wdist,
    INITCOND = '{"lo":0,"hi":10,"n":[0,0,0,0,0,0,0,0,0,0,0],"ops":[0,0,0,0,0,0,0,0,0,0,0],"w":[0,0,0,0,0,0,0,0,0,0,0],"w_tail":[0,0,0,0,0,0,0,0,0,0,0],"w_peak":[0,0,0,0,0,0,0,0,0,0,0],"w2":[0,0,0,0,0,0,0,0,0,0,0],"w2_tail":[0,0,0,0,0,0,0,0,0,0,0],"w2_peak":[0,0,0,0,0,0,0,0,0,0,0]}',
    MINITCOND = '{"lo":0,"hi":10,"n":[0,0,0,0,0,0,0,0,0,0,0],"ops":[0,0,0,0,0,0,0,0,0,0,0],"w":[0,0,0,0,0,0,0,0,0,0,0],"w_tail":[0,0,0,0,0,0,0,0,0,0,0],"w_peak":[0,0,0,0,0,0,0,0,0,0,0],"w2":[0,0,0,0,0,0,0,0,0,0,0],"w2_tail":[0,0,0,0,0,0,0,0,0,0,0],"w2_peak":[0,0,0,0,0,0,0,0,0,0,0]}',
    FINALFUNC = @extschema@.nps,
    COMBINEFUNC = @extschema@.score_wdist_combine,
    MSFUNC = @extschema@.score_wdist_accum,
    MINVFUNC = @extschema@.score_wdist_unaccum,
    MSTYPE = @extschema@.score_wdist,
    MFINALFUNC = @extschema@.nps,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.nps_agg(pg_catalog.int8, pg_catalog.float8) IS 'weighted Net Promoter Score (-100..100) of 0-10 answers; NULL when no answer has a positive weight';

CREATE AGGREGATE @extschema@.nps_stats(score pg_catalog.int8, weight pg_catalog.float8) (
    SFUNC = @extschema@.score_wdist_accum,
    STYPE = @extschema@.score_wdist,
    INITCOND = '{"lo":0,"hi":10,"n":[0,0,0,0,0,0,0,0,0,0,0],"ops":[0,0,0,0,0,0,0,0,0,0,0],"w":[0,0,0,0,0,0,0,0,0,0,0],"w_tail":[0,0,0,0,0,0,0,0,0,0,0],"w_peak":[0,0,0,0,0,0,0,0,0,0,0],"w2":[0,0,0,0,0,0,0,0,0,0,0],"w2_tail":[0,0,0,0,0,0,0,0,0,0,0],"w2_peak":[0,0,0,0,0,0,0,0,0,0,0]}',
    MINITCOND = '{"lo":0,"hi":10,"n":[0,0,0,0,0,0,0,0,0,0,0],"ops":[0,0,0,0,0,0,0,0,0,0,0],"w":[0,0,0,0,0,0,0,0,0,0,0],"w_tail":[0,0,0,0,0,0,0,0,0,0,0],"w_peak":[0,0,0,0,0,0,0,0,0,0,0],"w2":[0,0,0,0,0,0,0,0,0,0,0],"w2_tail":[0,0,0,0,0,0,0,0,0,0,0],"w2_peak":[0,0,0,0,0,0,0,0,0,0,0]}',
    FINALFUNC = @extschema@.nps_wstats,
    COMBINEFUNC = @extschema@.score_wdist_combine,
    MSFUNC = @extschema@.score_wdist_accum,
    MINVFUNC = @extschema@.score_wdist_unaccum,
    MSTYPE = @extschema@.score_wdist,
    MFINALFUNC = @extschema@.nps_wstats,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.nps_stats(pg_catalog.int8, pg_catalog.float8) IS 'weighted NPS with weighted shares, Kish''s effective n, linearisation standard error and 95 % Wald interval of 0-10 answers';

CREATE AGGREGATE @extschema@.csat_agg(score pg_catalog.int8, scale pg_catalog.int4, weight pg_catalog.float8) (
    SFUNC = @extschema@.score_wdist_accum_scale,
    STYPE = @extschema@.score_wdist,
    FINALFUNC = @extschema@.csat,
    COMBINEFUNC = @extschema@.score_wdist_combine,
    MSFUNC = @extschema@.score_wdist_accum_scale,
    MINVFUNC = @extschema@.score_wdist_unaccum_scale,
    MSTYPE = @extschema@.score_wdist,
    MFINALFUNC = @extschema@.csat,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.csat_agg(pg_catalog.int8, pg_catalog.int4, pg_catalog.float8) IS 'weighted percentage of 1..scale answers in the top two boxes';

CREATE AGGREGATE @extschema@.csat_stats(score pg_catalog.int8, scale pg_catalog.int4, weight pg_catalog.float8) (
    SFUNC = @extschema@.score_wdist_accum_scale,
    STYPE = @extschema@.score_wdist,
    FINALFUNC = @extschema@.csat_wstats,
    COMBINEFUNC = @extschema@.score_wdist_combine,
    MSFUNC = @extschema@.score_wdist_accum_scale,
    MINVFUNC = @extschema@.score_wdist_unaccum_scale,
    MSTYPE = @extschema@.score_wdist,
    MFINALFUNC = @extschema@.csat_wstats,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.csat_stats(pg_catalog.int8, pg_catalog.int4, pg_catalog.float8) IS 'weighted CSAT of 1..scale answers with Kish''s effective n, linearisation standard error and 95 % Wald interval';

CREATE AGGREGATE @extschema@.ces_agg(score pg_catalog.int8, weight pg_catalog.float8) (
    SFUNC = @extschema@.score_wdist_accum,
    STYPE = @extschema@.score_wdist,
    INITCOND = '{"lo":1,"hi":7,"n":[0,0,0,0,0,0,0],"ops":[0,0,0,0,0,0,0],"w":[0,0,0,0,0,0,0],"w_tail":[0,0,0,0,0,0,0],"w_peak":[0,0,0,0,0,0,0],"w2":[0,0,0,0,0,0,0],"w2_tail":[0,0,0,0,0,0,0],"w2_peak":[0,0,0,0,0,0,0]}',
    MINITCOND = '{"lo":1,"hi":7,"n":[0,0,0,0,0,0,0],"ops":[0,0,0,0,0,0,0],"w":[0,0,0,0,0,0,0],"w_tail":[0,0,0,0,0,0,0],"w_peak":[0,0,0,0,0,0,0],"w2":[0,0,0,0,0,0,0],"w2_tail":[0,0,0,0,0,0,0],"w2_peak":[0,0,0,0,0,0,0]}',
    FINALFUNC = @extschema@.mean,
    COMBINEFUNC = @extschema@.score_wdist_combine,
    MSFUNC = @extschema@.score_wdist_accum,
    MINVFUNC = @extschema@.score_wdist_unaccum,
    MSTYPE = @extschema@.score_wdist,
    MFINALFUNC = @extschema@.mean,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.ces_agg(pg_catalog.int8, pg_catalog.float8) IS 'weighted mean of 1-7 answers (CES 2.0); an integer weight is read as the scale of ces_agg(score, scale): write weight::float8';

CREATE AGGREGATE @extschema@.ces_stats(score pg_catalog.int8, weight pg_catalog.float8) (
    SFUNC = @extschema@.score_wdist_accum,
    STYPE = @extschema@.score_wdist,
    INITCOND = '{"lo":1,"hi":7,"n":[0,0,0,0,0,0,0],"ops":[0,0,0,0,0,0,0],"w":[0,0,0,0,0,0,0],"w_tail":[0,0,0,0,0,0,0],"w_peak":[0,0,0,0,0,0,0],"w2":[0,0,0,0,0,0,0],"w2_tail":[0,0,0,0,0,0,0],"w2_peak":[0,0,0,0,0,0,0]}',
    MINITCOND = '{"lo":1,"hi":7,"n":[0,0,0,0,0,0,0],"ops":[0,0,0,0,0,0,0],"w":[0,0,0,0,0,0,0],"w_tail":[0,0,0,0,0,0,0],"w_peak":[0,0,0,0,0,0,0],"w2":[0,0,0,0,0,0,0],"w2_tail":[0,0,0,0,0,0,0],"w2_peak":[0,0,0,0,0,0,0]}',
    FINALFUNC = @extschema@.ces_wstats,
    COMBINEFUNC = @extschema@.score_wdist_combine,
    MSFUNC = @extschema@.score_wdist_accum,
    MINVFUNC = @extschema@.score_wdist_unaccum,
    MSTYPE = @extschema@.score_wdist,
    MFINALFUNC = @extschema@.ces_wstats,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.ces_stats(pg_catalog.int8, pg_catalog.float8) IS 'weighted mean of 1-7 answers with Kish''s effective n, linearisation standard error and 95 % Wald interval';

CREATE AGGREGATE @extschema@.ces_agg(score pg_catalog.int8, scale pg_catalog.int4, weight pg_catalog.float8) (
    SFUNC = @extschema@.score_wdist_accum_scale,
    STYPE = @extschema@.score_wdist,
    FINALFUNC = @extschema@.mean,
    COMBINEFUNC = @extschema@.score_wdist_combine,
    MSFUNC = @extschema@.score_wdist_accum_scale,
    MINVFUNC = @extschema@.score_wdist_unaccum_scale,
    MSTYPE = @extschema@.score_wdist,
    MFINALFUNC = @extschema@.mean,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.ces_agg(pg_catalog.int8, pg_catalog.int4, pg_catalog.float8) IS 'weighted mean of 1..scale answers';

CREATE AGGREGATE @extschema@.ces_stats(score pg_catalog.int8, scale pg_catalog.int4, weight pg_catalog.float8) (
    SFUNC = @extschema@.score_wdist_accum_scale,
    STYPE = @extschema@.score_wdist,
    FINALFUNC = @extschema@.ces_wstats,
    COMBINEFUNC = @extschema@.score_wdist_combine,
    MSFUNC = @extschema@.score_wdist_accum_scale,
    MINVFUNC = @extschema@.score_wdist_unaccum_scale,
    MSTYPE = @extschema@.score_wdist,
    MFINALFUNC = @extschema@.ces_wstats,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.ces_stats(pg_catalog.int8, pg_catalog.int4, pg_catalog.float8) IS 'weighted mean of 1..scale answers with Kish''s effective n, linearisation standard error and 95 % Wald interval';

-- numeric scores

CREATE AGGREGATE @extschema@.score_wdist_agg(score pg_catalog.numeric, weight pg_catalog.float8) (
    SFUNC = @extschema@.score_wdist_accum,
    STYPE = @extschema@.score_wdist,
    INITCOND = '{"lo":0,"hi":10,"n":[0,0,0,0,0,0,0,0,0,0,0],"ops":[0,0,0,0,0,0,0,0,0,0,0],"w":[0,0,0,0,0,0,0,0,0,0,0],"w_tail":[0,0,0,0,0,0,0,0,0,0,0],"w_peak":[0,0,0,0,0,0,0,0,0,0,0],"w2":[0,0,0,0,0,0,0,0,0,0,0],"w2_tail":[0,0,0,0,0,0,0,0,0,0,0],"w2_peak":[0,0,0,0,0,0,0,0,0,0,0]}',
    MINITCOND = '{"lo":0,"hi":10,"n":[0,0,0,0,0,0,0,0,0,0,0],"ops":[0,0,0,0,0,0,0,0,0,0,0],"w":[0,0,0,0,0,0,0,0,0,0,0],"w_tail":[0,0,0,0,0,0,0,0,0,0,0],"w_peak":[0,0,0,0,0,0,0,0,0,0,0],"w2":[0,0,0,0,0,0,0,0,0,0,0],"w2_tail":[0,0,0,0,0,0,0,0,0,0,0],"w2_peak":[0,0,0,0,0,0,0,0,0,0,0]}',
    FINALFUNC = @extschema@.score_wdist_final,
    COMBINEFUNC = @extschema@.score_wdist_combine,
    MSFUNC = @extschema@.score_wdist_accum,
    MINVFUNC = @extschema@.score_wdist_unaccum,
    MSTYPE = @extschema@.score_wdist,
    MFINALFUNC = @extschema@.score_wdist_final,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.score_wdist_agg(pg_catalog.numeric, pg_catalog.float8) IS 'weighted answers on 0-10 as a score_wdist; NULL when no answer has a positive weight';

CREATE AGGREGATE @extschema@.score_wdist_agg(score pg_catalog.numeric, weight pg_catalog.float8, lo pg_catalog.int4, hi pg_catalog.int4) (
    SFUNC = @extschema@.score_wdist_accum_range,
    STYPE = @extschema@.score_wdist,
    FINALFUNC = @extschema@.score_wdist_final,
    COMBINEFUNC = @extschema@.score_wdist_combine,
    MSFUNC = @extschema@.score_wdist_accum_range,
    MINVFUNC = @extschema@.score_wdist_unaccum_range,
    MSTYPE = @extschema@.score_wdist,
    MFINALFUNC = @extschema@.score_wdist_final,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.score_wdist_agg(pg_catalog.numeric, pg_catalog.float8, pg_catalog.int4, pg_catalog.int4) IS 'weighted answers on lo..hi as a score_wdist; NULL when no answer has a positive weight';

CREATE AGGREGATE @extschema@.nps_agg(score pg_catalog.numeric, weight pg_catalog.float8) (
    SFUNC = @extschema@.score_wdist_accum,
    STYPE = @extschema@.score_wdist,
    INITCOND = '{"lo":0,"hi":10,"n":[0,0,0,0,0,0,0,0,0,0,0],"ops":[0,0,0,0,0,0,0,0,0,0,0],"w":[0,0,0,0,0,0,0,0,0,0,0],"w_tail":[0,0,0,0,0,0,0,0,0,0,0],"w_peak":[0,0,0,0,0,0,0,0,0,0,0],"w2":[0,0,0,0,0,0,0,0,0,0,0],"w2_tail":[0,0,0,0,0,0,0,0,0,0,0],"w2_peak":[0,0,0,0,0,0,0,0,0,0,0]}',
    MINITCOND = '{"lo":0,"hi":10,"n":[0,0,0,0,0,0,0,0,0,0,0],"ops":[0,0,0,0,0,0,0,0,0,0,0],"w":[0,0,0,0,0,0,0,0,0,0,0],"w_tail":[0,0,0,0,0,0,0,0,0,0,0],"w_peak":[0,0,0,0,0,0,0,0,0,0,0],"w2":[0,0,0,0,0,0,0,0,0,0,0],"w2_tail":[0,0,0,0,0,0,0,0,0,0,0],"w2_peak":[0,0,0,0,0,0,0,0,0,0,0]}',
    FINALFUNC = @extschema@.nps,
    COMBINEFUNC = @extschema@.score_wdist_combine,
    MSFUNC = @extschema@.score_wdist_accum,
    MINVFUNC = @extschema@.score_wdist_unaccum,
    MSTYPE = @extschema@.score_wdist,
    MFINALFUNC = @extschema@.nps,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.nps_agg(pg_catalog.numeric, pg_catalog.float8) IS 'weighted Net Promoter Score (-100..100) of 0-10 answers; NULL when no answer has a positive weight';

CREATE AGGREGATE @extschema@.nps_stats(score pg_catalog.numeric, weight pg_catalog.float8) (
    SFUNC = @extschema@.score_wdist_accum,
    STYPE = @extschema@.score_wdist,
    INITCOND = '{"lo":0,"hi":10,"n":[0,0,0,0,0,0,0,0,0,0,0],"ops":[0,0,0,0,0,0,0,0,0,0,0],"w":[0,0,0,0,0,0,0,0,0,0,0],"w_tail":[0,0,0,0,0,0,0,0,0,0,0],"w_peak":[0,0,0,0,0,0,0,0,0,0,0],"w2":[0,0,0,0,0,0,0,0,0,0,0],"w2_tail":[0,0,0,0,0,0,0,0,0,0,0],"w2_peak":[0,0,0,0,0,0,0,0,0,0,0]}',
    MINITCOND = '{"lo":0,"hi":10,"n":[0,0,0,0,0,0,0,0,0,0,0],"ops":[0,0,0,0,0,0,0,0,0,0,0],"w":[0,0,0,0,0,0,0,0,0,0,0],"w_tail":[0,0,0,0,0,0,0,0,0,0,0],"w_peak":[0,0,0,0,0,0,0,0,0,0,0],"w2":[0,0,0,0,0,0,0,0,0,0,0],"w2_tail":[0,0,0,0,0,0,0,0,0,0,0],"w2_peak":[0,0,0,0,0,0,0,0,0,0,0]}',
    FINALFUNC = @extschema@.nps_wstats,
    COMBINEFUNC = @extschema@.score_wdist_combine,
    MSFUNC = @extschema@.score_wdist_accum,
    MINVFUNC = @extschema@.score_wdist_unaccum,
    MSTYPE = @extschema@.score_wdist,
    MFINALFUNC = @extschema@.nps_wstats,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.nps_stats(pg_catalog.numeric, pg_catalog.float8) IS 'weighted NPS with weighted shares, Kish''s effective n, linearisation standard error and 95 % Wald interval of 0-10 answers';

CREATE AGGREGATE @extschema@.csat_agg(score pg_catalog.numeric, scale pg_catalog.int4, weight pg_catalog.float8) (
    SFUNC = @extschema@.score_wdist_accum_scale,
    STYPE = @extschema@.score_wdist,
    FINALFUNC = @extschema@.csat,
    COMBINEFUNC = @extschema@.score_wdist_combine,
    MSFUNC = @extschema@.score_wdist_accum_scale,
    MINVFUNC = @extschema@.score_wdist_unaccum_scale,
    MSTYPE = @extschema@.score_wdist,
    MFINALFUNC = @extschema@.csat,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.csat_agg(pg_catalog.numeric, pg_catalog.int4, pg_catalog.float8) IS 'weighted percentage of 1..scale answers in the top two boxes';

CREATE AGGREGATE @extschema@.csat_stats(score pg_catalog.numeric, scale pg_catalog.int4, weight pg_catalog.float8) (
    SFUNC = @extschema@.score_wdist_accum_scale,
    STYPE = @extschema@.score_wdist,
    FINALFUNC = @extschema@.csat_wstats,
    COMBINEFUNC = @extschema@.score_wdist_combine,
    MSFUNC = @extschema@.score_wdist_accum_scale,
    MINVFUNC = @extschema@.score_wdist_unaccum_scale,
    MSTYPE = @extschema@.score_wdist,
    MFINALFUNC = @extschema@.csat_wstats,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.csat_stats(pg_catalog.numeric, pg_catalog.int4, pg_catalog.float8) IS 'weighted CSAT of 1..scale answers with Kish''s effective n, linearisation standard error and 95 % Wald interval';

CREATE AGGREGATE @extschema@.ces_agg(score pg_catalog.numeric, weight pg_catalog.float8) (
    SFUNC = @extschema@.score_wdist_accum,
    STYPE = @extschema@.score_wdist,
    INITCOND = '{"lo":1,"hi":7,"n":[0,0,0,0,0,0,0],"ops":[0,0,0,0,0,0,0],"w":[0,0,0,0,0,0,0],"w_tail":[0,0,0,0,0,0,0],"w_peak":[0,0,0,0,0,0,0],"w2":[0,0,0,0,0,0,0],"w2_tail":[0,0,0,0,0,0,0],"w2_peak":[0,0,0,0,0,0,0]}',
    MINITCOND = '{"lo":1,"hi":7,"n":[0,0,0,0,0,0,0],"ops":[0,0,0,0,0,0,0],"w":[0,0,0,0,0,0,0],"w_tail":[0,0,0,0,0,0,0],"w_peak":[0,0,0,0,0,0,0],"w2":[0,0,0,0,0,0,0],"w2_tail":[0,0,0,0,0,0,0],"w2_peak":[0,0,0,0,0,0,0]}',
    FINALFUNC = @extschema@.mean,
    COMBINEFUNC = @extschema@.score_wdist_combine,
    MSFUNC = @extschema@.score_wdist_accum,
    MINVFUNC = @extschema@.score_wdist_unaccum,
    MSTYPE = @extschema@.score_wdist,
    MFINALFUNC = @extschema@.mean,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.ces_agg(pg_catalog.numeric, pg_catalog.float8) IS 'weighted mean of 1-7 answers (CES 2.0); an integer weight is read as the scale of ces_agg(score, scale): write weight::float8';

CREATE AGGREGATE @extschema@.ces_stats(score pg_catalog.numeric, weight pg_catalog.float8) (
    SFUNC = @extschema@.score_wdist_accum,
    STYPE = @extschema@.score_wdist,
    INITCOND = '{"lo":1,"hi":7,"n":[0,0,0,0,0,0,0],"ops":[0,0,0,0,0,0,0],"w":[0,0,0,0,0,0,0],"w_tail":[0,0,0,0,0,0,0],"w_peak":[0,0,0,0,0,0,0],"w2":[0,0,0,0,0,0,0],"w2_tail":[0,0,0,0,0,0,0],"w2_peak":[0,0,0,0,0,0,0]}',
    MINITCOND = '{"lo":1,"hi":7,"n":[0,0,0,0,0,0,0],"ops":[0,0,0,0,0,0,0],"w":[0,0,0,0,0,0,0],"w_tail":[0,0,0,0,0,0,0],"w_peak":[0,0,0,0,0,0,0],"w2":[0,0,0,0,0,0,0],"w2_tail":[0,0,0,0,0,0,0],"w2_peak":[0,0,0,0,0,0,0]}',
    FINALFUNC = @extschema@.ces_wstats,
    COMBINEFUNC = @extschema@.score_wdist_combine,
    MSFUNC = @extschema@.score_wdist_accum,
    MINVFUNC = @extschema@.score_wdist_unaccum,
    MSTYPE = @extschema@.score_wdist,
    MFINALFUNC = @extschema@.ces_wstats,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.ces_stats(pg_catalog.numeric, pg_catalog.float8) IS 'weighted mean of 1-7 answers with Kish''s effective n, linearisation standard error and 95 % Wald interval';

CREATE AGGREGATE @extschema@.ces_agg(score pg_catalog.numeric, scale pg_catalog.int4, weight pg_catalog.float8) (
    SFUNC = @extschema@.score_wdist_accum_scale,
    STYPE = @extschema@.score_wdist,
    FINALFUNC = @extschema@.mean,
    COMBINEFUNC = @extschema@.score_wdist_combine,
    MSFUNC = @extschema@.score_wdist_accum_scale,
    MINVFUNC = @extschema@.score_wdist_unaccum_scale,
    MSTYPE = @extschema@.score_wdist,
    MFINALFUNC = @extschema@.mean,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.ces_agg(pg_catalog.numeric, pg_catalog.int4, pg_catalog.float8) IS 'weighted mean of 1..scale answers';

CREATE AGGREGATE @extschema@.ces_stats(score pg_catalog.numeric, scale pg_catalog.int4, weight pg_catalog.float8) (
    SFUNC = @extschema@.score_wdist_accum_scale,
    STYPE = @extschema@.score_wdist,
    FINALFUNC = @extschema@.ces_wstats,
    COMBINEFUNC = @extschema@.score_wdist_combine,
    MSFUNC = @extschema@.score_wdist_accum_scale,
    MINVFUNC = @extschema@.score_wdist_unaccum_scale,
    MSTYPE = @extschema@.score_wdist,
    MFINALFUNC = @extschema@.ces_wstats,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.ces_stats(pg_catalog.numeric, pg_catalog.int4, pg_catalog.float8) IS 'weighted mean of 1..scale answers with Kish''s effective n, linearisation standard error and 95 % Wald interval';

-- double precision scores

CREATE AGGREGATE @extschema@.score_wdist_agg(score pg_catalog.float8, weight pg_catalog.float8) (
    SFUNC = @extschema@.score_wdist_accum,
    STYPE = @extschema@.score_wdist,
    INITCOND = '{"lo":0,"hi":10,"n":[0,0,0,0,0,0,0,0,0,0,0],"ops":[0,0,0,0,0,0,0,0,0,0,0],"w":[0,0,0,0,0,0,0,0,0,0,0],"w_tail":[0,0,0,0,0,0,0,0,0,0,0],"w_peak":[0,0,0,0,0,0,0,0,0,0,0],"w2":[0,0,0,0,0,0,0,0,0,0,0],"w2_tail":[0,0,0,0,0,0,0,0,0,0,0],"w2_peak":[0,0,0,0,0,0,0,0,0,0,0]}',
    MINITCOND = '{"lo":0,"hi":10,"n":[0,0,0,0,0,0,0,0,0,0,0],"ops":[0,0,0,0,0,0,0,0,0,0,0],"w":[0,0,0,0,0,0,0,0,0,0,0],"w_tail":[0,0,0,0,0,0,0,0,0,0,0],"w_peak":[0,0,0,0,0,0,0,0,0,0,0],"w2":[0,0,0,0,0,0,0,0,0,0,0],"w2_tail":[0,0,0,0,0,0,0,0,0,0,0],"w2_peak":[0,0,0,0,0,0,0,0,0,0,0]}',
    FINALFUNC = @extschema@.score_wdist_final,
    COMBINEFUNC = @extschema@.score_wdist_combine,
    MSFUNC = @extschema@.score_wdist_accum,
    MINVFUNC = @extschema@.score_wdist_unaccum,
    MSTYPE = @extschema@.score_wdist,
    MFINALFUNC = @extschema@.score_wdist_final,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.score_wdist_agg(pg_catalog.float8, pg_catalog.float8) IS 'weighted answers on 0-10 as a score_wdist; NULL when no answer has a positive weight';

CREATE AGGREGATE @extschema@.score_wdist_agg(score pg_catalog.float8, weight pg_catalog.float8, lo pg_catalog.int4, hi pg_catalog.int4) (
    SFUNC = @extschema@.score_wdist_accum_range,
    STYPE = @extschema@.score_wdist,
    FINALFUNC = @extschema@.score_wdist_final,
    COMBINEFUNC = @extschema@.score_wdist_combine,
    MSFUNC = @extschema@.score_wdist_accum_range,
    MINVFUNC = @extschema@.score_wdist_unaccum_range,
    MSTYPE = @extschema@.score_wdist,
    MFINALFUNC = @extschema@.score_wdist_final,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.score_wdist_agg(pg_catalog.float8, pg_catalog.float8, pg_catalog.int4, pg_catalog.int4) IS 'weighted answers on lo..hi as a score_wdist; NULL when no answer has a positive weight';

CREATE AGGREGATE @extschema@.nps_agg(score pg_catalog.float8, weight pg_catalog.float8) (
    SFUNC = @extschema@.score_wdist_accum,
    STYPE = @extschema@.score_wdist,
    INITCOND = '{"lo":0,"hi":10,"n":[0,0,0,0,0,0,0,0,0,0,0],"ops":[0,0,0,0,0,0,0,0,0,0,0],"w":[0,0,0,0,0,0,0,0,0,0,0],"w_tail":[0,0,0,0,0,0,0,0,0,0,0],"w_peak":[0,0,0,0,0,0,0,0,0,0,0],"w2":[0,0,0,0,0,0,0,0,0,0,0],"w2_tail":[0,0,0,0,0,0,0,0,0,0,0],"w2_peak":[0,0,0,0,0,0,0,0,0,0,0]}',
    MINITCOND = '{"lo":0,"hi":10,"n":[0,0,0,0,0,0,0,0,0,0,0],"ops":[0,0,0,0,0,0,0,0,0,0,0],"w":[0,0,0,0,0,0,0,0,0,0,0],"w_tail":[0,0,0,0,0,0,0,0,0,0,0],"w_peak":[0,0,0,0,0,0,0,0,0,0,0],"w2":[0,0,0,0,0,0,0,0,0,0,0],"w2_tail":[0,0,0,0,0,0,0,0,0,0,0],"w2_peak":[0,0,0,0,0,0,0,0,0,0,0]}',
    FINALFUNC = @extschema@.nps,
    COMBINEFUNC = @extschema@.score_wdist_combine,
    MSFUNC = @extschema@.score_wdist_accum,
    MINVFUNC = @extschema@.score_wdist_unaccum,
    MSTYPE = @extschema@.score_wdist,
    MFINALFUNC = @extschema@.nps,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.nps_agg(pg_catalog.float8, pg_catalog.float8) IS 'weighted Net Promoter Score (-100..100) of 0-10 answers; NULL when no answer has a positive weight';

CREATE AGGREGATE @extschema@.nps_stats(score pg_catalog.float8, weight pg_catalog.float8) (
    SFUNC = @extschema@.score_wdist_accum,
    STYPE = @extschema@.score_wdist,
    INITCOND = '{"lo":0,"hi":10,"n":[0,0,0,0,0,0,0,0,0,0,0],"ops":[0,0,0,0,0,0,0,0,0,0,0],"w":[0,0,0,0,0,0,0,0,0,0,0],"w_tail":[0,0,0,0,0,0,0,0,0,0,0],"w_peak":[0,0,0,0,0,0,0,0,0,0,0],"w2":[0,0,0,0,0,0,0,0,0,0,0],"w2_tail":[0,0,0,0,0,0,0,0,0,0,0],"w2_peak":[0,0,0,0,0,0,0,0,0,0,0]}',
    MINITCOND = '{"lo":0,"hi":10,"n":[0,0,0,0,0,0,0,0,0,0,0],"ops":[0,0,0,0,0,0,0,0,0,0,0],"w":[0,0,0,0,0,0,0,0,0,0,0],"w_tail":[0,0,0,0,0,0,0,0,0,0,0],"w_peak":[0,0,0,0,0,0,0,0,0,0,0],"w2":[0,0,0,0,0,0,0,0,0,0,0],"w2_tail":[0,0,0,0,0,0,0,0,0,0,0],"w2_peak":[0,0,0,0,0,0,0,0,0,0,0]}',
    FINALFUNC = @extschema@.nps_wstats,
    COMBINEFUNC = @extschema@.score_wdist_combine,
    MSFUNC = @extschema@.score_wdist_accum,
    MINVFUNC = @extschema@.score_wdist_unaccum,
    MSTYPE = @extschema@.score_wdist,
    MFINALFUNC = @extschema@.nps_wstats,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.nps_stats(pg_catalog.float8, pg_catalog.float8) IS 'weighted NPS with weighted shares, Kish''s effective n, linearisation standard error and 95 % Wald interval of 0-10 answers';

CREATE AGGREGATE @extschema@.csat_agg(score pg_catalog.float8, scale pg_catalog.int4, weight pg_catalog.float8) (
    SFUNC = @extschema@.score_wdist_accum_scale,
    STYPE = @extschema@.score_wdist,
    FINALFUNC = @extschema@.csat,
    COMBINEFUNC = @extschema@.score_wdist_combine,
    MSFUNC = @extschema@.score_wdist_accum_scale,
    MINVFUNC = @extschema@.score_wdist_unaccum_scale,
    MSTYPE = @extschema@.score_wdist,
    MFINALFUNC = @extschema@.csat,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.csat_agg(pg_catalog.float8, pg_catalog.int4, pg_catalog.float8) IS 'weighted percentage of 1..scale answers in the top two boxes';

CREATE AGGREGATE @extschema@.csat_stats(score pg_catalog.float8, scale pg_catalog.int4, weight pg_catalog.float8) (
    SFUNC = @extschema@.score_wdist_accum_scale,
    STYPE = @extschema@.score_wdist,
    FINALFUNC = @extschema@.csat_wstats,
    COMBINEFUNC = @extschema@.score_wdist_combine,
    MSFUNC = @extschema@.score_wdist_accum_scale,
    MINVFUNC = @extschema@.score_wdist_unaccum_scale,
    MSTYPE = @extschema@.score_wdist,
    MFINALFUNC = @extschema@.csat_wstats,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.csat_stats(pg_catalog.float8, pg_catalog.int4, pg_catalog.float8) IS 'weighted CSAT of 1..scale answers with Kish''s effective n, linearisation standard error and 95 % Wald interval';

CREATE AGGREGATE @extschema@.ces_agg(score pg_catalog.float8, weight pg_catalog.float8) (
    SFUNC = @extschema@.score_wdist_accum,
    STYPE = @extschema@.score_wdist,
    INITCOND = '{"lo":1,"hi":7,"n":[0,0,0,0,0,0,0],"ops":[0,0,0,0,0,0,0],"w":[0,0,0,0,0,0,0],"w_tail":[0,0,0,0,0,0,0],"w_peak":[0,0,0,0,0,0,0],"w2":[0,0,0,0,0,0,0],"w2_tail":[0,0,0,0,0,0,0],"w2_peak":[0,0,0,0,0,0,0]}',
    MINITCOND = '{"lo":1,"hi":7,"n":[0,0,0,0,0,0,0],"ops":[0,0,0,0,0,0,0],"w":[0,0,0,0,0,0,0],"w_tail":[0,0,0,0,0,0,0],"w_peak":[0,0,0,0,0,0,0],"w2":[0,0,0,0,0,0,0],"w2_tail":[0,0,0,0,0,0,0],"w2_peak":[0,0,0,0,0,0,0]}',
    FINALFUNC = @extschema@.mean,
    COMBINEFUNC = @extschema@.score_wdist_combine,
    MSFUNC = @extschema@.score_wdist_accum,
    MINVFUNC = @extschema@.score_wdist_unaccum,
    MSTYPE = @extschema@.score_wdist,
    MFINALFUNC = @extschema@.mean,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.ces_agg(pg_catalog.float8, pg_catalog.float8) IS 'weighted mean of 1-7 answers (CES 2.0); an integer weight is read as the scale of ces_agg(score, scale): write weight::float8';

CREATE AGGREGATE @extschema@.ces_stats(score pg_catalog.float8, weight pg_catalog.float8) (
    SFUNC = @extschema@.score_wdist_accum,
    STYPE = @extschema@.score_wdist,
    INITCOND = '{"lo":1,"hi":7,"n":[0,0,0,0,0,0,0],"ops":[0,0,0,0,0,0,0],"w":[0,0,0,0,0,0,0],"w_tail":[0,0,0,0,0,0,0],"w_peak":[0,0,0,0,0,0,0],"w2":[0,0,0,0,0,0,0],"w2_tail":[0,0,0,0,0,0,0],"w2_peak":[0,0,0,0,0,0,0]}',
    MINITCOND = '{"lo":1,"hi":7,"n":[0,0,0,0,0,0,0],"ops":[0,0,0,0,0,0,0],"w":[0,0,0,0,0,0,0],"w_tail":[0,0,0,0,0,0,0],"w_peak":[0,0,0,0,0,0,0],"w2":[0,0,0,0,0,0,0],"w2_tail":[0,0,0,0,0,0,0],"w2_peak":[0,0,0,0,0,0,0]}',
    FINALFUNC = @extschema@.ces_wstats,
    COMBINEFUNC = @extschema@.score_wdist_combine,
    MSFUNC = @extschema@.score_wdist_accum,
    MINVFUNC = @extschema@.score_wdist_unaccum,
    MSTYPE = @extschema@.score_wdist,
    MFINALFUNC = @extschema@.ces_wstats,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.ces_stats(pg_catalog.float8, pg_catalog.float8) IS 'weighted mean of 1-7 answers with Kish''s effective n, linearisation standard error and 95 % Wald interval';

CREATE AGGREGATE @extschema@.ces_agg(score pg_catalog.float8, scale pg_catalog.int4, weight pg_catalog.float8) (
    SFUNC = @extschema@.score_wdist_accum_scale,
    STYPE = @extschema@.score_wdist,
    FINALFUNC = @extschema@.mean,
    COMBINEFUNC = @extschema@.score_wdist_combine,
    MSFUNC = @extschema@.score_wdist_accum_scale,
    MINVFUNC = @extschema@.score_wdist_unaccum_scale,
    MSTYPE = @extschema@.score_wdist,
    MFINALFUNC = @extschema@.mean,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.ces_agg(pg_catalog.float8, pg_catalog.int4, pg_catalog.float8) IS 'weighted mean of 1..scale answers';

CREATE AGGREGATE @extschema@.ces_stats(score pg_catalog.float8, scale pg_catalog.int4, weight pg_catalog.float8) (
    SFUNC = @extschema@.score_wdist_accum_scale,
    STYPE = @extschema@.score_wdist,
    FINALFUNC = @extschema@.ces_wstats,
    COMBINEFUNC = @extschema@.score_wdist_combine,
    MSFUNC = @extschema@.score_wdist_accum_scale,
    MINVFUNC = @extschema@.score_wdist_unaccum_scale,
    MSTYPE = @extschema@.score_wdist,
    MFINALFUNC = @extschema@.ces_wstats,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.ces_stats(pg_catalog.float8, pg_catalog.int4, pg_catalog.float8) IS 'weighted mean of 1..scale answers with Kish''s effective n, linearisation standard error and 95 % Wald interval';

-- merging stored weighted distributions

CREATE AGGREGATE @extschema@.rollup(d @extschema@.score_wdist) (
    SFUNC = @extschema@.score_wdist_combine,
    STYPE = @extschema@.score_wdist,
    FINALFUNC = @extschema@.score_wdist_final,
    COMBINEFUNC = @extschema@.score_wdist_combine,
    MSFUNC = @extschema@.score_wdist_combine,
    MINVFUNC = @extschema@.score_wdist_merge_inv,
    MSTYPE = @extschema@.score_wdist,
    MFINALFUNC = @extschema@.score_wdist_final,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rollup(@extschema@.score_wdist) IS 'merge weighted distributions of one scale; NULL when no answer has a positive weight';

-- ---------------------------------------------------------------------
-- Signals: the design of control charts.  ewma_arl and cusum_arl give the
-- average run length of an EWMA or a CUSUM chart on standardized normal
-- data (in control with shift 0, or after a shift of the mean), and
-- ewma_limit the EWMA limit L for an in-control run length.
-- ---------------------------------------------------------------------

CREATE FUNCTION @extschema@.ewma_arl(lambda pg_catalog.float8, "limit" pg_catalog.float8,
    shift pg_catalog.float8 DEFAULT 0, sides pg_catalog.int4 DEFAULT 2)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'ewma_arl'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.ewma_arl(pg_catalog.float8, pg_catalog.float8, pg_catalog.float8, pg_catalog.int4) IS 'average run length of an EWMA chart (smoothing lambda, limits L standard deviations of the asymptotic EWMA) on standardized data shifted by shift; two-sided, or one-sided (upper, reflected at 0)';

CREATE FUNCTION @extschema@.cusum_arl(k pg_catalog.float8, h pg_catalog.float8,
    shift pg_catalog.float8 DEFAULT 0, sides pg_catalog.int4 DEFAULT 2)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'cusum_arl'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cusum_arl(pg_catalog.float8, pg_catalog.float8, pg_catalog.float8, pg_catalog.int4) IS 'average run length of a CUSUM chart (reference value k, decision interval h) on standardized data shifted by shift; two-sided (Lucas-Crosier) or one-sided (upper)';

CREATE FUNCTION @extschema@.ewma_limit(lambda pg_catalog.float8, arl pg_catalog.float8,
    sides pg_catalog.int4 DEFAULT 2)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'ewma_limit'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.ewma_limit(pg_catalog.float8, pg_catalog.float8, pg_catalog.int4) IS 'the EWMA limit L (in standard deviations of the asymptotic EWMA) whose in-control average run length is arl';

-- ---------------------------------------------------------------------
-- Signals: control charts of a survey metric, period by period.  The
-- first baseline_periods periods (or target and sigma) give the in-control
-- metric and the standard deviation of one answer; each period's metric is
-- standardized by its answers and charted by a Shewhart, EWMA or CUSUM
-- chart.  One row per period, oldest first; not STRICT, since limit,
-- target and sigma may be NULL: a NULL series gives no rows.
-- ---------------------------------------------------------------------

CREATE FUNCTION @extschema@.nps_control_chart(rb @extschema@.rolling_benchmark,
    chart pg_catalog.text DEFAULT 'ewma', lambda pg_catalog.float8 DEFAULT 0.2,
    "limit" pg_catalog.float8 DEFAULT NULL, k pg_catalog.float8 DEFAULT 0.5,
    h pg_catalog.float8 DEFAULT 5, baseline_periods pg_catalog.int4 DEFAULT 6,
    target pg_catalog.float8 DEFAULT NULL, sigma pg_catalog.float8 DEFAULT NULL)
RETURNS TABLE (period_start pg_catalog.date, n pg_catalog.int8, estimate pg_catalog.float8,
               std_error pg_catalog.float8, z pg_catalog.float8, statistic pg_catalog.float8,
               statistic_low pg_catalog.float8, lower_limit pg_catalog.float8,
               upper_limit pg_catalog.float8, signal pg_catalog.bool, direction pg_catalog.text)
AS 'MODULE_PATHNAME', 'nps_control_chart'
LANGUAGE C IMMUTABLE PARALLEL SAFE ROWS 24;
COMMENT ON FUNCTION @extschema@.nps_control_chart(@extschema@.rolling_benchmark, pg_catalog.text, pg_catalog.float8, pg_catalog.float8, pg_catalog.float8, pg_catalog.float8, pg_catalog.int4, pg_catalog.float8, pg_catalog.float8) IS 'control chart (shewhart, ewma or cusum) of the NPS (-100..100, 0-10 answers) of each period of the window, oldest first, against a baseline of its first periods or target and sigma; empty periods carry the chart over';

CREATE FUNCTION @extschema@.nps_control_chart(periods pg_catalog.date[], dists @extschema@.score_dist[],
    chart pg_catalog.text DEFAULT 'ewma', lambda pg_catalog.float8 DEFAULT 0.2,
    "limit" pg_catalog.float8 DEFAULT NULL, k pg_catalog.float8 DEFAULT 0.5,
    h pg_catalog.float8 DEFAULT 5, baseline_periods pg_catalog.int4 DEFAULT 6,
    target pg_catalog.float8 DEFAULT NULL, sigma pg_catalog.float8 DEFAULT NULL)
RETURNS TABLE (period_start pg_catalog.date, n pg_catalog.int8, estimate pg_catalog.float8,
               std_error pg_catalog.float8, z pg_catalog.float8, statistic pg_catalog.float8,
               statistic_low pg_catalog.float8, lower_limit pg_catalog.float8,
               upper_limit pg_catalog.float8, signal pg_catalog.bool, direction pg_catalog.text)
AS 'MODULE_PATHNAME', 'nps_control_chart_arrays'
LANGUAGE C IMMUTABLE PARALLEL SAFE ROWS 24;
COMMENT ON FUNCTION @extschema@.nps_control_chart(pg_catalog.date[], @extschema@.score_dist[], pg_catalog.text, pg_catalog.float8, pg_catalog.float8, pg_catalog.float8, pg_catalog.float8, pg_catalog.int4, pg_catalog.float8, pg_catalog.float8) IS 'control chart (shewhart, ewma or cusum) of the NPS (-100..100, 0-10 answers) of each period (strictly increasing starts, one distribution each, one scale), against a baseline of its first periods or target and sigma; empty periods carry the chart over';

CREATE FUNCTION @extschema@.csat_control_chart(rb @extschema@.rolling_benchmark,
    chart pg_catalog.text DEFAULT 'ewma', lambda pg_catalog.float8 DEFAULT 0.2,
    "limit" pg_catalog.float8 DEFAULT NULL, k pg_catalog.float8 DEFAULT 0.5,
    h pg_catalog.float8 DEFAULT 5, baseline_periods pg_catalog.int4 DEFAULT 6,
    target pg_catalog.float8 DEFAULT NULL, sigma pg_catalog.float8 DEFAULT NULL)
RETURNS TABLE (period_start pg_catalog.date, n pg_catalog.int8, estimate pg_catalog.float8,
               std_error pg_catalog.float8, z pg_catalog.float8, statistic pg_catalog.float8,
               statistic_low pg_catalog.float8, lower_limit pg_catalog.float8,
               upper_limit pg_catalog.float8, signal pg_catalog.bool, direction pg_catalog.text)
AS 'MODULE_PATHNAME', 'csat_control_chart'
LANGUAGE C IMMUTABLE PARALLEL SAFE ROWS 24;
COMMENT ON FUNCTION @extschema@.csat_control_chart(@extschema@.rolling_benchmark, pg_catalog.text, pg_catalog.float8, pg_catalog.float8, pg_catalog.float8, pg_catalog.float8, pg_catalog.int4, pg_catalog.float8, pg_catalog.float8) IS 'control chart (shewhart, ewma or cusum) of the CSAT (top-two-box share in %) of each period of the window, oldest first, against a baseline of its first periods or target and sigma; empty periods carry the chart over';

CREATE FUNCTION @extschema@.csat_control_chart(periods pg_catalog.date[], dists @extschema@.score_dist[],
    chart pg_catalog.text DEFAULT 'ewma', lambda pg_catalog.float8 DEFAULT 0.2,
    "limit" pg_catalog.float8 DEFAULT NULL, k pg_catalog.float8 DEFAULT 0.5,
    h pg_catalog.float8 DEFAULT 5, baseline_periods pg_catalog.int4 DEFAULT 6,
    target pg_catalog.float8 DEFAULT NULL, sigma pg_catalog.float8 DEFAULT NULL)
RETURNS TABLE (period_start pg_catalog.date, n pg_catalog.int8, estimate pg_catalog.float8,
               std_error pg_catalog.float8, z pg_catalog.float8, statistic pg_catalog.float8,
               statistic_low pg_catalog.float8, lower_limit pg_catalog.float8,
               upper_limit pg_catalog.float8, signal pg_catalog.bool, direction pg_catalog.text)
AS 'MODULE_PATHNAME', 'csat_control_chart_arrays'
LANGUAGE C IMMUTABLE PARALLEL SAFE ROWS 24;
COMMENT ON FUNCTION @extschema@.csat_control_chart(pg_catalog.date[], @extschema@.score_dist[], pg_catalog.text, pg_catalog.float8, pg_catalog.float8, pg_catalog.float8, pg_catalog.float8, pg_catalog.int4, pg_catalog.float8, pg_catalog.float8) IS 'control chart (shewhart, ewma or cusum) of the CSAT (top-two-box share in %) of each period (strictly increasing starts, one distribution each, one scale), against a baseline of its first periods or target and sigma; empty periods carry the chart over';

CREATE FUNCTION @extschema@.ces_control_chart(rb @extschema@.rolling_benchmark,
    chart pg_catalog.text DEFAULT 'ewma', lambda pg_catalog.float8 DEFAULT 0.2,
    "limit" pg_catalog.float8 DEFAULT NULL, k pg_catalog.float8 DEFAULT 0.5,
    h pg_catalog.float8 DEFAULT 5, baseline_periods pg_catalog.int4 DEFAULT 6,
    target pg_catalog.float8 DEFAULT NULL, sigma pg_catalog.float8 DEFAULT NULL)
RETURNS TABLE (period_start pg_catalog.date, n pg_catalog.int8, estimate pg_catalog.float8,
               std_error pg_catalog.float8, z pg_catalog.float8, statistic pg_catalog.float8,
               statistic_low pg_catalog.float8, lower_limit pg_catalog.float8,
               upper_limit pg_catalog.float8, signal pg_catalog.bool, direction pg_catalog.text)
AS 'MODULE_PATHNAME', 'ces_control_chart'
LANGUAGE C IMMUTABLE PARALLEL SAFE ROWS 24;
COMMENT ON FUNCTION @extschema@.ces_control_chart(@extschema@.rolling_benchmark, pg_catalog.text, pg_catalog.float8, pg_catalog.float8, pg_catalog.float8, pg_catalog.float8, pg_catalog.int4, pg_catalog.float8, pg_catalog.float8) IS 'control chart (shewhart, ewma or cusum) of the CES (mean answer) of each period of the window, oldest first, against a baseline of its first periods or target and sigma; empty periods carry the chart over';

CREATE FUNCTION @extschema@.ces_control_chart(periods pg_catalog.date[], dists @extschema@.score_dist[],
    chart pg_catalog.text DEFAULT 'ewma', lambda pg_catalog.float8 DEFAULT 0.2,
    "limit" pg_catalog.float8 DEFAULT NULL, k pg_catalog.float8 DEFAULT 0.5,
    h pg_catalog.float8 DEFAULT 5, baseline_periods pg_catalog.int4 DEFAULT 6,
    target pg_catalog.float8 DEFAULT NULL, sigma pg_catalog.float8 DEFAULT NULL)
RETURNS TABLE (period_start pg_catalog.date, n pg_catalog.int8, estimate pg_catalog.float8,
               std_error pg_catalog.float8, z pg_catalog.float8, statistic pg_catalog.float8,
               statistic_low pg_catalog.float8, lower_limit pg_catalog.float8,
               upper_limit pg_catalog.float8, signal pg_catalog.bool, direction pg_catalog.text)
AS 'MODULE_PATHNAME', 'ces_control_chart_arrays'
LANGUAGE C IMMUTABLE PARALLEL SAFE ROWS 24;
COMMENT ON FUNCTION @extschema@.ces_control_chart(pg_catalog.date[], @extschema@.score_dist[], pg_catalog.text, pg_catalog.float8, pg_catalog.float8, pg_catalog.float8, pg_catalog.float8, pg_catalog.int4, pg_catalog.float8, pg_catalog.float8) IS 'control chart (shewhart, ewma or cusum) of the CES (mean answer) of each period (strictly increasing starts, one distribution each, one scale), against a baseline of its first periods or target and sigma; empty periods carry the chart over';

------------------------------------------------------------------------
-- pgcx_objects: what pgcx offers its users, read from the catalog
--
-- Every member of the extension (pg_depend, deptype 'e') that is a
-- function, aggregate, type, operator, view, table, text search
-- configuration or text search dictionary, except the
-- machinery PostgreSQL calls on the users' behalf: the support functions
-- of pgcx's aggregates (transition, final, combine, serial, deserial and
-- their moving-aggregate forms), the I/O, typmod, analyze and subscript
-- functions of its types, the functions and estimators that implement
-- its operators, the support functions of its operator families, the
-- functions of its casts, its trigger and event-trigger functions, the
-- methods of its text search template, and the planner support functions
-- of its functions.  Operator classes and families, and the text search
-- template pgcx_negation, are not listed, nor the array types PostgreSQL makes for each
-- type, nor the row types of the table and the view.
--
-- One exception to the rule, listed by name below: nps, nps_stats, csat
-- and mean of a score_dist are the final functions of the survey
-- aggregates (nps_agg ends with nps(score_dist)), and they are also the
-- accessors users call on stored distributions, so they are listed; so
-- are nps, nps_wstats, csat, csat_wstats, mean and ces_wstats of a
-- score_wdist, the final functions of the weighted aggregates.
--
-- A view, not a schema of its own for the machinery: moving the support
-- functions to another schema would change the schema of released
-- functions on update (users' dumps and grants name them), and a second
-- schema would have to exist on every Citus node.
------------------------------------------------------------------------

CREATE VIEW @extschema@.pgcx_objects AS
WITH member AS (
    SELECT d.classid, d.objid
    FROM pg_catalog.pg_depend AS d
    JOIN pg_catalog.pg_extension AS e ON e.oid OPERATOR(pg_catalog.=) d.refobjid
    WHERE d.refclassid OPERATOR(pg_catalog.=) 'pg_catalog.pg_extension'::pg_catalog.regclass::pg_catalog.oid
      AND d.deptype OPERATOR(pg_catalog.=) 'e'::pg_catalog."char"
      AND e.extname OPERATOR(pg_catalog.=) 'pgcx'::pg_catalog.name
), member_proc AS (
    SELECT p.* FROM pg_catalog.pg_proc AS p JOIN member AS m ON p.oid OPERATOR(pg_catalog.=) m.objid
    WHERE m.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_proc'::pg_catalog.regclass::pg_catalog.oid
), machinery(fn) AS (
    SELECT s.fn
    FROM pg_catalog.pg_aggregate AS a
         JOIN member_proc AS p ON p.oid OPERATOR(pg_catalog.=) a.aggfnoid::pg_catalog.oid,
         LATERAL (VALUES (a.aggtransfn::pg_catalog.oid), (a.aggfinalfn::pg_catalog.oid),
                         (a.aggcombinefn::pg_catalog.oid), (a.aggserialfn::pg_catalog.oid),
                         (a.aggdeserialfn::pg_catalog.oid), (a.aggmtransfn::pg_catalog.oid),
                         (a.aggminvtransfn::pg_catalog.oid), (a.aggmfinalfn::pg_catalog.oid)) AS s(fn)
    UNION ALL
    SELECT s.fn
    FROM pg_catalog.pg_type AS t JOIN member AS m ON t.oid OPERATOR(pg_catalog.=) m.objid
         AND m.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_type'::pg_catalog.regclass::pg_catalog.oid,
         LATERAL (VALUES (t.typinput::pg_catalog.oid), (t.typoutput::pg_catalog.oid),
                         (t.typreceive::pg_catalog.oid), (t.typsend::pg_catalog.oid),
                         (t.typmodin::pg_catalog.oid), (t.typmodout::pg_catalog.oid),
                         (t.typanalyze::pg_catalog.oid), (t.typsubscript::pg_catalog.oid)) AS s(fn)
    UNION ALL
    SELECT s.fn
    FROM pg_catalog.pg_operator AS o JOIN member AS m ON o.oid OPERATOR(pg_catalog.=) m.objid
         AND m.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_operator'::pg_catalog.regclass::pg_catalog.oid,
         LATERAL (VALUES (o.oprcode::pg_catalog.oid), (o.oprrest::pg_catalog.oid),
                         (o.oprjoin::pg_catalog.oid)) AS s(fn)
    UNION ALL
    SELECT ap.amproc::pg_catalog.oid
    FROM pg_catalog.pg_amproc AS ap JOIN member AS m ON ap.amprocfamily OPERATOR(pg_catalog.=) m.objid
         AND m.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_opfamily'::pg_catalog.regclass::pg_catalog.oid
    UNION ALL
    SELECT s.fn
    FROM pg_catalog.pg_ts_template AS t JOIN member AS m ON t.oid OPERATOR(pg_catalog.=) m.objid
         AND m.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_ts_template'::pg_catalog.regclass::pg_catalog.oid,
         LATERAL (VALUES (t.tmplinit::pg_catalog.oid), (t.tmpllexize::pg_catalog.oid)) AS s(fn)
    UNION ALL
    SELECT c.castfunc
    FROM pg_catalog.pg_cast AS c JOIN member AS m ON c.oid OPERATOR(pg_catalog.=) m.objid
         AND m.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_cast'::pg_catalog.regclass::pg_catalog.oid
    UNION ALL
    SELECT p.prosupport::pg_catalog.oid FROM member_proc AS p
    UNION ALL
    SELECT p.oid FROM member_proc AS p
    WHERE p.prorettype OPERATOR(pg_catalog.=) 'pg_catalog.trigger'::pg_catalog.regtype::pg_catalog.oid
       OR p.prorettype OPERATOR(pg_catalog.=) 'pg_catalog.event_trigger'::pg_catalog.regtype::pg_catalog.oid
), listed_anyway(fn) AS (
    -- accessors of score_dist and score_wdist that are also final functions
    -- of the survey aggregates (see the header of this part)
    VALUES ('@extschema@.nps(@extschema@.score_dist)'::pg_catalog.regprocedure::pg_catalog.oid),
           ('@extschema@.nps_stats(@extschema@.score_dist)'::pg_catalog.regprocedure::pg_catalog.oid),
           ('@extschema@.csat(@extschema@.score_dist)'::pg_catalog.regprocedure::pg_catalog.oid),
           ('@extschema@.mean(@extschema@.score_dist)'::pg_catalog.regprocedure::pg_catalog.oid),
           ('@extschema@.nps(@extschema@.score_wdist)'::pg_catalog.regprocedure::pg_catalog.oid),
           ('@extschema@.nps_wstats(@extschema@.score_wdist)'::pg_catalog.regprocedure::pg_catalog.oid),
           ('@extschema@.csat(@extschema@.score_wdist)'::pg_catalog.regprocedure::pg_catalog.oid),
           ('@extschema@.csat_wstats(@extschema@.score_wdist)'::pg_catalog.regprocedure::pg_catalog.oid),
           ('@extschema@.mean(@extschema@.score_wdist)'::pg_catalog.regprocedure::pg_catalog.oid),
           ('@extschema@.ces_wstats(@extschema@.score_wdist)'::pg_catalog.regprocedure::pg_catalog.oid)
)
SELECT CASE WHEN p.prokind OPERATOR(pg_catalog.=) 'a'::pg_catalog."char" THEN 'aggregate' ELSE 'function' END AS kind,
       p.proname::pg_catalog.text AS name,
       pg_catalog.pg_get_function_identity_arguments(p.oid) AS signature,
       pg_catalog.pg_get_function_result(p.oid) AS result,
       pg_catalog.obj_description(p.oid, 'pg_proc') AS description
FROM member_proc AS p
WHERE NOT (p.oid OPERATOR(pg_catalog.=) ANY (SELECT x.fn FROM machinery AS x))
   OR p.oid OPERATOR(pg_catalog.=) ANY (SELECT x.fn FROM listed_anyway AS x)
UNION ALL
SELECT 'type', t.typname::pg_catalog.text, NULL, NULL, pg_catalog.obj_description(t.oid, 'pg_type')
FROM pg_catalog.pg_type AS t JOIN member AS m ON t.oid OPERATOR(pg_catalog.=) m.objid
     AND m.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_type'::pg_catalog.regclass::pg_catalog.oid
WHERE NOT EXISTS (SELECT FROM pg_catalog.pg_type AS e WHERE e.typarray OPERATOR(pg_catalog.=) t.oid)
  -- nor the row type of a table or view (a member of its own from PostgreSQL 17)
  AND NOT EXISTS (SELECT FROM pg_catalog.pg_class AS r WHERE r.oid OPERATOR(pg_catalog.=) t.typrelid
                  AND r.relkind OPERATOR(pg_catalog.<>) 'c'::pg_catalog."char")
UNION ALL
SELECT 'operator', o.oprname::pg_catalog.text,
       pg_catalog.concat_ws(', ',
           CASE WHEN o.oprleft OPERATOR(pg_catalog.<>) 0::pg_catalog.oid THEN pg_catalog.format_type(o.oprleft, NULL) END,
           pg_catalog.format_type(o.oprright, NULL)),
       pg_catalog.format_type(o.oprresult, NULL),
       pg_catalog.obj_description(o.oid, 'pg_operator')
FROM pg_catalog.pg_operator AS o JOIN member AS m ON o.oid OPERATOR(pg_catalog.=) m.objid
     AND m.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_operator'::pg_catalog.regclass::pg_catalog.oid
UNION ALL
SELECT CASE WHEN c.relkind OPERATOR(pg_catalog.=) 'v'::pg_catalog."char" THEN 'view' ELSE 'table' END,
       c.relname::pg_catalog.text, NULL, NULL, pg_catalog.obj_description(c.oid, 'pg_class')
FROM pg_catalog.pg_class AS c JOIN member AS m ON c.oid OPERATOR(pg_catalog.=) m.objid
     AND m.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_class'::pg_catalog.regclass::pg_catalog.oid
UNION ALL
SELECT 'text search configuration', c.cfgname::pg_catalog.text, NULL, NULL,
       pg_catalog.obj_description(c.oid, 'pg_ts_config')
FROM pg_catalog.pg_ts_config AS c JOIN member AS m ON c.oid OPERATOR(pg_catalog.=) m.objid
     AND m.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_ts_config'::pg_catalog.regclass::pg_catalog.oid
UNION ALL
SELECT 'text search dictionary', d.dictname::pg_catalog.text, NULL, NULL,
       pg_catalog.obj_description(d.oid, 'pg_ts_dict')
FROM pg_catalog.pg_ts_dict AS d JOIN member AS m ON d.oid OPERATOR(pg_catalog.=) m.objid
     AND m.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_ts_dict'::pg_catalog.regclass::pg_catalog.oid;
COMMENT ON VIEW @extschema@.pgcx_objects IS 'what pgcx offers its users, read from the catalog: every function, aggregate, type, operator, view, table, text search configuration and dictionary of the extension but the support functions PostgreSQL calls on their behalf (aggregate support, type I/O, operator implementations, operator-class support, casts, triggers, text search templates); SELECT * FROM pgcx_objects ORDER BY kind, name';
COMMENT ON COLUMN @extschema@.pgcx_objects.kind IS 'function, aggregate, type, operator, view, table, text search configuration or text search dictionary';
COMMENT ON COLUMN @extschema@.pgcx_objects.name IS 'the name, without its schema';
COMMENT ON COLUMN @extschema@.pgcx_objects.signature IS 'the arguments as pg_get_function_identity_arguments prints them, or an operator''s operand types; NULL for a type, view or table';
COMMENT ON COLUMN @extschema@.pgcx_objects.result IS 'the result type of a function, aggregate or operator';
COMMENT ON COLUMN @extschema@.pgcx_objects.description IS 'the object''s comment (COMMENT ON)';
GRANT SELECT ON @extschema@.pgcx_objects TO PUBLIC;
