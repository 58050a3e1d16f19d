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
