-- pgcx: customer-experience analytics inside PostgreSQL.
-- Install script, first part: the score_dist type, its accessors and the
-- support functions of every aggregate over scores.  The other parts follow
-- in the order of INSTALL_PARTS in the Makefile.
-- Every object is qualified with @extschema@ and every argument type is
-- exact, so nothing here depends on the caller's search_path.

\echo Use "CREATE EXTENSION pgcx" to load this file. \quit

------------------------------------------------------------------------
-- score_dist: counts of answers per score of a scale [lo, hi]
------------------------------------------------------------------------

CREATE TYPE @extschema@.score_dist;

CREATE FUNCTION @extschema@.score_dist_in(input pg_catalog.cstring)
RETURNS @extschema@.score_dist
AS 'MODULE_PATHNAME', 'score_dist_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.score_dist_out(value @extschema@.score_dist)
RETURNS pg_catalog.cstring
AS 'MODULE_PATHNAME', 'score_dist_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.score_dist_recv(buf pg_catalog.internal)
RETURNS @extschema@.score_dist
AS 'MODULE_PATHNAME', 'score_dist_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.score_dist_send(value @extschema@.score_dist)
RETURNS pg_catalog.bytea
AS 'MODULE_PATHNAME', 'score_dist_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE @extschema@.score_dist (
    INPUT = @extschema@.score_dist_in,
    OUTPUT = @extschema@.score_dist_out,
    RECEIVE = @extschema@.score_dist_recv,
    SEND = @extschema@.score_dist_send,
    INTERNALLENGTH = VARIABLE,
    ALIGNMENT = double,
    STORAGE = plain
);

COMMENT ON TYPE @extschema@.score_dist IS
'counts of answers per score of a closed integer scale [lo, hi], 0 <= lo < hi <= 100; text form {"lo":0,"hi":10,"counts":[...]}';
COMMENT ON FUNCTION @extschema@.score_dist_in(pg_catalog.cstring) IS 'text input of score_dist';
COMMENT ON FUNCTION @extschema@.score_dist_out(@extschema@.score_dist) IS 'text output of score_dist';
COMMENT ON FUNCTION @extschema@.score_dist_recv(pg_catalog.internal) IS 'binary input of score_dist, validated like text input';
COMMENT ON FUNCTION @extschema@.score_dist_send(@extschema@.score_dist) IS 'binary output of score_dist';

CREATE FUNCTION @extschema@.score_dist_to_jsonb(d @extschema@.score_dist)
RETURNS pg_catalog.jsonb
AS 'MODULE_PATHNAME', 'score_dist_to_jsonb' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.score_dist_to_jsonb(@extschema@.score_dist) IS 'the score_dist as jsonb {"lo":..,"hi":..,"counts":[..]}';

CREATE CAST (@extschema@.score_dist AS pg_catalog.jsonb)
    WITH FUNCTION @extschema@.score_dist_to_jsonb(@extschema@.score_dist);
COMMENT ON CAST (@extschema@.score_dist AS pg_catalog.jsonb) IS 'score_dist as jsonb, for BI tools';

CREATE FUNCTION @extschema@.score_dist_from_jsonb(j pg_catalog.jsonb)
RETURNS @extschema@.score_dist
AS 'MODULE_PATHNAME', 'score_dist_from_jsonb' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.score_dist_from_jsonb(pg_catalog.jsonb) IS 'the score_dist of a jsonb {"lo":..,"hi":..,"counts":[..]}, keys in any order, validated like text input';

CREATE CAST (pg_catalog.jsonb AS @extschema@.score_dist)
    WITH FUNCTION @extschema@.score_dist_from_jsonb(pg_catalog.jsonb);
COMMENT ON CAST (pg_catalog.jsonb AS @extschema@.score_dist) IS 'jsonb as score_dist (explicit), the reverse of score_dist::jsonb';

CREATE FUNCTION @extschema@.score_dist_plus(a @extschema@.score_dist, b @extschema@.score_dist)
RETURNS @extschema@.score_dist
AS 'MODULE_PATHNAME', 'score_dist_plus' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.score_dist_plus(@extschema@.score_dist, @extschema@.score_dist) IS 'merge two distributions of the same scale (the + operator)';

CREATE OPERATOR @extschema@.+ (
    LEFTARG = @extschema@.score_dist,
    RIGHTARG = @extschema@.score_dist,
    FUNCTION = @extschema@.score_dist_plus,
    COMMUTATOR = OPERATOR(@extschema@.+)
);
COMMENT ON OPERATOR @extschema@.+ (@extschema@.score_dist, @extschema@.score_dist) IS 'merge two distributions of the same scale';

------------------------------------------------------------------------
-- score_dist accessors
------------------------------------------------------------------------

CREATE TYPE @extschema@.nps_stats AS (
    n bigint,
    promoters bigint,
    passives bigint,
    detractors bigint,
    nps float8,
    std_error float8,
    ci_low float8,
    ci_high float8
);
COMMENT ON TYPE @extschema@.nps_stats IS 'NPS with its counts, standard error and adjusted-Wald 95 % interval';

CREATE TYPE @extschema@.nps_diff AS (
    diff float8,
    std_error float8,
    z float8,
    p_value float8
);
COMMENT ON TYPE @extschema@.nps_diff IS 'two-sample Wald test of a difference of NPS';

CREATE FUNCTION @extschema@.n(d @extschema@.score_dist)
RETURNS pg_catalog.int8
AS 'MODULE_PATHNAME', 'score_dist_n_sql' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.n(@extschema@.score_dist) IS 'number of answers in the distribution';

CREATE FUNCTION @extschema@.count_at(d @extschema@.score_dist, score pg_catalog.int4)
RETURNS pg_catalog.int8
AS 'MODULE_PATHNAME', 'score_dist_count_at' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.count_at(@extschema@.score_dist, pg_catalog.int4) IS 'number of answers at one score of the scale';

CREATE FUNCTION @extschema@.mean(d @extschema@.score_dist)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'score_dist_mean_sql' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mean(@extschema@.score_dist) IS 'mean score; NULL without answers';

CREATE FUNCTION @extschema@.nps(d @extschema@.score_dist)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'score_dist_nps' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.nps(@extschema@.score_dist) IS 'Net Promoter Score (-100..100) of a 0-10 distribution; NULL without answers';

CREATE FUNCTION @extschema@.nps_stats(d @extschema@.score_dist)
RETURNS @extschema@.nps_stats
AS 'MODULE_PATHNAME', 'score_dist_nps_stats' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.nps_stats(@extschema@.score_dist) IS 'NPS with counts, standard error and adjusted-Wald 95 % interval of a 0-10 distribution';

CREATE FUNCTION @extschema@.csat(d @extschema@.score_dist)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'score_dist_csat' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.csat(@extschema@.score_dist) IS 'percentage of answers in the top two boxes of the scale';

CREATE FUNCTION @extschema@.top_box(d @extschema@.score_dist, k pg_catalog.int4)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'score_dist_top_box' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.top_box(@extschema@.score_dist, pg_catalog.int4) IS 'percentage of answers among the k highest scores';

CREATE FUNCTION @extschema@.bottom_box(d @extschema@.score_dist, k pg_catalog.int4)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'score_dist_bottom_box' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.bottom_box(@extschema@.score_dist, pg_catalog.int4) IS 'percentage of answers among the k lowest scores';

CREATE FUNCTION @extschema@.nps_diff(a @extschema@.score_dist, b @extschema@.score_dist)
RETURNS @extschema@.nps_diff
AS 'MODULE_PATHNAME', 'score_dist_nps_diff' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.nps_diff(@extschema@.score_dist, @extschema@.score_dist) IS 'two-sample Wald test of NPS(a) - NPS(b)';

------------------------------------------------------------------------
-- aggregate support: transitions, inverses, combine, final
------------------------------------------------------------------------

CREATE FUNCTION @extschema@.score_dist_combine(a @extschema@.score_dist, b @extschema@.score_dist)
RETURNS @extschema@.score_dist
AS 'MODULE_PATHNAME', 'score_dist_combine' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.score_dist_combine(@extschema@.score_dist, @extschema@.score_dist) IS 'combine function of the score aggregates and transition of rollup: merge two distributions';

CREATE FUNCTION @extschema@.score_dist_final(state @extschema@.score_dist)
RETURNS @extschema@.score_dist
AS 'MODULE_PATHNAME', 'score_dist_final' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.score_dist_final(@extschema@.score_dist) IS 'final function of score_dist_agg and rollup: the distribution, NULL when it counts no answer';

CREATE FUNCTION @extschema@.score_dist_merge_inv(state @extschema@.score_dist, d @extschema@.score_dist)
RETURNS @extschema@.score_dist
AS 'MODULE_PATHNAME', 'score_dist_merge_inv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.score_dist_merge_inv(@extschema@.score_dist, @extschema@.score_dist) IS 'inverse transition of rollup: remove a distribution added before';

-- smallint scores

CREATE FUNCTION @extschema@.score_dist_accum(state @extschema@.score_dist, score pg_catalog.int2)
RETURNS @extschema@.score_dist
AS 'MODULE_PATHNAME', 'score_dist_accum_int2' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.score_dist_accum(@extschema@.score_dist, pg_catalog.int2) IS 'transition of the fixed-scale score aggregates: count one score';

CREATE FUNCTION @extschema@.score_dist_unaccum(state @extschema@.score_dist, score pg_catalog.int2)
RETURNS @extschema@.score_dist
AS 'MODULE_PATHNAME', 'score_dist_unaccum_int2' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.score_dist_unaccum(@extschema@.score_dist, pg_catalog.int2) IS 'inverse transition of the fixed-scale score aggregates: uncount one score';

CREATE FUNCTION @extschema@.score_dist_accum_scale(state @extschema@.score_dist, score pg_catalog.int2, scale pg_catalog.int4)
RETURNS @extschema@.score_dist
AS 'MODULE_PATHNAME', 'score_dist_accum_scale_int2' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.score_dist_accum_scale(@extschema@.score_dist, pg_catalog.int2, pg_catalog.int4) IS 'transition of csat_agg and ces_agg with a scale: count one score on 1..scale';

CREATE FUNCTION @extschema@.score_dist_unaccum_scale(state @extschema@.score_dist, score pg_catalog.int2, scale pg_catalog.int4)
RETURNS @extschema@.score_dist
AS 'MODULE_PATHNAME', 'score_dist_unaccum_scale_int2' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.score_dist_unaccum_scale(@extschema@.score_dist, pg_catalog.int2, pg_catalog.int4) IS 'inverse transition of csat_agg and ces_agg with a scale';

CREATE FUNCTION @extschema@.score_dist_accum_range(state @extschema@.score_dist, score pg_catalog.int2, lo pg_catalog.int4, hi pg_catalog.int4)
RETURNS @extschema@.score_dist
AS 'MODULE_PATHNAME', 'score_dist_accum_range_int2' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.score_dist_accum_range(@extschema@.score_dist, pg_catalog.int2, pg_catalog.int4, pg_catalog.int4) IS 'transition of score_dist_agg(score, lo, hi): count one score on lo..hi';

CREATE FUNCTION @extschema@.score_dist_unaccum_range(state @extschema@.score_dist, score pg_catalog.int2, lo pg_catalog.int4, hi pg_catalog.int4)
RETURNS @extschema@.score_dist
AS 'MODULE_PATHNAME', 'score_dist_unaccum_range_int2' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.score_dist_unaccum_range(@extschema@.score_dist, pg_catalog.int2, pg_catalog.int4, pg_catalog.int4) IS 'inverse transition of score_dist_agg(score, lo, hi)';

-- integer scores

CREATE FUNCTION @extschema@.score_dist_accum(state @extschema@.score_dist, score pg_catalog.int4)
RETURNS @extschema@.score_dist
AS 'MODULE_PATHNAME', 'score_dist_accum_int4' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.score_dist_accum(@extschema@.score_dist, pg_catalog.int4) IS 'transition of the fixed-scale score aggregates: count one score';

CREATE FUNCTION @extschema@.score_dist_unaccum(state @extschema@.score_dist, score pg_catalog.int4)
RETURNS @extschema@.score_dist
AS 'MODULE_PATHNAME', 'score_dist_unaccum_int4' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.score_dist_unaccum(@extschema@.score_dist, pg_catalog.int4) IS 'inverse transition of the fixed-scale score aggregates: uncount one score';

CREATE FUNCTION @extschema@.score_dist_accum_scale(state @extschema@.score_dist, score pg_catalog.int4, scale pg_catalog.int4)
RETURNS @extschema@.score_dist
AS 'MODULE_PATHNAME', 'score_dist_accum_scale_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.score_dist_accum_scale(@extschema@.score_dist, pg_catalog.int4, pg_catalog.int4) IS 'transition of csat_agg and ces_agg with a scale: count one score on 1..scale';

CREATE FUNCTION @extschema@.score_dist_unaccum_scale(state @extschema@.score_dist, score pg_catalog.int4, scale pg_catalog.int4)
RETURNS @extschema@.score_dist
AS 'MODULE_PATHNAME', 'score_dist_unaccum_scale_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.score_dist_unaccum_scale(@extschema@.score_dist, pg_catalog.int4, pg_catalog.int4) IS 'inverse transition of csat_agg and ces_agg with a scale';

CREATE FUNCTION @extschema@.score_dist_accum_range(state @extschema@.score_dist, score pg_catalog.int4, lo pg_catalog.int4, hi pg_catalog.int4)
RETURNS @extschema@.score_dist
AS 'MODULE_PATHNAME', 'score_dist_accum_range_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.score_dist_accum_range(@extschema@.score_dist, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'transition of score_dist_agg(score, lo, hi): count one score on lo..hi';

CREATE FUNCTION @extschema@.score_dist_unaccum_range(state @extschema@.score_dist, score pg_catalog.int4, lo pg_catalog.int4, hi pg_catalog.int4)
RETURNS @extschema@.score_dist
AS 'MODULE_PATHNAME', 'score_dist_unaccum_range_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.score_dist_unaccum_range(@extschema@.score_dist, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'inverse transition of score_dist_agg(score, lo, hi)';

-- bigint scores

CREATE FUNCTION @extschema@.score_dist_accum(state @extschema@.score_dist, score pg_catalog.int8)
RETURNS @extschema@.score_dist
AS 'MODULE_PATHNAME', 'score_dist_accum_int8' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.score_dist_accum(@extschema@.score_dist, pg_catalog.int8) IS 'transition of the fixed-scale score aggregates: count one score';

CREATE FUNCTION @extschema@.score_dist_unaccum(state @extschema@.score_dist, score pg_catalog.int8)
RETURNS @extschema@.score_dist
AS 'MODULE_PATHNAME', 'score_dist_unaccum_int8' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.score_dist_unaccum(@extschema@.score_dist, pg_catalog.int8) IS 'inverse transition of the fixed-scale score aggregates: uncount one score';

CREATE FUNCTION @extschema@.score_dist_accum_scale(state @extschema@.score_dist, score pg_catalog.int8, scale pg_catalog.int4)
RETURNS @extschema@.score_dist
AS 'MODULE_PATHNAME', 'score_dist_accum_scale_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.score_dist_accum_scale(@extschema@.score_dist, pg_catalog.int8, pg_catalog.int4) IS 'transition of csat_agg and ces_agg with a scale: count one score on 1..scale';

CREATE FUNCTION @extschema@.score_dist_unaccum_scale(state @extschema@.score_dist, score pg_catalog.int8, scale pg_catalog.int4)
RETURNS @extschema@.score_dist
AS 'MODULE_PATHNAME', 'score_dist_unaccum_scale_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.score_dist_unaccum_scale(@extschema@.score_dist, pg_catalog.int8, pg_catalog.int4) IS 'inverse transition of csat_agg and ces_agg with a scale';

CREATE FUNCTION @extschema@.score_dist_accum_range(state @extschema@.score_dist, score pg_catalog.int8, lo pg_catalog.int4, hi pg_catalog.int4)
RETURNS @extschema@.score_dist
AS 'MODULE_PATHNAME', 'score_dist_accum_range_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.score_dist_accum_range(@extschema@.score_dist, pg_catalog.int8, pg_catalog.int4, pg_catalog.int4) IS 'transition of score_dist_agg(score, lo, hi): count one score on lo..hi';

CREATE FUNCTION @extschema@.score_dist_unaccum_range(state @extschema@.score_dist, score pg_catalog.int8, lo pg_catalog.int4, hi pg_catalog.int4)
RETURNS @extschema@.score_dist
AS 'MODULE_PATHNAME', 'score_dist_unaccum_range_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.score_dist_unaccum_range(@extschema@.score_dist, pg_catalog.int8, pg_catalog.int4, pg_catalog.int4) IS 'inverse transition of score_dist_agg(score, lo, hi)';

-- numeric scores

CREATE FUNCTION @extschema@.score_dist_accum(state @extschema@.score_dist, score pg_catalog.numeric)
RETURNS @extschema@.score_dist
AS 'MODULE_PATHNAME', 'score_dist_accum_numeric' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.score_dist_accum(@extschema@.score_dist, pg_catalog.numeric) IS 'transition of the fixed-scale score aggregates: count one score';

CREATE FUNCTION @extschema@.score_dist_unaccum(state @extschema@.score_dist, score pg_catalog.numeric)
RETURNS @extschema@.score_dist
AS 'MODULE_PATHNAME', 'score_dist_unaccum_numeric' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.score_dist_unaccum(@extschema@.score_dist, pg_catalog.numeric) IS 'inverse transition of the fixed-scale score aggregates: uncount one score';

CREATE FUNCTION @extschema@.score_dist_accum_scale(state @extschema@.score_dist, score pg_catalog.numeric, scale pg_catalog.int4)
RETURNS @extschema@.score_dist
AS 'MODULE_PATHNAME', 'score_dist_accum_scale_numeric' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.score_dist_accum_scale(@extschema@.score_dist, pg_catalog.numeric, pg_catalog.int4) IS 'transition of csat_agg and ces_agg with a scale: count one score on 1..scale';

CREATE FUNCTION @extschema@.score_dist_unaccum_scale(state @extschema@.score_dist, score pg_catalog.numeric, scale pg_catalog.int4)
RETURNS @extschema@.score_dist
AS 'MODULE_PATHNAME', 'score_dist_unaccum_scale_numeric' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.score_dist_unaccum_scale(@extschema@.score_dist, pg_catalog.numeric, pg_catalog.int4) IS 'inverse transition of csat_agg and ces_agg with a scale';

CREATE FUNCTION @extschema@.score_dist_accum_range(state @extschema@.score_dist, score pg_catalog.numeric, lo pg_catalog.int4, hi pg_catalog.int4)
RETURNS @extschema@.score_dist
AS 'MODULE_PATHNAME', 'score_dist_accum_range_numeric' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.score_dist_accum_range(@extschema@.score_dist, pg_catalog.numeric, pg_catalog.int4, pg_catalog.int4) IS 'transition of score_dist_agg(score, lo, hi): count one score on lo..hi';

CREATE FUNCTION @extschema@.score_dist_unaccum_range(state @extschema@.score_dist, score pg_catalog.numeric, lo pg_catalog.int4, hi pg_catalog.int4)
RETURNS @extschema@.score_dist
AS 'MODULE_PATHNAME', 'score_dist_unaccum_range_numeric' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.score_dist_unaccum_range(@extschema@.score_dist, pg_catalog.numeric, pg_catalog.int4, pg_catalog.int4) IS 'inverse transition of score_dist_agg(score, lo, hi)';

-- double precision scores (real scores reach them by PostgreSQL's exact
-- implicit cast real -> double precision)

CREATE FUNCTION @extschema@.score_dist_accum(state @extschema@.score_dist, score pg_catalog.float8)
RETURNS @extschema@.score_dist
AS 'MODULE_PATHNAME', 'score_dist_accum_float8' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.score_dist_accum(@extschema@.score_dist, pg_catalog.float8) IS 'transition of the fixed-scale score aggregates: count one score';

CREATE FUNCTION @extschema@.score_dist_unaccum(state @extschema@.score_dist, score pg_catalog.float8)
RETURNS @extschema@.score_dist
AS 'MODULE_PATHNAME', 'score_dist_unaccum_float8' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.score_dist_unaccum(@extschema@.score_dist, pg_catalog.float8) IS 'inverse transition of the fixed-scale score aggregates: uncount one score';

CREATE FUNCTION @extschema@.score_dist_accum_scale(state @extschema@.score_dist, score pg_catalog.float8, scale pg_catalog.int4)
RETURNS @extschema@.score_dist
AS 'MODULE_PATHNAME', 'score_dist_accum_scale_float8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.score_dist_accum_scale(@extschema@.score_dist, pg_catalog.float8, pg_catalog.int4) IS 'transition of csat_agg and ces_agg with a scale: count one score on 1..scale';

CREATE FUNCTION @extschema@.score_dist_unaccum_scale(state @extschema@.score_dist, score pg_catalog.float8, scale pg_catalog.int4)
RETURNS @extschema@.score_dist
AS 'MODULE_PATHNAME', 'score_dist_unaccum_scale_float8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.score_dist_unaccum_scale(@extschema@.score_dist, pg_catalog.float8, pg_catalog.int4) IS 'inverse transition of csat_agg and ces_agg with a scale';

CREATE FUNCTION @extschema@.score_dist_accum_range(state @extschema@.score_dist, score pg_catalog.float8, lo pg_catalog.int4, hi pg_catalog.int4)
RETURNS @extschema@.score_dist
AS 'MODULE_PATHNAME', 'score_dist_accum_range_float8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.score_dist_accum_range(@extschema@.score_dist, pg_catalog.float8, pg_catalog.int4, pg_catalog.int4) IS 'transition of score_dist_agg(score, lo, hi): count one score on lo..hi';

CREATE FUNCTION @extschema@.score_dist_unaccum_range(state @extschema@.score_dist, score pg_catalog.float8, lo pg_catalog.int4, hi pg_catalog.int4)
RETURNS @extschema@.score_dist
AS 'MODULE_PATHNAME', 'score_dist_unaccum_range_float8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.score_dist_unaccum_range(@extschema@.score_dist, pg_catalog.float8, pg_catalog.int4, pg_catalog.int4) IS 'inverse transition of score_dist_agg(score, lo, hi)';

-- merging stored distributions

CREATE AGGREGATE @extschema@.rollup(d @extschema@.score_dist) (
    SFUNC = @extschema@.score_dist_combine,
    STYPE = @extschema@.score_dist,
    FINALFUNC = @extschema@.score_dist_final,
    COMBINEFUNC = @extschema@.score_dist_combine,
    MSFUNC = @extschema@.score_dist_combine,
    MINVFUNC = @extschema@.score_dist_merge_inv,
    MSTYPE = @extschema@.score_dist,
    MFINALFUNC = @extschema@.score_dist_final,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rollup(@extschema@.score_dist) IS 'merge distributions of one scale (sum of counts); NULL when they count no answer';

------------------------------------------------------------------------
-- the survey-score aggregates
--
-- All count answers into a score_dist (a real type with send/receive),
-- merge partial states with score_dist_combine (parallel query, Citus) and
-- have an exact inverse for moving windows.  They differ by scale and final
-- function only.
------------------------------------------------------------------------

-- smallint scores

CREATE AGGREGATE @extschema@.nps_agg(score pg_catalog.int2) (
    SFUNC = @extschema@.score_dist_accum,
    STYPE = @extschema@.score_dist,
    INITCOND = '{"lo":0,"hi":10,"counts":[0,0,0,0,0,0,0,0,0,0,0]}',
    MINITCOND = '{"lo":0,"hi":10,"counts":[0,0,0,0,0,0,0,0,0,0,0]}',
    FINALFUNC = @extschema@.nps,
    COMBINEFUNC = @extschema@.score_dist_combine,
    MSFUNC = @extschema@.score_dist_accum,
    MINVFUNC = @extschema@.score_dist_unaccum,
    MSTYPE = @extschema@.score_dist,
    MFINALFUNC = @extschema@.nps,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.nps_agg(pg_catalog.int2) IS 'Net Promoter Score (-100..100) of 0-10 answers';

CREATE AGGREGATE @extschema@.nps_stats(score pg_catalog.int2) (
    SFUNC = @extschema@.score_dist_accum,
    STYPE = @extschema@.score_dist,
    INITCOND = '{"lo":0,"hi":10,"counts":[0,0,0,0,0,0,0,0,0,0,0]}',
    MINITCOND = '{"lo":0,"hi":10,"counts":[0,0,0,0,0,0,0,0,0,0,0]}',
    FINALFUNC = @extschema@.nps_stats,
    COMBINEFUNC = @extschema@.score_dist_combine,
    MSFUNC = @extschema@.score_dist_accum,
    MINVFUNC = @extschema@.score_dist_unaccum,
    MSTYPE = @extschema@.score_dist,
    MFINALFUNC = @extschema@.nps_stats,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.nps_stats(pg_catalog.int2) IS 'NPS of 0-10 answers with counts, standard error and adjusted-Wald 95 % interval';

CREATE AGGREGATE @extschema@.csat_agg(score pg_catalog.int2) (
    SFUNC = @extschema@.score_dist_accum,
    STYPE = @extschema@.score_dist,
    INITCOND = '{"lo":1,"hi":5,"counts":[0,0,0,0,0]}',
    MINITCOND = '{"lo":1,"hi":5,"counts":[0,0,0,0,0]}',
    FINALFUNC = @extschema@.csat,
    COMBINEFUNC = @extschema@.score_dist_combine,
    MSFUNC = @extschema@.score_dist_accum,
    MINVFUNC = @extschema@.score_dist_unaccum,
    MSTYPE = @extschema@.score_dist,
    MFINALFUNC = @extschema@.csat,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.csat_agg(pg_catalog.int2) IS 'CSAT: percentage of 4 and 5 answers on a 1-5 scale';

CREATE AGGREGATE @extschema@.csat_agg(score pg_catalog.int2, scale pg_catalog.int4) (
    SFUNC = @extschema@.score_dist_accum_scale,
    STYPE = @extschema@.score_dist,
    FINALFUNC = @extschema@.csat,
    COMBINEFUNC = @extschema@.score_dist_combine,
    MSFUNC = @extschema@.score_dist_accum_scale,
    MINVFUNC = @extschema@.score_dist_unaccum_scale,
    MSTYPE = @extschema@.score_dist,
    MFINALFUNC = @extschema@.csat,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.csat_agg(pg_catalog.int2, pg_catalog.int4) IS 'CSAT on a 1-scale scale (3..10): percentage of the top two boxes';

CREATE AGGREGATE @extschema@.ces_agg(score pg_catalog.int2) (
    SFUNC = @extschema@.score_dist_accum,
    STYPE = @extschema@.score_dist,
    INITCOND = '{"lo":1,"hi":7,"counts":[0,0,0,0,0,0,0]}',
    MINITCOND = '{"lo":1,"hi":7,"counts":[0,0,0,0,0,0,0]}',
    FINALFUNC = @extschema@.mean,
    COMBINEFUNC = @extschema@.score_dist_combine,
    MSFUNC = @extschema@.score_dist_accum,
    MINVFUNC = @extschema@.score_dist_unaccum,
    MSTYPE = @extschema@.score_dist,
    MFINALFUNC = @extschema@.mean,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.ces_agg(pg_catalog.int2) IS 'Customer Effort Score: mean answer on the CES 2.0 1-7 scale';

CREATE AGGREGATE @extschema@.ces_agg(score pg_catalog.int2, scale pg_catalog.int4) (
    SFUNC = @extschema@.score_dist_accum_scale,
    STYPE = @extschema@.score_dist,
    FINALFUNC = @extschema@.mean,
    COMBINEFUNC = @extschema@.score_dist_combine,
    MSFUNC = @extschema@.score_dist_accum_scale,
    MINVFUNC = @extschema@.score_dist_unaccum_scale,
    MSTYPE = @extschema@.score_dist,
    MFINALFUNC = @extschema@.mean,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.ces_agg(pg_catalog.int2, pg_catalog.int4) IS 'mean answer on a 1-scale scale (3..10)';

CREATE AGGREGATE @extschema@.score_dist_agg(score pg_catalog.int2) (
    SFUNC = @extschema@.score_dist_accum,
    STYPE = @extschema@.score_dist,
    INITCOND = '{"lo":0,"hi":10,"counts":[0,0,0,0,0,0,0,0,0,0,0]}',
    MINITCOND = '{"lo":0,"hi":10,"counts":[0,0,0,0,0,0,0,0,0,0,0]}',
    FINALFUNC = @extschema@.score_dist_final,
    COMBINEFUNC = @extschema@.score_dist_combine,
    MSFUNC = @extschema@.score_dist_accum,
    MINVFUNC = @extschema@.score_dist_unaccum,
    MSTYPE = @extschema@.score_dist,
    MFINALFUNC = @extschema@.score_dist_final,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.score_dist_agg(pg_catalog.int2) IS 'distribution of 0-10 answers';

CREATE AGGREGATE @extschema@.score_dist_agg(score pg_catalog.int2, lo pg_catalog.int4, hi pg_catalog.int4) (
    SFUNC = @extschema@.score_dist_accum_range,
    STYPE = @extschema@.score_dist,
    FINALFUNC = @extschema@.score_dist_final,
    COMBINEFUNC = @extschema@.score_dist_combine,
    MSFUNC = @extschema@.score_dist_accum_range,
    MINVFUNC = @extschema@.score_dist_unaccum_range,
    MSTYPE = @extschema@.score_dist,
    MFINALFUNC = @extschema@.score_dist_final,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.score_dist_agg(pg_catalog.int2, pg_catalog.int4, pg_catalog.int4) IS 'distribution of answers on the scale lo..hi';

-- integer scores

CREATE AGGREGATE @extschema@.nps_agg(score pg_catalog.int4) (
    SFUNC = @extschema@.score_dist_accum,
    STYPE = @extschema@.score_dist,
    INITCOND = '{"lo":0,"hi":10,"counts":[0,0,0,0,0,0,0,0,0,0,0]}',
    MINITCOND = '{"lo":0,"hi":10,"counts":[0,0,0,0,0,0,0,0,0,0,0]}',
    FINALFUNC = @extschema@.nps,
    COMBINEFUNC = @extschema@.score_dist_combine,
    MSFUNC = @extschema@.score_dist_accum,
    MINVFUNC = @extschema@.score_dist_unaccum,
    MSTYPE = @extschema@.score_dist,
    MFINALFUNC = @extschema@.nps,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.nps_agg(pg_catalog.int4) IS 'Net Promoter Score (-100..100) of 0-10 answers';

CREATE AGGREGATE @extschema@.nps_stats(score pg_catalog.int4) (
    SFUNC = @extschema@.score_dist_accum,
    STYPE = @extschema@.score_dist,
    INITCOND = '{"lo":0,"hi":10,"counts":[0,0,0,0,0,0,0,0,0,0,0]}',
    MINITCOND = '{"lo":0,"hi":10,"counts":[0,0,0,0,0,0,0,0,0,0,0]}',
    FINALFUNC = @extschema@.nps_stats,
    COMBINEFUNC = @extschema@.score_dist_combine,
    MSFUNC = @extschema@.score_dist_accum,
    MINVFUNC = @extschema@.score_dist_unaccum,
    MSTYPE = @extschema@.score_dist,
    MFINALFUNC = @extschema@.nps_stats,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.nps_stats(pg_catalog.int4) IS 'NPS of 0-10 answers with counts, standard error and adjusted-Wald 95 % interval';

CREATE AGGREGATE @extschema@.csat_agg(score pg_catalog.int4) (
    SFUNC = @extschema@.score_dist_accum,
    STYPE = @extschema@.score_dist,
    INITCOND = '{"lo":1,"hi":5,"counts":[0,0,0,0,0]}',
    MINITCOND = '{"lo":1,"hi":5,"counts":[0,0,0,0,0]}',
    FINALFUNC = @extschema@.csat,
    COMBINEFUNC = @extschema@.score_dist_combine,
    MSFUNC = @extschema@.score_dist_accum,
    MINVFUNC = @extschema@.score_dist_unaccum,
    MSTYPE = @extschema@.score_dist,
    MFINALFUNC = @extschema@.csat,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.csat_agg(pg_catalog.int4) IS 'CSAT: percentage of 4 and 5 answers on a 1-5 scale';

CREATE AGGREGATE @extschema@.csat_agg(score pg_catalog.int4, scale pg_catalog.int4) (
    SFUNC = @extschema@.score_dist_accum_scale,
    STYPE = @extschema@.score_dist,
    FINALFUNC = @extschema@.csat,
    COMBINEFUNC = @extschema@.score_dist_combine,
    MSFUNC = @extschema@.score_dist_accum_scale,
    MINVFUNC = @extschema@.score_dist_unaccum_scale,
    MSTYPE = @extschema@.score_dist,
    MFINALFUNC = @extschema@.csat,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.csat_agg(pg_catalog.int4, pg_catalog.int4) IS 'CSAT on a 1-scale scale (3..10): percentage of the top two boxes';

CREATE AGGREGATE @extschema@.ces_agg(score pg_catalog.int4) (
    SFUNC = @extschema@.score_dist_accum,
    STYPE = @extschema@.score_dist,
    INITCOND = '{"lo":1,"hi":7,"counts":[0,0,0,0,0,0,0]}',
    MINITCOND = '{"lo":1,"hi":7,"counts":[0,0,0,0,0,0,0]}',
    FINALFUNC = @extschema@.mean,
    COMBINEFUNC = @extschema@.score_dist_combine,
    MSFUNC = @extschema@.score_dist_accum,
    MINVFUNC = @extschema@.score_dist_unaccum,
    MSTYPE = @extschema@.score_dist,
    MFINALFUNC = @extschema@.mean,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.ces_agg(pg_catalog.int4) IS 'Customer Effort Score: mean answer on the CES 2.0 1-7 scale';

CREATE AGGREGATE @extschema@.ces_agg(score pg_catalog.int4, scale pg_catalog.int4) (
    SFUNC = @extschema@.score_dist_accum_scale,
    STYPE = @extschema@.score_dist,
    FINALFUNC = @extschema@.mean,
    COMBINEFUNC = @extschema@.score_dist_combine,
    MSFUNC = @extschema@.score_dist_accum_scale,
    MINVFUNC = @extschema@.score_dist_unaccum_scale,
    MSTYPE = @extschema@.score_dist,
    MFINALFUNC = @extschema@.mean,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.ces_agg(pg_catalog.int4, pg_catalog.int4) IS 'mean answer on a 1-scale scale (3..10)';

CREATE AGGREGATE @extschema@.score_dist_agg(score pg_catalog.int4) (
    SFUNC = @extschema@.score_dist_accum,
    STYPE = @extschema@.score_dist,
    INITCOND = '{"lo":0,"hi":10,"counts":[0,0,0,0,0,0,0,0,0,0,0]}',
    MINITCOND = '{"lo":0,"hi":10,"counts":[0,0,0,0,0,0,0,0,0,0,0]}',
    FINALFUNC = @extschema@.score_dist_final,
    COMBINEFUNC = @extschema@.score_dist_combine,
    MSFUNC = @extschema@.score_dist_accum,
    MINVFUNC = @extschema@.score_dist_unaccum,
    MSTYPE = @extschema@.score_dist,
    MFINALFUNC = @extschema@.score_dist_final,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.score_dist_agg(pg_catalog.int4) IS 'distribution of 0-10 answers';

CREATE AGGREGATE @extschema@.score_dist_agg(score pg_catalog.int4, lo pg_catalog.int4, hi pg_catalog.int4) (
    SFUNC = @extschema@.score_dist_accum_range,
    STYPE = @extschema@.score_dist,
    FINALFUNC = @extschema@.score_dist_final,
    COMBINEFUNC = @extschema@.score_dist_combine,
    MSFUNC = @extschema@.score_dist_accum_range,
    MINVFUNC = @extschema@.score_dist_unaccum_range,
    MSTYPE = @extschema@.score_dist,
    MFINALFUNC = @extschema@.score_dist_final,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.score_dist_agg(pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'distribution of answers on the scale lo..hi';

-- bigint scores

CREATE AGGREGATE @extschema@.nps_agg(score pg_catalog.int8) (
    SFUNC = @extschema@.score_dist_accum,
    STYPE = @extschema@.score_dist,
    INITCOND = '{"lo":0,"hi":10,"counts":[0,0,0,0,0,0,0,0,0,0,0]}',
    MINITCOND = '{"lo":0,"hi":10,"counts":[0,0,0,0,0,0,0,0,0,0,0]}',
    FINALFUNC = @extschema@.nps,
    COMBINEFUNC = @extschema@.score_dist_combine,
    MSFUNC = @extschema@.score_dist_accum,
    MINVFUNC = @extschema@.score_dist_unaccum,
    MSTYPE = @extschema@.score_dist,
    MFINALFUNC = @extschema@.nps,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.nps_agg(pg_catalog.int8) IS 'Net Promoter Score (-100..100) of 0-10 answers';

CREATE AGGREGATE @extschema@.nps_stats(score pg_catalog.int8) (
    SFUNC = @extschema@.score_dist_accum,
    STYPE = @extschema@.score_dist,
    INITCOND = '{"lo":0,"hi":10,"counts":[0,0,0,0,0,0,0,0,0,0,0]}',
    MINITCOND = '{"lo":0,"hi":10,"counts":[0,0,0,0,0,0,0,0,0,0,0]}',
    FINALFUNC = @extschema@.nps_stats,
    COMBINEFUNC = @extschema@.score_dist_combine,
    MSFUNC = @extschema@.score_dist_accum,
    MINVFUNC = @extschema@.score_dist_unaccum,
    MSTYPE = @extschema@.score_dist,
    MFINALFUNC = @extschema@.nps_stats,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.nps_stats(pg_catalog.int8) IS 'NPS of 0-10 answers with counts, standard error and adjusted-Wald 95 % interval';

CREATE AGGREGATE @extschema@.csat_agg(score pg_catalog.int8) (
    SFUNC = @extschema@.score_dist_accum,
    STYPE = @extschema@.score_dist,
    INITCOND = '{"lo":1,"hi":5,"counts":[0,0,0,0,0]}',
    MINITCOND = '{"lo":1,"hi":5,"counts":[0,0,0,0,0]}',
    FINALFUNC = @extschema@.csat,
    COMBINEFUNC = @extschema@.score_dist_combine,
    MSFUNC = @extschema@.score_dist_accum,
    MINVFUNC = @extschema@.score_dist_unaccum,
    MSTYPE = @extschema@.score_dist,
    MFINALFUNC = @extschema@.csat,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.csat_agg(pg_catalog.int8) IS 'CSAT: percentage of 4 and 5 answers on a 1-5 scale';

CREATE AGGREGATE @extschema@.csat_agg(score pg_catalog.int8, scale pg_catalog.int4) (
    SFUNC = @extschema@.score_dist_accum_scale,
    STYPE = @extschema@.score_dist,
    FINALFUNC = @extschema@.csat,
    COMBINEFUNC = @extschema@.score_dist_combine,
    MSFUNC = @extschema@.score_dist_accum_scale,
    MINVFUNC = @extschema@.score_dist_unaccum_scale,
    MSTYPE = @extschema@.score_dist,
    MFINALFUNC = @extschema@.csat,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.csat_agg(pg_catalog.int8, pg_catalog.int4) IS 'CSAT on a 1-scale scale (3..10): percentage of the top two boxes';

CREATE AGGREGATE @extschema@.ces_agg(score pg_catalog.int8) (
    SFUNC = @extschema@.score_dist_accum,
    STYPE = @extschema@.score_dist,
    INITCOND = '{"lo":1,"hi":7,"counts":[0,0,0,0,0,0,0]}',
    MINITCOND = '{"lo":1,"hi":7,"counts":[0,0,0,0,0,0,0]}',
    FINALFUNC = @extschema@.mean,
    COMBINEFUNC = @extschema@.score_dist_combine,
    MSFUNC = @extschema@.score_dist_accum,
    MINVFUNC = @extschema@.score_dist_unaccum,
    MSTYPE = @extschema@.score_dist,
    MFINALFUNC = @extschema@.mean,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.ces_agg(pg_catalog.int8) IS 'Customer Effort Score: mean answer on the CES 2.0 1-7 scale';

CREATE AGGREGATE @extschema@.ces_agg(score pg_catalog.int8, scale pg_catalog.int4) (
    SFUNC = @extschema@.score_dist_accum_scale,
    STYPE = @extschema@.score_dist,
    FINALFUNC = @extschema@.mean,
    COMBINEFUNC = @extschema@.score_dist_combine,
    MSFUNC = @extschema@.score_dist_accum_scale,
    MINVFUNC = @extschema@.score_dist_unaccum_scale,
    MSTYPE = @extschema@.score_dist,
    MFINALFUNC = @extschema@.mean,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.ces_agg(pg_catalog.int8, pg_catalog.int4) IS 'mean answer on a 1-scale scale (3..10)';

CREATE AGGREGATE @extschema@.score_dist_agg(score pg_catalog.int8) (
    SFUNC = @extschema@.score_dist_accum,
    STYPE = @extschema@.score_dist,
    INITCOND = '{"lo":0,"hi":10,"counts":[0,0,0,0,0,0,0,0,0,0,0]}',
    MINITCOND = '{"lo":0,"hi":10,"counts":[0,0,0,0,0,0,0,0,0,0,0]}',
    FINALFUNC = @extschema@.score_dist_final,
    COMBINEFUNC = @extschema@.score_dist_combine,
    MSFUNC = @extschema@.score_dist_accum,
    MINVFUNC = @extschema@.score_dist_unaccum,
    MSTYPE = @extschema@.score_dist,
    MFINALFUNC = @extschema@.score_dist_final,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.score_dist_agg(pg_catalog.int8) IS 'distribution of 0-10 answers';

CREATE AGGREGATE @extschema@.score_dist_agg(score pg_catalog.int8, lo pg_catalog.int4, hi pg_catalog.int4) (
    SFUNC = @extschema@.score_dist_accum_range,
    STYPE = @extschema@.score_dist,
    FINALFUNC = @extschema@.score_dist_final,
    COMBINEFUNC = @extschema@.score_dist_combine,
    MSFUNC = @extschema@.score_dist_accum_range,
    MINVFUNC = @extschema@.score_dist_unaccum_range,
    MSTYPE = @extschema@.score_dist,
    MFINALFUNC = @extschema@.score_dist_final,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.score_dist_agg(pg_catalog.int8, pg_catalog.int4, pg_catalog.int4) IS 'distribution of answers on the scale lo..hi';

-- numeric scores

CREATE AGGREGATE @extschema@.nps_agg(score pg_catalog.numeric) (
    SFUNC = @extschema@.score_dist_accum,
    STYPE = @extschema@.score_dist,
    INITCOND = '{"lo":0,"hi":10,"counts":[0,0,0,0,0,0,0,0,0,0,0]}',
    MINITCOND = '{"lo":0,"hi":10,"counts":[0,0,0,0,0,0,0,0,0,0,0]}',
    FINALFUNC = @extschema@.nps,
    COMBINEFUNC = @extschema@.score_dist_combine,
    MSFUNC = @extschema@.score_dist_accum,
    MINVFUNC = @extschema@.score_dist_unaccum,
    MSTYPE = @extschema@.score_dist,
    MFINALFUNC = @extschema@.nps,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.nps_agg(pg_catalog.numeric) IS 'Net Promoter Score (-100..100) of 0-10 answers';

CREATE AGGREGATE @extschema@.nps_stats(score pg_catalog.numeric) (
    SFUNC = @extschema@.score_dist_accum,
    STYPE = @extschema@.score_dist,
    INITCOND = '{"lo":0,"hi":10,"counts":[0,0,0,0,0,0,0,0,0,0,0]}',
    MINITCOND = '{"lo":0,"hi":10,"counts":[0,0,0,0,0,0,0,0,0,0,0]}',
    FINALFUNC = @extschema@.nps_stats,
    COMBINEFUNC = @extschema@.score_dist_combine,
    MSFUNC = @extschema@.score_dist_accum,
    MINVFUNC = @extschema@.score_dist_unaccum,
    MSTYPE = @extschema@.score_dist,
    MFINALFUNC = @extschema@.nps_stats,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.nps_stats(pg_catalog.numeric) IS 'NPS of 0-10 answers with counts, standard error and adjusted-Wald 95 % interval';

CREATE AGGREGATE @extschema@.csat_agg(score pg_catalog.numeric) (
    SFUNC = @extschema@.score_dist_accum,
    STYPE = @extschema@.score_dist,
    INITCOND = '{"lo":1,"hi":5,"counts":[0,0,0,0,0]}',
    MINITCOND = '{"lo":1,"hi":5,"counts":[0,0,0,0,0]}',
    FINALFUNC = @extschema@.csat,
    COMBINEFUNC = @extschema@.score_dist_combine,
    MSFUNC = @extschema@.score_dist_accum,
    MINVFUNC = @extschema@.score_dist_unaccum,
    MSTYPE = @extschema@.score_dist,
    MFINALFUNC = @extschema@.csat,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.csat_agg(pg_catalog.numeric) IS 'CSAT: percentage of 4 and 5 answers on a 1-5 scale';

CREATE AGGREGATE @extschema@.csat_agg(score pg_catalog.numeric, scale pg_catalog.int4) (
    SFUNC = @extschema@.score_dist_accum_scale,
    STYPE = @extschema@.score_dist,
    FINALFUNC = @extschema@.csat,
    COMBINEFUNC = @extschema@.score_dist_combine,
    MSFUNC = @extschema@.score_dist_accum_scale,
    MINVFUNC = @extschema@.score_dist_unaccum_scale,
    MSTYPE = @extschema@.score_dist,
    MFINALFUNC = @extschema@.csat,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.csat_agg(pg_catalog.numeric, pg_catalog.int4) IS 'CSAT on a 1-scale scale (3..10): percentage of the top two boxes';

CREATE AGGREGATE @extschema@.ces_agg(score pg_catalog.numeric) (
    SFUNC = @extschema@.score_dist_accum,
    STYPE = @extschema@.score_dist,
    INITCOND = '{"lo":1,"hi":7,"counts":[0,0,0,0,0,0,0]}',
    MINITCOND = '{"lo":1,"hi":7,"counts":[0,0,0,0,0,0,0]}',
    FINALFUNC = @extschema@.mean,
    COMBINEFUNC = @extschema@.score_dist_combine,
    MSFUNC = @extschema@.score_dist_accum,
    MINVFUNC = @extschema@.score_dist_unaccum,
    MSTYPE = @extschema@.score_dist,
    MFINALFUNC = @extschema@.mean,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.ces_agg(pg_catalog.numeric) IS 'Customer Effort Score: mean answer on the CES 2.0 1-7 scale';

CREATE AGGREGATE @extschema@.ces_agg(score pg_catalog.numeric, scale pg_catalog.int4) (
    SFUNC = @extschema@.score_dist_accum_scale,
    STYPE = @extschema@.score_dist,
    FINALFUNC = @extschema@.mean,
    COMBINEFUNC = @extschema@.score_dist_combine,
    MSFUNC = @extschema@.score_dist_accum_scale,
    MINVFUNC = @extschema@.score_dist_unaccum_scale,
    MSTYPE = @extschema@.score_dist,
    MFINALFUNC = @extschema@.mean,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.ces_agg(pg_catalog.numeric, pg_catalog.int4) IS 'mean answer on a 1-scale scale (3..10)';

CREATE AGGREGATE @extschema@.score_dist_agg(score pg_catalog.numeric) (
    SFUNC = @extschema@.score_dist_accum,
    STYPE = @extschema@.score_dist,
    INITCOND = '{"lo":0,"hi":10,"counts":[0,0,0,0,0,0,0,0,0,0,0]}',
    MINITCOND = '{"lo":0,"hi":10,"counts":[0,0,0,0,0,0,0,0,0,0,0]}',
    FINALFUNC = @extschema@.score_dist_final,
    COMBINEFUNC = @extschema@.score_dist_combine,
    MSFUNC = @extschema@.score_dist_accum,
    MINVFUNC = @extschema@.score_dist_unaccum,
    MSTYPE = @extschema@.score_dist,
    MFINALFUNC = @extschema@.score_dist_final,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.score_dist_agg(pg_catalog.numeric) IS 'distribution of 0-10 answers';

CREATE AGGREGATE @extschema@.score_dist_agg(score pg_catalog.numeric, lo pg_catalog.int4, hi pg_catalog.int4) (
    SFUNC = @extschema@.score_dist_accum_range,
    STYPE = @extschema@.score_dist,
    FINALFUNC = @extschema@.score_dist_final,
    COMBINEFUNC = @extschema@.score_dist_combine,
    MSFUNC = @extschema@.score_dist_accum_range,
    MINVFUNC = @extschema@.score_dist_unaccum_range,
    MSTYPE = @extschema@.score_dist,
    MFINALFUNC = @extschema@.score_dist_final,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.score_dist_agg(pg_catalog.numeric, pg_catalog.int4, pg_catalog.int4) IS 'distribution of answers on the scale lo..hi';

-- double precision scores (and real ones, by the exact implicit cast)

CREATE AGGREGATE @extschema@.nps_agg(score pg_catalog.float8) (
    SFUNC = @extschema@.score_dist_accum,
    STYPE = @extschema@.score_dist,
    INITCOND = '{"lo":0,"hi":10,"counts":[0,0,0,0,0,0,0,0,0,0,0]}',
    MINITCOND = '{"lo":0,"hi":10,"counts":[0,0,0,0,0,0,0,0,0,0,0]}',
    FINALFUNC = @extschema@.nps,
    COMBINEFUNC = @extschema@.score_dist_combine,
    MSFUNC = @extschema@.score_dist_accum,
    MINVFUNC = @extschema@.score_dist_unaccum,
    MSTYPE = @extschema@.score_dist,
    MFINALFUNC = @extschema@.nps,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.nps_agg(pg_catalog.float8) IS 'Net Promoter Score (-100..100) of 0-10 answers';

CREATE AGGREGATE @extschema@.nps_stats(score pg_catalog.float8) (
    SFUNC = @extschema@.score_dist_accum,
    STYPE = @extschema@.score_dist,
    INITCOND = '{"lo":0,"hi":10,"counts":[0,0,0,0,0,0,0,0,0,0,0]}',
    MINITCOND = '{"lo":0,"hi":10,"counts":[0,0,0,0,0,0,0,0,0,0,0]}',
    FINALFUNC = @extschema@.nps_stats,
    COMBINEFUNC = @extschema@.score_dist_combine,
    MSFUNC = @extschema@.score_dist_accum,
    MINVFUNC = @extschema@.score_dist_unaccum,
    MSTYPE = @extschema@.score_dist,
    MFINALFUNC = @extschema@.nps_stats,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.nps_stats(pg_catalog.float8) IS 'NPS of 0-10 answers with counts, standard error and adjusted-Wald 95 % interval';

CREATE AGGREGATE @extschema@.csat_agg(score pg_catalog.float8) (
    SFUNC = @extschema@.score_dist_accum,
    STYPE = @extschema@.score_dist,
    INITCOND = '{"lo":1,"hi":5,"counts":[0,0,0,0,0]}',
    MINITCOND = '{"lo":1,"hi":5,"counts":[0,0,0,0,0]}',
    FINALFUNC = @extschema@.csat,
    COMBINEFUNC = @extschema@.score_dist_combine,
    MSFUNC = @extschema@.score_dist_accum,
    MINVFUNC = @extschema@.score_dist_unaccum,
    MSTYPE = @extschema@.score_dist,
    MFINALFUNC = @extschema@.csat,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.csat_agg(pg_catalog.float8) IS 'CSAT: percentage of 4 and 5 answers on a 1-5 scale';

CREATE AGGREGATE @extschema@.csat_agg(score pg_catalog.float8, scale pg_catalog.int4) (
    SFUNC = @extschema@.score_dist_accum_scale,
    STYPE = @extschema@.score_dist,
    FINALFUNC = @extschema@.csat,
    COMBINEFUNC = @extschema@.score_dist_combine,
    MSFUNC = @extschema@.score_dist_accum_scale,
    MINVFUNC = @extschema@.score_dist_unaccum_scale,
    MSTYPE = @extschema@.score_dist,
    MFINALFUNC = @extschema@.csat,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.csat_agg(pg_catalog.float8, pg_catalog.int4) IS 'CSAT on a 1-scale scale (3..10): percentage of the top two boxes';

CREATE AGGREGATE @extschema@.ces_agg(score pg_catalog.float8) (
    SFUNC = @extschema@.score_dist_accum,
    STYPE = @extschema@.score_dist,
    INITCOND = '{"lo":1,"hi":7,"counts":[0,0,0,0,0,0,0]}',
    MINITCOND = '{"lo":1,"hi":7,"counts":[0,0,0,0,0,0,0]}',
    FINALFUNC = @extschema@.mean,
    COMBINEFUNC = @extschema@.score_dist_combine,
    MSFUNC = @extschema@.score_dist_accum,
    MINVFUNC = @extschema@.score_dist_unaccum,
    MSTYPE = @extschema@.score_dist,
    MFINALFUNC = @extschema@.mean,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.ces_agg(pg_catalog.float8) IS 'Customer Effort Score: mean answer on the CES 2.0 1-7 scale';

CREATE AGGREGATE @extschema@.ces_agg(score pg_catalog.float8, scale pg_catalog.int4) (
    SFUNC = @extschema@.score_dist_accum_scale,
    STYPE = @extschema@.score_dist,
    FINALFUNC = @extschema@.mean,
    COMBINEFUNC = @extschema@.score_dist_combine,
    MSFUNC = @extschema@.score_dist_accum_scale,
    MINVFUNC = @extschema@.score_dist_unaccum_scale,
    MSTYPE = @extschema@.score_dist,
    MFINALFUNC = @extschema@.mean,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.ces_agg(pg_catalog.float8, pg_catalog.int4) IS 'mean answer on a 1-scale scale (3..10)';

CREATE AGGREGATE @extschema@.score_dist_agg(score pg_catalog.float8) (
    SFUNC = @extschema@.score_dist_accum,
    STYPE = @extschema@.score_dist,
    INITCOND = '{"lo":0,"hi":10,"counts":[0,0,0,0,0,0,0,0,0,0,0]}',
    MINITCOND = '{"lo":0,"hi":10,"counts":[0,0,0,0,0,0,0,0,0,0,0]}',
    FINALFUNC = @extschema@.score_dist_final,
    COMBINEFUNC = @extschema@.score_dist_combine,
    MSFUNC = @extschema@.score_dist_accum,
    MINVFUNC = @extschema@.score_dist_unaccum,
    MSTYPE = @extschema@.score_dist,
    MFINALFUNC = @extschema@.score_dist_final,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.score_dist_agg(pg_catalog.float8) IS 'distribution of 0-10 answers';

CREATE AGGREGATE @extschema@.score_dist_agg(score pg_catalog.float8, lo pg_catalog.int4, hi pg_catalog.int4) (
    SFUNC = @extschema@.score_dist_accum_range,
    STYPE = @extschema@.score_dist,
    FINALFUNC = @extschema@.score_dist_final,
    COMBINEFUNC = @extschema@.score_dist_combine,
    MSFUNC = @extschema@.score_dist_accum_range,
    MINVFUNC = @extschema@.score_dist_unaccum_range,
    MSTYPE = @extschema@.score_dist,
    MFINALFUNC = @extschema@.score_dist_final,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.score_dist_agg(pg_catalog.float8, pg_catalog.int4, pg_catalog.int4) IS 'distribution of answers on the scale lo..hi';

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
AS 'MODULE_PATHNAME', 'rolling_benchmark_csat' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.csat(@extschema@.rolling_benchmark) IS 'top-two-box share over the window';

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
AS 'MODULE_PATHNAME', 'rolling_benchmark_series' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 12;
COMMENT ON FUNCTION @extschema@.series(@extschema@.rolling_benchmark) IS 'one row per period of the window, oldest first; empty periods have n = 0 and NULL metrics';

CREATE FUNCTION @extschema@.trend(rb @extschema@.rolling_benchmark, metric pg_catalog.text DEFAULT 'nps')
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'rolling_benchmark_trend' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.trend(@extschema@.rolling_benchmark, pg_catalog.text) IS 'least-squares slope of the per-period metric (nps, csat or mean), weighted by answers, in points per period';

CREATE FUNCTION @extschema@.progression(rb @extschema@.rolling_benchmark, metric pg_catalog.text DEFAULT 'nps')
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'rolling_benchmark_progression' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.progression(@extschema@.rolling_benchmark, pg_catalog.text) IS 'metric of the newest non-empty period minus that of the oldest';

CREATE FUNCTION @extschema@.sparkline(rb @extschema@.rolling_benchmark, metric pg_catalog.text DEFAULT 'nps')
RETURNS pg_catalog.text
AS 'MODULE_PATHNAME', 'rolling_benchmark_sparkline' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.sparkline(@extschema@.rolling_benchmark, pg_catalog.text) IS 'one bar per period, from the series minimum to its maximum (a flat line when they are equal); a space for an empty period';
CREATE FUNCTION @extschema@.sparkline(rb @extschema@.rolling_benchmark, metric pg_catalog.text, fixed_scale pg_catalog.bool)
RETURNS pg_catalog.text
AS 'MODULE_PATHNAME', 'rolling_benchmark_sparkline' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.sparkline(@extschema@.rolling_benchmark, pg_catalog.text, pg_catalog.bool) IS 'one bar per period, on the metrics whole range when fixed_scale (for comparing rows), else from the series minimum to its maximum; a space for an empty period';

------------------------------------------------------------------------
-- sector benchmarks
--
-- A configuration table: pg_dump saves the rows users add or change
-- (shipped = false) and CREATE EXTENSION brings back the shipped ones.  A
-- changed shipped row becomes a user row; a user row whose key is a shipped
-- row's replaces it, so a restore puts changed shipped rows back.
------------------------------------------------------------------------

CREATE TABLE @extschema@.sector_benchmark (
    sector text NOT NULL,
    metric text NOT NULL CHECK (metric IN ('nps', 'csat', 'ces')),
    alert_below float8,
    good_from float8,
    excellent_from float8,
    source text,
    shipped boolean NOT NULL DEFAULT false,
    PRIMARY KEY (sector, metric)
);
COMMENT ON TABLE @extschema@.sector_benchmark IS 'thresholds of NPS, CSAT and CES per sector; shipped rows come from the seed documents, users add or change rows';
COMMENT ON COLUMN @extschema@.sector_benchmark.shipped IS 'true for a row shipped with pgcx and unchanged; user rows (and changed shipped rows) are false and are saved by pg_dump';

INSERT INTO @extschema@.sector_benchmark VALUES
    ('all', 'nps', 0, 50, 70, 'NPS > 50 strong recommendation; leaders (Apple, Tesla) above 70', true),
    ('ecommerce', 'nps', NULL, 40, 60, 'B2C e-commerce: about 40 is good, Amazon above 60', true),
    ('b2b_services', 'nps', 30, 30, NULL, 'B2B services: below 30 must alert', true),
    ('all', 'csat', NULL, 85, NULL, 'high performers keep CSAT above 85 %', true),
    ('ecommerce', 'csat', NULL, 88, 90, 'e-commerce: aim above 88-90 %', true),
    ('b2b_services', 'csat', NULL, 82, 85, 'B2B: a stable 82-85 % reflects solid service', true);

-- The shipped rows above are inserted before the trigger exists: once it
-- does, every row that is inserted or changed is a user row.
CREATE FUNCTION @extschema@.sector_benchmark_user_row() RETURNS trigger
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
COMMENT ON FUNCTION @extschema@.sector_benchmark_user_row() IS 'keeps sector_benchmark rows that users add or change marked as theirs, so that pg_dump saves them';
CREATE TRIGGER sector_benchmark_user_row BEFORE INSERT OR UPDATE ON @extschema@.sector_benchmark
    FOR EACH ROW EXECUTE FUNCTION @extschema@.sector_benchmark_user_row();
COMMENT ON TRIGGER sector_benchmark_user_row ON @extschema@.sector_benchmark IS 'marks rows users add or change as theirs; a row over a shipped one replaces it';

SELECT pg_catalog.pg_extension_config_dump('@extschema@.sector_benchmark', 'WHERE NOT shipped');
-- Everybody reads the thresholds; whoever installed pgcx (a database owner,
-- pgcx being trusted) and whoever owns the database maintain them.  The
-- grant to pg_database_owner follows the database's owner through a dump
-- and restore, where the installing user is the one who restores.
GRANT SELECT ON @extschema@.sector_benchmark TO PUBLIC;
GRANT INSERT, UPDATE, DELETE ON @extschema@.sector_benchmark TO @extowner@;
GRANT INSERT, UPDATE, DELETE ON @extschema@.sector_benchmark TO pg_database_owner;

-- The one vocabulary of metric names (src/metric.c): the name
-- sector_benchmark keys its rows by, for any name a call may use.
CREATE FUNCTION @extschema@.canonical_metric(metric pg_catalog.text, caller pg_catalog.text DEFAULT 'canonical_metric')
RETURNS pg_catalog.text
AS 'MODULE_PATHNAME', 'pgcx_canonical_metric' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.canonical_metric(pg_catalog.text, pg_catalog.text) IS 'nps, csat or ces for any metric name (nps; csat or top2; ces or mean); unknown names are an error that names the caller';

CREATE FUNCTION @extschema@.benchmark_rating(metric text, value float8, sector text DEFAULT 'all')
RETURNS text
LANGUAGE plpgsql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    b record;
    m text;
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
    -- nps, csat or ces, whichever name of the vocabulary the call used
    m := @extschema@.canonical_metric(metric, 'benchmark_rating');
    SELECT * INTO b FROM @extschema@.sector_benchmark AS s
     WHERE s.sector = benchmark_rating.sector AND s.metric = m;
    IF NOT FOUND THEN
        IF NOT EXISTS (SELECT 1 FROM @extschema@.sector_benchmark AS s WHERE s.sector = benchmark_rating.sector) THEN
            RAISE EXCEPTION 'unknown sector "%" in benchmark_rating', sector
                USING ERRCODE = 'invalid_parameter_value',
                      DETAIL = 'Sectors are those of the table sector_benchmark.';
        END IF;
        RAISE EXCEPTION 'sector "%" has no benchmark for metric "%" in benchmark_rating', sector, m
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
COMMENT ON FUNCTION @extschema@.benchmark_rating(text, float8, text) IS 'alert, excellent, good or below: a value against the thresholds of sector_benchmark (NULL thresholds are skipped; a NULL value has no rating)';

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

CREATE TYPE @extschema@.benchmark AS (
    value float8,
    alert_below float8,
    good_from float8,
    excellent_from float8,
    rating text
);
COMMENT ON TYPE @extschema@.benchmark IS 'a metric of a window against the thresholds of its sector';

CREATE FUNCTION @extschema@.benchmark(rb @extschema@.rolling_benchmark, sector text, metric text DEFAULT 'nps')
RETURNS @extschema@.benchmark
LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v float8;
    m text;
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
    m := @extschema@.canonical_metric(metric, 'benchmark');
    v := CASE m WHEN 'nps' THEN @extschema@.nps(rb)
                WHEN 'csat' THEN @extschema@.csat(rb)
                ELSE @extschema@.mean(rb) END;
    r.rating := @extschema@.benchmark_rating(m, v, sector);
    SELECT v, s.alert_below, s.good_from, s.excellent_from
      INTO r.value, r.alert_below, r.good_from, r.excellent_from
      FROM @extschema@.sector_benchmark AS s
     WHERE s.sector = benchmark.sector AND s.metric = m;
    RETURN r;
END
$$;
COMMENT ON FUNCTION @extschema@.benchmark(@extschema@.rolling_benchmark, text, text) IS 'the window''s nps, csat or ces (mean) against the thresholds of a sector, with its rating';

------------------------------------------------------------------------
-- mirror_gap: the same question put to customers, employees and managers
------------------------------------------------------------------------

CREATE TYPE @extschema@.mirror_state;

CREATE FUNCTION @extschema@.mirror_state_in(input pg_catalog.cstring)
RETURNS @extschema@.mirror_state
AS 'MODULE_PATHNAME', 'mirror_state_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.mirror_state_out(value @extschema@.mirror_state)
RETURNS pg_catalog.cstring
AS 'MODULE_PATHNAME', 'mirror_state_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.mirror_state_recv(buf pg_catalog.internal)
RETURNS @extschema@.mirror_state
AS 'MODULE_PATHNAME', 'mirror_state_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.mirror_state_send(value @extschema@.mirror_state)
RETURNS pg_catalog.bytea
AS 'MODULE_PATHNAME', 'mirror_state_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE @extschema@.mirror_state (
    INPUT = @extschema@.mirror_state_in,
    OUTPUT = @extschema@.mirror_state_out,
    RECEIVE = @extschema@.mirror_state_recv,
    SEND = @extschema@.mirror_state_send,
    INTERNALLENGTH = VARIABLE,
    ALIGNMENT = double,
    STORAGE = plain
);
COMMENT ON TYPE @extschema@.mirror_state IS 'transition state of mirror_gap: answers per audience and integer score 0..100';
COMMENT ON FUNCTION @extschema@.mirror_state_in(pg_catalog.cstring) IS 'text input of mirror_state';
COMMENT ON FUNCTION @extschema@.mirror_state_out(@extschema@.mirror_state) IS 'text output of mirror_state';
COMMENT ON FUNCTION @extschema@.mirror_state_recv(pg_catalog.internal) IS 'binary input of mirror_state, validated';
COMMENT ON FUNCTION @extschema@.mirror_state_send(@extschema@.mirror_state) IS 'binary output of mirror_state';

CREATE TYPE @extschema@.mirror_gap AS (
    customer_n bigint,
    employee_n bigint,
    manager_n bigint,
    customer_value float8,
    employee_value float8,
    manager_value float8,
    gap float8,
    gap_ci_low float8,
    gap_ci_high float8,
    leadership_gap float8
);
COMMENT ON TYPE @extschema@.mirror_gap IS 'values per audience, employee - customer gap with its 95 % interval, manager - employee gap';

CREATE FUNCTION @extschema@.mirror_gap_accum(state @extschema@.mirror_state, audience pg_catalog.text, score pg_catalog.numeric)
RETURNS @extschema@.mirror_state
AS 'MODULE_PATHNAME', 'mirror_gap_accum' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mirror_gap_accum(@extschema@.mirror_state, pg_catalog.text, pg_catalog.numeric) IS 'transition of mirror_gap(audience, score): count one answer';
CREATE FUNCTION @extschema@.mirror_gap_unaccum(state @extschema@.mirror_state, audience pg_catalog.text, score pg_catalog.numeric)
RETURNS @extschema@.mirror_state
AS 'MODULE_PATHNAME', 'mirror_gap_unaccum' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mirror_gap_unaccum(@extschema@.mirror_state, pg_catalog.text, pg_catalog.numeric) IS 'inverse transition of mirror_gap(audience, score)';
CREATE FUNCTION @extschema@.mirror_gap_accum(state @extschema@.mirror_state, audience pg_catalog.text, score pg_catalog.numeric, metric pg_catalog.text)
RETURNS @extschema@.mirror_state
AS 'MODULE_PATHNAME', 'mirror_gap_accum' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mirror_gap_accum(@extschema@.mirror_state, pg_catalog.text, pg_catalog.numeric, pg_catalog.text) IS 'transition of mirror_gap(audience, score, metric): count one answer';
CREATE FUNCTION @extschema@.mirror_gap_unaccum(state @extschema@.mirror_state, audience pg_catalog.text, score pg_catalog.numeric, metric pg_catalog.text)
RETURNS @extschema@.mirror_state
AS 'MODULE_PATHNAME', 'mirror_gap_unaccum' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mirror_gap_unaccum(@extschema@.mirror_state, pg_catalog.text, pg_catalog.numeric, pg_catalog.text) IS 'inverse transition of mirror_gap(audience, score, metric)';
CREATE FUNCTION @extschema@.mirror_gap_combine(a @extschema@.mirror_state, b @extschema@.mirror_state)
RETURNS @extschema@.mirror_state
AS 'MODULE_PATHNAME', 'mirror_gap_combine' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mirror_gap_combine(@extschema@.mirror_state, @extschema@.mirror_state) IS 'combine function of mirror_gap: add the counts of two partial states';
CREATE FUNCTION @extschema@.mirror_gap_final(state @extschema@.mirror_state)
RETURNS @extschema@.mirror_gap
AS 'MODULE_PATHNAME', 'mirror_gap_final' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mirror_gap_final(@extschema@.mirror_state) IS 'final function of mirror_gap: values, gaps and the 95 % interval of the gap';

CREATE AGGREGATE @extschema@.mirror_gap(audience pg_catalog.text, score pg_catalog.numeric) (
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
COMMENT ON AGGREGATE @extschema@.mirror_gap(pg_catalog.text, pg_catalog.numeric) IS 'mirror gap of mean answers (integer scores 0..100) between customers, employees and managers';

CREATE AGGREGATE @extschema@.mirror_gap(audience pg_catalog.text, score pg_catalog.numeric, metric pg_catalog.text) (
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
COMMENT ON AGGREGATE @extschema@.mirror_gap(pg_catalog.text, pg_catalog.numeric, pg_catalog.text) IS 'mirror gap with metric mean, nps (0-10: NPS vs eNPS) or top2 (1-5 top-two-box share)';

-- mirror_gap over smallint, integer and bigint scores: the exact forms for
-- integer columns and literals (mirror_gap(audience, 7)), so that no
-- look-alike taking integers in another schema is chosen instead.
CREATE FUNCTION @extschema@.mirror_gap_accum(state @extschema@.mirror_state, audience pg_catalog.text, score pg_catalog.int2)
RETURNS @extschema@.mirror_state
AS 'MODULE_PATHNAME', 'mirror_gap_accum_int2' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mirror_gap_accum(@extschema@.mirror_state, pg_catalog.text, pg_catalog.int2) IS 'transition of mirror_gap(audience, score): count one answer';

CREATE FUNCTION @extschema@.mirror_gap_unaccum(state @extschema@.mirror_state, audience pg_catalog.text, score pg_catalog.int2)
RETURNS @extschema@.mirror_state
AS 'MODULE_PATHNAME', 'mirror_gap_unaccum_int2' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mirror_gap_unaccum(@extschema@.mirror_state, pg_catalog.text, pg_catalog.int2) IS 'inverse transition of mirror_gap(audience, score)';

CREATE FUNCTION @extschema@.mirror_gap_accum(state @extschema@.mirror_state, audience pg_catalog.text, score pg_catalog.int2, metric pg_catalog.text)
RETURNS @extschema@.mirror_state
AS 'MODULE_PATHNAME', 'mirror_gap_accum_int2' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mirror_gap_accum(@extschema@.mirror_state, pg_catalog.text, pg_catalog.int2, pg_catalog.text) IS 'transition of mirror_gap(audience, score, metric): count one answer';

CREATE FUNCTION @extschema@.mirror_gap_unaccum(state @extschema@.mirror_state, audience pg_catalog.text, score pg_catalog.int2, metric pg_catalog.text)
RETURNS @extschema@.mirror_state
AS 'MODULE_PATHNAME', 'mirror_gap_unaccum_int2' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mirror_gap_unaccum(@extschema@.mirror_state, pg_catalog.text, pg_catalog.int2, pg_catalog.text) IS 'inverse transition of mirror_gap(audience, score, metric)';

CREATE AGGREGATE @extschema@.mirror_gap(audience pg_catalog.text, score pg_catalog.int2) (
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

CREATE AGGREGATE @extschema@.mirror_gap(audience pg_catalog.text, score pg_catalog.int2, metric pg_catalog.text) (
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

CREATE FUNCTION @extschema@.mirror_gap_accum(state @extschema@.mirror_state, audience pg_catalog.text, score pg_catalog.int4)
RETURNS @extschema@.mirror_state
AS 'MODULE_PATHNAME', 'mirror_gap_accum_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mirror_gap_accum(@extschema@.mirror_state, pg_catalog.text, pg_catalog.int4) IS 'transition of mirror_gap(audience, score): count one answer';

CREATE FUNCTION @extschema@.mirror_gap_unaccum(state @extschema@.mirror_state, audience pg_catalog.text, score pg_catalog.int4)
RETURNS @extschema@.mirror_state
AS 'MODULE_PATHNAME', 'mirror_gap_unaccum_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mirror_gap_unaccum(@extschema@.mirror_state, pg_catalog.text, pg_catalog.int4) IS 'inverse transition of mirror_gap(audience, score)';

CREATE FUNCTION @extschema@.mirror_gap_accum(state @extschema@.mirror_state, audience pg_catalog.text, score pg_catalog.int4, metric pg_catalog.text)
RETURNS @extschema@.mirror_state
AS 'MODULE_PATHNAME', 'mirror_gap_accum_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mirror_gap_accum(@extschema@.mirror_state, pg_catalog.text, pg_catalog.int4, pg_catalog.text) IS 'transition of mirror_gap(audience, score, metric): count one answer';

CREATE FUNCTION @extschema@.mirror_gap_unaccum(state @extschema@.mirror_state, audience pg_catalog.text, score pg_catalog.int4, metric pg_catalog.text)
RETURNS @extschema@.mirror_state
AS 'MODULE_PATHNAME', 'mirror_gap_unaccum_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mirror_gap_unaccum(@extschema@.mirror_state, pg_catalog.text, pg_catalog.int4, pg_catalog.text) IS 'inverse transition of mirror_gap(audience, score, metric)';

CREATE AGGREGATE @extschema@.mirror_gap(audience pg_catalog.text, score pg_catalog.int4) (
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

CREATE AGGREGATE @extschema@.mirror_gap(audience pg_catalog.text, score pg_catalog.int4, metric pg_catalog.text) (
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

CREATE FUNCTION @extschema@.mirror_gap_accum(state @extschema@.mirror_state, audience pg_catalog.text, score pg_catalog.int8)
RETURNS @extschema@.mirror_state
AS 'MODULE_PATHNAME', 'mirror_gap_accum_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mirror_gap_accum(@extschema@.mirror_state, pg_catalog.text, pg_catalog.int8) IS 'transition of mirror_gap(audience, score): count one answer';

CREATE FUNCTION @extschema@.mirror_gap_unaccum(state @extschema@.mirror_state, audience pg_catalog.text, score pg_catalog.int8)
RETURNS @extschema@.mirror_state
AS 'MODULE_PATHNAME', 'mirror_gap_unaccum_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mirror_gap_unaccum(@extschema@.mirror_state, pg_catalog.text, pg_catalog.int8) IS 'inverse transition of mirror_gap(audience, score)';

CREATE FUNCTION @extschema@.mirror_gap_accum(state @extschema@.mirror_state, audience pg_catalog.text, score pg_catalog.int8, metric pg_catalog.text)
RETURNS @extschema@.mirror_state
AS 'MODULE_PATHNAME', 'mirror_gap_accum_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mirror_gap_accum(@extschema@.mirror_state, pg_catalog.text, pg_catalog.int8, pg_catalog.text) IS 'transition of mirror_gap(audience, score, metric): count one answer';

CREATE FUNCTION @extschema@.mirror_gap_unaccum(state @extschema@.mirror_state, audience pg_catalog.text, score pg_catalog.int8, metric pg_catalog.text)
RETURNS @extschema@.mirror_state
AS 'MODULE_PATHNAME', 'mirror_gap_unaccum_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mirror_gap_unaccum(@extschema@.mirror_state, pg_catalog.text, pg_catalog.int8, pg_catalog.text) IS 'inverse transition of mirror_gap(audience, score, metric)';

CREATE AGGREGATE @extschema@.mirror_gap(audience pg_catalog.text, score pg_catalog.int8) (
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

CREATE AGGREGATE @extschema@.mirror_gap(audience pg_catalog.text, score pg_catalog.int8, metric pg_catalog.text) (
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

-- mirror_gap over double precision scores (real ones too, by the exact
-- implicit cast): integral values only, as numeric ones.
CREATE FUNCTION @extschema@.mirror_gap_accum(state @extschema@.mirror_state, audience pg_catalog.text, score pg_catalog.float8)
RETURNS @extschema@.mirror_state
AS 'MODULE_PATHNAME', 'mirror_gap_accum_float8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mirror_gap_accum(@extschema@.mirror_state, pg_catalog.text, pg_catalog.float8) IS 'transition of mirror_gap(audience, score): count one answer';

CREATE FUNCTION @extschema@.mirror_gap_unaccum(state @extschema@.mirror_state, audience pg_catalog.text, score pg_catalog.float8)
RETURNS @extschema@.mirror_state
AS 'MODULE_PATHNAME', 'mirror_gap_unaccum_float8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mirror_gap_unaccum(@extschema@.mirror_state, pg_catalog.text, pg_catalog.float8) IS 'inverse transition of mirror_gap(audience, score)';

CREATE FUNCTION @extschema@.mirror_gap_accum(state @extschema@.mirror_state, audience pg_catalog.text, score pg_catalog.float8, metric pg_catalog.text)
RETURNS @extschema@.mirror_state
AS 'MODULE_PATHNAME', 'mirror_gap_accum_float8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mirror_gap_accum(@extschema@.mirror_state, pg_catalog.text, pg_catalog.float8, pg_catalog.text) IS 'transition of mirror_gap(audience, score, metric): count one answer';

CREATE FUNCTION @extschema@.mirror_gap_unaccum(state @extschema@.mirror_state, audience pg_catalog.text, score pg_catalog.float8, metric pg_catalog.text)
RETURNS @extschema@.mirror_state
AS 'MODULE_PATHNAME', 'mirror_gap_unaccum_float8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mirror_gap_unaccum(@extschema@.mirror_state, pg_catalog.text, pg_catalog.float8, pg_catalog.text) IS 'inverse transition of mirror_gap(audience, score, metric)';

CREATE AGGREGATE @extschema@.mirror_gap(audience pg_catalog.text, score pg_catalog.float8) (
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
COMMENT ON AGGREGATE @extschema@.mirror_gap(pg_catalog.text, pg_catalog.float8) IS 'mirror gap of mean answers (integer scores 0..100) between customers, employees and managers';

CREATE AGGREGATE @extschema@.mirror_gap(audience pg_catalog.text, score pg_catalog.float8, metric pg_catalog.text) (
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
COMMENT ON AGGREGATE @extschema@.mirror_gap(pg_catalog.text, pg_catalog.float8, pg_catalog.text) IS 'mirror gap with metric mean, nps (0-10: NPS vs eNPS) or top2 (1-5 top-two-box share)';

------------------------------------------------------------------------
-- attrition and retention
------------------------------------------------------------------------

CREATE FUNCTION @extschema@.attrition(lost pg_catalog.int8, at_start pg_catalog.int8)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'attrition_rate' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.attrition(pg_catalog.int8, pg_catalog.int8) IS 'attrition rate: 100 x lost / customers at the start of the period; NULL when at_start = 0';

CREATE FUNCTION @extschema@.retention_rate(at_start pg_catalog.int8, at_end pg_catalog.int8, acquired pg_catalog.int8)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'attrition_retention_rate' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.retention_rate(pg_catalog.int8, pg_catalog.int8, pg_catalog.int8) IS 'retention rate: 100 x (at_end - acquired) / at_start; NULL when at_start = 0';

CREATE FUNCTION @extschema@.annualize_attrition(rate pg_catalog.float8, period_days pg_catalog.float8)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'attrition_annualize' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.annualize_attrition(pg_catalog.float8, pg_catalog.float8) IS 'yearly attrition of a rate measured over period_days: 100 x (1 - (1 - rate/100)^(365/period_days))';

CREATE TYPE @extschema@.attrition_state;
CREATE FUNCTION @extschema@.attrition_state_in(input pg_catalog.cstring)
RETURNS @extschema@.attrition_state
AS 'MODULE_PATHNAME', 'attrition_state_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.attrition_state_out(value @extschema@.attrition_state)
RETURNS pg_catalog.cstring
AS 'MODULE_PATHNAME', 'attrition_state_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.attrition_state_recv(buf pg_catalog.internal)
RETURNS @extschema@.attrition_state
AS 'MODULE_PATHNAME', 'attrition_state_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.attrition_state_send(value @extschema@.attrition_state)
RETURNS pg_catalog.bytea
AS 'MODULE_PATHNAME', 'attrition_state_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE TYPE @extschema@.attrition_state (
    INPUT = @extschema@.attrition_state_in,
    OUTPUT = @extschema@.attrition_state_out,
    RECEIVE = @extschema@.attrition_state_recv,
    SEND = @extschema@.attrition_state_send,
    INTERNALLENGTH = 40,
    ALIGNMENT = double
);
COMMENT ON TYPE @extschema@.attrition_state IS 'transition state of attrition_agg: the period and the customers active at its start and lost in it';
COMMENT ON FUNCTION @extschema@.attrition_state_in(pg_catalog.cstring) IS 'text input of attrition_state';
COMMENT ON FUNCTION @extschema@.attrition_state_out(@extschema@.attrition_state) IS 'text output of attrition_state';
COMMENT ON FUNCTION @extschema@.attrition_state_recv(pg_catalog.internal) IS 'binary input of attrition_state, validated';
COMMENT ON FUNCTION @extschema@.attrition_state_send(@extschema@.attrition_state) IS 'binary output of attrition_state';

CREATE FUNCTION @extschema@.attrition_agg_accum(state @extschema@.attrition_state, active_from pg_catalog.date, churned_on pg_catalog.date, period pg_catalog.daterange)
RETURNS @extschema@.attrition_state
AS 'MODULE_PATHNAME', 'attrition_agg_accum_date' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.attrition_agg_accum(@extschema@.attrition_state, pg_catalog.date, pg_catalog.date, pg_catalog.daterange) IS 'transition of attrition_agg over dates: count one customer';
CREATE FUNCTION @extschema@.attrition_agg_accum(state @extschema@.attrition_state, active_from pg_catalog.timestamptz, churned_on pg_catalog.timestamptz, period pg_catalog.tstzrange)
RETURNS @extschema@.attrition_state
AS 'MODULE_PATHNAME', 'attrition_agg_accum_tstz' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.attrition_agg_accum(@extschema@.attrition_state, pg_catalog.timestamptz, pg_catalog.timestamptz, pg_catalog.tstzrange) IS 'transition of attrition_agg over timestamps: count one customer';
CREATE FUNCTION @extschema@.attrition_agg_combine(a @extschema@.attrition_state, b @extschema@.attrition_state)
RETURNS @extschema@.attrition_state
AS 'MODULE_PATHNAME', 'attrition_agg_combine' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.attrition_agg_combine(@extschema@.attrition_state, @extschema@.attrition_state) IS 'combine function of attrition_agg: add two partial counts';
CREATE FUNCTION @extschema@.attrition_agg_final(state @extschema@.attrition_state)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'attrition_agg_final' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.attrition_agg_final(@extschema@.attrition_state) IS 'final function of attrition_agg: 100 x lost / active at start';

CREATE AGGREGATE @extschema@.attrition_agg(active_from pg_catalog.date, churned_on pg_catalog.date, period pg_catalog.daterange) (
    SFUNC = @extschema@.attrition_agg_accum,
    STYPE = @extschema@.attrition_state,
    FINALFUNC = @extschema@.attrition_agg_final,
    COMBINEFUNC = @extschema@.attrition_agg_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.attrition_agg(pg_catalog.date, pg_catalog.date, pg_catalog.daterange) IS 'attrition over a period: share of the customers active at its start who churned before its end';
CREATE AGGREGATE @extschema@.attrition_agg(active_from pg_catalog.timestamptz, churned_on pg_catalog.timestamptz, period pg_catalog.tstzrange) (
    SFUNC = @extschema@.attrition_agg_accum,
    STYPE = @extschema@.attrition_state,
    FINALFUNC = @extschema@.attrition_agg_final,
    COMBINEFUNC = @extschema@.attrition_agg_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.attrition_agg(pg_catalog.timestamptz, pg_catalog.timestamptz, pg_catalog.tstzrange) IS 'attrition over a period: share of the customers active at its start who churned before its end';

-- attrition_agg over timestamp without time zone: timestamps compared as
-- they are, whatever the session's TimeZone (the implicit cast to
-- timestamptz would shift them by it).
CREATE FUNCTION @extschema@.attrition_agg_accum(state @extschema@.attrition_state, active_from pg_catalog.timestamp, churned_on pg_catalog.timestamp, period pg_catalog.tsrange)
RETURNS @extschema@.attrition_state
AS 'MODULE_PATHNAME', 'attrition_agg_accum_ts' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.attrition_agg_accum(@extschema@.attrition_state, pg_catalog.timestamp, pg_catalog.timestamp, pg_catalog.tsrange) IS 'transition of attrition_agg over timestamps without time zone: count one customer';
CREATE AGGREGATE @extschema@.attrition_agg(active_from pg_catalog.timestamp, churned_on pg_catalog.timestamp, period pg_catalog.tsrange) (
    SFUNC = @extschema@.attrition_agg_accum,
    STYPE = @extschema@.attrition_state,
    FINALFUNC = @extschema@.attrition_agg_final,
    COMBINEFUNC = @extschema@.attrition_agg_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.attrition_agg(pg_catalog.timestamp, pg_catalog.timestamp, pg_catalog.tsrange) IS 'attrition over a period: share of the customers active at its start who churned before its end';

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

------------------------------------------------------------------------
-- customer lifetime value by formula
------------------------------------------------------------------------

CREATE FUNCTION @extschema@.clv(avg_basket pg_catalog.numeric, purchase_frequency pg_catalog.numeric, lifespan pg_catalog.numeric)
RETURNS pg_catalog.numeric
AS 'MODULE_PATHNAME', 'clv_numeric' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.clv(pg_catalog.numeric, pg_catalog.numeric, pg_catalog.numeric) IS 'customer lifetime value: avg_basket x purchase_frequency x lifespan (exact)';
CREATE FUNCTION @extschema@.clv(avg_basket pg_catalog.float8, purchase_frequency pg_catalog.float8, lifespan pg_catalog.float8)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'clv_float8' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.clv(pg_catalog.float8, pg_catalog.float8, pg_catalog.float8) IS 'customer lifetime value: avg_basket x purchase_frequency x lifespan';
CREATE FUNCTION @extschema@.clv(avg_basket pg_catalog.numeric, purchase_frequency pg_catalog.numeric, lifespan pg_catalog.numeric, margin pg_catalog.numeric, discount_rate pg_catalog.numeric)
RETURNS pg_catalog.numeric
AS 'MODULE_PATHNAME', 'clv_discounted_numeric' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.clv(pg_catalog.numeric, pg_catalog.numeric, pg_catalog.numeric, pg_catalog.numeric, pg_catalog.numeric) IS 'discounted customer lifetime value: margin x basket x frequency per unit over lifespan units at discount_rate per unit';
CREATE FUNCTION @extschema@.clv(avg_basket pg_catalog.float8, purchase_frequency pg_catalog.float8, lifespan pg_catalog.float8, margin pg_catalog.float8, discount_rate pg_catalog.float8)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'clv_discounted_float8' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.clv(pg_catalog.float8, pg_catalog.float8, pg_catalog.float8, pg_catalog.float8, pg_catalog.float8) IS 'discounted customer lifetime value (float8)';

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
-- probabilistic customer lifetime value: rfm_agg, BG/NBD, Gamma-Gamma
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

------------------------------------------------------------------------
-- subscription retention: the shifted-beta-geometric (sBG) model
------------------------------------------------------------------------

CREATE TYPE @extschema@.sbg AS (
    alpha pg_catalog.float8,
    beta pg_catalog.float8,
    loglik pg_catalog.float8,
    n pg_catalog.int8,
    converged pg_catalog.bool
);
COMMENT ON TYPE @extschema@.sbg IS 'fitted shifted-beta-geometric retention model: theta ~ Beta(alpha, beta), log-likelihood, customers, whether the fit converged';

CREATE TYPE @extschema@.sbg_state;
CREATE FUNCTION @extschema@.sbg_state_in(input pg_catalog.cstring)
RETURNS @extschema@.sbg_state
AS 'MODULE_PATHNAME', 'sbg_state_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.sbg_state_out(state @extschema@.sbg_state)
RETURNS pg_catalog.cstring
AS 'MODULE_PATHNAME', 'sbg_state_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.sbg_state_recv(input pg_catalog.internal)
RETURNS @extschema@.sbg_state
AS 'MODULE_PATHNAME', 'sbg_state_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.sbg_state_send(state @extschema@.sbg_state)
RETURNS pg_catalog.bytea
AS 'MODULE_PATHNAME', 'sbg_state_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE TYPE @extschema@.sbg_state (
    INPUT = @extschema@.sbg_state_in,
    OUTPUT = @extschema@.sbg_state_out,
    RECEIVE = @extschema@.sbg_state_recv,
    SEND = @extschema@.sbg_state_send,
    INTERNALLENGTH = VARIABLE,
    ALIGNMENT = double,
    STORAGE = extended
);
COMMENT ON TYPE @extschema@.sbg_state IS 'transition state of sbg_fit: customers churned in and active after each distinct tenure';
COMMENT ON FUNCTION @extschema@.sbg_state_in(pg_catalog.cstring) IS 'text input of sbg_state';
COMMENT ON FUNCTION @extschema@.sbg_state_out(@extschema@.sbg_state) IS 'text output of sbg_state';
COMMENT ON FUNCTION @extschema@.sbg_state_recv(pg_catalog.internal) IS 'binary input of sbg_state, validated';
COMMENT ON FUNCTION @extschema@.sbg_state_send(@extschema@.sbg_state) IS 'binary output of sbg_state';

CREATE FUNCTION @extschema@.sbg_fit_accum(state @extschema@.sbg_state, tenure pg_catalog.int4, churned pg_catalog.bool)
RETURNS @extschema@.sbg_state
AS 'MODULE_PATHNAME', 'sbg_fit_accum' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.sbg_fit_accum(@extschema@.sbg_state, pg_catalog.int4, pg_catalog.bool) IS 'transition of sbg_fit: count one customer';
CREATE FUNCTION @extschema@.sbg_fit_accum(state @extschema@.sbg_state, tenure pg_catalog.int4, churned pg_catalog.bool, customers pg_catalog.int8)
RETURNS @extschema@.sbg_state
AS 'MODULE_PATHNAME', 'sbg_fit_accum_weighted' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.sbg_fit_accum(@extschema@.sbg_state, pg_catalog.int4, pg_catalog.bool, pg_catalog.int8) IS 'transition of sbg_fit over a survivor table: count customers of one tenure and state';
CREATE FUNCTION @extschema@.sbg_fit_accum(state @extschema@.sbg_state, active_from pg_catalog.date, churned_on pg_catalog.date, observed_until pg_catalog.date, period pg_catalog.interval)
RETURNS @extschema@.sbg_state
AS 'MODULE_PATHNAME', 'sbg_fit_accum_date' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.sbg_fit_accum(@extschema@.sbg_state, pg_catalog.date, pg_catalog.date, pg_catalog.date, pg_catalog.interval) IS 'transition of sbg_fit over dates: count one customer, tenure in whole periods';
CREATE FUNCTION @extschema@.sbg_fit_combine(a @extschema@.sbg_state, b @extschema@.sbg_state)
RETURNS @extschema@.sbg_state
AS 'MODULE_PATHNAME', 'sbg_fit_combine' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.sbg_fit_combine(@extschema@.sbg_state, @extschema@.sbg_state) IS 'combine function of sbg_fit: merge two partial states';
CREATE FUNCTION @extschema@.sbg_fit_final(state @extschema@.sbg_state)
RETURNS @extschema@.sbg
AS 'MODULE_PATHNAME', 'sbg_fit_final' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.sbg_fit_final(@extschema@.sbg_state) IS 'final function of sbg_fit: maximum-likelihood alpha and beta';

CREATE AGGREGATE @extschema@.sbg_fit(tenure pg_catalog.int4, churned pg_catalog.bool) (
    SFUNC = @extschema@.sbg_fit_accum,
    STYPE = @extschema@.sbg_state,
    FINALFUNC = @extschema@.sbg_fit_final,
    COMBINEFUNC = @extschema@.sbg_fit_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.sbg_fit(pg_catalog.int4, pg_catalog.bool) IS 'shifted-beta-geometric retention model fitted to customers: tenure in periods, whether they churned';
CREATE AGGREGATE @extschema@.sbg_fit(tenure pg_catalog.int4, churned pg_catalog.bool, customers pg_catalog.int8) (
    SFUNC = @extschema@.sbg_fit_accum,
    STYPE = @extschema@.sbg_state,
    FINALFUNC = @extschema@.sbg_fit_final,
    COMBINEFUNC = @extschema@.sbg_fit_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.sbg_fit(pg_catalog.int4, pg_catalog.bool, pg_catalog.int8) IS 'shifted-beta-geometric retention model fitted to a survivor table: customers per tenure and state';
CREATE AGGREGATE @extschema@.sbg_fit(active_from pg_catalog.date, churned_on pg_catalog.date, observed_until pg_catalog.date, period pg_catalog.interval) (
    SFUNC = @extschema@.sbg_fit_accum,
    STYPE = @extschema@.sbg_state,
    FINALFUNC = @extschema@.sbg_fit_final,
    COMBINEFUNC = @extschema@.sbg_fit_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.sbg_fit(pg_catalog.date, pg_catalog.date, pg_catalog.date, pg_catalog.interval) IS 'shifted-beta-geometric retention model fitted to customers'' start and churn dates observed until a date, in periods of whole days or months';

CREATE FUNCTION @extschema@.sbg_survival(m @extschema@.sbg, t pg_catalog.int4)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'sbg_survival' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.sbg_survival(@extschema@.sbg, pg_catalog.int4) IS 'sBG survival S(t) = B(alpha, beta + t) / B(alpha, beta): share of new customers still there after t periods';
CREATE FUNCTION @extschema@.sbg_retention_rate(m @extschema@.sbg, t pg_catalog.int4)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'sbg_retention_rate' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.sbg_retention_rate(@extschema@.sbg, pg_catalog.int4) IS 'sBG retention rate r(t) = S(t) / S(t - 1) = (beta + t - 1) / (alpha + beta + t - 1), t >= 1 (a fraction)';
CREATE FUNCTION @extschema@.sbg_expected_lifetime(m @extschema@.sbg, discount_rate pg_catalog.float8 DEFAULT 0)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'sbg_expected_lifetime' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.sbg_expected_lifetime(@extschema@.sbg, pg_catalog.float8) IS 'sBG discounted expected lifetime of a new customer: sum over t >= 0 of S(t) / (1 + d)^t periods paid; NULL when infinite';
CREATE FUNCTION @extschema@.sbg_residual_lifetime(m @extschema@.sbg, tenure pg_catalog.int4, discount_rate pg_catalog.float8 DEFAULT 0)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'sbg_residual_lifetime' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.sbg_residual_lifetime(@extschema@.sbg, pg_catalog.int4, pg_catalog.float8) IS 'sBG discounted expected residual lifetime of a customer active after tenure periods: further periods paid; NULL when infinite';

-- Forms for the decimal literals that calls are written with
-- (sbg_expected_lifetime(m, 0.1)): such a call resolves exactly to pgcx,
-- never to a look-alike function in another schema of the search_path
-- that would take those types exactly.
CREATE FUNCTION @extschema@.sbg_expected_lifetime(m @extschema@.sbg, discount_rate pg_catalog.numeric)
RETURNS pg_catalog.float8
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$ SELECT @extschema@.sbg_expected_lifetime(m, discount_rate::pg_catalog.float8) $$;
COMMENT ON FUNCTION @extschema@.sbg_expected_lifetime(@extschema@.sbg, pg_catalog.numeric) IS 'sbg_expected_lifetime(m, discount_rate) for decimal literals';
CREATE FUNCTION @extschema@.sbg_residual_lifetime(m @extschema@.sbg, tenure pg_catalog.int4, discount_rate pg_catalog.numeric)
RETURNS pg_catalog.float8
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$ SELECT @extschema@.sbg_residual_lifetime(m, tenure, discount_rate::pg_catalog.float8) $$;
COMMENT ON FUNCTION @extschema@.sbg_residual_lifetime(@extschema@.sbg, pg_catalog.int4, pg_catalog.numeric) IS 'sbg_residual_lifetime(m, tenure, discount_rate) for decimal literals';
