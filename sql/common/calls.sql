-- How pgcx's functions are called: every argument of every function and
-- aggregate has a name (so \df explains itself), and functions take named
-- arguments as the README writes them.
\i sql/include/setup.sql

-- Functions and aggregates of pgcx with an input argument that has no name
-- (no row expected).
SELECT p.oid::regprocedure AS unnamed_argument
FROM pg_proc AS p
JOIN pg_depend AS d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e'
JOIN pg_extension AS e ON e.oid = d.refobjid AND e.extname = 'pgcx'
WHERE p.pronargs > 0
  AND (p.proargnames IS NULL
       OR EXISTS (SELECT 1 FROM unnest(p.proargnames[1:p.pronargs]) AS n WHERE n = ''))
ORDER BY 1::text;

-- What \df shows for the functions the README names.
SELECT p.proname, pg_get_function_arguments(p.oid) AS arguments
FROM pg_proc AS p
WHERE p.pronamespace = 'public'::regnamespace
  AND p.proname IN ('clv', 'attrition', 'retention_rate', 'annualize_attrition',
                    'benchmark_rating', 'benchmark', 'roll_to', 'top_box', 'count_at',
                    'trend', 'progression', 'sparkline')
ORDER BY 1, 2;
SELECT pg_get_function_arguments('rolling_benchmark(date, int4, interval, int4, int4, int4)'::regprocedure);
SELECT pg_get_function_arguments('mirror_gap(text, int4, text)'::regprocedure);
SELECT pg_get_function_arguments('attrition_agg(date, date, daterange)'::regprocedure);
SELECT pg_get_function_arguments('csat_agg(int4, int4)'::regprocedure);

-- Named calls give what positional ones give.
SELECT clv(avg_basket => 50, purchase_frequency => 4, lifespan => 3) AS named,
       clv(50, 4, 3) AS positional;
SELECT clv(avg_basket => 50, purchase_frequency => 4, lifespan => 3, margin => 0.3, discount_rate => 0.1)
     = clv(50, 4, 3, 0.3, 0.1) AS same;
SELECT clv(discount_rate => 0.1, margin => 0.3, lifespan => 3, purchase_frequency => 4, avg_basket => 50)
     = clv(50, 4, 3, 0.3, 0.1) AS any_order;
SELECT attrition(lost => 5, at_start => 200) AS attrition,
       retention_rate(at_start => 200, at_end => 190, acquired => 10) AS retention,
       annualize_attrition(rate => 5, period_days => 91.25) = annualize_attrition(5, 91.25) AS annualized;
SELECT benchmark_rating(metric => 'nps', value => 44.4, sector => 'ecommerce') AS rating,
       benchmark_rating(value => 44.4, metric => 'nps') AS all_sectors;
SELECT top_box(d => '{"lo":1,"hi":5,"counts":[1,0,0,1,2]}'::score_dist, k => 2) AS top2,
       count_at(d => '{"lo":1,"hi":5,"counts":[1,0,0,1,2]}'::score_dist, score => 5) AS fives;
-- PostgreSQL itself refuses named arguments in an aggregate call.
SELECT pg_temp.err($$SELECT nps_agg(score => 9)$$);

-- An error raised through a form for literal types (attrition(int4, int4),
-- clv(int4, ...), sbg_expected_lifetime(sbg, numeric), ...) or for untyped
-- parameters reads as the main form's: no CONTEXT line of a SQL function
-- (1.1.0's forms were SQL functions: "SQL function "attrition" during
-- inlining").
\set VERBOSITY default
\set SHOW_CONTEXT always
SELECT attrition(11, 10);
SELECT attrition(11::float8, 10::float8);
SELECT retention_rate(10, 5, 6);
SELECT retention_rate(10::float8, 5, 6.5);
SELECT annualize_attrition(5, 0.0);
SELECT annualize_attrition(100.5, 30.0);
SELECT clv(-1, 4, 3);
SELECT clv(50, 4, 3, 1.5, 0.1);
SELECT clv(50, 4, 3, 0.3, 10);
SELECT sbg_expected_lifetime(ROW(0.7, 1.2, -100, 10, true)::sbg, 1.5);
SELECT sbg_residual_lifetime(ROW(0.7, 1.2, -100, 10, true)::sbg, -1, 0.1);
SELECT sbg_residual_lifetime(ROW(0.7, 1.2, -100, 10, true)::sbg, 2, 1.5);
-- the notice of an infinite lifetime likewise
SELECT sbg_expected_lifetime(ROW(0.7, 1.2, -100, 10, true)::sbg, 0.0);
-- the forms for literals are C functions, as their main forms are
SELECT p.oid::regprocedure AS form, l.lanname AS language, p.prosrc AS symbol
FROM pg_proc AS p JOIN pg_language AS l ON l.oid = p.prolang
WHERE p.oid IN ('attrition(int4, int4)'::regprocedure, 'retention_rate(int4, int4, int4)'::regprocedure,
                'annualize_attrition(int4, numeric)'::regprocedure,
                'annualize_attrition(numeric, numeric)'::regprocedure,
                'clv(int4, int4, int4)'::regprocedure, 'clv(int4, int4, int4, numeric, numeric)'::regprocedure,
                'clv(int4, int4, int4, numeric, int4)'::regprocedure,
                'sbg_expected_lifetime(sbg, numeric)'::regprocedure,
                'sbg_residual_lifetime(sbg, int4, numeric)'::regprocedure)
ORDER BY p.oid::regprocedure::text;
-- no function of pgcx is a SQL function but sector benchmark's own
SELECT p.oid::regprocedure AS sql_function
FROM pg_proc AS p
JOIN pg_depend AS d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e'
JOIN pg_extension AS e ON e.oid = d.refobjid AND e.extname = 'pgcx'
WHERE p.prolang = (SELECT oid FROM pg_language WHERE lanname = 'sql')
ORDER BY p.oid::regprocedure::text;
