-- Oracles of the live-summary tests, from the source in plain SQL.
--
-- check(summary, source, bucket, groups, scores): the keys where the view
-- differs from the source, one line each ("MISMATCH key: view ... source
-- ..."), then a line with what was compared: the keys and rows of the
-- source, the answers per score column and the rows of the view.  bucket
-- is the SQL that computes a row's bucket from the source; scores maps
-- each score column to its scale [lo, hi].  A score column without any
-- answer in a key must show NULL in the view.
CREATE FUNCTION pg_temp.check(summary text, source text, bucket text,
                              groups text[], scores jsonb)
RETURNS SETOF text
LANGUAGE plpgsql AS $$
DECLARE
    gsel text := '';
    gpos text := '';
    tdoc text := '';
    vdoc text := '';
    answers text := '';
    q text;
    r record;
    s record;
    differ bigint := 0;
    keys bigint;
    nrows bigint;
    shown bigint;
    counted text;
BEGIN
    FOR i IN 1 .. coalesce(array_length(groups, 1), 0) LOOP
        gsel := gsel || format(', %I', groups[i]);
        gpos := gpos || format(', %s', i + 1);
    END LOOP;
    FOR s IN SELECT key, (value->>0)::int AS lo, (value->>1)::int AS hi
               FROM jsonb_each(scores) ORDER BY key LOOP
        tdoc := tdoc || format(', %L, CASE WHEN count(%I) = 0 THEN NULL ELSE jsonb_build_array(%s) END',
                               s.key, s.key,
                               (SELECT string_agg(format('count(*) FILTER (WHERE %I = %s)', s.key, k), ', ' ORDER BY k)
                                  FROM generate_series(s.lo, s.hi) AS k));
        vdoc := vdoc || format(', %L, CASE WHEN %I IS NULL THEN NULL ELSE jsonb_build_array(%s) END',
                               s.key, s.key,
                               (SELECT string_agg(format('count_at(%I, %s)', s.key, k), ', ' ORDER BY k)
                                  FROM generate_series(s.lo, s.hi) AS k));
        answers := answers || format(', %L || count(%I)', s.key || '=', s.key);
    END LOOP;
    q := format(
        'WITH truth AS (SELECT %1$s AS bucket%2$s, jsonb_build_object(%3$s) AS doc '
        '                 FROM %4$s GROUP BY 1%5$s), '
        '     shown AS (SELECT bucket%2$s, jsonb_build_object(%6$s) AS doc FROM %7$s), '
        '     sides AS (SELECT 1 AS side, bucket%2$s, doc FROM truth '
        '               UNION ALL SELECT 2, bucket%2$s, doc FROM shown) '
        'SELECT * FROM (SELECT jsonb_build_array(bucket%2$s)::text AS k, '
        '                      count(*) FILTER (WHERE side = 2) AS nv, '
        '                      (array_agg(doc) FILTER (WHERE side = 2))[1] AS v, '
        '                      (array_agg(doc) FILTER (WHERE side = 1))[1] AS t '
        '                 FROM sides GROUP BY bucket%2$s) AS c '
        ' WHERE nv <> 1 OR v IS DISTINCT FROM t ORDER BY k',
        bucket, gsel, substr(tdoc, 3), source, gpos, substr(vdoc, 3), summary);
    FOR r IN EXECUTE q LOOP
        differ := differ + 1;
        RETURN NEXT format('MISMATCH %s: view %s, source %s', r.k,
                           CASE r.nv WHEN 0 THEN 'no row' WHEN 1 THEN r.v::text ELSE r.nv || ' rows' END,
                           coalesce(r.t::text, 'no row'));
    END LOOP;
    EXECUTE format('SELECT count(DISTINCT (%s, 0%s)), count(*), concat_ws('' ''%s) FROM %s',
                   bucket, gsel, answers, source)
        INTO keys, nrows, counted;
    EXECUTE format('SELECT count(*) FROM %s', summary) INTO shown;
    RETURN NEXT format('%s: %s keys, %s rows, answers %s; %s view rows: %s',
                       summary, keys, nrows, counted, shown,
                       CASE WHEN differ = 0 THEN 'exact' ELSE differ || ' keys differ' END);
END
$$;

-- The checks of each source, so that one call checks all its summaries,
-- and pgcx_summary_verify beside them (its rows, expected none).
CREATE TEMP TABLE oracles (summary text, source text, bucket text, groups text[], scores jsonb);
CREATE FUNCTION pg_temp.check_all(src text) RETURNS SETOF text
LANGUAGE plpgsql AS $$
DECLARE
    o record;
    line text;
BEGIN
    FOR o IN SELECT * FROM oracles WHERE source = src ORDER BY summary LOOP
        RETURN QUERY SELECT pg_temp.check(o.summary, o.source, o.bucket, o.groups, o.scores);
        FOR line IN SELECT format('verify %s: %s %s %s', o.summary, v.key, v.summary_figures, v.recomputed)
                      FROM pgcx_summary_verify(o.summary::regclass) AS v LOOP
            RETURN NEXT line;
        END LOOP;
    END LOOP;
END
$$;
