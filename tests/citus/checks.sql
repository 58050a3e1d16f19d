-- The checks of tests/citus/run, as functions in schema ct on the
-- coordinator.  Each check returns rows of ct.outcome: status ('ok', 'FAIL'
-- or 'info'), kind (what was checked: comparison, plan, error, rating...),
-- a label and a detail.  The runner calls each check as a statement of its
-- own (psql \gexec), so that one check's error cannot hide another's.
--
-- Queries are written once with {s} for the schema: {s} = public reads the
-- distributed tables, {s} = loc the local copy (the expected answer).

CREATE SCHEMA ct;

CREATE TYPE ct.outcome AS (status text, kind text, label text, detail text);

-- A query on the distributed tables or on the local copy.
CREATE FUNCTION ct.in_schema(q text, schema text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT replace(q, '{s}', schema) $$;

-- The rows of a query as text, one line per row, in the query's order;
-- or its error: "ERROR <sqlstate>: <message> | <detail> | <hint>".
CREATE FUNCTION ct.result(q text) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
    r record;
    t text := '';
    st text;
    msg text;
    det text;
    hint text;
BEGIN
    FOR r IN EXECUTE q LOOP
        t := t || r::text || E'\n';
    END LOOP;
    RETURN t;
EXCEPTION WHEN OTHERS THEN
    GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT,
                            det = PG_EXCEPTION_DETAIL, hint = PG_EXCEPTION_HINT;
    RETURN format('ERROR %s: %s | %s | %s', st, msg, det, hint);
END
$$;

-- The model fits (bgnbd_fit, gamma_gamma_fit) say in a NOTICE when they do
-- not converge, as they do on some groups of these synthetic summaries:
-- that is no failure of the check, whose answer is compared all the same.
ALTER FUNCTION ct.result(text) SET client_min_messages = warning;

-- EXPLAIN (VERBOSE, COSTS OFF) of a query, one line per plan line.
CREATE FUNCTION ct.plan(q text) RETURNS text[]
LANGUAGE plpgsql AS $$
DECLARE
    line text;
    lines text[] := '{}';
BEGIN
    FOR line IN EXECUTE 'EXPLAIN (VERBOSE, COSTS OFF) ' || q LOOP
        lines := lines || line;
    END LOOP;
    RETURN lines;
END
$$;

-- The queries that Citus sends to other nodes, from a plan: the "Query:"
-- line of each task whose "Node:" is not this coordinator.  Tasks that
-- Citus runs on the coordinator itself (a query over intermediate results)
-- are left out.
CREATE FUNCTION ct.worker_queries(plan text[]) RETURNS text[]
LANGUAGE plpgsql AS $$
DECLARE
    out text[] := '{}';
    i int;
    q text;
BEGIN
    FOR i IN 1 .. coalesce(array_length(plan, 1), 0) LOOP
        IF plan[i] ~ '^\s*Query: ' THEN
            q := regexp_replace(plan[i], '^\s*Query: ', '');
        ELSIF plan[i] ~ '^\s*Node: ' AND q IS NOT NULL THEN
            IF plan[i] !~ format('port=%s ', current_setting('port')) THEN
                out := out || q;
            END IF;
            q := NULL;
        END IF;
    END LOOP;
    RETURN out;
END
$$;

-- The coordinator's own part of a plan: the lines above the first task.
CREATE FUNCTION ct.coordinator_part(plan text[]) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT string_agg(l, E'\n' ORDER BY n)
    FROM unnest(plan) WITH ORDINALITY AS p(l, n)
    WHERE n < coalesce((SELECT min(n) FROM unnest(plan) WITH ORDINALITY AS t(l, n)
                         WHERE l ~ '->  (Task|Distributed Subplan)'), 1000000)
$$;

-- How a plan computes aggregate `agg`: 'split' (worker_partial_agg on the
-- workers, coord_combine_agg on the coordinator), 'pushed down' (the
-- aggregate itself in the workers' queries) or 'pulled' (the rows go to
-- the coordinator, which runs the aggregate); else a description.
CREATE FUNCTION ct.shape(plan text[], agg text) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
    wq text := array_to_string(ct.worker_queries(plan), E'\n');
    coord text := ct.coordinator_part(plan);
    agg_re text := format('\m%s\(', agg);
BEGIN
    IF wq ~ '\mworker_partial_agg\(' AND coord ~ '\mcoord_combine_agg\(' THEN
        RETURN 'split';
    ELSIF wq ~ agg_re AND wq !~ 'worker_partial_agg' AND coord !~ 'coord_combine_agg' THEN
        RETURN 'pushed down';
    ELSIF wq <> '' AND wq !~ agg_re AND wq !~ 'worker_partial_agg' AND coord ~ agg_re THEN
        RETURN 'pulled';
    END IF;
    RETURN format('unrecognised plan: worker queries %s; coordinator %s',
                  coalesce(nullif(wq, ''), 'none'), coord);
END
$$;

-- A text on one line, for the runner's tab-separated lines.
CREATE FUNCTION ct.oneline(t text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT replace(replace(replace(t, E'\t', ' '), E'\r', ''), E'\n', ' \n ')
$$;

-- The start of a long text, for a failure's detail.
CREATE FUNCTION ct.clip(t text, n int DEFAULT 400) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN length(t) > n THEN left(t, n) || '...' ELSE t END
$$;

------------------------------------------------------------------------
-- every aggregate form

-- A score column of type t on scale `base` (score 0-10, csat 1-5, ces 1-7,
-- c10 1-10, pct 0-100): the 0-10 scores have a column of each type (sf is
-- double precision), the others are cast.
CREATE FUNCTION ct.col(base text, t regtype) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE
        WHEN base = 'score' THEN
            CASE t::text WHEN 'smallint' THEN 's2' WHEN 'integer' THEN 'score'
                         WHEN 'bigint' THEN 's8' WHEN 'numeric' THEN 'sn'
                         WHEN 'double precision' THEN 'sf' END
        WHEN t::text = 'integer' THEN base
        WHEN t::text IN ('smallint', 'bigint', 'numeric', 'double precision') THEN format('%s::%s', base, t)
    END
$$;

-- The calls of the test for one pgcx aggregate form (name and argument
-- types), with the table they read: one call for most forms, one per metric
-- for mirror_gap's metric forms.  A form without a rule gets a row with a
-- NULL call, which the runner reports as a failure: a new aggregate form
-- must be added here.
CREATE FUNCTION ct.calls(name text, args regtype[], OUT tbl text, OUT call text)
RETURNS SETOF record
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    n int := coalesce(array_length(args, 1), 0);
    a1 regtype := args[1];
    a2 regtype := args[2];
    at text;
    bucket text;
    keyed boolean;
    key text;
    yt regtype;
BEGIN
    tbl := 'resp';
    -- the weighted forms: a double precision weight last
    IF name IN ('nps_agg', 'nps_stats', 'score_wdist_agg', 'ces_agg', 'ces_stats') AND n = 2
       AND a2 = 'double precision'::regtype THEN
        call := format('%s(%s, w)', name,
                       ct.col(CASE WHEN name LIKE 'ces%' THEN 'ces' ELSE 'score' END, a1));
    ELSIF name = 'score_wdist_agg' AND n = 4 THEN
        call := format('score_wdist_agg(%s, w, 1, 5)', ct.col('csat', a1));
    ELSIF name IN ('csat_agg', 'csat_stats') AND n = 3 THEN
        call := format('%s(%s, 10, w)', name, ct.col('c10', a1));
    ELSIF name IN ('ces_agg', 'ces_stats') AND n = 3 THEN
        call := format('%s(%s, 5, w)', name, ct.col('csat', a1));
    ELSIF name = 'rollup' AND n = 1 AND a1 = 'score_wdist'::regtype THEN
        tbl := 'summary';
        call := 'rollup(wd)';
    ELSIF name IN ('nps_agg', 'nps_stats') AND n = 1 THEN
        call := format('%s(%s)', name, ct.col('score', a1));
    ELSIF name = 'score_dist_agg' AND n = 1 THEN
        call := format('score_dist_agg(%s)', ct.col('score', a1));
    ELSIF name = 'score_dist_agg' AND n = 3 THEN
        call := format('score_dist_agg(%s, 1, 5)', ct.col('csat', a1));
    ELSIF name = 'csat_agg' AND n = 1 THEN
        call := format('csat_agg(%s)', ct.col('csat', a1));
    ELSIF name = 'csat_agg' AND n = 2 THEN
        call := format('csat_agg(%s, 10)', ct.col('c10', a1));
    ELSIF name = 'ces_agg' AND n = 1 THEN
        call := format('ces_agg(%s)', ct.col('ces', a1));
    ELSIF name = 'ces_agg' AND n = 2 THEN
        call := format('ces_agg(%s, 5)', ct.col('csat', a1));
    ELSIF name = 'rollup' AND n = 1 AND a1 = 'score_dist'::regtype THEN
        tbl := 'summary';
        call := 'rollup(d)';
    ELSIF name = 'rollup' AND n = 1 AND a1 = 'rolling_benchmark'::regtype THEN
        tbl := 'summary';
        call := 'rollup(rb)';
    ELSIF name = 'rolling_benchmark' AND n IN (4, 6) THEN
        at := CASE a1::text WHEN 'date' THEN 'day' WHEN 'timestamp with time zone' THEN 'at'
                            WHEN 'timestamp without time zone' THEN 'ts' END;
        bucket := CASE args[3]::text WHEN 'interval' THEN $b$interval '1 month', 24$b$
                                     WHEN 'text' THEN $b$'1 week'::text, 30$b$ END;
        IF a2 = 'score_dist'::regtype AND n = 4 THEN
            tbl := 'summary';
            call := format('rolling_benchmark(%s, d, %s)', at, bucket);
        ELSIF n = 4 THEN
            call := format('rolling_benchmark(%s, %s, %s)', at, ct.col('score', a2), bucket);
        ELSE
            call := format('rolling_benchmark(%s, %s, %s, 1, 5)', at, ct.col('csat', a2), bucket);
        END IF;
    ELSIF name = 'mirror_gap' AND n = 2 AND a1 = 'text'::regtype THEN
        call := format('mirror_gap(audience, %s)', ct.col('pct', a2));
    ELSIF name = 'mirror_gap' AND n = 3 AND a1 = 'text'::regtype THEN
        call := format($c$mirror_gap(audience, %s, 'mean')$c$, ct.col('pct', a2));
        IF call IS NOT NULL THEN
            RETURN NEXT;
        END IF;
        call := format($c$mirror_gap(audience, %s, 'nps')$c$, ct.col('score', a2));
        IF call IS NOT NULL THEN
            RETURN NEXT;
        END IF;
        call := format($c$mirror_gap(audience, %s, 'top2')$c$, ct.col('csat', a2));
    ELSIF name IN ('attrition_agg', 'attrition_stats') AND n = 3 AND a1 = 'date'::regtype THEN
        call := format($c$%s(active_from, churned_on, daterange('2026-01-01', '2026-04-01'))$c$, name);
    ELSIF name IN ('attrition_agg', 'attrition_stats') AND n = 3 AND a1 = 'timestamptz'::regtype THEN
        call := format($c$%s(active_tz, churned_tz, tstzrange('2026-01-01 00:00+00', '2026-04-01 00:00+00'))$c$, name);
    ELSIF name IN ('attrition_agg', 'attrition_stats') AND n = 3 AND a1 = 'timestamp'::regtype THEN
        call := format($c$%s(active_ts, churned_ts, tsrange('2026-01-01', '2026-04-01'))$c$, name);
    ELSIF name = 'sbg_fit' AND n = 2 THEN
        -- churned and active customers in every store and region (the
        -- churned_on column of resp has stores where nobody churns, which
        -- the model cannot fit)
        call := $c$sbg_fit(1 + (pct + coalesce(score, 3)) % 12, pct % 3 <> 0)$c$;
    ELSIF name = 'sbg_fit' AND n = 3 THEN
        call := $c$sbg_fit(1 + score % 9, pct % 3 <> 0, 1 + pct % 4)$c$;
    ELSIF name = 'sbg_fit' AND n = 4 THEN
        call := $c$sbg_fit(active_from, CASE WHEN pct % 3 <> 0 THEN active_from + pct * 4 END,
                           date '2026-06-30', interval '1 month')$c$;
    ELSIF name = 'rfm_agg' AND n = 4 AND a1 = 'date'::regtype THEN
        call := $c$rfm_agg(day, pct, date '2026-06-30', interval '1 week')$c$;
    ELSIF name = 'rfm_agg' AND n = 4 AND a1 = 'timestamptz'::regtype THEN
        call := $c$rfm_agg(at, pct, timestamptz '2026-06-30 12:00+00', interval '1 week')$c$;
    ELSIF name = 'rfm_agg' AND n = 4 AND a1 = 'timestamp'::regtype THEN
        call := $c$rfm_agg(ts, pct, timestamp '2026-06-30 12:00', interval '1 week')$c$;
    ELSIF name = 'bgnbd_fit' AND n = 3 THEN
        call := 'bgnbd_fit(freq, rec, age)';
    ELSIF name = 'gamma_gamma_fit' AND n = 2 THEN
        call := 'gamma_gamma_fit(freq, spend)';
    ELSIF name = 'driver_stats' THEN
        -- the answers of drv, with the row key first when the form has
        -- one; double precision forms read the answers with fractions,
        -- and the weight when the form has one
        -- (the forms with a key: three arguments whose third is the
        -- drivers array, or four; the key is bigint, text or uuid)
        tbl := 'drv';
        keyed := n = 4 OR (n = 3 AND args[3] IN ('smallint[]'::regtype, 'integer[]'::regtype,
                                                 'bigint[]'::regtype, 'double precision[]'::regtype));
        key := CASE WHEN NOT keyed THEN ''
                    WHEN a1 = 'bigint'::regtype THEN 'id, '
                    WHEN a1 = 'text'::regtype THEN 'id::text, '
                    WHEN a1 = 'uuid'::regtype THEN 'md5(id::text)::uuid, ' END;
        yt := args[CASE WHEN keyed THEN 2 ELSE 1 END];
        IF yt = 'double precision'::regtype THEN
            call := format('driver_stats(%syf, xf%s)', key,
                           CASE WHEN n = CASE WHEN keyed THEN 4 ELSE 3 END THEN ', w' ELSE '' END);
        ELSIF yt IN ('smallint'::regtype, 'integer'::regtype, 'bigint'::regtype) THEN
            call := format('driver_stats(%sy::%s, x::%s[])', key, yt, yt);
        END IF;
    ELSIF name = 'rollup' AND n = 1 AND a1 = 'driver_stats'::regtype THEN
        -- stored states: exact sums, keyed exact sums, weighted moments
        tbl := 'drv_part';
        call := 'rollup(ds)';
        RETURN NEXT;
        call := 'rollup(dsk)';
        RETURN NEXT;
        call := 'rollup(dsf)';
    ELSIF name = 'term_stats' AND n = 2 THEN
        -- comments with a text group or a boolean one
        tbl := 'verb';
        call := CASE a2 WHEN 'text'::regtype THEN 'term_stats(body, grp)'
                        WHEN 'boolean'::regtype THEN 'term_stats(body, flag)' END;
    ELSIF name = 'rollup' AND n = 1 AND a1 = 'term_stats'::regtype THEN
        -- stored states of text and of boolean groups
        tbl := 'verb_part';
        call := 'rollup(ts)';
        RETURN NEXT;
        call := 'rollup(tsb)';
    ELSIF name = 'theme_impact' AND n = 3 THEN
        tbl := 'verb';
        call := format($c$theme_impact(%s, body, to_tsquery('pgcx_french', 'retard | attente'))$c$,
                       ct.col('score', a1));
    ELSIF name = 'theme_stats' AND n = 4 THEN
        tbl := 'verb';
        call := format($c$theme_stats(%s, body, '{délais,attente,conseil}',
                                      ARRAY[to_tsquery('pgcx_french', 'retard | livraison & !rapide'),
                                            to_tsquery('pgcx_french', 'attente | long'),
                                            to_tsquery('pgcx_french', 'conseil & aimable')])$c$,
                       ct.col('score', a1));
    END IF;
    -- a rule that produced no text (an unknown type) is no rule
    IF call ~ '\(\s*(,|\))|,\s*(,|\))' THEN
        call := NULL;
    END IF;
    RETURN NEXT;
END
$$;

-- Every aggregate of the pgcx extension with the calls that test it.
CREATE FUNCTION ct.forms(OUT agg text, OUT name text, OUT tbl text, OUT call text)
RETURNS SETOF record
LANGUAGE sql STABLE AS $$
    SELECT p.oid::regprocedure::text, p.proname::text, c.tbl, c.call
    FROM pg_proc AS p
    JOIN pg_depend AS d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid
                       AND d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
    JOIN pg_extension AS e ON e.oid = d.refobjid AND e.extname = 'pgcx'
    -- (proargtypes is an oidvector, numbered from 0)
    CROSS JOIN LATERAL ct.calls(p.proname, ARRAY(SELECT a::regtype FROM unnest(p.proargtypes::oid[]) WITH ORDINALITY AS u(a, n) ORDER BY n)) AS c
    WHERE p.prokind = 'a'
    ORDER BY 1, 4
$$;

-- The query of a call for one grp: none, store_id (the distribution
-- column) or region; `cond` is a WHERE clause or NULL.
CREATE FUNCTION ct.grouped(tbl text, call text, grp text, cond text DEFAULT NULL)
RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE grp
        WHEN 'none' THEN format('SELECT %s FROM {s}.%s%s', call, tbl, ' ' || cond)
        ELSE format('SELECT %2$s, %1$s FROM {s}.%3$s%4$s GROUP BY %2$s ORDER BY %2$s',
                    call, grp, tbl, coalesce(' ' || cond, ''))
    END
$$;

-- The plan of query q on the distributed tables has the shape `expect`
-- for aggregate `agg`.
CREATE FUNCTION ct.plan_check(lbl text, q text, agg text, expect text)
RETURNS ct.outcome
LANGUAGE plpgsql AS $$
DECLARE
    shape text;
BEGIN
    BEGIN
        shape := ct.shape(ct.plan(ct.in_schema(q, 'public')), agg);
    EXCEPTION WHEN OTHERS THEN
        shape := 'EXPLAIN failed: ' || SQLERRM;
    END;
    RETURN (CASE WHEN shape = expect THEN 'ok' ELSE 'FAIL' END, 'plan', lbl,
            format('expected %s, got %s', expect, ct.oneline(shape)))::ct.outcome;
END
$$;

-- One comparison: query q on the distributed tables under
-- coordinator_aggregation_strategy `strategy` gives the text of the local
-- copy; and, when `expect` is given, its plan has that shape for aggregate
-- `agg`.  The local answer must have rows and no row whose last column is
-- NULL (a comparison of nothing with nothing proves nothing).
CREATE FUNCTION ct.compare(label text, q text, strategy text, agg text DEFAULT NULL,
                           expect text DEFAULT NULL)
RETURNS SETOF ct.outcome
LANGUAGE plpgsql AS $$
DECLARE
    dist text;
    expected text;
    lbl text := format('%s [%s]', label, strategy);
BEGIN
    PERFORM set_config('citus.coordinator_aggregation_strategy', strategy, true);
    expected := ct.result(ct.in_schema(q, 'loc'));
    dist := ct.result(ct.in_schema(q, 'public'));
    IF expected ~ '^ERROR' OR expected = '' OR expected ~ '(^|\n)\(\)\n|,\)\n' THEN
        RETURN NEXT ('FAIL', 'comparison', lbl,
                     'the local copy gives no value to compare: ' || ct.oneline(ct.clip(expected)))::ct.outcome;
    ELSIF dist IS DISTINCT FROM expected THEN
        RETURN NEXT ('FAIL', 'comparison', lbl,
                     format('distributed: %s  local: %s', ct.oneline(ct.clip(dist)),
                            ct.oneline(ct.clip(expected))))::ct.outcome;
    ELSE
        RETURN NEXT ('ok', 'comparison', lbl, NULL)::ct.outcome;
    END IF;
    IF expect IS NOT NULL THEN
        RETURN NEXT ct.plan_check(lbl, q, agg, expect);
    END IF;
END
$$;

-- The rows of a query as a JSON array of objects, in the query's order,
-- columns in their order (a value of a type of pgcx as its text); or its
-- error as a JSON string.
CREATE FUNCTION ct.rows_json(q text) RETURNS json
LANGUAGE plpgsql AS $$
DECLARE
    r record;
    rows json[] := '{}';
BEGIN
    FOR r IN EXECUTE q LOOP
        rows := rows || to_json(r);
    END LOOP;
    RETURN to_json(rows);
EXCEPTION WHEN OTHERS THEN
    RETURN to_json('ERROR ' || SQLSTATE || ': ' || SQLERRM);
END
$$;
ALTER FUNCTION ct.rows_json(text) SET client_min_messages = warning;

-- The largest difference between two JSON values of the same shape:
-- numbers in an array relative to the largest magnitude in that array
-- (the co-moments of a driver_stats against their largest), other numbers
-- relative to themselves, integers exactly; strings that hold JSON objects
-- (a driver_stats value) compared as such, other values exactly.
-- Infinity when the shapes or any other value differ.
CREATE FUNCTION ct.json_dev(a jsonb, b jsonb, scale float8 DEFAULT 0) RETURNS float8
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    ta text := jsonb_typeof(a);
    dev float8 := 0;
    sc float8;
    k text;
    i int;
BEGIN
    IF ta IS DISTINCT FROM jsonb_typeof(b) THEN
        RETURN 'infinity';
    ELSIF ta = 'number' THEN
        IF a::numeric = trunc(a::numeric) AND b::numeric = trunc(b::numeric) THEN
            RETURN CASE WHEN a::numeric = b::numeric THEN 0 ELSE 'infinity'::float8 END;
        END IF;
        sc := greatest(abs(a::float8), abs(b::float8), scale);
        RETURN CASE WHEN sc = 0 THEN 0 ELSE abs(a::float8 - b::float8) / sc END;
    ELSIF ta = 'string' AND a <> b AND a #>> '{}' ~ '^\{' AND b #>> '{}' ~ '^\{' THEN
        RETURN ct.json_dev((a #>> '{}')::jsonb, (b #>> '{}')::jsonb);
    ELSIF ta = 'array' THEN
        IF jsonb_array_length(a) <> jsonb_array_length(b) THEN
            RETURN 'infinity';
        END IF;
        SELECT max(abs(e::float8)) INTO sc FROM jsonb_array_elements(a || b) AS e
         WHERE jsonb_typeof(e) = 'number';
        FOR i IN 0 .. jsonb_array_length(a) - 1 LOOP
            dev := greatest(dev, ct.json_dev(a -> i, b -> i, coalesce(sc, 0)));
        END LOOP;
        RETURN dev;
    ELSIF ta = 'object' THEN
        IF ARRAY(SELECT jsonb_object_keys(a) ORDER BY 1) <> ARRAY(SELECT jsonb_object_keys(b) ORDER BY 1) THEN
            RETURN 'infinity';
        END IF;
        FOR k IN SELECT jsonb_object_keys(a) LOOP
            dev := greatest(dev, ct.json_dev(a -> k, b -> k));
        END LOOP;
        RETURN dev;
    END IF;
    RETURN CASE WHEN a = b THEN 0 ELSE 'infinity'::float8 END;
END
$$;

-- ct.compare for figures in double precision, which partial states merged
-- in another order change in their last bits: the query on the
-- distributed tables gives the rows of the local copy, numbers within
-- 1e-12 (ct.json_dev), everything else equal; the plan as in ct.compare.
CREATE FUNCTION ct.compare_close(label text, q text, strategy text, agg text DEFAULT NULL,
                                 expect text DEFAULT NULL)
RETURNS SETOF ct.outcome
LANGUAGE plpgsql AS $$
DECLARE
    dist json;
    expected json;
    dev float8;
    lbl text := format('%s [%s]', label, strategy);
BEGIN
    PERFORM set_config('citus.coordinator_aggregation_strategy', strategy, true);
    expected := ct.rows_json(ct.in_schema(q, 'loc'));
    dist := ct.rows_json(ct.in_schema(q, 'public'));
    IF json_typeof(expected) <> 'array' OR json_array_length(expected) = 0
       OR EXISTS (SELECT FROM json_array_elements(expected) AS r
                   WHERE (SELECT v::text FROM json_each(r) WITH ORDINALITY AS e(k, v, o)
                           ORDER BY o DESC LIMIT 1) = 'null') THEN
        RETURN NEXT ('FAIL', 'comparison', lbl,
                     'the local copy gives no value to compare: ' || ct.oneline(ct.clip(expected::text)))::ct.outcome;
    ELSE
        dev := ct.json_dev(expected::jsonb, dist::jsonb);
        IF dev IS NULL OR dev > 1e-12 THEN
            RETURN NEXT ('FAIL', 'comparison', lbl,
                         format('distributed: %s  local: %s (relative difference %s, more than 1e-12)',
                                ct.oneline(ct.clip(dist::text)), ct.oneline(ct.clip(expected::text)),
                                dev))::ct.outcome;
        ELSE
            RETURN NEXT ('ok', 'comparison', lbl, format('within %s', dev))::ct.outcome;
        END IF;
    END IF;
    IF expect IS NOT NULL THEN
        RETURN NEXT ct.plan_check(lbl, q, agg, expect);
    END IF;
END
$$;

-- The statements that compare every aggregate form, grouped each way,
-- under each strategy; with the plan shapes when `plans` is true.  A form
-- without a call is a failure of its own.  The states of the key drivers
-- from double precision answers (yf, dsf) are compared within 1e-12
-- (ct.compare_close), those from integer answers bit for bit.
CREATE FUNCTION ct.form_checks(strategies text[], plans boolean) RETURNS SETOF text
LANGUAGE sql STABLE AS $$
    SELECT CASE WHEN f.call IS NULL THEN
               format($f$SELECT 'FAIL', 'comparison', %L, 'no call for this aggregate form in ct.calls'$f$, f.agg)
           ELSE
               format('SELECT * FROM %s(%L, %L, %L, %L, %L)',
                      CASE WHEN f.tbl IN ('drv', 'drv_part') AND f.call ~ '\m(yf|dsf)\M'
                           THEN 'ct.compare_close' ELSE 'ct.compare' END,
                      format('%s by %s', f.call, g.grp), ct.grouped(f.tbl, f.call, g.grp),
                      s.strategy, f.name,
                      CASE WHEN plans THEN
                          CASE g.grp WHEN 'store_id' THEN 'pushed down' ELSE 'split' END
                      END)
           END
    FROM ct.forms() AS f
    CROSS JOIN unnest(ARRAY['none', 'store_id', 'region']) WITH ORDINALITY AS g(grp, gn)
    CROSS JOIN unnest(strategies) WITH ORDINALITY AS s(strategy, sn)
    WHERE f.call IS NOT NULL OR (g.gn = 1 AND s.sn = 1)
    ORDER BY s.sn, f.agg, f.call, g.gn
$$;

------------------------------------------------------------------------
-- stored values across shards

-- The summary table built on the workers (INSERT ... SELECT grouped by the
-- distribution column) holds what the local copy holds, and rollups of its
-- stored values, read back through accessors, agree.
CREATE FUNCTION ct.stored_checks() RETURNS SETOF text
LANGUAGE sql STABLE AS $$
    SELECT format('SELECT * FROM ct.compare(%L, %L, %L)', label, q, s)
    FROM (VALUES
        ('summary rows built on the workers',
         'SELECT store_id, region, day, at, ts, d, rb FROM {s}.summary ORDER BY store_id, day'),
        ('accessors of rollup(d) by region',
         'SELECT region, n(x), nps(x), csat(x), mean(x), top_box(x, 2), count_at(x, 10), (nps_stats(x)).ci_low FROM (SELECT region, rollup(d) AS x FROM {s}.summary GROUP BY region) AS t ORDER BY region'),
        ('accessors of rollup(rb) by region',
         'SELECT region, n(x), nps(x), trend(x), progression(x), sparkline(x), window_dist(x) FROM (SELECT region, rollup(rb) AS x FROM {s}.summary GROUP BY region) AS t ORDER BY region'),
        ('series of the chain from rollup(rb)',
         'SELECT (series(x)).* FROM (SELECT rollup(rb) AS x FROM {s}.summary) AS t'),
        ('roll_to of rollup(rb) per store',
         $q$SELECT store_id, nps(roll_to(rollup(rb), date '2027-03-15')) FROM {s}.summary GROUP BY store_id ORDER BY store_id$q$),
        ('nps_diff of two regions'' rollups',
         'SELECT (nps_diff(a, b)).* FROM (SELECT rollup(d) FILTER (WHERE region = 1) AS a, rollup(d) FILTER (WHERE region = 2) AS b FROM {s}.summary) AS t'),
        ('rollup(d) per month across stores',
         'SELECT day, rollup(d) FROM {s}.summary GROUP BY day ORDER BY day'),
        ('rollup equals score_dist_agg of the raw rows',
         'SELECT (SELECT rollup(d) FROM {s}.summary)::text = (SELECT score_dist_agg(score) FROM {s}.resp)::text'),
        ('several aggregates in one split query',
         'SELECT region, nps_agg(score), csat_agg(csat), ces_agg(ces, 7), count(*), nps(rolling_benchmark(day, score, interval ''3 months'', 8)) FROM {s}.resp GROUP BY region ORDER BY region'),
        ('accessor over a split aggregate',
         'SELECT region, nps(score_dist_agg(score) + score_dist_agg(s2)), (nps_stats(s8)).ci_high FROM {s}.resp GROUP BY region ORDER BY region'),
        ('aggregates with FILTER, split',
         'SELECT region, nps_agg(score) FILTER (WHERE day >= date ''2026-01-01''), mirror_gap(audience, score, ''nps'') FILTER (WHERE store_id % 2 = 0) FROM {s}.resp GROUP BY region ORDER BY region'),
        ('verbatims: term_stats rows built on the workers',
         'SELECT store_id, region, part, ts, tsb FROM {s}.verb_part ORDER BY store_id, part'),
        ('verbatims: term_contrast of a split term_stats, true against the rest',
         'SELECT k.* FROM (SELECT term_stats(body, flag) AS s FROM {s}.verb) AS t, term_contrast(t.s) AS k'),
        ('verbatims: term_contrast of rollup(ts), detractors against promoters, occurrences',
         $q$SELECT k.* FROM (SELECT rollup(ts) AS s FROM {s}.verb_part) AS t, term_contrast(t.s, 'detractor', 'promoter', unit => 'occurrences', informative => true, prior => 0.1) AS k$q$),
        ('verbatims: rollup equals term_stats of the raw rows',
         'SELECT (SELECT rollup(ts) FROM {s}.verb_part)::text = (SELECT term_stats(body, grp) FROM {s}.verb)::text'),
        ('verbatims: theme_ranking of a split theme_stats by region',
         $q$SELECT t.region, k.* FROM (SELECT region, theme_stats(score, body, '{délais,attente}', ARRAY[to_tsquery('pgcx_french', 'retard | livraison'), to_tsquery('pgcx_french', 'attente')]) AS s FROM {s}.verb GROUP BY region) AS t, theme_ranking(t.s) AS k ORDER BY t.region, k.theme$q$),
        ('aggregates over no row are NULL, split and pushed down',
         'SELECT (SELECT nps_agg(score) FROM {s}.resp WHERE store_id > 1000) IS NULL, (SELECT score_dist_agg(score) FROM {s}.resp WHERE region > 100) IS NULL, (SELECT mirror_gap(audience, pct) FROM {s}.resp WHERE region > 100) IS NULL, (SELECT rollup(rb) FROM {s}.summary WHERE store_id = 1000) IS NULL, (SELECT rollup(d) FROM {s}.summary WHERE region > 100) IS NULL')
    ) AS c(label, q), unnest(ARRAY['disabled', 'row-gather']) AS s
$$;

------------------------------------------------------------------------
-- key drivers: the figures of distributed states

-- The rows of final function `fin` (of the state t.s) of the states of
-- `agg` over drv, ungrouped or grouped by `grp`, ordered by the group and
-- `ord`.
CREATE FUNCTION ct.driver_query(agg text, fin text, ord text, grp text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE grp
        WHEN 'none' THEN format('SELECT k.* FROM (SELECT %s AS s FROM {s}.drv) AS t, %s AS k ORDER BY %s',
                                agg, fin, ord)
        ELSE format('SELECT t.g, k.* FROM (SELECT %2$s AS g, %1$s AS s FROM {s}.drv GROUP BY %2$s) AS t, %3$s AS k ORDER BY t.g, %4$s',
                    agg, grp, fin, ord)
    END
$$;

-- key_drivers and the other final functions of states gathered on the
-- shards and merged (ungrouped, by region) or gathered on a worker (by
-- store_id): the figures of the local copy, bit for bit from integer
-- answers (exact sums: the same state), within 1e-12 from double
-- precision ones; with a row key (jackknife intervals) and without.
CREATE FUNCTION ct.driver_checks() RETURNS SETOF text
LANGUAGE sql STABLE AS $$
    SELECT format('SELECT * FROM %s(%L, %L, %L)',
                  CASE WHEN c.close THEN 'ct.compare_close' ELSE 'ct.compare' END,
                  format('%s of %s by %s', split_part(c.fin, '(', 1), c.agg, g.grp),
                  ct.driver_query(c.agg, c.fin, c.ord, g.grp), s.strategy)
    FROM (VALUES
        ('driver_stats(y, x)', 'key_drivers(t.s, ''{a,b,c}'')', 'k.driver', false),
        ('driver_stats(id, y, x)', 'key_drivers(t.s, ''{a,b,c}'')', 'k.driver', false),
        ('driver_stats(id, y::int8, x::int8[])', 'driver_weights(t.s, ''{a,b,c}'')', 'k.driver', false),
        ('driver_stats(id, y, x)', 'driver_r2(t.s)', 'k.r2', false),
        ('driver_stats(id, y::int2, x::int2[])', 'driver_conditional_dominance(t.s, ''{a,b,c}'')',
         'k.driver, k.subset_size', false),
        ('driver_stats(y, x)', 'driver_dominance(t.s, ''{a,b,c}'')', 'k.driver, k.other', false),
        ('driver_stats(id, y, x)', 'driver_performance(t.s, ''{a,b,c}'', 1, 5, ''relative_weight'')',
         'k.driver', false),
        ('driver_stats(yf, xf)', 'key_drivers(t.s, ''{a,b,c}'')', 'k.driver', true),
        ('driver_stats(id, yf, xf, w)', 'key_drivers(t.s, ''{a,b,c}'')', 'k.driver', true),
        ('driver_stats(id, yf, xf, w)', 'driver_r2(t.s)', 'k.r2', true),
        ('driver_stats(id, yf, xf, w)', 'driver_performance(t.s, ''{a,b,c}'', 1, 6)', 'k.driver', true)
    ) AS c(agg, fin, ord, close)
    CROSS JOIN unnest(ARRAY['none', 'store_id', 'region']) AS g(grp)
    CROSS JOIN unnest(ARRAY['disabled', 'row-gather']) AS s(strategy)
    UNION ALL
    -- stored states (drv_part, built on the workers) and their rollups
    SELECT format('SELECT * FROM %s(%L, %L, %L)',
                  CASE WHEN c.close THEN 'ct.compare_close' ELSE 'ct.compare' END, c.label, c.q, s.strategy)
    FROM (VALUES
        ('drv_part rows built on the workers', false,
         'SELECT store_id, region, part, ds, dsk FROM {s}.drv_part ORDER BY 1, 2, 3'),
        ('drv_part weighted rows built on the workers', true,
         'SELECT store_id, region, part, dsf FROM {s}.drv_part ORDER BY 1, 2, 3'),
        ('rollup of stored states is the state of the rows', false,
         'SELECT (SELECT rollup(ds) FROM {s}.drv_part)::text = (SELECT driver_stats(y, x) FROM loc.drv)::text, (SELECT rollup(dsk) FROM {s}.drv_part)::text = (SELECT driver_stats(id, y, x) FROM loc.drv)::text'),
        ('key_drivers of rollup(dsk) by region', false,
         'SELECT t.region, k.* FROM (SELECT region, rollup(dsk) AS s FROM {s}.drv_part GROUP BY region) AS t, key_drivers(t.s, ''{a,b,c}'') AS k ORDER BY t.region, k.driver'),
        ('key_drivers of rollup(dsf) by region', true,
         'SELECT t.region, k.* FROM (SELECT region, rollup(dsf) AS s FROM {s}.drv_part GROUP BY region) AS t, key_drivers(t.s, ''{a,b,c}'') AS k ORDER BY t.region, k.driver')
    ) AS c(label, close, q)
    CROSS JOIN unnest(ARRAY['disabled', 'row-gather']) AS s(strategy)
$$;

------------------------------------------------------------------------
-- error messages name the pgcx aggregate on every plan

-- One error check: q fails on the distributed tables with SQLSTATE `state`,
-- a message matching `msg` and a detail matching `det` (regular
-- expressions), as it does on the local copy, under `strategy`; and the
-- message and detail name no Citus support aggregate.
CREATE FUNCTION ct.error(label text, q text, strategy text, state text, msg text, det text)
RETURNS SETOF ct.outcome
LANGUAGE plpgsql AS $$
DECLARE
    lbl text := format('%s [%s]', label, strategy);
    -- det is the detail's pattern, and the hint's after " \| " when the
    -- error has one
    want text := format('^ERROR %s: %s \| %s(?: \| )?$', state, msg, det);
    got text;
    expected text;
BEGIN
    PERFORM set_config('citus.coordinator_aggregation_strategy', strategy, true);
    expected := ct.result(ct.in_schema(q, 'loc'));
    IF expected !~ want THEN
        RETURN NEXT ('FAIL', 'error', lbl,
                     format('the local copy gives %s, not /%s/', ct.oneline(ct.clip(expected)), want))::ct.outcome;
        RETURN;
    END IF;
    got := ct.result(ct.in_schema(q, 'public'));
    IF got ~ want AND got !~ 'worker_partial_agg|coord_combine_agg' THEN
        RETURN NEXT ('ok', 'error', lbl, NULL)::ct.outcome;
    ELSE
        RETURN NEXT ('FAIL', 'error', lbl,
                     format('got %s; expected /%s/', ct.oneline(ct.clip(got)), want))::ct.outcome;
    END IF;
END
$$;

-- The error checks: each bad input ungrouped and grouped by region (split
-- plans: the error is raised inside worker_partial_agg on a worker, or
-- inside coord_combine_agg on the coordinator) and grouped by store_id
-- (pushed down), under both strategies.
CREATE FUNCTION ct.error_checks() RETURNS SETOF text
LANGUAGE plpgsql STABLE AS $$
DECLARE
    other int;
BEGIN
    -- a store on 0-10 whose shard is not that of store 3 (on 1-5): their
    -- distributions meet only when the coordinator merges the parts
    SELECT s INTO other FROM unnest(ARRAY[1, 2]) AS s
     WHERE get_shard_id_for_distribution_column('bad_scales', s)
           <> get_shard_id_for_distribution_column('bad_scales', 3)
     LIMIT 1;
    IF other IS NULL THEN
        RETURN NEXT $f$SELECT 'FAIL', 'error', 'set-up', 'stores 1, 2 and 3 share a shard'$f$;
        RETURN;
    END IF;
    RETURN QUERY
    SELECT format('SELECT * FROM ct.error(%L, %L, %L, %L, %L, %L)',
                  format('%s by %s', c.call, g.grp),
                  ct.grouped(c.tbl, c.call, g.grp, c.cond),
                  s.strategy, c.state, c.msg, c.det)
    FROM (VALUES
        ('bad_score', 'nps_agg(score)', NULL, true, '22003',
         'score 15 is out of range for nps_agg', 'Scores of nps_agg are integers from 0 to 10\.'),
        ('bad_score', 'nps_stats(s8)', NULL, true, '22003',
         'score 15 is out of range for nps_stats', 'Scores of nps_stats are integers from 0 to 10\.'),
        ('bad_score', 'score_dist_agg(s2)', NULL, true, '22003',
         'score 15 is out of range for score_dist_agg', 'Scores of score_dist_agg are integers from 0 to 10\.'),
        ('bad_numeric', 'nps_agg(sn)', NULL, true, '22003',
         'score 2\.5 is not an integer in nps_agg', 'Scores of nps_agg are integers from 0 to 10\.'),
        ('bad_numeric', 'nps_agg(sf)', NULL, true, '22003',
         'score 2\.5 is not an integer in nps_agg', 'Scores of nps_agg are integers from 0 to 10\.'),
        ('bad_numeric', 'nps_agg(score, w)', NULL, true, '22003',
         'weight -0\.5 is out of range for nps_agg', 'A weight is 0 \(the answer does not count\) or a finite positive number from 1e-150 to 1e150\. \| Leave an answer out with a weight of 0 or NULL\.'),
        ('bad_numeric', 'csat_stats(c10, 10, w)', NULL, true, '22003',
         'weight -0\.5 is out of range for csat_stats', 'A weight is 0 \(the answer does not count\) or a finite positive number from 1e-150 to 1e150\. \| Leave an answer out with a weight of 0 or NULL\.'),
        ('bad_score', 'csat_agg(sf, 10)', NULL, true, '22003',
         'score 15 is out of range for csat_agg', 'Scores of csat_agg are integers from 1 to 10\.'),
        ('resp', 'csat_agg(csat, 15)', NULL, true, '22023',
         'scale 15 is out of range for csat_agg', 'The scale is the highest answer of a 1-to-scale question, from 3 to 10\. \| If this argument is a weight, give it as double precision: ces_agg\(score, weight::float8\), csat_agg\(score, scale, weight\)\.'),
        ('resp', 'ces_agg(ces, 2)', NULL, true, '22023',
         'scale 2 is out of range for ces_agg', 'The scale is the highest answer of a 1-to-scale question, from 3 to 10\. \| If this argument is a weight, give it as double precision: ces_agg\(score, weight::float8\), csat_agg\(score, scale, weight\)\.'),
        ('resp', 'score_dist_agg(score, 5, 5)', NULL, true, '22023',
         'invalid scale lo = 5, hi = 5 for score_dist_agg', 'The scale must satisfy 0 <= lo < hi <= 100\.'),
        ('bad_time', $c$rolling_benchmark(day, score, interval '1 month', 12)$c$, NULL, true, '22023',
         'time 0099-12-31 is out of range for rolling_benchmark', 'rolling_benchmark places finite dates of the years 100 to 9999\.'),
        ('bad_time', $c$rolling_benchmark(ts, score, interval '1 week', 10)$c$, NULL, true, '22023',
         'time 0099-12-31 12:00:00 is out of range for rolling_benchmark', 'rolling_benchmark places finite dates of the years 100 to 9999\.'),
        -- scales that meet inside one shard (store 4): on a worker
        ('bad_scales', 'rollup(d)', NULL, true, '22023',
         'cannot merge a score_dist on (0-10|1-5) with one on (0-10|1-5) in rollup', 'Distributions merge only when their scales are equal\.'),
        ('bad_scales', 'rollup(rb)', NULL, true, '22023',
         'cannot merge rolling_benchmark values of different shapes in rollup', 'One is on .*'),
        -- scales that meet only on the coordinator (no group by store_id:
        -- each store has one scale)
        ('bad_scales', 'rollup(d)', format('WHERE store_id IN (%s, 3)', other), false, '22023',
         'cannot merge a score_dist on (0-10|1-5) with one on (0-10|1-5) in rollup', 'Distributions merge only when their scales are equal\.'),
        ('bad_scales', 'rollup(rb)', format('WHERE store_id IN (%s, 3)', other), false, '22023',
         'cannot merge rolling_benchmark values of different shapes in rollup', 'One is on .*')
    ) AS c(tbl, call, cond, by_store, state, msg, det)
    CROSS JOIN unnest(ARRAY['none', 'store_id', 'region']) AS g(grp)
    CROSS JOIN unnest(ARRAY['disabled', 'row-gather']) AS s(strategy)
    WHERE g.grp <> 'store_id' OR c.by_store;
END
$$;

------------------------------------------------------------------------
-- sector benchmarks on every plan

-- Part n (1 sqlstate, 2 message, 3 detail, 4 hint) of an error from
-- ct.result; NULL for a result that is no error.
CREATE FUNCTION ct.err(r text, n int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN r ~ '^ERROR ' THEN
        CASE n WHEN 1 THEN substring(r FROM '^ERROR (\w+):')
               ELSE split_part(regexp_replace(r, '^ERROR \w+: ', ''), ' | ', n - 1) END
    END
$$;

-- Where a plan evaluates function `fn`: 'on the workers' when a query sent
-- to another node calls it, else 'on the coordinator'.
CREATE FUNCTION ct.evaluated(plan text[], fn text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN array_to_string(ct.worker_queries(plan), E'\n') ~ format('\m%s\(', fn)
                THEN 'on the workers' ELSE 'on the coordinator' END
$$;

-- One rating check: query q (calling function `fn`, benchmark_rating or
-- benchmark) on the distributed tables, under `strategy` and the settings
-- `settings` (name=value,...), gives the ratings that the coordinator's
-- thresholds give (the query on the local copy), or refuses with 0A000, a
-- message that names `fn` and says "Citus worker", and a hint that points
-- to the coordinator.  Never another error, never another rating.  With
-- `documented`, only the right ratings will do, computed on the
-- coordinator.
CREATE FUNCTION ct.rating(label text, q text, strategy text, fn text, documented boolean,
                          settings text DEFAULT NULL)
RETURNS SETOF ct.outcome
LANGUAGE plpgsql AS $$
DECLARE
    lbl text := format('%s [%s%s]', label, strategy, coalesce(', ' || settings, ''));
    expected text;
    got text;
    place text;
    s text;
BEGIN
    PERFORM set_config('citus.coordinator_aggregation_strategy', strategy, true);
    FOREACH s IN ARRAY coalesce(string_to_array(settings, ','), '{}') LOOP
        PERFORM set_config(split_part(s, '=', 1), split_part(s, '=', 2), true);
    END LOOP;
    expected := ct.result(ct.in_schema(q, 'loc'));
    IF expected ~ '^ERROR' OR expected !~ '[^(),\n]' THEN
        RETURN NEXT ('FAIL', 'rating', lbl, 'the local copy gives no rating: ' || ct.oneline(ct.clip(expected)))::ct.outcome;
        RETURN;
    END IF;
    -- the query first, as a user runs it: an EXPLAIN before it in the
    -- same transaction may open a connection from the coordinator to
    -- itself, which Citus then uses instead of local execution
    got := ct.result(ct.in_schema(q, 'public'));
    BEGIN
        place := ct.evaluated(ct.plan(ct.in_schema(q, 'public')), fn);
    EXCEPTION WHEN OTHERS THEN
        place := 'unknown (EXPLAIN failed: ' || SQLERRM || ')';
    END;
    IF got = expected AND (NOT documented OR place = 'on the coordinator') THEN
        RETURN NEXT ('ok', 'rating', lbl, 'the user''s thresholds, rated ' || place)::ct.outcome;
    ELSIF got = expected THEN
        RETURN NEXT ('FAIL', 'rating', lbl, 'right ratings, but rated ' || place
                     || ': the documented shape must rate on the coordinator')::ct.outcome;
    ELSIF documented THEN
        RETURN NEXT ('FAIL', 'rating', lbl, format('rated %s, got %s; expected %s', place,
                     ct.oneline(ct.clip(got)), ct.oneline(ct.clip(expected))))::ct.outcome;
    ELSIF ct.err(got, 1) = '0A000' AND strpos(ct.err(got, 2), fn) > 0
          AND strpos(ct.err(got, 2), 'Citus worker') > 0 AND ct.err(got, 4) ~* 'coordinator' THEN
        RETURN NEXT ('ok', 'rating', lbl, 'refused ' || place || ': ' || ct.oneline(got))::ct.outcome;
    ELSIF got ~ '^ERROR' THEN
        RETURN NEXT ('FAIL', 'rating', lbl, format('rated %s: %s; expected the ratings of the coordinator''s thresholds or 0A000 naming %s and "Citus worker" with a hint',
                     place, ct.oneline(got), fn))::ct.outcome;
    ELSE
        RETURN NEXT ('FAIL', 'rating', lbl, format('silently wrong ratings, rated %s: got %s; expected %s',
                     place, ct.oneline(ct.clip(got)), ct.oneline(ct.clip(expected))))::ct.outcome;
    END IF;
END
$$;

-- The thresholds that the rating checks set on the coordinator change
-- ratings of this data: otherwise a rating read from a worker's shipped
-- thresholds could not be told from the right one.
CREATE FUNCTION ct.rating_sanity() RETURNS SETOF ct.outcome
LANGUAGE sql AS $$
    SELECT CASE WHEN count(*) > 0 THEN 'ok' ELSE 'FAIL' END, 'sanity',
           'the user''s ecommerce thresholds change ratings of the data',
           format('%s of 24 stores rated otherwise than with the shipped thresholds', count(*))
    FROM (SELECT store_id, nps_agg(score) AS nps FROM loc.resp GROUP BY store_id) AS s
    WHERE benchmark_rating('nps', nps, 'ecommerce')
          IS DISTINCT FROM CASE WHEN nps >= 60 THEN 'excellent' WHEN nps >= 40 THEN 'good' ELSE 'below' END
    UNION ALL
    SELECT 'info', 'sanity', 'ecommerce nps thresholds on each node',
           format('coordinator %s; workers %s',
                  (SELECT format('%s/%s/%s', alert_below, good_from, excellent_from) FROM sector_benchmark
                    WHERE sector = 'ecommerce' AND metric = 'nps'),
                  (SELECT string_agg(format(':%s %s', nodeport, result), ', ' ORDER BY nodeport)
                     FROM run_command_on_workers($w$SELECT format('%s/%s/%s', alert_below, good_from, excellent_from) FROM sector_benchmark WHERE sector = 'ecommerce' AND metric = 'nps'$w$)))
$$;

-- The rating checks: benchmark_rating and benchmark() in every query
-- shape, pushed down, split, on one shard, and rated on the coordinator.
CREATE FUNCTION ct.rating_checks() RETURNS SETOF text
LANGUAGE sql STABLE AS $$
    SELECT format('SELECT * FROM ct.rating(%L, %L, %L, %L, %L, %L)', label, q, s, fn, documented, settings)
    FROM (VALUES
        ('benchmark_rating, pushed down, retail', 'benchmark_rating', false, NULL,
         $q$SELECT store_id, benchmark_rating('nps', nps_agg(score), 'retail') FROM {s}.resp GROUP BY store_id ORDER BY store_id$q$),
        ('benchmark_rating, pushed down, ecommerce', 'benchmark_rating', false, NULL,
         $q$SELECT store_id, benchmark_rating('nps', nps_agg(score), 'ecommerce') FROM {s}.resp GROUP BY store_id ORDER BY store_id$q$),
        ('benchmark_rating, pushed down, in HAVING', 'benchmark_rating', false, NULL,
         $q$SELECT store_id FROM {s}.resp GROUP BY store_id HAVING benchmark_rating('nps', nps_agg(score), 'ecommerce') = 'excellent' ORDER BY store_id$q$),
        ('benchmark_rating, one shard', 'benchmark_rating', false, NULL,
         $q$SELECT store_id, benchmark_rating('nps', nps_agg(score), 'retail') FROM {s}.resp WHERE store_id = 5 GROUP BY store_id$q$),
        ('benchmark_rating, split by region', 'benchmark_rating', false, NULL,
         $q$SELECT region, benchmark_rating('nps', nps_agg(score), 'ecommerce'), benchmark_rating('nps', nps_agg(score), 'retail') FROM {s}.resp GROUP BY region ORDER BY region$q$),
        ('benchmark_rating, ungrouped', 'benchmark_rating', false, NULL,
         $q$SELECT benchmark_rating('nps', nps_agg(score), 'ecommerce'), benchmark_rating('nps', nps_agg(score), 'retail') FROM {s}.resp$q$),
        ('benchmark_rating of a subquery', 'benchmark_rating', false, NULL,
         $q$SELECT store_id, benchmark_rating('nps', nps, 'ecommerce') FROM (SELECT store_id, nps_agg(score) AS nps FROM {s}.resp GROUP BY store_id) AS s ORDER BY store_id$q$),
        ('benchmark_rating of a CTE', 'benchmark_rating', false, NULL,
         $q$WITH s AS (SELECT store_id, nps_agg(score) AS nps FROM {s}.resp GROUP BY store_id) SELECT store_id, benchmark_rating('nps', nps, 'retail') FROM s ORDER BY store_id$q$),
        ('benchmark_rating of a MATERIALIZED CTE (documented)', 'benchmark_rating', true, NULL,
         $q$WITH s AS MATERIALIZED (SELECT store_id, nps_agg(score) AS nps FROM {s}.resp GROUP BY store_id) SELECT store_id, benchmark_rating('nps', nps, 'ecommerce'), benchmark_rating('nps', nps, 'retail') FROM s ORDER BY store_id$q$),
        ('benchmark_rating of a subquery with OFFSET 0', 'benchmark_rating', false, NULL,
         $q$SELECT store_id, benchmark_rating('nps', nps, 'ecommerce') FROM (SELECT store_id, nps_agg(score) AS nps FROM {s}.resp GROUP BY store_id OFFSET 0) AS s ORDER BY store_id$q$),
        ('benchmark_rating of a subquery with LIMIT', 'benchmark_rating', false, NULL,
         $q$SELECT store_id, benchmark_rating('nps', nps, 'retail') FROM (SELECT store_id, nps_agg(score) AS nps FROM {s}.resp GROUP BY store_id LIMIT 1000) AS s ORDER BY store_id$q$),
        ('benchmark_rating of a MATERIALIZED CTE', 'benchmark_rating', false, 'citus.task_assignment_policy=round-robin',
         $q$WITH s AS MATERIALIZED (SELECT store_id, nps_agg(score) AS nps FROM {s}.resp GROUP BY store_id) SELECT store_id, benchmark_rating('nps', nps, 'ecommerce'), benchmark_rating('nps', nps, 'retail') FROM s ORDER BY store_id$q$),
        ('benchmark_rating of a MATERIALIZED CTE', 'benchmark_rating', false, 'citus.enable_local_execution=off',
         $q$WITH s AS MATERIALIZED (SELECT store_id, nps_agg(score) AS nps FROM {s}.resp GROUP BY store_id) SELECT store_id, benchmark_rating('nps', nps, 'ecommerce'), benchmark_rating('nps', nps, 'retail') FROM s ORDER BY store_id$q$),
        ('benchmark_rating of a constant', 'benchmark_rating', true, NULL,
         $q$SELECT benchmark_rating('nps', 44.4, 'ecommerce'), benchmark_rating('nps', 44.4, 'retail')$q$),
        ('benchmark, pushed down, ecommerce', 'benchmark', false, NULL,
         $q$SELECT store_id, benchmark(rolling_benchmark(day, score, interval '1 month', 12), 'ecommerce') FROM {s}.resp GROUP BY store_id ORDER BY store_id$q$),
        ('benchmark, pushed down, retail', 'benchmark', false, NULL,
         $q$SELECT store_id, (benchmark(rolling_benchmark(day, score, interval '1 month', 12), 'retail')).rating FROM {s}.resp GROUP BY store_id ORDER BY store_id$q$),
        ('benchmark, split by region', 'benchmark', false, NULL,
         $q$SELECT region, benchmark(rolling_benchmark(day, score, interval '1 month', 12), 'ecommerce'), benchmark(rolling_benchmark(day, score, interval '1 month', 12), 'retail') FROM {s}.resp GROUP BY region ORDER BY region$q$),
        ('benchmark of stored windows, rollup by region', 'benchmark', false, NULL,
         $q$SELECT region, benchmark(rollup(rb), 'ecommerce'), benchmark(rollup(rb), 'retail') FROM {s}.summary GROUP BY region ORDER BY region$q$),
        ('benchmark of stored windows, every row', 'benchmark', false, NULL,
         $q$SELECT store_id, day, benchmark(rb, 'ecommerce') FROM {s}.summary ORDER BY store_id, day$q$),
        ('benchmark of stored windows, rollup per store', 'benchmark', false, NULL,
         $q$SELECT store_id, benchmark(rollup(rb), 'retail') FROM {s}.summary GROUP BY store_id ORDER BY store_id$q$),
        ('benchmark of a MATERIALIZED CTE (documented)', 'benchmark', true, NULL,
         $q$WITH w AS MATERIALIZED (SELECT store_id, rolling_benchmark(day, score, interval '1 month', 12) AS rb FROM {s}.resp GROUP BY store_id) SELECT store_id, benchmark(rb, 'ecommerce'), benchmark(rb, 'retail') FROM w ORDER BY store_id$q$)
    ) AS c(label, fn, documented, settings, q)
    CROSS JOIN unnest(ARRAY['disabled', 'row-gather']) AS s
$$;

------------------------------------------------------------------------
-- what Citus does with the aggregates it cannot split, and how the
-- partial states travel

-- Query q fails on the distributed tables under `strategy` with a message
-- matching `msg`.
CREATE FUNCTION ct.refused(label text, q text, strategy text, msg text)
RETURNS SETOF ct.outcome
LANGUAGE plpgsql AS $$
DECLARE
    got text;
BEGIN
    PERFORM set_config('citus.coordinator_aggregation_strategy', strategy, true);
    got := ct.result(ct.in_schema(q, 'public'));
    RETURN NEXT (CASE WHEN ct.err(got, 2) ~ msg THEN 'ok' ELSE 'FAIL' END, 'limit',
                 format('%s [%s]', label, strategy),
                 format('got %s; expected an error /%s/', ct.oneline(ct.clip(got)), msg))::ct.outcome;
END
$$;

CREATE FUNCTION ct.limit_checks() RETURNS SETOF text
LANGUAGE sql STABLE AS $$
    SELECT * FROM (VALUES
        -- DISTINCT or ORDER BY inside an aggregate: the default strategy
        -- pulls the rows to the coordinator, 'disabled' refuses; grouped
        -- by the distribution column, they are pushed down
        ($s$SELECT * FROM ct.compare('nps_agg(DISTINCT score) by region', 'SELECT region, nps_agg(DISTINCT score) FROM {s}.resp GROUP BY region ORDER BY region', 'row-gather', 'nps_agg', 'pulled')$s$),
        ($s$SELECT * FROM ct.compare('nps_agg(score ORDER BY day) by region', 'SELECT region, nps_agg(score ORDER BY day) FROM {s}.resp GROUP BY region ORDER BY region', 'row-gather', 'nps_agg', 'pulled')$s$),
        ($s$SELECT * FROM ct.compare('score_dist_agg(DISTINCT score) ungrouped', 'SELECT score_dist_agg(DISTINCT score) FROM {s}.resp', 'row-gather', 'score_dist_agg', 'pulled')$s$),
        ($s$SELECT * FROM ct.refused('nps_agg(DISTINCT score) by region', 'SELECT region, nps_agg(DISTINCT score) FROM {s}.resp GROUP BY region', 'disabled', '^cannot compute aggregate \(distinct\)$')$s$),
        ($s$SELECT * FROM ct.refused('nps_agg(score ORDER BY day) by region', 'SELECT region, nps_agg(score ORDER BY day) FROM {s}.resp GROUP BY region', 'disabled', '^unsupported aggregate function nps_agg$')$s$),
        ($s$SELECT * FROM ct.compare('nps_agg(DISTINCT score) by store_id', 'SELECT store_id, nps_agg(DISTINCT score) FROM {s}.resp GROUP BY store_id ORDER BY store_id', 'disabled', 'nps_agg', 'pushed down')$s$),
        ($s$SELECT * FROM ct.compare('nps_agg(score ORDER BY day) by store_id', 'SELECT store_id, nps_agg(score ORDER BY day) FROM {s}.resp GROUP BY store_id ORDER BY store_id', 'disabled', 'nps_agg', 'pushed down')$s$),
        -- EXPLAIN ANALYZE: Citus cannot return the cstring column of a
        -- split plan; a pushed-down plan is fine
        ($s$SELECT * FROM ct.refused('EXPLAIN ANALYZE of a split plan', 'EXPLAIN ANALYZE SELECT region, nps_agg(score) FROM {s}.resp GROUP BY region', 'disabled', 'pseudo-type cstring')$s$),
        ($s$SELECT CASE WHEN ct.result('EXPLAIN ANALYZE SELECT store_id, nps_agg(score) FROM public.resp GROUP BY store_id') ~ 'Citus Adaptive' THEN 'ok' ELSE 'FAIL' END, 'limit', 'EXPLAIN ANALYZE of a pushed-down plan works', NULL$s$)
    ) AS t(stmt)
$$;

-- A split aggregate's partial state is its state type's text form: the
-- worker query of a split plan (the arguments of a multi-argument
-- aggregate in a ROW, as Citus writes them), run on every shard, returns a
-- cstring that reads back as the state type, and the parts merge to the
-- local answer.  Shards without rows return nothing.
CREATE FUNCTION ct.transport(agg regprocedure, arg text, tbl text, state regtype, merged text, expected text)
RETURNS SETOF ct.outcome
LANGUAGE plpgsql AS $$
DECLARE
    parts text[];
    bad text;
    ok_merge boolean;
BEGIN
    SELECT array_agg(result ORDER BY shardid) FILTER (WHERE result <> ''),
           min(CASE WHEN NOT success OR (result <> '' AND result !~ '^cstring \{"') THEN result END)
      INTO parts, bad
      FROM run_command_on_shards(tbl, format('SELECT pg_typeof(w)::text || '' '' || w FROM (SELECT worker_partial_agg(%L::regprocedure, %s) AS w FROM %%s) AS t',
                                             agg::text, arg));
    IF bad IS NOT NULL OR parts IS NULL THEN
        RETURN NEXT ('FAIL', 'transport', agg::text, 'a shard returned ' || coalesce(bad, 'nothing'))::ct.outcome;
        RETURN;
    END IF;
    BEGIN
        EXECUTE format('SELECT (%s)::text = (%s)::text FROM (SELECT substr(p, 9)::%s AS s FROM unnest($1) AS p) AS t',
                       merged, expected, state)
           INTO ok_merge USING parts;
    EXCEPTION WHEN OTHERS THEN
        RETURN NEXT ('FAIL', 'transport', agg::text, 'the parts do not read back: ' || SQLERRM)::ct.outcome;
        RETURN;
    END;
    RETURN NEXT (CASE WHEN ok_merge THEN 'ok' ELSE 'FAIL' END, 'transport', agg::text,
                 format('%s shards with rows: a cstring in the text form of %s, e.g. %s', array_length(parts, 1), state,
                        ct.clip(substr(parts[1], 9), 70)))::ct.outcome;
END
$$;

-- score_dist and rolling_benchmark parts merge with rollup; mirror_state,
-- attrition_state and sbg_state have no SQL merge, so their parts only
-- read back; the states of the model fits and of the key drivers merge
-- with aggregates over their combine functions (below).
CREATE AGGREGATE ct.bgnbd_merge(bgnbd_state) (SFUNC = bgnbd_fit_combine, STYPE = bgnbd_state);
CREATE AGGREGATE ct.bgnbd_state_of(float8, float8, float8) (SFUNC = bgnbd_fit_accum, STYPE = bgnbd_state);
CREATE AGGREGATE ct.gamma_gamma_merge(gamma_gamma_state) (SFUNC = gamma_gamma_fit_combine, STYPE = gamma_gamma_state);
CREATE AGGREGATE ct.gamma_gamma_state_of(float8, float8) (SFUNC = gamma_gamma_fit_accum, STYPE = gamma_gamma_state);
CREATE AGGREGATE ct.rfm_merge(rfm_state) (SFUNC = rfm_agg_combine, STYPE = rfm_state);
CREATE AGGREGATE ct.driver_merge(driver_stats) (SFUNC = driver_stats_combine, STYPE = driver_stats);
CREATE FUNCTION ct.transport_checks() RETURNS SETOF text
LANGUAGE sql STABLE AS $$
    SELECT * FROM (VALUES
        ($s$SELECT * FROM ct.transport('nps_agg(integer)', 'score', 'resp', 'score_dist', 'rollup(s)', 'SELECT score_dist_agg(score) FROM loc.resp')$s$),
        ($s$SELECT * FROM ct.transport('rollup(rolling_benchmark)', 'rb', 'summary', 'rolling_benchmark', 'rollup(s)', 'SELECT rollup(rb) FROM loc.summary')$s$),
        ($s$SELECT * FROM ct.transport('mirror_gap(text, integer)', 'ROW(audience, pct)', 'resp', 'mirror_state', 'count(s)', 'SELECT count(DISTINCT get_shard_id_for_distribution_column(''resp'', store_id)) FROM loc.resp')$s$),
        ($s$SELECT * FROM ct.transport('attrition_agg(date, date, daterange)', $a$ROW(active_from, churned_on, daterange('2026-01-01', '2026-04-01'))$a$, 'resp', 'attrition_state', 'count(s)', 'SELECT count(DISTINCT get_shard_id_for_distribution_column(''resp'', store_id)) FROM loc.resp')$s$),
        ($s$SELECT * FROM ct.transport('sbg_fit(date, date, date, interval)', $a$ROW(active_from, churned_on, date '2026-06-30', interval '1 month')$a$, 'resp', 'sbg_state', 'count(s)', 'SELECT count(DISTINCT get_shard_id_for_distribution_column(''resp'', store_id)) FROM loc.resp')$s$),
        -- the model states merge with their combine functions, to the
        -- state of the local rows
        ($s$SELECT * FROM ct.transport('rfm_agg(date, numeric, date, interval)', $a$ROW(day, pct::numeric, date '2026-06-30', interval '1 week')$a$, 'resp', 'rfm_state', 'rfm_agg_final(ct.rfm_merge(s))', $e$SELECT rfm_agg(day, pct, date '2026-06-30', interval '1 week') FROM loc.resp$e$)$s$),
        ($s$SELECT * FROM ct.transport('bgnbd_fit(double precision, double precision, double precision)', 'ROW(freq::float8, rec, age)', 'resp', 'bgnbd_state', 'ct.bgnbd_merge(s)', 'SELECT ct.bgnbd_state_of(freq, rec, age) FROM loc.resp')$s$),
        ($s$SELECT * FROM ct.transport('gamma_gamma_fit(double precision, double precision)', 'ROW(freq::float8, spend)', 'resp', 'gamma_gamma_state', 'ct.gamma_gamma_merge(s)', 'SELECT ct.gamma_gamma_state_of(freq, spend) FROM loc.resp')$s$),
        -- exact sums merge to the state of the local rows, bit for bit
        ($s$SELECT * FROM ct.transport('driver_stats(integer, integer[])', 'ROW(y, x)', 'drv', 'driver_stats', 'ct.driver_merge(s)', 'SELECT driver_stats(y, x) FROM loc.drv')$s$),
        ($s$SELECT * FROM ct.transport('driver_stats(bigint, integer, integer[])', 'ROW(id, y, x)', 'drv', 'driver_stats', 'ct.driver_merge(s)', 'SELECT driver_stats(id, y, x) FROM loc.drv')$s$)
    ) AS t(stmt)
$$;

------------------------------------------------------------------------
-- live summaries: refused on a distributed table

-- pgcx_summarize on the distributed resp fails with 0A000 and a hint that
-- names the periodic rollup, and leaves nothing behind: no view, no
-- _compacted or _pending table, no trigger on the coordinator or on a
-- worker (on resp or on its shards), no row in pgcx_summaries.  The same
-- call on the local copy succeeds (in a subtransaction rolled back
-- afterwards), so the refusal is the distribution's, not the call's.
CREATE FUNCTION ct.summary_checks() RETURNS SETOF ct.outcome
LANGUAGE plpgsql AS $$
DECLARE
    call text := $q$SELECT pgcx_summarize('{s}.resp', 'resp_monthly', 'day', '1 mon', '{region}', '{"score": [0, 10], "csat": [1, 5]}')$q$;
    summary_triggers text := $q$SELECT count(*) FROM pg_trigger AS t JOIN pg_proc AS p ON p.oid = t.tgfoid WHERE p.proname LIKE 'pgcx_summary%'$q$;
    summary_relations text := $q$SELECT count(*) FROM pg_class WHERE relname ~ '^resp_monthly'$q$;
    n_relations bigint;
    n_triggers bigint;
    local_made text;
    got text;
    n_before bigint;
    left_here text;
    left_workers text;
BEGIN
    BEGIN
        -- Citus warns that it makes the view on the coordinator only
        PERFORM set_config('client_min_messages', 'error', true);
        EXECUTE ct.in_schema(call, 'loc');
        EXECUTE summary_relations INTO n_relations;
        EXECUTE summary_triggers INTO n_triggers;
        local_made := format('%s relations, %s triggers', n_relations, n_triggers);
        RAISE SQLSTATE 'CTRBK';
    EXCEPTION WHEN SQLSTATE 'CTRBK' THEN
        NULL;
    WHEN OTHERS THEN
        local_made := 'ERROR ' || SQLSTATE || ': ' || SQLERRM;
    END;
    RETURN NEXT (CASE WHEN local_made ~ '^[1-9]\d* relations, [1-9]\d* triggers$' THEN 'ok' ELSE 'FAIL' END, 'summary',
                 'pgcx_summarize on the local copy of resp works', 'made ' || ct.oneline(local_made))::ct.outcome;

    SELECT count(*) INTO n_before FROM pg_trigger WHERE tgrelid = 'public.resp'::regclass;
    got := ct.result(ct.in_schema(call, 'public'));
    RETURN NEXT (CASE WHEN ct.err(got, 1) = '0A000' AND ct.err(got, 4) ~* 'periodic rollup|rollup.*periodically' THEN 'ok' ELSE 'FAIL' END, 'summary',
                 'pgcx_summarize on a distributed table: 0A000, a hint that names the periodic rollup',
                 'got ' || ct.oneline(ct.clip(got)))::ct.outcome;

    left_here := concat_ws(', ',
        CASE WHEN to_regclass('public.resp_monthly') IS NOT NULL THEN 'the view' END,
        CASE WHEN to_regclass('public.resp_monthly_compacted') IS NOT NULL THEN 'resp_monthly_compacted' END,
        CASE WHEN to_regclass('public.resp_monthly_pending') IS NOT NULL THEN 'resp_monthly_pending' END,
        CASE WHEN ct.result(summary_relations) <> E'(0)\n' THEN 'relations named resp_monthly*' END,
        CASE WHEN ct.result(summary_triggers) <> E'(0)\n' THEN 'triggers of pgcx_summary_*' END,
        CASE WHEN (SELECT count(*) FROM pg_trigger WHERE tgrelid = 'public.resp'::regclass) <> n_before THEN 'a trigger on resp' END,
        CASE WHEN EXISTS (SELECT FROM pgcx_summaries) THEN 'a row in pgcx_summaries' END);
    RETURN NEXT (CASE WHEN left_here = '' THEN 'ok' ELSE 'FAIL' END, 'summary',
                 'the refused pgcx_summarize left nothing on the coordinator', 'left ' || left_here)::ct.outcome;

    SELECT string_agg(format(':%s %s', nodeport, result), ', ' ORDER BY nodeport)
             FILTER (WHERE NOT success OR result <> '0 0')
      INTO left_workers
      FROM run_command_on_workers(format('SELECT (%s) || '' '' || (%s)', summary_relations, summary_triggers));
    RETURN NEXT (CASE WHEN left_workers IS NULL THEN 'ok' ELSE 'FAIL' END, 'summary',
                 'the refused pgcx_summarize left nothing on the workers',
                 'relations named resp_monthly* and triggers of pgcx_summary_* ' || left_workers)::ct.outcome;
END
$$;

------------------------------------------------------------------------
-- the extension on every node

CREATE FUNCTION ct.propagation(nodes int) RETURNS SETOF ct.outcome
LANGUAGE sql AS $$
    SELECT CASE WHEN count(*) = nodes AND bool_and(success AND result = v.extversion) THEN 'ok' ELSE 'FAIL' END,
           'propagation', format('CREATE EXTENSION pgcx on the coordinator reached the %s workers', nodes),
           string_agg(format(':%s %s', nodeport, result), ', ' ORDER BY nodeport)
    FROM run_command_on_workers($w$SELECT coalesce((SELECT extversion FROM pg_extension WHERE extname = 'pgcx'), 'no pgcx')$w$),
         (SELECT extversion FROM pg_extension WHERE extname = 'pgcx') AS v
    GROUP BY v.extversion
$$;
