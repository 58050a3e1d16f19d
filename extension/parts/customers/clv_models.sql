
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
AS 'MODULE_PATHNAME', 'rfm_agg_final_v2' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
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
AS 'MODULE_PATHNAME', 'bgnbd_fit_final_v2' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
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
AS 'MODULE_PATHNAME', 'bgnbd_expected_purchases_v2' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
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
AS 'MODULE_PATHNAME', 'gamma_gamma_fit_final_v2' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
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
AS 'MODULE_PATHNAME', 'gamma_gamma_expected_spend_v2' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gamma_gamma_expected_spend(@extschema@.gamma_gamma, pg_catalog.float8, pg_catalog.float8) IS 'expected mean spend per purchase of a customer (Gamma-Gamma); NULL when the model has no finite mean';

CREATE FUNCTION @extschema@.clv_predict(bg @extschema@.bgnbd, gg @extschema@.gamma_gamma, frequency pg_catalog.float8, recency pg_catalog.float8, t pg_catalog.float8, monetary pg_catalog.float8, horizon pg_catalog.int4, discount_rate pg_catalog.float8)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'clv_predict_v2' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.clv_predict(@extschema@.bgnbd, @extschema@.gamma_gamma, pg_catalog.float8, pg_catalog.float8, pg_catalog.float8, pg_catalog.float8, pg_catalog.int4, pg_catalog.float8) IS 'customer lifetime value over the next horizon units: expected spend per unit from BG/NBD and Gamma-Gamma, discounted at discount_rate per unit';
