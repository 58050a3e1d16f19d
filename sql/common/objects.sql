-- pgcx_objects: the view of what pgcx offers its users, computed from the
-- catalog.  Checked here against queries of this test's own: how many
-- objects of each kind it lists; that no row is a support function of an
-- aggregate, a type, an operator, an operator class, a cast or a trigger
-- (but the four score_dist accessors it lists on purpose); that every
-- member it leaves out is one; and a few named objects.
-- tests/docs/test-reference checks docs/reference.md against the view and
-- against an independent query of the catalog.
\i sql/include/setup.sql

-- how many objects of each kind: 132 aggregates (66 of them
-- rolling_benchmark), 59 functions, 50 operators (6 comparisons on each of
-- 8 stored types, + on score_dist and rolling_benchmark), 21 types (8 base,
-- 13 composite), the table sector_benchmark and the view itself
SELECT kind, count(*) FROM pgcx_objects GROUP BY kind ORDER BY kind;

-- the rows, read once for the checks below that look one up per member
CREATE TEMP TABLE listed AS SELECT * FROM pgcx_objects;

-- the extension's member functions, each with the support roles this test
-- finds for it in the catalog (NULL: none)
CREATE TEMP VIEW member_function AS
SELECT p.oid, p.proname, pg_get_function_identity_arguments(p.oid) AS args, p.prokind,
       (SELECT string_agg(DISTINCT r.role, ', ' ORDER BY r.role)
        FROM (SELECT 'aggregate ' || s.role AS role
              FROM pg_aggregate AS a,
                   LATERAL (VALUES ('transition', a.aggtransfn), ('final', a.aggfinalfn),
                                   ('combine', a.aggcombinefn), ('serial', a.aggserialfn),
                                   ('deserial', a.aggdeserialfn), ('moving transition', a.aggmtransfn),
                                   ('moving inverse', a.aggminvtransfn),
                                   ('moving final', a.aggmfinalfn)) AS s(role, fn)
              WHERE s.fn = p.oid
              UNION ALL
              SELECT 'type I/O' FROM pg_type AS t
              WHERE p.oid IN (t.typinput, t.typoutput, t.typreceive, t.typsend, t.typmodin,
                              t.typmodout, t.typanalyze)
              UNION ALL
              SELECT 'operator' FROM pg_operator AS o WHERE p.oid IN (o.oprcode, o.oprrest, o.oprjoin)
              UNION ALL
              SELECT 'operator class' FROM pg_amproc AS ap WHERE ap.amproc = p.oid
              UNION ALL
              SELECT 'cast' FROM pg_cast AS c WHERE c.castfunc = p.oid
              UNION ALL
              SELECT 'text search template' FROM pg_ts_template AS tt
              WHERE p.oid IN (tt.tmplinit, tt.tmpllexize)
              UNION ALL
              SELECT 'trigger' WHERE p.prorettype = 'trigger'::regtype
              UNION ALL
              SELECT 'event trigger' FROM pg_event_trigger AS et WHERE et.evtfoid = p.oid) AS r) AS roles
FROM pg_proc AS p
JOIN pg_depend AS d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e'
JOIN pg_extension AS e ON e.oid = d.refobjid AND e.extname = 'pgcx';

-- every function and aggregate row names one member, once
SELECT o.kind, count(*) AS rows, count(f.oid) AS members
FROM pgcx_objects AS o
LEFT JOIN member_function AS f ON f.proname = o.name AND f.args = o.signature
WHERE o.kind IN ('function', 'aggregate')
GROUP BY o.kind ORDER BY o.kind;

-- listed rows with a support role: only the accessors of score_dist that
-- end the survey aggregates (nps_agg ends with nps(score_dist))
SELECT o.kind, o.name, o.signature, f.roles
FROM pgcx_objects AS o
JOIN member_function AS f ON f.proname = o.name AND f.args = o.signature
WHERE f.roles IS NOT NULL
ORDER BY o.name;

-- no type input, output, send or receive function by its name either
SELECT count(*) AS io_functions
FROM pgcx_objects
WHERE kind = 'function' AND name ~ '_(in|out|recv|send)$';

-- members left out: each is a support function (how many of each role
-- set); none is left out without one
SELECT f.roles, count(*)
FROM member_function AS f
WHERE NOT EXISTS (SELECT FROM listed AS o
                  WHERE o.kind IN ('function', 'aggregate') AND o.name = f.proname AND o.signature = f.args)
GROUP BY f.roles ORDER BY f.roles NULLS FIRST;

-- types, operators, relations, text search configurations and
-- dictionaries: every member is listed, but the array types PostgreSQL
-- makes (members of the extension from PostgreSQL 17); the text search
-- template is machinery, as operator classes are
SELECT pg_describe_object(d.classid, d.objid, 0) AS member_not_listed
FROM pg_depend AS d
JOIN pg_extension AS e ON e.oid = d.refobjid AND e.extname = 'pgcx'
WHERE d.deptype = 'e'
  AND d.classid IN ('pg_type'::regclass, 'pg_operator'::regclass, 'pg_class'::regclass,
                    'pg_ts_config'::regclass, 'pg_ts_dict'::regclass)
  AND NOT EXISTS (SELECT FROM pg_type AS el WHERE d.classid = 'pg_type'::regclass AND el.typarray = d.objid)
  -- the row types of a table or view, members of their own from PostgreSQL 17
  AND NOT EXISTS (SELECT FROM pg_class AS r WHERE d.classid = 'pg_type'::regclass AND r.reltype = d.objid
                  AND r.relkind <> 'c')
  AND NOT EXISTS (SELECT FROM listed AS o
                  WHERE (d.classid = 'pg_type'::regclass AND o.kind = 'type'
                         AND o.name = (SELECT typname FROM pg_type WHERE oid = d.objid))
                     OR (d.classid = 'pg_class'::regclass AND o.kind IN ('table', 'view')
                         AND o.name = (SELECT relname FROM pg_class WHERE oid = d.objid))
                     OR (d.classid = 'pg_ts_config'::regclass AND o.kind = 'text search configuration'
                         AND o.name = (SELECT cfgname FROM pg_ts_config WHERE oid = d.objid))
                     OR (d.classid = 'pg_ts_dict'::regclass AND o.kind = 'text search dictionary'
                         AND o.name = (SELECT dictname FROM pg_ts_dict WHERE oid = d.objid))
                     OR (d.classid = 'pg_operator'::regclass AND o.kind = 'operator'
                         AND (o.name, o.signature, o.result) =
                             (SELECT oprname, format_type(oprleft, NULL) || ', ' || format_type(oprright, NULL),
                                     format_type(oprresult, NULL)
                              FROM pg_operator WHERE oid = d.objid)))
ORDER BY 1;

-- a few named objects, as psql prints them
SELECT kind, name, signature, result
FROM pgcx_objects
WHERE name IN ('nps_agg', 'nps', 'rollup', 'unnest', 'score_dist', 'sector_benchmark', 'pgcx_objects')
   OR (kind = 'operator' AND signature = 'score_dist, score_dist' AND name IN ('+', '='))
ORDER BY kind, name, signature;

-- every row has a description (COMMENT ON)
SELECT kind, name, signature FROM pgcx_objects WHERE description IS NULL OR description = '';
SELECT description FROM pgcx_objects WHERE kind = 'aggregate' AND name = 'nps_agg' AND signature = 'score integer';

-- everybody may read it
SELECT a.privilege_type AS granted_to_public
FROM pg_class AS c, aclexplode(c.relacl) AS a
WHERE c.oid = 'pgcx_objects'::regclass AND a.grantee = 0;
SELECT has_table_privilege('pg_database_owner', 'pgcx_objects', 'SELECT') AS owner_reads;
