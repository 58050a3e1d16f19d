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
