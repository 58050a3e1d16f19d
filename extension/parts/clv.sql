
------------------------------------------------------------------------
-- customer lifetime value by formula
------------------------------------------------------------------------

CREATE FUNCTION @extschema@.clv(pg_catalog.numeric, pg_catalog.numeric, pg_catalog.numeric)
RETURNS pg_catalog.numeric
AS 'MODULE_PATHNAME', 'clv_numeric' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.clv(pg_catalog.numeric, pg_catalog.numeric, pg_catalog.numeric) IS 'customer lifetime value: avg_basket x purchase_frequency x lifespan (exact)';
CREATE FUNCTION @extschema@.clv(pg_catalog.float8, pg_catalog.float8, pg_catalog.float8)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'clv_float8' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.clv(pg_catalog.float8, pg_catalog.float8, pg_catalog.float8) IS 'customer lifetime value: avg_basket x purchase_frequency x lifespan';
CREATE FUNCTION @extschema@.clv(pg_catalog.numeric, pg_catalog.numeric, pg_catalog.numeric, pg_catalog.numeric, pg_catalog.numeric)
RETURNS pg_catalog.numeric
AS 'MODULE_PATHNAME', 'clv_discounted_numeric' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.clv(pg_catalog.numeric, pg_catalog.numeric, pg_catalog.numeric, pg_catalog.numeric, pg_catalog.numeric) IS 'discounted customer lifetime value: margin x basket x frequency per unit over lifespan units at discount_rate per unit';
CREATE FUNCTION @extschema@.clv(pg_catalog.float8, pg_catalog.float8, pg_catalog.float8, pg_catalog.float8, pg_catalog.float8)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'clv_discounted_float8' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.clv(pg_catalog.float8, pg_catalog.float8, pg_catalog.float8, pg_catalog.float8, pg_catalog.float8) IS 'discounted customer lifetime value (float8)';
