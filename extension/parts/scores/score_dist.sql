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
AS 'MODULE_PATHNAME', 'score_dist_csat_v2' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.csat(@extschema@.score_dist) IS 'percentage of answers in the top two boxes of the scale; a 0-10 value whose answers all lie at or below 7 is refused';

CREATE FUNCTION @extschema@.top_box(d @extschema@.score_dist, k pg_catalog.int4)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'score_dist_top_box_v2' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.top_box(@extschema@.score_dist, pg_catalog.int4) IS 'percentage of answers among the k highest scores; a 0-10 value whose answers all lie at or below 7 is refused';

CREATE FUNCTION @extschema@.bottom_box(d @extschema@.score_dist, k pg_catalog.int4)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'score_dist_bottom_box_v2' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.bottom_box(@extschema@.score_dist, pg_catalog.int4) IS 'percentage of answers among the k lowest scores; a 0-10 value whose answers all lie at or below 7 is refused';

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
