-- Calls with parameters of unknown type, as drivers such as node's pg send
-- them: every function and aggregate of pgcx (but the type I/O, aggregate,
-- operator, operator class and text search template support functions),
-- called with all of its arguments untyped
-- ($1, $2, ...), at every arity it accepts, is PREPAREd, and the outcome
-- listed.  42725 ("function ... is not unique") means that PostgreSQL
-- cannot choose among pgcx's forms; other failures (a polymorphic type it
-- cannot determine, ...) are listed so that a reader sees them.
\i sql/include/setup.sql

CREATE FUNCTION pg_temp.try_prepare(call text) RETURNS text
LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE 'PREPARE untyped_call AS SELECT ' || call;
    DEALLOCATE untyped_call;
    RETURN 'resolves';
EXCEPTION WHEN OTHERS THEN
    RETURN SQLSTATE || ': ' || SQLERRM;
END
$$;

CREATE TEMP TABLE untyped_calls AS
WITH fns AS (
    SELECT p.*
    FROM pg_proc AS p
    JOIN pg_depend AS d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e'
    JOIN pg_extension AS e ON e.oid = d.refobjid AND e.extname = 'pgcx'
    WHERE NOT EXISTS (SELECT 1 FROM pg_type AS t
                      WHERE p.oid IN (t.typinput, t.typoutput, t.typreceive, t.typsend,
                                      t.typmodin, t.typmodout, t.typanalyze))
      AND NOT EXISTS (SELECT 1 FROM pg_aggregate AS a
                      WHERE p.oid IN (a.aggtransfn, a.aggfinalfn, a.aggcombinefn, a.aggserialfn,
                                      a.aggdeserialfn, a.aggmtransfn, a.aggminvtransfn, a.aggmfinalfn))
      AND NOT EXISTS (SELECT 1 FROM pg_operator AS o WHERE o.oprcode = p.oid)
      AND NOT EXISTS (SELECT 1 FROM pg_amproc AS ap WHERE ap.amproc = p.oid)
      AND NOT EXISTS (SELECT 1 FROM pg_ts_template AS tt WHERE p.oid IN (tt.tmplinit, tt.tmpllexize))
), calls AS (
    SELECT DISTINCT f.proname, n AS arity
    FROM fns AS f, generate_series((f.pronargs - f.pronargdefaults)::int, f.pronargs::int) AS n
)
SELECT proname, arity,
       format('%I(%s)', proname, (SELECT string_agg('$' || i, ', ') FROM generate_series(1, arity) AS i)) AS call
FROM calls;
ALTER TABLE untyped_calls ADD COLUMN outcome text;
UPDATE untyped_calls SET outcome = pg_temp.try_prepare(call);

-- every name and arity, and what PREPARE says
SELECT call, outcome FROM untyped_calls ORDER BY proname, arity;
-- the calls PostgreSQL finds ambiguous (42725)
SELECT call FROM untyped_calls WHERE outcome LIKE '42725%' ORDER BY proname, arity;
-- the list is the whole API: pgcx's functions and aggregates by name
SELECT count(DISTINCT proname) AS names, count(*) AS calls FROM untyped_calls;

-- attrition and retention_rate as node's pg sends them: untyped
-- parameters, values as text.  They resolve to the double precision forms.
PREPARE churn AS SELECT attrition($1, $2) AS attrition;
PREPARE kept AS SELECT retention_rate($1, $2, $3) AS retention;
SELECT name, parameter_types FROM pg_prepared_statements WHERE name IN ('churn', 'kept') ORDER BY name;
EXECUTE churn('2', '10');
EXECUTE churn('0', '0');
EXECUTE churn('1e3', '4000');
EXECUTE kept('100', '95', '10');
EXECUTE kept('0', '7', '7');
-- a count must be whole, not negative, finite, and at most 2^63 - 1 (22023)
SELECT pg_temp.err(q) FROM (VALUES
    ($$EXECUTE churn('2.5', '10')$$),
    ($$EXECUTE churn('-1', '10')$$),
    ($$EXECUTE churn('2', 'NaN')$$),
    ($$EXECUTE churn('2', 'Infinity')$$),
    ($$EXECUTE churn('2', '-Infinity')$$),
    ($$EXECUTE churn('2', '9223372036854775808')$$),
    ($$EXECUTE churn('11', '10')$$),
    ($$EXECUTE kept('100', '95.5', '10')$$),
    ($$EXECUTE kept('100', '95', '-10')$$),
    ($$EXECUTE kept('1e-300', '95', '10')$$),
    ($$EXECUTE kept('10', '95', '10')$$)
) AS t(q);
-- the largest whole float8 below 2^63 is a count
EXECUTE churn('0', '9223372036854774784');
DEALLOCATE churn;
DEALLOCATE kept;

-- typed calls keep their forms: integer literals the int4 form, bigint the
-- int8 form, numeric and double precision values the double precision form
-- (a view records the function each of its calls resolved to)
CREATE TEMP VIEW typed_calls AS
SELECT attrition(2, 10) AS int4_literals, attrition(2::int8, 10) AS with_bigint,
       attrition(2.0, 10) AS with_numeric, retention_rate(100, 95, 10) AS int4_literals_3,
       retention_rate(100::int8, 95, 10) AS with_bigint_3, retention_rate(100::float8, 95, 10) AS with_float8_3;
SELECT resolved FROM (
    SELECT DISTINCT d.refobjid::regprocedure AS resolved
    FROM pg_depend AS d JOIN pg_rewrite AS r ON d.classid = 'pg_rewrite'::regclass AND d.objid = r.oid
    WHERE r.ev_class = 'typed_calls'::regclass AND d.refclassid = 'pg_proc'::regclass) AS f
ORDER BY resolved::text;
SELECT * FROM typed_calls;
