-- ---------------------------------------------------------------------
-- Key drivers: which part of the experience moves an outcome.
--
-- driver_stats(outcome, drivers[] [, weight]) gathers, in one parallel and
-- splittable scan, the sufficient statistics of an outcome and its drivers
-- (exact 128-bit sums for unweighted integer answers); key_drivers(stats,
-- names) ranks the drivers by their Shapley value (LMG), relative weight,
-- first and last contributions to R², with their standardized coefficient.
-- ---------------------------------------------------------------------

CREATE TYPE @extschema@.driver_stats;

CREATE FUNCTION @extschema@.driver_stats_in(pg_catalog.cstring)
RETURNS @extschema@.driver_stats
AS 'MODULE_PATHNAME', 'driver_stats_in'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.driver_stats_out(@extschema@.driver_stats)
RETURNS pg_catalog.cstring
AS 'MODULE_PATHNAME', 'driver_stats_out'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.driver_stats_recv(pg_catalog.internal)
RETURNS @extschema@.driver_stats
AS 'MODULE_PATHNAME', 'driver_stats_recv'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.driver_stats_send(@extschema@.driver_stats)
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
COMMENT ON TYPE @extschema@.driver_stats IS 'sufficient statistics of an outcome and its drivers (n, sums and cross products, exact for integer answers), read by key_drivers';

CREATE FUNCTION @extschema@.driver_stats_trans(@extschema@.driver_stats, pg_catalog.int2, pg_catalog.int2[])
RETURNS @extschema@.driver_stats
AS 'MODULE_PATHNAME', 'driver_stats_trans'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.driver_stats_trans(@extschema@.driver_stats, pg_catalog.int4, pg_catalog.int4[])
RETURNS @extschema@.driver_stats
AS 'MODULE_PATHNAME', 'driver_stats_trans'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.driver_stats_trans(@extschema@.driver_stats, pg_catalog.int8, pg_catalog.int8[])
RETURNS @extschema@.driver_stats
AS 'MODULE_PATHNAME', 'driver_stats_trans'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.driver_stats_trans(@extschema@.driver_stats, pg_catalog.float8, pg_catalog.float8[])
RETURNS @extschema@.driver_stats
AS 'MODULE_PATHNAME', 'driver_stats_trans'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.driver_stats_trans(@extschema@.driver_stats, pg_catalog.float8, pg_catalog.float8[], pg_catalog.float8)
RETURNS @extschema@.driver_stats
AS 'MODULE_PATHNAME', 'driver_stats_trans_weighted'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.driver_stats_inverse(@extschema@.driver_stats, pg_catalog.int2, pg_catalog.int2[])
RETURNS @extschema@.driver_stats
AS 'MODULE_PATHNAME', 'driver_stats_inverse'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.driver_stats_inverse(@extschema@.driver_stats, pg_catalog.int4, pg_catalog.int4[])
RETURNS @extschema@.driver_stats
AS 'MODULE_PATHNAME', 'driver_stats_inverse'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.driver_stats_inverse(@extschema@.driver_stats, pg_catalog.int8, pg_catalog.int8[])
RETURNS @extschema@.driver_stats
AS 'MODULE_PATHNAME', 'driver_stats_inverse'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.driver_stats_combine(@extschema@.driver_stats, @extschema@.driver_stats)
RETURNS @extschema@.driver_stats
AS 'MODULE_PATHNAME', 'driver_stats_combine'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

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

CREATE FUNCTION @extschema@.key_drivers(stats @extschema@.driver_stats, names pg_catalog.text[],
    OUT driver pg_catalog.text, OUT shapley pg_catalog.float8, OUT shapley_pct pg_catalog.float8,
    OUT relative_weight pg_catalog.float8, OUT relative_weight_pct pg_catalog.float8,
    OUT first pg_catalog.float8, OUT last pg_catalog.float8, OUT beta pg_catalog.float8,
    OUT r2 pg_catalog.float8, OUT n pg_catalog.int8, OUT skipped pg_catalog.int8)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'key_drivers'
LANGUAGE C IMMUTABLE PARALLEL SAFE ROWS 10;
