
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
