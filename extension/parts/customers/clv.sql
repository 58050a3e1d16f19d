
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
-- search_path that would take those types exactly.  They are C functions
-- that call the numeric form's code, so that its errors carry no CONTEXT
-- line of a SQL function.
CREATE FUNCTION @extschema@.clv(avg_basket pg_catalog.int4, purchase_frequency pg_catalog.int4, lifespan pg_catalog.int4)
RETURNS pg_catalog.numeric
AS 'MODULE_PATHNAME', 'clv_int4' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.clv(pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'clv(avg_basket, purchase_frequency, lifespan) for integer literals (exact)';
CREATE FUNCTION @extschema@.clv(avg_basket pg_catalog.int4, purchase_frequency pg_catalog.int4, lifespan pg_catalog.int4, margin pg_catalog.numeric, discount_rate pg_catalog.numeric)
RETURNS pg_catalog.numeric
AS 'MODULE_PATHNAME', 'clv_discounted_int4' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.clv(pg_catalog.int4, pg_catalog.int4, pg_catalog.int4, pg_catalog.numeric, pg_catalog.numeric) IS 'clv(avg_basket, purchase_frequency, lifespan, margin, discount_rate) for integer amounts (exact)';
CREATE FUNCTION @extschema@.clv(avg_basket pg_catalog.int4, purchase_frequency pg_catalog.int4, lifespan pg_catalog.int4, margin pg_catalog.numeric, discount_rate pg_catalog.int4)
RETURNS pg_catalog.numeric
AS 'MODULE_PATHNAME', 'clv_discounted_int4_rate_int4' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.clv(pg_catalog.int4, pg_catalog.int4, pg_catalog.int4, pg_catalog.numeric, pg_catalog.int4) IS 'clv(avg_basket, purchase_frequency, lifespan, margin, discount_rate) for integer amounts (exact)';
