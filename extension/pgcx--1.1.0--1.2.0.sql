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

------------------------------------------------------------------------
-- pgcx_objects: what pgcx offers its users, read from the catalog
--
-- Every member of the extension (pg_depend, deptype 'e') that is a
-- function, aggregate, type, operator, view or table, except the
-- machinery PostgreSQL calls on the users' behalf: the support functions
-- of pgcx's aggregates (transition, final, combine, serial, deserial and
-- their moving-aggregate forms), the I/O, typmod, analyze and subscript
-- functions of its types, the functions and estimators that implement
-- its operators, the support functions of its operator families, the
-- functions of its casts, its trigger and event-trigger functions, and
-- the planner support functions of its functions.  Operator classes and
-- families are not listed, nor the array types PostgreSQL makes for each
-- type.
--
-- One exception to the rule, listed by name below: nps, nps_stats, csat
-- and mean of a score_dist are the final functions of the survey
-- aggregates (nps_agg ends with nps(score_dist)), and they are also the
-- accessors users call on stored distributions, so they are listed.
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
    -- accessors of score_dist that are also final functions of the survey
    -- aggregates (see the header of this part)
    VALUES ('@extschema@.nps(@extschema@.score_dist)'::pg_catalog.regprocedure::pg_catalog.oid),
           ('@extschema@.nps_stats(@extschema@.score_dist)'::pg_catalog.regprocedure::pg_catalog.oid),
           ('@extschema@.csat(@extschema@.score_dist)'::pg_catalog.regprocedure::pg_catalog.oid),
           ('@extschema@.mean(@extschema@.score_dist)'::pg_catalog.regprocedure::pg_catalog.oid)
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
     AND m.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_class'::pg_catalog.regclass::pg_catalog.oid;
COMMENT ON VIEW @extschema@.pgcx_objects IS 'what pgcx offers its users, read from the catalog: every function, aggregate, type, operator, view and table of the extension but the support functions PostgreSQL calls on their behalf (aggregate support, type I/O, operator implementations, operator-class support, casts, triggers); SELECT * FROM pgcx_objects ORDER BY kind, name';
COMMENT ON COLUMN @extschema@.pgcx_objects.kind IS 'function, aggregate, type, operator, view or table';
COMMENT ON COLUMN @extschema@.pgcx_objects.name IS 'the name, without its schema';
COMMENT ON COLUMN @extschema@.pgcx_objects.signature IS 'the arguments as pg_get_function_identity_arguments prints them, or an operator''s operand types; NULL for a type, view or table';
COMMENT ON COLUMN @extschema@.pgcx_objects.result IS 'the result type of a function, aggregate or operator';
COMMENT ON COLUMN @extschema@.pgcx_objects.description IS 'the object''s comment (COMMENT ON)';
GRANT SELECT ON @extschema@.pgcx_objects TO PUBLIC;
