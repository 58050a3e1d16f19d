-- The prediction functions read their model argument (bgnbd, gamma_gamma,
-- sbg) once per distinct model value of a call site and keep it for the
-- next rows: every row still gets its own model's result, whatever the
-- order of the models, and an invalid model is refused on every row where
-- it appears.  The reference is each call made on its own, in a statement
-- of its own.
\i sql/include/setup.sql

-- one(query): the float8 that a query of one call returns, run on its own
CREATE FUNCTION pg_temp.one(query text) RETURNS float8
LANGUAGE plpgsql AS $$
DECLARE
    v float8;
BEGIN
    EXECUTE query INTO v;
    RETURN v;
END
$$;

-- 12 models of each kind, all of the same size (more than a call site
-- keeps), and 240 customers whose model changes from row to row: model 1
-- on every other row, the others in turn.
CREATE TEMP TABLE bg_models AS
SELECT i AS id, ROW(0.2 + 0.05 * i, 4 + i, 0.5 + 0.03 * i, 2 + 0.1 * i, -100, 1000, true)::bgnbd AS m
FROM generate_series(1, 12) AS i;
CREATE TEMP TABLE gg_models AS
SELECT i AS id, ROW(5 + 0.5 * i, 3 + 0.2 * i, 10 + i, -100, 1000, true)::gamma_gamma AS m
FROM generate_series(1, 12) AS i;
CREATE TEMP TABLE sbg_models AS
SELECT i AS id, ROW(0.5 + 0.1 * i, 1 + 0.3 * i, -100, 1000, true)::sbg AS m
FROM generate_series(1, 12) AS i;
SELECT count(DISTINCT pg_column_size(m)) AS bgnbd_sizes FROM bg_models;
CREATE TEMP TABLE customers AS
SELECT k, CASE WHEN k % 2 = 0 THEN 1 ELSE 1 + (k * 5) % 12 END AS bg,
       1 + (k * 7) % 12 AS gg, 1 + (k * 11) % 12 AS sb,
       (k % 6)::float8 AS x, CASE WHEN k % 6 = 0 THEN 0 ELSE 10 + k % 25 END::float8 AS tx,
       40::float8 AS t, (20 + k % 13)::float8 AS monetary, k % 9 AS period
FROM generate_series(1, 240) AS k;

-- Each function over the 240 rows in one query (in the order of k), ÷ the
-- same 240 calls made one by one: the rows that differ, bit for bit.
CREATE TEMP TABLE rows AS
SELECT c.*, b.m AS bm, g.m AS gm, s.m AS sm
FROM customers c JOIN bg_models b ON b.id = c.bg JOIN gg_models g ON g.id = c.gg
     JOIN sbg_models s ON s.id = c.sb
ORDER BY c.k;
CREATE TEMP TABLE together AS
SELECT k,
       bgnbd_p_alive(bm, x, tx, t) AS p_alive,
       bgnbd_expected_purchases(bm, 10, x, tx, t) AS purchases,
       gamma_gamma_expected_spend(gm, x, monetary) AS spend,
       clv_predict(bm, gm, x, tx, t, monetary, 5, 0.01) AS clv,
       sbg_survival(sm, period) AS survival,
       sbg_retention_rate(sm, period + 1) AS retention,
       sbg_expected_lifetime(sm, 0.1::float8) AS lifetime,
       sbg_expected_lifetime(sm, 0.1) AS lifetime_numeric,
       sbg_residual_lifetime(sm, period, 0.1::float8) AS residual,
       sbg_residual_lifetime(sm, period, 0.1) AS residual_numeric
FROM (SELECT * FROM rows ORDER BY k) AS r;
CREATE TEMP TABLE alone AS
SELECT k,
       pg_temp.one(format('SELECT bgnbd_p_alive(%L::bgnbd, %s, %s, %s)', bm, x, tx, t)) AS p_alive,
       pg_temp.one(format('SELECT bgnbd_expected_purchases(%L::bgnbd, 10, %s, %s, %s)', bm, x, tx, t)) AS purchases,
       pg_temp.one(format('SELECT gamma_gamma_expected_spend(%L::gamma_gamma, %s, %s)', gm, x, monetary)) AS spend,
       pg_temp.one(format('SELECT clv_predict(%L::bgnbd, %L::gamma_gamma, %s, %s, %s, %s, 5, 0.01)', bm, gm, x, tx, t, monetary)) AS clv,
       pg_temp.one(format('SELECT sbg_survival(%L::sbg, %s)', sm, period)) AS survival,
       pg_temp.one(format('SELECT sbg_retention_rate(%L::sbg, %s)', sm, period + 1)) AS retention,
       pg_temp.one(format('SELECT sbg_expected_lifetime(%L::sbg, 0.1::float8)', sm)) AS lifetime,
       pg_temp.one(format('SELECT sbg_expected_lifetime(%L::sbg, 0.1)', sm)) AS lifetime_numeric,
       pg_temp.one(format('SELECT sbg_residual_lifetime(%L::sbg, %s, 0.1::float8)', sm, period)) AS residual,
       pg_temp.one(format('SELECT sbg_residual_lifetime(%L::sbg, %s, 0.1)', sm, period)) AS residual_numeric
FROM rows;
SELECT count(*) AS rows,
       count(*) FILTER (WHERE t.p_alive IS DISTINCT FROM a.p_alive) AS p_alive,
       count(*) FILTER (WHERE t.purchases IS DISTINCT FROM a.purchases) AS purchases,
       count(*) FILTER (WHERE t.spend IS DISTINCT FROM a.spend) AS spend,
       count(*) FILTER (WHERE t.clv IS DISTINCT FROM a.clv) AS clv,
       count(*) FILTER (WHERE t.survival IS DISTINCT FROM a.survival) AS survival,
       count(*) FILTER (WHERE t.retention IS DISTINCT FROM a.retention) AS retention,
       count(*) FILTER (WHERE t.lifetime IS DISTINCT FROM a.lifetime
                           OR t.lifetime_numeric IS DISTINCT FROM a.lifetime_numeric) AS lifetime,
       count(*) FILTER (WHERE t.residual IS DISTINCT FROM a.residual
                           OR t.residual_numeric IS DISTINCT FROM a.residual_numeric) AS residual
FROM together t JOIN alone a USING (k);
-- the comparison compares numbers: no result is NULL, and the models give
-- different results
SELECT count(*) FILTER (WHERE p_alive IS NULL OR purchases IS NULL OR spend IS NULL OR clv IS NULL
                           OR survival IS NULL OR retention IS NULL OR lifetime IS NULL
                           OR residual IS NULL) AS nulls,
       count(DISTINCT p_alive) AS distinct_p_alive, count(DISTINCT spend) AS distinct_spend,
       count(DISTINCT lifetime) AS distinct_lifetime
FROM together;

-- A model made on each row (ROW(...) in the query: the values of
-- successive rows may lie at the same address) gives each row its own
-- result.
SELECT count(*) AS rows,
       count(*) FILTER (WHERE p IS DISTINCT FROM
                        pg_temp.one(format('SELECT bgnbd_p_alive(ROW(%s, 4, 0.8, 2.4, 0, 1, true)::bgnbd, 2, 10, 40)', r))) AS differ,
       count(DISTINCT p) AS distinct_results
FROM (SELECT r, bgnbd_p_alive(ROW(r, 4, 0.8, 2.4, 0, 1, true)::bgnbd, 2, 10, 40) AS p
      FROM (SELECT 0.1 + (i % 7) * 0.1 AS r FROM generate_series(1, 70) AS i) AS s) AS q;

-- A PL/pgSQL variable changed in place between calls of one expression
-- (an expanded record: the same value in memory, new contents).
CREATE FUNCTION pg_temp.in_place() RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
    m bgnbd := ROW(0.3, 4, 0.8, 2.4, 0, 1, true)::bgnbd;
    s sbg := ROW(0.7, 1.2, 0, 1, true)::sbg;
    p float8;
    q float8;
    differ int := 0;
BEGIN
    FOR i IN 1..20 LOOP
        m.alpha := 1 + i % 4;
        s.beta := 1 + i % 3;
        p := bgnbd_p_alive(m, 2, 10, 40);
        q := sbg_survival(s, 3);
        IF p IS DISTINCT FROM pg_temp.one(format('SELECT bgnbd_p_alive(%L::bgnbd, 2, 10, 40)', m))
           OR q IS DISTINCT FROM pg_temp.one(format('SELECT sbg_survival(%L::sbg, 3)', s)) THEN
            differ := differ + 1;
        END IF;
    END LOOP;
    RETURN differ || ' of 20 differ';
END
$$;
SELECT pg_temp.in_place();

-- An invalid model is refused where it first appears in a query, after
-- rows with valid models, among them one of the same size that differs
-- from it in one parameter.
SELECT pg_temp.err($$SELECT bgnbd_p_alive(m, 1, 5, 10)
    FROM (VALUES (1, ROW(0.3, 4, 0.8, 2.4, 0, 1, true)::bgnbd), (2, ROW(0.5, 4, 0.8, 2.4, 0, 1, true)::bgnbd),
                 (3, ROW(0.3, 4, 0.8, 2.4, 0, 1, true)::bgnbd), (4, ROW(-0.3, 4, 0.8, 2.4, 0, 1, true)::bgnbd)) AS v(k, m)
    ORDER BY k$$);
SELECT pg_temp.err($$SELECT sum(gamma_gamma_expected_spend(m, 1, 5))
    FROM (VALUES (1, ROW(6, 4, 15, 0, 1, true)::gamma_gamma), (2, ROW(6, 4, 'Infinity', 0, 1, true)::gamma_gamma)) AS v(k, m)$$);
SELECT pg_temp.err($$SELECT sum(sbg_survival(m, 2))
    FROM (VALUES (1, ROW(0.7, 1.2, 0, 1, true)::sbg), (2, ROW(0.7, NULL, 0, 1, true)::sbg)) AS v(k, m)$$);
SELECT pg_temp.err($$SELECT sum(clv_predict(b, g, 1, 5, 10, 20, 3, 0))
    FROM (VALUES (1, ROW(0.3, 4, 0.8, 2.4, 0, 1, true)::bgnbd, ROW(6, 4, 15, 0, 1, true)::gamma_gamma),
                 (2, ROW(0.3, 4, 0.8, 2.4, 0, 1, true)::bgnbd, ROW(6, 0, 15, 0, 1, true)::gamma_gamma)) AS v(k, b, g)$$);

-- One PL/pgSQL expression called with valid and invalid models in turn:
-- each invalid one is refused, every time, and the valid ones still give
-- their own results.
CREATE FUNCTION pg_temp.turns() RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
    good bgnbd := ROW(0.3, 4, 0.8, 2.4, 0, 1, true)::bgnbd;
    bad bgnbd := ROW(0.3, 4, 0.8, -2.4, 0, 1, true)::bgnbd;
    models bgnbd[] := ARRAY[good, bad, good, bad, bad, ROW(0.4, 4, 0.8, 2.4, 0, 1, true)::bgnbd, bad];
    m bgnbd;
    p float8;
    out text := '';
BEGIN
    FOREACH m IN ARRAY models LOOP
        BEGIN
            p := bgnbd_p_alive(m, 1, 5, 10);
        EXCEPTION WHEN invalid_parameter_value THEN
            p := NULL;
        END;
        -- a result for an invalid model fails here, in its call on its own
        out := out || CASE WHEN p IS NULL THEN 'refused '
                           WHEN p = pg_temp.one(format('SELECT bgnbd_p_alive(%L::bgnbd, 1, 5, 10)', m)) THEN 'ok '
                           ELSE 'WRONG ' END;
    END LOOP;
    RETURN out;
END
$$;
SELECT pg_temp.turns();
