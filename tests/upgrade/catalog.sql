-- The catalog of the extension pgcx in the current database, as sorted
-- text that names no OID: every member object (pg_describe_object), every
-- function's definition, every aggregate's, type's, operator's, operator
-- class's and family's (with the operators and support functions they
-- hold), cast's, table's and view's definition, comments, privileges and initial
-- privileges.  Two
-- databases where pgcx was reached by different paths (an update, a fresh
-- install) must give the same text.
\set ON_ERROR_STOP on
\pset format unaligned
\pset tuples_only on
\pset footer off

CREATE TEMP VIEW member AS
SELECT d.classid, d.objid, d.objsubid,
       pg_describe_object(d.classid, d.objid, d.objsubid) AS name
FROM pg_depend AS d
JOIN pg_extension AS e ON e.oid = d.refobjid
WHERE d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
  AND e.extname = 'pgcx';

-- the extension itself
SELECT 'extension', extname, extversion, extrelocatable,
       extnamespace::regnamespace,
       (SELECT array_agg(c::regclass::text ORDER BY c::regclass::text) FROM unnest(extconfig) AS c),
       extcondition
FROM pg_extension WHERE extname = 'pgcx';

-- every member
SELECT 'member', name FROM member ORDER BY name;

-- functions: the whole definition (language, volatility, parallel safety,
-- strictness, cost, settings, body), and the privileges
SELECT 'function', m.name, pg_get_functiondef(p.oid), p.proacl
FROM member AS m JOIN pg_proc AS p ON m.classid = 'pg_proc'::regclass AND p.oid = m.objid
WHERE p.prokind <> 'a'
ORDER BY m.name;

-- aggregates: the signature, the flags of the function and every column
-- of pg_aggregate, functions named with their argument types
SELECT 'aggregate', m.name,
       pg_get_function_arguments(p.oid), pg_get_function_result(p.oid),
       p.provolatile, p.proparallel, p.proisstrict, p.proacl,
       a.aggkind, a.aggnumdirectargs,
       a.aggtransfn::oid::regprocedure, a.aggfinalfn::oid::regprocedure,
       a.aggcombinefn::oid::regprocedure, a.aggserialfn::oid::regprocedure,
       a.aggdeserialfn::oid::regprocedure, a.aggmtransfn::oid::regprocedure,
       a.aggminvtransfn::oid::regprocedure, a.aggmfinalfn::oid::regprocedure,
       a.aggfinalextra, a.aggmfinalextra, a.aggfinalmodify, a.aggmfinalmodify,
       a.aggsortop::regoperator, a.aggtranstype::regtype, a.aggtransspace,
       a.aggmtranstype::regtype, a.aggmtransspace, a.agginitval, a.aggminitval
FROM member AS m
JOIN pg_proc AS p ON m.classid = 'pg_proc'::regclass AND p.oid = m.objid
JOIN pg_aggregate AS a ON a.aggfnoid = p.oid
ORDER BY m.name;

-- types, with the fields of composite types
SELECT 'type', m.name, t.typlen, t.typbyval, t.typtype, t.typcategory,
       t.typispreferred, t.typdelim, t.typinput::oid::regprocedure,
       t.typoutput::oid::regprocedure, t.typreceive::oid::regprocedure,
       t.typsend::oid::regprocedure, t.typmodin::oid::regprocedure,
       t.typmodout::oid::regprocedure, t.typanalyze::oid::regprocedure,
       t.typalign, t.typstorage, t.typnotnull, t.typelem::regtype,
       t.typarray::regtype, t.typdefault, t.typacl,
       (SELECT string_agg(a.attname || ' ' || format_type(a.atttypid, a.atttypmod), ', ' ORDER BY a.attnum)
          FROM pg_attribute AS a
         WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped)
FROM member AS m JOIN pg_type AS t ON m.classid = 'pg_type'::regclass AND t.oid = m.objid
ORDER BY m.name;

-- operators
SELECT 'operator', m.name, o.oprkind, o.oprcanmerge, o.oprcanhash,
       o.oprresult::regtype, o.oprcom::regoperator, o.oprnegate::regoperator,
       o.oprcode::oid::regprocedure, o.oprrest::oid::regprocedure,
       o.oprjoin::oid::regprocedure
FROM member AS m JOIN pg_operator AS o ON m.classid = 'pg_operator'::regclass AND o.oid = m.objid
ORDER BY m.name;

-- operator classes and families, and every operator and support function
-- they hold (pg_amop, pg_amproc are not members themselves)
SELECT 'opclass', m.name, am.amname, c.opcintype::regtype, c.opcdefault,
       c.opckeytype::regtype, pg_describe_object('pg_opfamily'::regclass, c.opcfamily, 0)
FROM member AS m
JOIN pg_opclass AS c ON m.classid = 'pg_opclass'::regclass AND c.oid = m.objid
JOIN pg_am AS am ON am.oid = c.opcmethod
ORDER BY m.name;
SELECT 'opfamily', m.name, am.amname
FROM member AS m
JOIN pg_opfamily AS f ON m.classid = 'pg_opfamily'::regclass AND f.oid = m.objid
JOIN pg_am AS am ON am.oid = f.opfmethod
ORDER BY m.name;
SELECT 'amop', m.name, o.amoplefttype::regtype, o.amoprighttype::regtype, o.amopstrategy,
       o.amoppurpose, o.amopopr::regoperator,
       pg_describe_object('pg_opfamily'::regclass, NULLIF(o.amopsortfamily, 0), 0)
FROM member AS m
JOIN pg_amop AS o ON m.classid = 'pg_opfamily'::regclass AND o.amopfamily = m.objid
ORDER BY m.name, 3, 4, 5;
SELECT 'amproc', m.name, p.amproclefttype::regtype, p.amprocrighttype::regtype, p.amprocnum,
       p.amproc::oid::regprocedure
FROM member AS m
JOIN pg_amproc AS p ON m.classid = 'pg_opfamily'::regclass AND p.amprocfamily = m.objid
ORDER BY m.name, 3, 4, 5;

-- casts
SELECT 'cast', m.name, c.castfunc::regprocedure, c.castcontext, c.castmethod
FROM member AS m JOIN pg_cast AS c ON m.classid = 'pg_cast'::regclass AND c.oid = m.objid
ORDER BY m.name;

-- tables and views: kind, persistence, options, privileges; a view's
-- query; columns; constraints, indexes and triggers
SELECT 'relation', m.name, c.relkind, c.relpersistence, c.reloptions, c.relacl,
       c.relrowsecurity, c.relforcerowsecurity, c.relreplident
FROM member AS m JOIN pg_class AS c ON m.classid = 'pg_class'::regclass AND c.oid = m.objid
ORDER BY m.name;
SELECT 'view', m.name, pg_get_viewdef(c.oid)
FROM member AS m JOIN pg_class AS c ON m.classid = 'pg_class'::regclass AND c.oid = m.objid
WHERE c.relkind = 'v'
ORDER BY m.name;
SELECT 'column', m.name, a.attnum, a.attname, format_type(a.atttypid, a.atttypmod),
       a.attnotnull, pg_get_expr(ad.adbin, ad.adrelid), a.attacl, a.attstorage,
       a.attcollation::regcollation
FROM member AS m
JOIN pg_attribute AS a ON m.classid = 'pg_class'::regclass AND a.attrelid = m.objid
LEFT JOIN pg_attrdef AS ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
WHERE a.attnum > 0 AND NOT a.attisdropped
ORDER BY m.name, a.attnum;
SELECT 'constraint', m.name, co.conname, pg_get_constraintdef(co.oid)
FROM member AS m JOIN pg_constraint AS co ON m.classid = 'pg_class'::regclass AND co.conrelid = m.objid
ORDER BY m.name, co.conname;
SELECT 'index', m.name, pg_get_indexdef(i.indexrelid)
FROM member AS m JOIN pg_index AS i ON m.classid = 'pg_class'::regclass AND i.indrelid = m.objid
ORDER BY m.name, 3;
SELECT 'trigger', m.name, pg_get_triggerdef(t.oid), t.tgenabled
FROM member AS m JOIN pg_trigger AS t ON m.classid = 'pg_class'::regclass AND t.tgrelid = m.objid
WHERE NOT t.tgisinternal
ORDER BY m.name, 3;

-- comments: on every member, on columns of member tables, and on the
-- triggers, constraints and indexes of member tables
SELECT 'comment', pg_describe_object(ds.classoid, ds.objoid, ds.objsubid), ds.description
FROM pg_description AS ds
WHERE (ds.classoid, ds.objoid) IN (SELECT classid, objid FROM member)
   OR (ds.classoid = 'pg_trigger'::regclass
       AND ds.objoid IN (SELECT t.oid FROM pg_trigger AS t JOIN member AS m ON t.tgrelid = m.objid))
   OR (ds.classoid = 'pg_constraint'::regclass
       AND ds.objoid IN (SELECT co.oid FROM pg_constraint AS co JOIN member AS m ON co.conrelid = m.objid))
   OR (ds.classoid = 'pg_class'::regclass
       AND ds.objoid IN (SELECT i.indexrelid FROM pg_index AS i JOIN member AS m ON i.indrelid = m.objid))
ORDER BY 2, 3;

-- initial privileges recorded for the extension's objects
SELECT 'init_privs', pg_describe_object(ip.classoid, ip.objoid, ip.objsubid), ip.privtype, ip.initprivs
FROM pg_init_privs AS ip
WHERE (ip.classoid, ip.objoid) IN (SELECT classid, objid FROM member)
ORDER BY 2;
