
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
AS 'MODULE_PATHNAME', 'sbg_fit_accum_date_v2' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.sbg_fit_accum(@extschema@.sbg_state, pg_catalog.date, pg_catalog.date, pg_catalog.date, pg_catalog.interval) IS 'transition of sbg_fit over dates: count one customer, tenure in whole periods';
CREATE FUNCTION @extschema@.sbg_fit_combine(a @extschema@.sbg_state, b @extschema@.sbg_state)
RETURNS @extschema@.sbg_state
AS 'MODULE_PATHNAME', 'sbg_fit_combine' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.sbg_fit_combine(@extschema@.sbg_state, @extschema@.sbg_state) IS 'combine function of sbg_fit: merge two partial states';
CREATE FUNCTION @extschema@.sbg_fit_final(state @extschema@.sbg_state)
RETURNS @extschema@.sbg
AS 'MODULE_PATHNAME', 'sbg_fit_final_v2' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
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
AS 'MODULE_PATHNAME', 'sbg_survival_v2' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.sbg_survival(@extschema@.sbg, pg_catalog.int4) IS 'sBG survival S(t) = B(alpha, beta + t) / B(alpha, beta): share of new customers still there after t periods';
CREATE FUNCTION @extschema@.sbg_retention_rate(m @extschema@.sbg, t pg_catalog.int4)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'sbg_retention_rate_v2' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.sbg_retention_rate(@extschema@.sbg, pg_catalog.int4) IS 'sBG retention rate r(t) = S(t) / S(t - 1) = (beta + t - 1) / (alpha + beta + t - 1), t >= 1 (a fraction)';
CREATE FUNCTION @extschema@.sbg_expected_lifetime(m @extschema@.sbg, discount_rate pg_catalog.float8 DEFAULT 0)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'sbg_expected_lifetime_v2' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.sbg_expected_lifetime(@extschema@.sbg, pg_catalog.float8) IS 'sBG discounted expected lifetime of a new customer: sum over t >= 0 of S(t) / (1 + d)^t periods paid; NULL when infinite';
CREATE FUNCTION @extschema@.sbg_residual_lifetime(m @extschema@.sbg, tenure pg_catalog.int4, discount_rate pg_catalog.float8 DEFAULT 0)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'sbg_residual_lifetime_v2' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.sbg_residual_lifetime(@extschema@.sbg, pg_catalog.int4, pg_catalog.float8) IS 'sBG discounted expected residual lifetime of a customer active after tenure periods: further periods paid; NULL when infinite';
CREATE FUNCTION @extschema@.sbg_derl(m @extschema@.sbg, renewals pg_catalog.int4, discount_rate pg_catalog.float8 DEFAULT 0)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'sbg_derl' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.sbg_derl(@extschema@.sbg, pg_catalog.int4, pg_catalog.float8) IS 'sBG DERL of Fader & Hardie (2010) for a customer who has made renewals renewals: the renewal about to be decided counted undiscounted, (1 + d) x sbg_residual_lifetime; NULL when infinite';

-- Forms for the decimal literals that calls are written with
-- (sbg_expected_lifetime(m, 0.1)): such a call resolves exactly to pgcx,
-- never to a look-alike function in another schema of the search_path
-- that would take those types exactly.  They are C functions that call the
-- float8 form's code, so that its errors carry no CONTEXT line of a SQL
-- function.
CREATE FUNCTION @extschema@.sbg_expected_lifetime(m @extschema@.sbg, discount_rate pg_catalog.numeric)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'sbg_expected_lifetime_numeric' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.sbg_expected_lifetime(@extschema@.sbg, pg_catalog.numeric) IS 'sbg_expected_lifetime(m, discount_rate) for decimal literals';
CREATE FUNCTION @extschema@.sbg_residual_lifetime(m @extschema@.sbg, tenure pg_catalog.int4, discount_rate pg_catalog.numeric)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'sbg_residual_lifetime_numeric' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.sbg_residual_lifetime(@extschema@.sbg, pg_catalog.int4, pg_catalog.numeric) IS 'sbg_residual_lifetime(m, tenure, discount_rate) for decimal literals';
CREATE FUNCTION @extschema@.sbg_derl(m @extschema@.sbg, renewals pg_catalog.int4, discount_rate pg_catalog.numeric)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'sbg_derl_numeric' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.sbg_derl(@extschema@.sbg, pg_catalog.int4, pg_catalog.numeric) IS 'sbg_derl(m, renewals, discount_rate) for decimal literals';
