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
