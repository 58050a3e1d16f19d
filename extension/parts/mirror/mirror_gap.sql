
------------------------------------------------------------------------
-- mirror_gap: the same question put to customers, employees and managers
------------------------------------------------------------------------

CREATE TYPE @extschema@.mirror_state;

CREATE FUNCTION @extschema@.mirror_state_in(input pg_catalog.cstring)
RETURNS @extschema@.mirror_state
AS 'MODULE_PATHNAME', 'mirror_state_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.mirror_state_out(value @extschema@.mirror_state)
RETURNS pg_catalog.cstring
AS 'MODULE_PATHNAME', 'mirror_state_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.mirror_state_recv(buf pg_catalog.internal)
RETURNS @extschema@.mirror_state
AS 'MODULE_PATHNAME', 'mirror_state_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.mirror_state_send(value @extschema@.mirror_state)
RETURNS pg_catalog.bytea
AS 'MODULE_PATHNAME', 'mirror_state_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE @extschema@.mirror_state (
    INPUT = @extschema@.mirror_state_in,
    OUTPUT = @extschema@.mirror_state_out,
    RECEIVE = @extschema@.mirror_state_recv,
    SEND = @extschema@.mirror_state_send,
    INTERNALLENGTH = VARIABLE,
    ALIGNMENT = double,
    STORAGE = plain
);
COMMENT ON TYPE @extschema@.mirror_state IS 'transition state of mirror_gap: answers per audience and integer score 0..100';
COMMENT ON FUNCTION @extschema@.mirror_state_in(pg_catalog.cstring) IS 'text input of mirror_state';
COMMENT ON FUNCTION @extschema@.mirror_state_out(@extschema@.mirror_state) IS 'text output of mirror_state';
COMMENT ON FUNCTION @extschema@.mirror_state_recv(pg_catalog.internal) IS 'binary input of mirror_state, validated';
COMMENT ON FUNCTION @extschema@.mirror_state_send(@extschema@.mirror_state) IS 'binary output of mirror_state';

CREATE TYPE @extschema@.mirror_gap AS (
    customer_n bigint,
    employee_n bigint,
    manager_n bigint,
    customer_value float8,
    employee_value float8,
    manager_value float8,
    gap float8,
    gap_ci_low float8,
    gap_ci_high float8,
    leadership_gap float8
);
COMMENT ON TYPE @extschema@.mirror_gap IS 'values per audience, employee - customer gap with its 95 % interval, manager - employee gap';

CREATE FUNCTION @extschema@.mirror_gap_accum(state @extschema@.mirror_state, audience pg_catalog.text, score pg_catalog.numeric)
RETURNS @extschema@.mirror_state
AS 'MODULE_PATHNAME', 'mirror_gap_accum' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mirror_gap_accum(@extschema@.mirror_state, pg_catalog.text, pg_catalog.numeric) IS 'transition of mirror_gap(audience, score): count one answer';
CREATE FUNCTION @extschema@.mirror_gap_unaccum(state @extschema@.mirror_state, audience pg_catalog.text, score pg_catalog.numeric)
RETURNS @extschema@.mirror_state
AS 'MODULE_PATHNAME', 'mirror_gap_unaccum' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mirror_gap_unaccum(@extschema@.mirror_state, pg_catalog.text, pg_catalog.numeric) IS 'inverse transition of mirror_gap(audience, score)';
CREATE FUNCTION @extschema@.mirror_gap_accum(state @extschema@.mirror_state, audience pg_catalog.text, score pg_catalog.numeric, metric pg_catalog.text)
RETURNS @extschema@.mirror_state
AS 'MODULE_PATHNAME', 'mirror_gap_accum' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mirror_gap_accum(@extschema@.mirror_state, pg_catalog.text, pg_catalog.numeric, pg_catalog.text) IS 'transition of mirror_gap(audience, score, metric): count one answer';
CREATE FUNCTION @extschema@.mirror_gap_unaccum(state @extschema@.mirror_state, audience pg_catalog.text, score pg_catalog.numeric, metric pg_catalog.text)
RETURNS @extschema@.mirror_state
AS 'MODULE_PATHNAME', 'mirror_gap_unaccum' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mirror_gap_unaccum(@extschema@.mirror_state, pg_catalog.text, pg_catalog.numeric, pg_catalog.text) IS 'inverse transition of mirror_gap(audience, score, metric)';
CREATE FUNCTION @extschema@.mirror_gap_combine(a @extschema@.mirror_state, b @extschema@.mirror_state)
RETURNS @extschema@.mirror_state
AS 'MODULE_PATHNAME', 'mirror_gap_combine' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mirror_gap_combine(@extschema@.mirror_state, @extschema@.mirror_state) IS 'combine function of mirror_gap: add the counts of two partial states';
CREATE FUNCTION @extschema@.mirror_gap_final(state @extschema@.mirror_state)
RETURNS @extschema@.mirror_gap
AS 'MODULE_PATHNAME', 'mirror_gap_final_v2' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mirror_gap_final(@extschema@.mirror_state) IS 'final function of mirror_gap: values, gaps and the 95 % interval of the gap';

CREATE AGGREGATE @extschema@.mirror_gap(audience pg_catalog.text, score pg_catalog.numeric) (
    SFUNC = @extschema@.mirror_gap_accum,
    STYPE = @extschema@.mirror_state,
    FINALFUNC = @extschema@.mirror_gap_final,
    COMBINEFUNC = @extschema@.mirror_gap_combine,
    MSFUNC = @extschema@.mirror_gap_accum,
    MINVFUNC = @extschema@.mirror_gap_unaccum,
    MSTYPE = @extschema@.mirror_state,
    MFINALFUNC = @extschema@.mirror_gap_final,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.mirror_gap(pg_catalog.text, pg_catalog.numeric) IS 'mirror gap of mean answers (integer scores 0..100) between customers, employees and managers';

CREATE AGGREGATE @extschema@.mirror_gap(audience pg_catalog.text, score pg_catalog.numeric, metric pg_catalog.text) (
    SFUNC = @extschema@.mirror_gap_accum,
    STYPE = @extschema@.mirror_state,
    FINALFUNC = @extschema@.mirror_gap_final,
    COMBINEFUNC = @extschema@.mirror_gap_combine,
    MSFUNC = @extschema@.mirror_gap_accum,
    MINVFUNC = @extschema@.mirror_gap_unaccum,
    MSTYPE = @extschema@.mirror_state,
    MFINALFUNC = @extschema@.mirror_gap_final,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.mirror_gap(pg_catalog.text, pg_catalog.numeric, pg_catalog.text) IS 'mirror gap with metric mean, nps (0-10: NPS vs eNPS) or top2 (1-5 top-two-box share)';

-- mirror_gap over smallint, integer and bigint scores: the exact forms for
-- integer columns and literals (mirror_gap(audience, 7)), so that no
-- look-alike taking integers in another schema is chosen instead.
CREATE FUNCTION @extschema@.mirror_gap_accum(state @extschema@.mirror_state, audience pg_catalog.text, score pg_catalog.int2)
RETURNS @extschema@.mirror_state
AS 'MODULE_PATHNAME', 'mirror_gap_accum_int2' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mirror_gap_accum(@extschema@.mirror_state, pg_catalog.text, pg_catalog.int2) IS 'transition of mirror_gap(audience, score): count one answer';

CREATE FUNCTION @extschema@.mirror_gap_unaccum(state @extschema@.mirror_state, audience pg_catalog.text, score pg_catalog.int2)
RETURNS @extschema@.mirror_state
AS 'MODULE_PATHNAME', 'mirror_gap_unaccum_int2' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mirror_gap_unaccum(@extschema@.mirror_state, pg_catalog.text, pg_catalog.int2) IS 'inverse transition of mirror_gap(audience, score)';

CREATE FUNCTION @extschema@.mirror_gap_accum(state @extschema@.mirror_state, audience pg_catalog.text, score pg_catalog.int2, metric pg_catalog.text)
RETURNS @extschema@.mirror_state
AS 'MODULE_PATHNAME', 'mirror_gap_accum_int2' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mirror_gap_accum(@extschema@.mirror_state, pg_catalog.text, pg_catalog.int2, pg_catalog.text) IS 'transition of mirror_gap(audience, score, metric): count one answer';

CREATE FUNCTION @extschema@.mirror_gap_unaccum(state @extschema@.mirror_state, audience pg_catalog.text, score pg_catalog.int2, metric pg_catalog.text)
RETURNS @extschema@.mirror_state
AS 'MODULE_PATHNAME', 'mirror_gap_unaccum_int2' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mirror_gap_unaccum(@extschema@.mirror_state, pg_catalog.text, pg_catalog.int2, pg_catalog.text) IS 'inverse transition of mirror_gap(audience, score, metric)';

CREATE AGGREGATE @extschema@.mirror_gap(audience pg_catalog.text, score pg_catalog.int2) (
    SFUNC = @extschema@.mirror_gap_accum,
    STYPE = @extschema@.mirror_state,
    FINALFUNC = @extschema@.mirror_gap_final,
    COMBINEFUNC = @extschema@.mirror_gap_combine,
    MSFUNC = @extschema@.mirror_gap_accum,
    MINVFUNC = @extschema@.mirror_gap_unaccum,
    MSTYPE = @extschema@.mirror_state,
    MFINALFUNC = @extschema@.mirror_gap_final,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.mirror_gap(pg_catalog.text, pg_catalog.int2) IS 'mirror gap of mean answers (integer scores 0..100) between customers, employees and managers';

CREATE AGGREGATE @extschema@.mirror_gap(audience pg_catalog.text, score pg_catalog.int2, metric pg_catalog.text) (
    SFUNC = @extschema@.mirror_gap_accum,
    STYPE = @extschema@.mirror_state,
    FINALFUNC = @extschema@.mirror_gap_final,
    COMBINEFUNC = @extschema@.mirror_gap_combine,
    MSFUNC = @extschema@.mirror_gap_accum,
    MINVFUNC = @extschema@.mirror_gap_unaccum,
    MSTYPE = @extschema@.mirror_state,
    MFINALFUNC = @extschema@.mirror_gap_final,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.mirror_gap(pg_catalog.text, pg_catalog.int2, pg_catalog.text) IS 'mirror gap with metric mean, nps (0-10: NPS vs eNPS) or top2 (1-5 top-two-box share)';

CREATE FUNCTION @extschema@.mirror_gap_accum(state @extschema@.mirror_state, audience pg_catalog.text, score pg_catalog.int4)
RETURNS @extschema@.mirror_state
AS 'MODULE_PATHNAME', 'mirror_gap_accum_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mirror_gap_accum(@extschema@.mirror_state, pg_catalog.text, pg_catalog.int4) IS 'transition of mirror_gap(audience, score): count one answer';

CREATE FUNCTION @extschema@.mirror_gap_unaccum(state @extschema@.mirror_state, audience pg_catalog.text, score pg_catalog.int4)
RETURNS @extschema@.mirror_state
AS 'MODULE_PATHNAME', 'mirror_gap_unaccum_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mirror_gap_unaccum(@extschema@.mirror_state, pg_catalog.text, pg_catalog.int4) IS 'inverse transition of mirror_gap(audience, score)';

CREATE FUNCTION @extschema@.mirror_gap_accum(state @extschema@.mirror_state, audience pg_catalog.text, score pg_catalog.int4, metric pg_catalog.text)
RETURNS @extschema@.mirror_state
AS 'MODULE_PATHNAME', 'mirror_gap_accum_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mirror_gap_accum(@extschema@.mirror_state, pg_catalog.text, pg_catalog.int4, pg_catalog.text) IS 'transition of mirror_gap(audience, score, metric): count one answer';

CREATE FUNCTION @extschema@.mirror_gap_unaccum(state @extschema@.mirror_state, audience pg_catalog.text, score pg_catalog.int4, metric pg_catalog.text)
RETURNS @extschema@.mirror_state
AS 'MODULE_PATHNAME', 'mirror_gap_unaccum_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mirror_gap_unaccum(@extschema@.mirror_state, pg_catalog.text, pg_catalog.int4, pg_catalog.text) IS 'inverse transition of mirror_gap(audience, score, metric)';

CREATE AGGREGATE @extschema@.mirror_gap(audience pg_catalog.text, score pg_catalog.int4) (
    SFUNC = @extschema@.mirror_gap_accum,
    STYPE = @extschema@.mirror_state,
    FINALFUNC = @extschema@.mirror_gap_final,
    COMBINEFUNC = @extschema@.mirror_gap_combine,
    MSFUNC = @extschema@.mirror_gap_accum,
    MINVFUNC = @extschema@.mirror_gap_unaccum,
    MSTYPE = @extschema@.mirror_state,
    MFINALFUNC = @extschema@.mirror_gap_final,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.mirror_gap(pg_catalog.text, pg_catalog.int4) IS 'mirror gap of mean answers (integer scores 0..100) between customers, employees and managers';

CREATE AGGREGATE @extschema@.mirror_gap(audience pg_catalog.text, score pg_catalog.int4, metric pg_catalog.text) (
    SFUNC = @extschema@.mirror_gap_accum,
    STYPE = @extschema@.mirror_state,
    FINALFUNC = @extschema@.mirror_gap_final,
    COMBINEFUNC = @extschema@.mirror_gap_combine,
    MSFUNC = @extschema@.mirror_gap_accum,
    MINVFUNC = @extschema@.mirror_gap_unaccum,
    MSTYPE = @extschema@.mirror_state,
    MFINALFUNC = @extschema@.mirror_gap_final,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.mirror_gap(pg_catalog.text, pg_catalog.int4, pg_catalog.text) IS 'mirror gap with metric mean, nps (0-10: NPS vs eNPS) or top2 (1-5 top-two-box share)';

CREATE FUNCTION @extschema@.mirror_gap_accum(state @extschema@.mirror_state, audience pg_catalog.text, score pg_catalog.int8)
RETURNS @extschema@.mirror_state
AS 'MODULE_PATHNAME', 'mirror_gap_accum_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mirror_gap_accum(@extschema@.mirror_state, pg_catalog.text, pg_catalog.int8) IS 'transition of mirror_gap(audience, score): count one answer';

CREATE FUNCTION @extschema@.mirror_gap_unaccum(state @extschema@.mirror_state, audience pg_catalog.text, score pg_catalog.int8)
RETURNS @extschema@.mirror_state
AS 'MODULE_PATHNAME', 'mirror_gap_unaccum_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mirror_gap_unaccum(@extschema@.mirror_state, pg_catalog.text, pg_catalog.int8) IS 'inverse transition of mirror_gap(audience, score)';

CREATE FUNCTION @extschema@.mirror_gap_accum(state @extschema@.mirror_state, audience pg_catalog.text, score pg_catalog.int8, metric pg_catalog.text)
RETURNS @extschema@.mirror_state
AS 'MODULE_PATHNAME', 'mirror_gap_accum_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mirror_gap_accum(@extschema@.mirror_state, pg_catalog.text, pg_catalog.int8, pg_catalog.text) IS 'transition of mirror_gap(audience, score, metric): count one answer';

CREATE FUNCTION @extschema@.mirror_gap_unaccum(state @extschema@.mirror_state, audience pg_catalog.text, score pg_catalog.int8, metric pg_catalog.text)
RETURNS @extschema@.mirror_state
AS 'MODULE_PATHNAME', 'mirror_gap_unaccum_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mirror_gap_unaccum(@extschema@.mirror_state, pg_catalog.text, pg_catalog.int8, pg_catalog.text) IS 'inverse transition of mirror_gap(audience, score, metric)';

CREATE AGGREGATE @extschema@.mirror_gap(audience pg_catalog.text, score pg_catalog.int8) (
    SFUNC = @extschema@.mirror_gap_accum,
    STYPE = @extschema@.mirror_state,
    FINALFUNC = @extschema@.mirror_gap_final,
    COMBINEFUNC = @extschema@.mirror_gap_combine,
    MSFUNC = @extschema@.mirror_gap_accum,
    MINVFUNC = @extschema@.mirror_gap_unaccum,
    MSTYPE = @extschema@.mirror_state,
    MFINALFUNC = @extschema@.mirror_gap_final,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.mirror_gap(pg_catalog.text, pg_catalog.int8) IS 'mirror gap of mean answers (integer scores 0..100) between customers, employees and managers';

CREATE AGGREGATE @extschema@.mirror_gap(audience pg_catalog.text, score pg_catalog.int8, metric pg_catalog.text) (
    SFUNC = @extschema@.mirror_gap_accum,
    STYPE = @extschema@.mirror_state,
    FINALFUNC = @extschema@.mirror_gap_final,
    COMBINEFUNC = @extschema@.mirror_gap_combine,
    MSFUNC = @extschema@.mirror_gap_accum,
    MINVFUNC = @extschema@.mirror_gap_unaccum,
    MSTYPE = @extschema@.mirror_state,
    MFINALFUNC = @extschema@.mirror_gap_final,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.mirror_gap(pg_catalog.text, pg_catalog.int8, pg_catalog.text) IS 'mirror gap with metric mean, nps (0-10: NPS vs eNPS) or top2 (1-5 top-two-box share)';

-- mirror_gap over double precision scores (real ones too, by the exact
-- implicit cast): integral values only, as numeric ones.
CREATE FUNCTION @extschema@.mirror_gap_accum(state @extschema@.mirror_state, audience pg_catalog.text, score pg_catalog.float8)
RETURNS @extschema@.mirror_state
AS 'MODULE_PATHNAME', 'mirror_gap_accum_float8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mirror_gap_accum(@extschema@.mirror_state, pg_catalog.text, pg_catalog.float8) IS 'transition of mirror_gap(audience, score): count one answer';

CREATE FUNCTION @extschema@.mirror_gap_unaccum(state @extschema@.mirror_state, audience pg_catalog.text, score pg_catalog.float8)
RETURNS @extschema@.mirror_state
AS 'MODULE_PATHNAME', 'mirror_gap_unaccum_float8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mirror_gap_unaccum(@extschema@.mirror_state, pg_catalog.text, pg_catalog.float8) IS 'inverse transition of mirror_gap(audience, score)';

CREATE FUNCTION @extschema@.mirror_gap_accum(state @extschema@.mirror_state, audience pg_catalog.text, score pg_catalog.float8, metric pg_catalog.text)
RETURNS @extschema@.mirror_state
AS 'MODULE_PATHNAME', 'mirror_gap_accum_float8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mirror_gap_accum(@extschema@.mirror_state, pg_catalog.text, pg_catalog.float8, pg_catalog.text) IS 'transition of mirror_gap(audience, score, metric): count one answer';

CREATE FUNCTION @extschema@.mirror_gap_unaccum(state @extschema@.mirror_state, audience pg_catalog.text, score pg_catalog.float8, metric pg_catalog.text)
RETURNS @extschema@.mirror_state
AS 'MODULE_PATHNAME', 'mirror_gap_unaccum_float8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mirror_gap_unaccum(@extschema@.mirror_state, pg_catalog.text, pg_catalog.float8, pg_catalog.text) IS 'inverse transition of mirror_gap(audience, score, metric)';

CREATE AGGREGATE @extschema@.mirror_gap(audience pg_catalog.text, score pg_catalog.float8) (
    SFUNC = @extschema@.mirror_gap_accum,
    STYPE = @extschema@.mirror_state,
    FINALFUNC = @extschema@.mirror_gap_final,
    COMBINEFUNC = @extschema@.mirror_gap_combine,
    MSFUNC = @extschema@.mirror_gap_accum,
    MINVFUNC = @extschema@.mirror_gap_unaccum,
    MSTYPE = @extschema@.mirror_state,
    MFINALFUNC = @extschema@.mirror_gap_final,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.mirror_gap(pg_catalog.text, pg_catalog.float8) IS 'mirror gap of mean answers (integer scores 0..100) between customers, employees and managers';

CREATE AGGREGATE @extschema@.mirror_gap(audience pg_catalog.text, score pg_catalog.float8, metric pg_catalog.text) (
    SFUNC = @extschema@.mirror_gap_accum,
    STYPE = @extschema@.mirror_state,
    FINALFUNC = @extschema@.mirror_gap_final,
    COMBINEFUNC = @extschema@.mirror_gap_combine,
    MSFUNC = @extschema@.mirror_gap_accum,
    MINVFUNC = @extschema@.mirror_gap_unaccum,
    MSTYPE = @extschema@.mirror_state,
    MFINALFUNC = @extschema@.mirror_gap_final,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.mirror_gap(pg_catalog.text, pg_catalog.float8, pg_catalog.text) IS 'mirror gap with metric mean, nps (0-10: NPS vs eNPS) or top2 (1-5 top-two-box share)';
