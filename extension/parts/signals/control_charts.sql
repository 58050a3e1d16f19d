-- ---------------------------------------------------------------------
-- Signals: the design of control charts.  ewma_arl and cusum_arl give the
-- average run length of an EWMA or a CUSUM chart on standardized normal
-- data (in control with shift 0, or after a shift of the mean), and
-- ewma_limit the EWMA limit L for an in-control run length.
-- ---------------------------------------------------------------------

CREATE FUNCTION @extschema@.ewma_arl(lambda pg_catalog.float8, "limit" pg_catalog.float8,
    shift pg_catalog.float8 DEFAULT 0, sides pg_catalog.int4 DEFAULT 2)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'ewma_arl'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.ewma_arl(pg_catalog.float8, pg_catalog.float8, pg_catalog.float8, pg_catalog.int4) IS 'average run length of an EWMA chart (smoothing lambda, limits L standard deviations of the asymptotic EWMA) on standardized data shifted by shift; two-sided, or one-sided (upper, reflected at 0)';

CREATE FUNCTION @extschema@.cusum_arl(k pg_catalog.float8, h pg_catalog.float8,
    shift pg_catalog.float8 DEFAULT 0, sides pg_catalog.int4 DEFAULT 2)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'cusum_arl'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cusum_arl(pg_catalog.float8, pg_catalog.float8, pg_catalog.float8, pg_catalog.int4) IS 'average run length of a CUSUM chart (reference value k, decision interval h) on standardized data shifted by shift; two-sided (Lucas-Crosier) or one-sided (upper)';

CREATE FUNCTION @extschema@.ewma_limit(lambda pg_catalog.float8, arl pg_catalog.float8,
    sides pg_catalog.int4 DEFAULT 2)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'ewma_limit'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.ewma_limit(pg_catalog.float8, pg_catalog.float8, pg_catalog.int4) IS 'the EWMA limit L (in standard deviations of the asymptotic EWMA) whose in-control average run length is arl';

-- ---------------------------------------------------------------------
-- Signals: control charts of a survey metric, period by period.  The
-- first baseline_periods periods (or target and sigma) give the in-control
-- metric and the standard deviation of one answer; each period's metric is
-- standardized by its answers and charted by a Shewhart, EWMA or CUSUM
-- chart.  One row per period, oldest first; not STRICT, since limit,
-- target and sigma may be NULL: a NULL series gives no rows.
-- ---------------------------------------------------------------------

CREATE FUNCTION @extschema@.nps_control_chart(rb @extschema@.rolling_benchmark,
    chart pg_catalog.text DEFAULT 'ewma', lambda pg_catalog.float8 DEFAULT 0.2,
    "limit" pg_catalog.float8 DEFAULT NULL, k pg_catalog.float8 DEFAULT 0.5,
    h pg_catalog.float8 DEFAULT 5, baseline_periods pg_catalog.int4 DEFAULT 6,
    target pg_catalog.float8 DEFAULT NULL, sigma pg_catalog.float8 DEFAULT NULL)
RETURNS TABLE (period_start pg_catalog.date, n pg_catalog.int8, estimate pg_catalog.float8,
               std_error pg_catalog.float8, z pg_catalog.float8, statistic pg_catalog.float8,
               statistic_low pg_catalog.float8, lower_limit pg_catalog.float8,
               upper_limit pg_catalog.float8, signal pg_catalog.bool, direction pg_catalog.text)
AS 'MODULE_PATHNAME', 'nps_control_chart'
LANGUAGE C IMMUTABLE PARALLEL SAFE ROWS 24;
COMMENT ON FUNCTION @extschema@.nps_control_chart(@extschema@.rolling_benchmark, pg_catalog.text, pg_catalog.float8, pg_catalog.float8, pg_catalog.float8, pg_catalog.float8, pg_catalog.int4, pg_catalog.float8, pg_catalog.float8) IS 'control chart (shewhart, ewma or cusum) of the NPS (-100..100, 0-10 answers) of each period of the window, oldest first, against a baseline of its first periods or target and sigma; empty periods carry the chart over';

CREATE FUNCTION @extschema@.nps_control_chart(periods pg_catalog.date[], dists @extschema@.score_dist[],
    chart pg_catalog.text DEFAULT 'ewma', lambda pg_catalog.float8 DEFAULT 0.2,
    "limit" pg_catalog.float8 DEFAULT NULL, k pg_catalog.float8 DEFAULT 0.5,
    h pg_catalog.float8 DEFAULT 5, baseline_periods pg_catalog.int4 DEFAULT 6,
    target pg_catalog.float8 DEFAULT NULL, sigma pg_catalog.float8 DEFAULT NULL)
RETURNS TABLE (period_start pg_catalog.date, n pg_catalog.int8, estimate pg_catalog.float8,
               std_error pg_catalog.float8, z pg_catalog.float8, statistic pg_catalog.float8,
               statistic_low pg_catalog.float8, lower_limit pg_catalog.float8,
               upper_limit pg_catalog.float8, signal pg_catalog.bool, direction pg_catalog.text)
AS 'MODULE_PATHNAME', 'nps_control_chart_arrays'
LANGUAGE C IMMUTABLE PARALLEL SAFE ROWS 24;
COMMENT ON FUNCTION @extschema@.nps_control_chart(pg_catalog.date[], @extschema@.score_dist[], pg_catalog.text, pg_catalog.float8, pg_catalog.float8, pg_catalog.float8, pg_catalog.float8, pg_catalog.int4, pg_catalog.float8, pg_catalog.float8) IS 'control chart (shewhart, ewma or cusum) of the NPS (-100..100, 0-10 answers) of each period (strictly increasing starts, one distribution each, one scale), against a baseline of its first periods or target and sigma; empty periods carry the chart over';

CREATE FUNCTION @extschema@.csat_control_chart(rb @extschema@.rolling_benchmark,
    chart pg_catalog.text DEFAULT 'ewma', lambda pg_catalog.float8 DEFAULT 0.2,
    "limit" pg_catalog.float8 DEFAULT NULL, k pg_catalog.float8 DEFAULT 0.5,
    h pg_catalog.float8 DEFAULT 5, baseline_periods pg_catalog.int4 DEFAULT 6,
    target pg_catalog.float8 DEFAULT NULL, sigma pg_catalog.float8 DEFAULT NULL)
RETURNS TABLE (period_start pg_catalog.date, n pg_catalog.int8, estimate pg_catalog.float8,
               std_error pg_catalog.float8, z pg_catalog.float8, statistic pg_catalog.float8,
               statistic_low pg_catalog.float8, lower_limit pg_catalog.float8,
               upper_limit pg_catalog.float8, signal pg_catalog.bool, direction pg_catalog.text)
AS 'MODULE_PATHNAME', 'csat_control_chart'
LANGUAGE C IMMUTABLE PARALLEL SAFE ROWS 24;
COMMENT ON FUNCTION @extschema@.csat_control_chart(@extschema@.rolling_benchmark, pg_catalog.text, pg_catalog.float8, pg_catalog.float8, pg_catalog.float8, pg_catalog.float8, pg_catalog.int4, pg_catalog.float8, pg_catalog.float8) IS 'control chart (shewhart, ewma or cusum) of the CSAT (top-two-box share in %) of each period of the window, oldest first, against a baseline of its first periods or target and sigma; empty periods carry the chart over';

CREATE FUNCTION @extschema@.csat_control_chart(periods pg_catalog.date[], dists @extschema@.score_dist[],
    chart pg_catalog.text DEFAULT 'ewma', lambda pg_catalog.float8 DEFAULT 0.2,
    "limit" pg_catalog.float8 DEFAULT NULL, k pg_catalog.float8 DEFAULT 0.5,
    h pg_catalog.float8 DEFAULT 5, baseline_periods pg_catalog.int4 DEFAULT 6,
    target pg_catalog.float8 DEFAULT NULL, sigma pg_catalog.float8 DEFAULT NULL)
RETURNS TABLE (period_start pg_catalog.date, n pg_catalog.int8, estimate pg_catalog.float8,
               std_error pg_catalog.float8, z pg_catalog.float8, statistic pg_catalog.float8,
               statistic_low pg_catalog.float8, lower_limit pg_catalog.float8,
               upper_limit pg_catalog.float8, signal pg_catalog.bool, direction pg_catalog.text)
AS 'MODULE_PATHNAME', 'csat_control_chart_arrays'
LANGUAGE C IMMUTABLE PARALLEL SAFE ROWS 24;
COMMENT ON FUNCTION @extschema@.csat_control_chart(pg_catalog.date[], @extschema@.score_dist[], pg_catalog.text, pg_catalog.float8, pg_catalog.float8, pg_catalog.float8, pg_catalog.float8, pg_catalog.int4, pg_catalog.float8, pg_catalog.float8) IS 'control chart (shewhart, ewma or cusum) of the CSAT (top-two-box share in %) of each period (strictly increasing starts, one distribution each, one scale), against a baseline of its first periods or target and sigma; empty periods carry the chart over';

CREATE FUNCTION @extschema@.ces_control_chart(rb @extschema@.rolling_benchmark,
    chart pg_catalog.text DEFAULT 'ewma', lambda pg_catalog.float8 DEFAULT 0.2,
    "limit" pg_catalog.float8 DEFAULT NULL, k pg_catalog.float8 DEFAULT 0.5,
    h pg_catalog.float8 DEFAULT 5, baseline_periods pg_catalog.int4 DEFAULT 6,
    target pg_catalog.float8 DEFAULT NULL, sigma pg_catalog.float8 DEFAULT NULL)
RETURNS TABLE (period_start pg_catalog.date, n pg_catalog.int8, estimate pg_catalog.float8,
               std_error pg_catalog.float8, z pg_catalog.float8, statistic pg_catalog.float8,
               statistic_low pg_catalog.float8, lower_limit pg_catalog.float8,
               upper_limit pg_catalog.float8, signal pg_catalog.bool, direction pg_catalog.text)
AS 'MODULE_PATHNAME', 'ces_control_chart'
LANGUAGE C IMMUTABLE PARALLEL SAFE ROWS 24;
COMMENT ON FUNCTION @extschema@.ces_control_chart(@extschema@.rolling_benchmark, pg_catalog.text, pg_catalog.float8, pg_catalog.float8, pg_catalog.float8, pg_catalog.float8, pg_catalog.int4, pg_catalog.float8, pg_catalog.float8) IS 'control chart (shewhart, ewma or cusum) of the CES (mean answer) of each period of the window, oldest first, against a baseline of its first periods or target and sigma; empty periods carry the chart over';

CREATE FUNCTION @extschema@.ces_control_chart(periods pg_catalog.date[], dists @extschema@.score_dist[],
    chart pg_catalog.text DEFAULT 'ewma', lambda pg_catalog.float8 DEFAULT 0.2,
    "limit" pg_catalog.float8 DEFAULT NULL, k pg_catalog.float8 DEFAULT 0.5,
    h pg_catalog.float8 DEFAULT 5, baseline_periods pg_catalog.int4 DEFAULT 6,
    target pg_catalog.float8 DEFAULT NULL, sigma pg_catalog.float8 DEFAULT NULL)
RETURNS TABLE (period_start pg_catalog.date, n pg_catalog.int8, estimate pg_catalog.float8,
               std_error pg_catalog.float8, z pg_catalog.float8, statistic pg_catalog.float8,
               statistic_low pg_catalog.float8, lower_limit pg_catalog.float8,
               upper_limit pg_catalog.float8, signal pg_catalog.bool, direction pg_catalog.text)
AS 'MODULE_PATHNAME', 'ces_control_chart_arrays'
LANGUAGE C IMMUTABLE PARALLEL SAFE ROWS 24;
COMMENT ON FUNCTION @extschema@.ces_control_chart(pg_catalog.date[], @extschema@.score_dist[], pg_catalog.text, pg_catalog.float8, pg_catalog.float8, pg_catalog.float8, pg_catalog.float8, pg_catalog.int4, pg_catalog.float8, pg_catalog.float8) IS 'control chart (shewhart, ewma or cusum) of the CES (mean answer) of each period (strictly increasing starts, one distribution each, one scale), against a baseline of its first periods or target and sigma; empty periods carry the chart over';
