-- The functions of the extension pgcx that the corpus calls: every
-- function but the trigger functions, and every aggregate, with their
-- argument types.  kind (c: LANGUAGE C, s: another language, a: an
-- aggregate), name, argument types (comma-separated, schema-less), returns
-- a set, C symbol (or the aggregate's transition function), signature,
-- argument names, the aggregates the function supports
SELECT CASE WHEN p.prokind = 'a' THEN 'a' WHEN l.lanname = 'c' THEN 'c' ELSE 's' END,
       p.proname,
       coalesce((SELECT string_agg(format_type(t, NULL), ',' ORDER BY i)
                 FROM unnest(p.proargtypes::oid[]) WITH ORDINALITY AS u(t, i)), ''),
       p.proretset,
       CASE WHEN p.prokind = 'a' THEN (SELECT a.aggtransfn::text FROM pg_aggregate a WHERE a.aggfnoid = p.oid)
            WHEN l.lanname = 'c' THEN p.prosrc ELSE l.lanname::text END,
       p.oid::regprocedure,
       coalesce(array_to_string(p.proargnames, ','), ''),
       coalesce((SELECT string_agg(a.aggfnoid::regprocedure::text, ';') FROM pg_aggregate a
                 WHERE p.oid IN (a.aggtransfn, a.aggfinalfn, a.aggcombinefn, a.aggserialfn, a.aggdeserialfn,
                                 a.aggmtransfn, a.aggminvtransfn, a.aggmfinalfn)), '')
FROM pg_depend d
JOIN pg_proc p ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid
JOIN pg_language l ON l.oid = p.prolang
WHERE d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
  AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'pgcx')
  AND p.prorettype <> 'trigger'::regtype
ORDER BY 2, 3;
