
------------------------------------------------------------------------
-- attrition and retention
------------------------------------------------------------------------

CREATE FUNCTION @extschema@.attrition(lost pg_catalog.int8, at_start pg_catalog.int8)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'attrition_rate' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.attrition(pg_catalog.int8, pg_catalog.int8) IS 'attrition rate: 100 x lost / customers at the start of the period; NULL when at_start = 0';

CREATE FUNCTION @extschema@.retention_rate(at_start pg_catalog.int8, at_end pg_catalog.int8, acquired pg_catalog.int8)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'attrition_retention_rate' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.retention_rate(pg_catalog.int8, pg_catalog.int8, pg_catalog.int8) IS 'retention rate: 100 x (at_end - acquired) / at_start; NULL when at_start = 0';

CREATE FUNCTION @extschema@.annualize_attrition(rate pg_catalog.float8, period_days pg_catalog.float8)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'attrition_annualize' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.annualize_attrition(pg_catalog.float8, pg_catalog.float8) IS 'yearly attrition of a rate measured over period_days: 100 x (1 - (1 - rate/100)^(365/period_days))';

CREATE TYPE @extschema@.attrition_state;
CREATE FUNCTION @extschema@.attrition_state_in(input pg_catalog.cstring)
RETURNS @extschema@.attrition_state
AS 'MODULE_PATHNAME', 'attrition_state_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.attrition_state_out(value @extschema@.attrition_state)
RETURNS pg_catalog.cstring
AS 'MODULE_PATHNAME', 'attrition_state_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.attrition_state_recv(buf pg_catalog.internal)
RETURNS @extschema@.attrition_state
AS 'MODULE_PATHNAME', 'attrition_state_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.attrition_state_send(value @extschema@.attrition_state)
RETURNS pg_catalog.bytea
AS 'MODULE_PATHNAME', 'attrition_state_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE TYPE @extschema@.attrition_state (
    INPUT = @extschema@.attrition_state_in,
    OUTPUT = @extschema@.attrition_state_out,
    RECEIVE = @extschema@.attrition_state_recv,
    SEND = @extschema@.attrition_state_send,
    INTERNALLENGTH = 40,
    ALIGNMENT = double
);
COMMENT ON TYPE @extschema@.attrition_state IS 'transition state of attrition_agg: the period and the customers active at its start and lost in it';
COMMENT ON FUNCTION @extschema@.attrition_state_in(pg_catalog.cstring) IS 'text input of attrition_state';
COMMENT ON FUNCTION @extschema@.attrition_state_out(@extschema@.attrition_state) IS 'text output of attrition_state';
COMMENT ON FUNCTION @extschema@.attrition_state_recv(pg_catalog.internal) IS 'binary input of attrition_state, validated';
COMMENT ON FUNCTION @extschema@.attrition_state_send(@extschema@.attrition_state) IS 'binary output of attrition_state';

CREATE FUNCTION @extschema@.attrition_agg_accum(state @extschema@.attrition_state, active_from pg_catalog.date, churned_on pg_catalog.date, period pg_catalog.daterange)
RETURNS @extschema@.attrition_state
AS 'MODULE_PATHNAME', 'attrition_agg_accum_date' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.attrition_agg_accum(@extschema@.attrition_state, pg_catalog.date, pg_catalog.date, pg_catalog.daterange) IS 'transition of attrition_agg over dates: count one customer';
CREATE FUNCTION @extschema@.attrition_agg_accum(state @extschema@.attrition_state, active_from pg_catalog.timestamptz, churned_on pg_catalog.timestamptz, period pg_catalog.tstzrange)
RETURNS @extschema@.attrition_state
AS 'MODULE_PATHNAME', 'attrition_agg_accum_tstz' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.attrition_agg_accum(@extschema@.attrition_state, pg_catalog.timestamptz, pg_catalog.timestamptz, pg_catalog.tstzrange) IS 'transition of attrition_agg over timestamps: count one customer';
CREATE FUNCTION @extschema@.attrition_agg_combine(a @extschema@.attrition_state, b @extschema@.attrition_state)
RETURNS @extschema@.attrition_state
AS 'MODULE_PATHNAME', 'attrition_agg_combine' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.attrition_agg_combine(@extschema@.attrition_state, @extschema@.attrition_state) IS 'combine function of attrition_agg: add two partial counts';
CREATE FUNCTION @extschema@.attrition_agg_final(state @extschema@.attrition_state)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'attrition_agg_final' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.attrition_agg_final(@extschema@.attrition_state) IS 'final function of attrition_agg: 100 x lost / active at start';

CREATE AGGREGATE @extschema@.attrition_agg(active_from pg_catalog.date, churned_on pg_catalog.date, period pg_catalog.daterange) (
    SFUNC = @extschema@.attrition_agg_accum,
    STYPE = @extschema@.attrition_state,
    FINALFUNC = @extschema@.attrition_agg_final,
    COMBINEFUNC = @extschema@.attrition_agg_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.attrition_agg(pg_catalog.date, pg_catalog.date, pg_catalog.daterange) IS 'attrition over a period: share of the customers active at its start who churned before its end';
CREATE AGGREGATE @extschema@.attrition_agg(active_from pg_catalog.timestamptz, churned_on pg_catalog.timestamptz, period pg_catalog.tstzrange) (
    SFUNC = @extschema@.attrition_agg_accum,
    STYPE = @extschema@.attrition_state,
    FINALFUNC = @extschema@.attrition_agg_final,
    COMBINEFUNC = @extschema@.attrition_agg_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.attrition_agg(pg_catalog.timestamptz, pg_catalog.timestamptz, pg_catalog.tstzrange) IS 'attrition over a period: share of the customers active at its start who churned before its end';

-- attrition_agg over timestamp without time zone: timestamps compared as
-- they are, whatever the session's TimeZone (the implicit cast to
-- timestamptz would shift them by it).
CREATE FUNCTION @extschema@.attrition_agg_accum(state @extschema@.attrition_state, active_from pg_catalog.timestamp, churned_on pg_catalog.timestamp, period pg_catalog.tsrange)
RETURNS @extschema@.attrition_state
AS 'MODULE_PATHNAME', 'attrition_agg_accum_ts' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.attrition_agg_accum(@extschema@.attrition_state, pg_catalog.timestamp, pg_catalog.timestamp, pg_catalog.tsrange) IS 'transition of attrition_agg over timestamps without time zone: count one customer';
CREATE AGGREGATE @extschema@.attrition_agg(active_from pg_catalog.timestamp, churned_on pg_catalog.timestamp, period pg_catalog.tsrange) (
    SFUNC = @extschema@.attrition_agg_accum,
    STYPE = @extschema@.attrition_state,
    FINALFUNC = @extschema@.attrition_agg_final,
    COMBINEFUNC = @extschema@.attrition_agg_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.attrition_agg(pg_catalog.timestamp, pg_catalog.timestamp, pg_catalog.tsrange) IS 'attrition over a period: share of the customers active at its start who churned before its end';

-- Forms for the integer and decimal literals that calls are written with
-- (attrition(2, 10), annualize_attrition(5, 91.25)): such a call resolves
-- exactly to pgcx, never to a look-alike function in another schema of the
-- search_path that would take those types exactly.  They are C functions
-- that call the main form's code, so that its errors carry no CONTEXT line
-- of a SQL function.
CREATE FUNCTION @extschema@.attrition(lost pg_catalog.int4, at_start pg_catalog.int4)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'attrition_rate_int4' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.attrition(pg_catalog.int4, pg_catalog.int4) IS 'attrition(lost, at_start) for integer arguments';
CREATE FUNCTION @extschema@.retention_rate(at_start pg_catalog.int4, at_end pg_catalog.int4, acquired pg_catalog.int4)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'attrition_retention_rate_int4' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.retention_rate(pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'retention_rate(at_start, at_end, acquired) for integer arguments';
CREATE FUNCTION @extschema@.annualize_attrition(rate pg_catalog.int4, period_days pg_catalog.numeric)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'attrition_annualize_int4_numeric' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.annualize_attrition(pg_catalog.int4, pg_catalog.numeric) IS 'annualize_attrition(rate, period_days) for integer and decimal literals';
CREATE FUNCTION @extschema@.annualize_attrition(rate pg_catalog.numeric, period_days pg_catalog.numeric)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'attrition_annualize_numeric' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.annualize_attrition(pg_catalog.numeric, pg_catalog.numeric) IS 'annualize_attrition(rate, period_days) for integer and decimal literals';

-- Forms for parameters of unknown type (drivers such as node's pg send
-- them untyped): PostgreSQL prefers double precision among the numeric
-- candidates, so attrition($1, $2) and retention_rate($1, $2, $3) resolve
-- here instead of being ambiguous between the int4 and int8 forms.  They
-- take whole counts; anything else is ERROR 22023.
CREATE FUNCTION @extschema@.attrition(lost pg_catalog.float8, at_start pg_catalog.float8)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'attrition_rate_float8' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.attrition(pg_catalog.float8, pg_catalog.float8) IS 'attrition(lost, at_start) for whole counts given as double precision (parameters of unknown type); other values are errors';
CREATE FUNCTION @extschema@.retention_rate(at_start pg_catalog.float8, at_end pg_catalog.float8, acquired pg_catalog.float8)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'attrition_retention_rate_float8' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.retention_rate(pg_catalog.float8, pg_catalog.float8, pg_catalog.float8) IS 'retention_rate(at_start, at_end, acquired) for whole counts given as double precision (parameters of unknown type); other values are errors';

-- attrition_stats: the counts behind attrition over a period.  Its state is
-- an int8[] {1, kind, lower, upper, at_start, lost, gained, at_end},
-- validated on every read.
CREATE TYPE @extschema@.attrition_stats AS (
    at_start pg_catalog.int8,
    lost pg_catalog.int8,
    gained pg_catalog.int8,
    at_end pg_catalog.int8,
    attrition pg_catalog.float8
);
COMMENT ON TYPE @extschema@.attrition_stats IS 'customers at the start of a period, lost during it, gained during it and still there at its end, at the end, and the attrition percentage (at_end = at_start - lost + gained)';
CREATE FUNCTION @extschema@.attrition_stats_accum(state pg_catalog.int8[], active_from pg_catalog.date, churned_on pg_catalog.date, period pg_catalog.daterange)
RETURNS pg_catalog.int8[]
AS 'MODULE_PATHNAME', 'attrition_stats_accum_date' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.attrition_stats_accum(pg_catalog.int8[], pg_catalog.date, pg_catalog.date, pg_catalog.daterange) IS 'transition of attrition_stats over dates: count one customer';
CREATE FUNCTION @extschema@.attrition_stats_accum(state pg_catalog.int8[], active_from pg_catalog.timestamptz, churned_on pg_catalog.timestamptz, period pg_catalog.tstzrange)
RETURNS pg_catalog.int8[]
AS 'MODULE_PATHNAME', 'attrition_stats_accum_tstz' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.attrition_stats_accum(pg_catalog.int8[], pg_catalog.timestamptz, pg_catalog.timestamptz, pg_catalog.tstzrange) IS 'transition of attrition_stats over timestamps: count one customer';
CREATE FUNCTION @extschema@.attrition_stats_accum(state pg_catalog.int8[], active_from pg_catalog.timestamp, churned_on pg_catalog.timestamp, period pg_catalog.tsrange)
RETURNS pg_catalog.int8[]
AS 'MODULE_PATHNAME', 'attrition_stats_accum_ts' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.attrition_stats_accum(pg_catalog.int8[], pg_catalog.timestamp, pg_catalog.timestamp, pg_catalog.tsrange) IS 'transition of attrition_stats over timestamps without time zone: count one customer';
CREATE FUNCTION @extschema@.attrition_stats_combine(a pg_catalog.int8[], b pg_catalog.int8[])
RETURNS pg_catalog.int8[]
AS 'MODULE_PATHNAME', 'attrition_stats_combine' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.attrition_stats_combine(pg_catalog.int8[], pg_catalog.int8[]) IS 'combine function of attrition_stats: add two partial counts';
CREATE FUNCTION @extschema@.attrition_stats_final(state pg_catalog.int8[])
RETURNS @extschema@.attrition_stats
AS 'MODULE_PATHNAME', 'attrition_stats_final' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.attrition_stats_final(pg_catalog.int8[]) IS 'final function of attrition_stats: the counts and the attrition percentage';
CREATE AGGREGATE @extschema@.attrition_stats(active_from pg_catalog.date, churned_on pg_catalog.date, period pg_catalog.daterange) (
    SFUNC = @extschema@.attrition_stats_accum,
    STYPE = pg_catalog.int8[],
    FINALFUNC = @extschema@.attrition_stats_final,
    COMBINEFUNC = @extschema@.attrition_stats_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.attrition_stats(pg_catalog.date, pg_catalog.date, pg_catalog.daterange) IS 'customers at the start of a period, lost, gained (joined inside and still there at its end; one who joins and leaves inside counts as neither), at the end, and attrition_agg''s percentage';
CREATE AGGREGATE @extschema@.attrition_stats(active_from pg_catalog.timestamptz, churned_on pg_catalog.timestamptz, period pg_catalog.tstzrange) (
    SFUNC = @extschema@.attrition_stats_accum,
    STYPE = pg_catalog.int8[],
    FINALFUNC = @extschema@.attrition_stats_final,
    COMBINEFUNC = @extschema@.attrition_stats_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.attrition_stats(pg_catalog.timestamptz, pg_catalog.timestamptz, pg_catalog.tstzrange) IS 'customers at the start of a period, lost, gained (joined inside and still there at its end; one who joins and leaves inside counts as neither), at the end, and attrition_agg''s percentage';
CREATE AGGREGATE @extschema@.attrition_stats(active_from pg_catalog.timestamp, churned_on pg_catalog.timestamp, period pg_catalog.tsrange) (
    SFUNC = @extschema@.attrition_stats_accum,
    STYPE = pg_catalog.int8[],
    FINALFUNC = @extschema@.attrition_stats_final,
    COMBINEFUNC = @extschema@.attrition_stats_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.attrition_stats(pg_catalog.timestamp, pg_catalog.timestamp, pg_catalog.tsrange) IS 'customers at the start of a period, lost, gained (joined inside and still there at its end; one who joins and leaves inside counts as neither), at the end, and attrition_agg''s percentage';
