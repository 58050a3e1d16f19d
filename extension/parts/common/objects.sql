------------------------------------------------------------------------
-- pgcx_objects: what pgcx offers its users, read from the catalog
--
-- Every member of the extension (pg_depend, deptype 'e') that is a
-- function, aggregate, type, operator, view, table, text search
-- configuration or text search dictionary, except the
-- machinery PostgreSQL calls on the users' behalf: the support functions
-- of pgcx's aggregates (transition, final, combine, serial, deserial and
-- their moving-aggregate forms), the I/O, typmod, analyze and subscript
-- functions of its types, the functions and estimators that implement
-- its operators, the support functions of its operator families, the
-- functions of its casts, its trigger and event-trigger functions, the
-- methods of its text search template, and the planner support functions
-- of its functions.  Operator classes and families, and the text search
-- template pgcx_negation, are not listed, nor the array types PostgreSQL makes for each
-- type, nor the row types of the table and the view.
--
-- One exception to the rule, listed by name below: nps, nps_stats, csat
-- and mean of a score_dist are the final functions of the survey
-- aggregates (nps_agg ends with nps(score_dist)), and they are also the
-- accessors users call on stored distributions, so they are listed; so
-- are nps, nps_wstats, csat, csat_wstats, mean and ces_wstats of a
-- score_wdist, the final functions of the weighted aggregates.
--
-- A view, not a schema of its own for the machinery: moving the support
-- functions to another schema would change the schema of released
-- functions on update (users' dumps and grants name them), and a second
-- schema would have to exist on every Citus node.
------------------------------------------------------------------------

CREATE VIEW @extschema@.pgcx_objects AS
WITH member AS (
    SELECT d.classid, d.objid
    FROM pg_catalog.pg_depend AS d
    JOIN pg_catalog.pg_extension AS e ON e.oid OPERATOR(pg_catalog.=) d.refobjid
    WHERE d.refclassid OPERATOR(pg_catalog.=) 'pg_catalog.pg_extension'::pg_catalog.regclass::pg_catalog.oid
      AND d.deptype OPERATOR(pg_catalog.=) 'e'::pg_catalog."char"
      AND e.extname OPERATOR(pg_catalog.=) 'pgcx'::pg_catalog.name
), member_proc AS (
    SELECT p.* FROM pg_catalog.pg_proc AS p JOIN member AS m ON p.oid OPERATOR(pg_catalog.=) m.objid
    WHERE m.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_proc'::pg_catalog.regclass::pg_catalog.oid
), machinery(fn) AS (
    SELECT s.fn
    FROM pg_catalog.pg_aggregate AS a
         JOIN member_proc AS p ON p.oid OPERATOR(pg_catalog.=) a.aggfnoid::pg_catalog.oid,
         LATERAL (VALUES (a.aggtransfn::pg_catalog.oid), (a.aggfinalfn::pg_catalog.oid),
                         (a.aggcombinefn::pg_catalog.oid), (a.aggserialfn::pg_catalog.oid),
                         (a.aggdeserialfn::pg_catalog.oid), (a.aggmtransfn::pg_catalog.oid),
                         (a.aggminvtransfn::pg_catalog.oid), (a.aggmfinalfn::pg_catalog.oid)) AS s(fn)
    UNION ALL
    SELECT s.fn
    FROM pg_catalog.pg_type AS t JOIN member AS m ON t.oid OPERATOR(pg_catalog.=) m.objid
         AND m.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_type'::pg_catalog.regclass::pg_catalog.oid,
         LATERAL (VALUES (t.typinput::pg_catalog.oid), (t.typoutput::pg_catalog.oid),
                         (t.typreceive::pg_catalog.oid), (t.typsend::pg_catalog.oid),
                         (t.typmodin::pg_catalog.oid), (t.typmodout::pg_catalog.oid),
                         (t.typanalyze::pg_catalog.oid), (t.typsubscript::pg_catalog.oid)) AS s(fn)
    UNION ALL
    SELECT s.fn
    FROM pg_catalog.pg_operator AS o JOIN member AS m ON o.oid OPERATOR(pg_catalog.=) m.objid
         AND m.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_operator'::pg_catalog.regclass::pg_catalog.oid,
         LATERAL (VALUES (o.oprcode::pg_catalog.oid), (o.oprrest::pg_catalog.oid),
                         (o.oprjoin::pg_catalog.oid)) AS s(fn)
    UNION ALL
    SELECT ap.amproc::pg_catalog.oid
    FROM pg_catalog.pg_amproc AS ap JOIN member AS m ON ap.amprocfamily OPERATOR(pg_catalog.=) m.objid
         AND m.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_opfamily'::pg_catalog.regclass::pg_catalog.oid
    UNION ALL
    SELECT s.fn
    FROM pg_catalog.pg_ts_template AS t JOIN member AS m ON t.oid OPERATOR(pg_catalog.=) m.objid
         AND m.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_ts_template'::pg_catalog.regclass::pg_catalog.oid,
         LATERAL (VALUES (t.tmplinit::pg_catalog.oid), (t.tmpllexize::pg_catalog.oid)) AS s(fn)
    UNION ALL
    SELECT c.castfunc
    FROM pg_catalog.pg_cast AS c JOIN member AS m ON c.oid OPERATOR(pg_catalog.=) m.objid
         AND m.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_cast'::pg_catalog.regclass::pg_catalog.oid
    UNION ALL
    SELECT p.prosupport::pg_catalog.oid FROM member_proc AS p
    UNION ALL
    SELECT p.oid FROM member_proc AS p
    WHERE p.prorettype OPERATOR(pg_catalog.=) 'pg_catalog.trigger'::pg_catalog.regtype::pg_catalog.oid
       OR p.prorettype OPERATOR(pg_catalog.=) 'pg_catalog.event_trigger'::pg_catalog.regtype::pg_catalog.oid
), listed_anyway(fn) AS (
    -- accessors of score_dist and score_wdist that are also final functions
    -- of the survey aggregates (see the header of this part)
    VALUES ('@extschema@.nps(@extschema@.score_dist)'::pg_catalog.regprocedure::pg_catalog.oid),
           ('@extschema@.nps_stats(@extschema@.score_dist)'::pg_catalog.regprocedure::pg_catalog.oid),
           ('@extschema@.csat(@extschema@.score_dist)'::pg_catalog.regprocedure::pg_catalog.oid),
           ('@extschema@.mean(@extschema@.score_dist)'::pg_catalog.regprocedure::pg_catalog.oid),
           ('@extschema@.nps(@extschema@.score_wdist)'::pg_catalog.regprocedure::pg_catalog.oid),
           ('@extschema@.nps_wstats(@extschema@.score_wdist)'::pg_catalog.regprocedure::pg_catalog.oid),
           ('@extschema@.csat(@extschema@.score_wdist)'::pg_catalog.regprocedure::pg_catalog.oid),
           ('@extschema@.csat_wstats(@extschema@.score_wdist)'::pg_catalog.regprocedure::pg_catalog.oid),
           ('@extschema@.mean(@extschema@.score_wdist)'::pg_catalog.regprocedure::pg_catalog.oid),
           ('@extschema@.ces_wstats(@extschema@.score_wdist)'::pg_catalog.regprocedure::pg_catalog.oid)
)
SELECT CASE WHEN p.prokind OPERATOR(pg_catalog.=) 'a'::pg_catalog."char" THEN 'aggregate' ELSE 'function' END AS kind,
       p.proname::pg_catalog.text AS name,
       pg_catalog.pg_get_function_identity_arguments(p.oid) AS signature,
       pg_catalog.pg_get_function_result(p.oid) AS result,
       pg_catalog.obj_description(p.oid, 'pg_proc') AS description
FROM member_proc AS p
WHERE NOT (p.oid OPERATOR(pg_catalog.=) ANY (SELECT x.fn FROM machinery AS x))
   OR p.oid OPERATOR(pg_catalog.=) ANY (SELECT x.fn FROM listed_anyway AS x)
UNION ALL
SELECT 'type', t.typname::pg_catalog.text, NULL, NULL, pg_catalog.obj_description(t.oid, 'pg_type')
FROM pg_catalog.pg_type AS t JOIN member AS m ON t.oid OPERATOR(pg_catalog.=) m.objid
     AND m.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_type'::pg_catalog.regclass::pg_catalog.oid
WHERE NOT EXISTS (SELECT FROM pg_catalog.pg_type AS e WHERE e.typarray OPERATOR(pg_catalog.=) t.oid)
  -- nor the row type of a table or view (a member of its own from PostgreSQL 17)
  AND NOT EXISTS (SELECT FROM pg_catalog.pg_class AS r WHERE r.oid OPERATOR(pg_catalog.=) t.typrelid
                  AND r.relkind OPERATOR(pg_catalog.<>) 'c'::pg_catalog."char")
UNION ALL
SELECT 'operator', o.oprname::pg_catalog.text,
       pg_catalog.concat_ws(', ',
           CASE WHEN o.oprleft OPERATOR(pg_catalog.<>) 0::pg_catalog.oid THEN pg_catalog.format_type(o.oprleft, NULL) END,
           pg_catalog.format_type(o.oprright, NULL)),
       pg_catalog.format_type(o.oprresult, NULL),
       pg_catalog.obj_description(o.oid, 'pg_operator')
FROM pg_catalog.pg_operator AS o JOIN member AS m ON o.oid OPERATOR(pg_catalog.=) m.objid
     AND m.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_operator'::pg_catalog.regclass::pg_catalog.oid
UNION ALL
SELECT CASE WHEN c.relkind OPERATOR(pg_catalog.=) 'v'::pg_catalog."char" THEN 'view' ELSE 'table' END,
       c.relname::pg_catalog.text, NULL, NULL, pg_catalog.obj_description(c.oid, 'pg_class')
FROM pg_catalog.pg_class AS c JOIN member AS m ON c.oid OPERATOR(pg_catalog.=) m.objid
     AND m.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_class'::pg_catalog.regclass::pg_catalog.oid
UNION ALL
SELECT 'text search configuration', c.cfgname::pg_catalog.text, NULL, NULL,
       pg_catalog.obj_description(c.oid, 'pg_ts_config')
FROM pg_catalog.pg_ts_config AS c JOIN member AS m ON c.oid OPERATOR(pg_catalog.=) m.objid
     AND m.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_ts_config'::pg_catalog.regclass::pg_catalog.oid
UNION ALL
SELECT 'text search dictionary', d.dictname::pg_catalog.text, NULL, NULL,
       pg_catalog.obj_description(d.oid, 'pg_ts_dict')
FROM pg_catalog.pg_ts_dict AS d JOIN member AS m ON d.oid OPERATOR(pg_catalog.=) m.objid
     AND m.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_ts_dict'::pg_catalog.regclass::pg_catalog.oid;
COMMENT ON VIEW @extschema@.pgcx_objects IS 'what pgcx offers its users, read from the catalog: every function, aggregate, type, operator, view, table, text search configuration and dictionary of the extension but the support functions PostgreSQL calls on their behalf (aggregate support, type I/O, operator implementations, operator-class support, casts, triggers, text search templates); SELECT * FROM pgcx_objects ORDER BY kind, name';
COMMENT ON COLUMN @extschema@.pgcx_objects.kind IS 'function, aggregate, type, operator, view, table, text search configuration or text search dictionary';
COMMENT ON COLUMN @extschema@.pgcx_objects.name IS 'the name, without its schema';
COMMENT ON COLUMN @extschema@.pgcx_objects.signature IS 'the arguments as pg_get_function_identity_arguments prints them, or an operator''s operand types; NULL for a type, view or table';
COMMENT ON COLUMN @extschema@.pgcx_objects.result IS 'the result type of a function, aggregate or operator';
COMMENT ON COLUMN @extschema@.pgcx_objects.description IS 'the object''s comment (COMMENT ON)';
GRANT SELECT ON @extschema@.pgcx_objects TO PUBLIC;
