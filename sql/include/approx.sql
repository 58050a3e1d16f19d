-- approx(x): x to 12 significant digits.  Results computed with the C
-- library's mathematical functions (p-values, quantiles, powers, square
-- roots) may differ in their last bits from one libm to another, so the
-- tests compare them to this stated precision; exact counts and exact
-- arithmetic are shown whole.  The composites of pgcx have an approx() too,
-- which rounds only their libm-computed fields.
CREATE FUNCTION pg_temp.approx(x float8) RETURNS float8
LANGUAGE sql IMMUTABLE STRICT AS $$
    SELECT CASE WHEN x = 0 OR x IN ('Infinity', '-Infinity', 'NaN') THEN x
                ELSE round(x::numeric, 11 - floor(log(abs(x::numeric)))::int)::float8 END
$$;
CREATE FUNCTION pg_temp.approx(s nps_stats) RETURNS nps_stats
LANGUAGE sql IMMUTABLE STRICT AS $$
    SELECT ROW(s.n, s.promoters, s.passives, s.detractors, s.nps, pg_temp.approx(s.std_error),
               pg_temp.approx(s.ci_low), pg_temp.approx(s.ci_high))::nps_stats
$$;
CREATE FUNCTION pg_temp.approx(t nps_diff) RETURNS nps_diff
LANGUAGE sql IMMUTABLE STRICT AS $$
    SELECT ROW(t.diff, pg_temp.approx(t.std_error), pg_temp.approx(t.z),
               pg_temp.approx(t.p_value))::nps_diff
$$;
CREATE FUNCTION pg_temp.approx(g mirror_gap) RETURNS mirror_gap
LANGUAGE sql IMMUTABLE STRICT AS $$
    SELECT ROW(g.customer_n, g.employee_n, g.manager_n, g.customer_value, g.employee_value,
               g.manager_value, g.gap, pg_temp.approx(g.gap_ci_low),
               pg_temp.approx(g.gap_ci_high), g.leadership_gap)::mirror_gap
$$;
