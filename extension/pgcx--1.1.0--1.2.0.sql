-- pgcx 1.1.0 -> 1.2.0: every change to SQL objects made since 1.1.0.
-- Each change is made here and in the part of extension/parts/ it belongs
-- to; tests/upgrade/test-upgrade proves that ALTER EXTENSION pgcx UPDATE
-- from 1.0.0 (through 1.1.0) and from 1.1.0 gives the same catalog as
-- CREATE EXTENSION pgcx at 1.2.0.

\echo Use "ALTER EXTENSION pgcx UPDATE TO '1.2.0'" to load this file. \quit

------------------------------------------------------------------------
-- scale-safe reads of score_dist and rolling_benchmark; sector benchmarks
------------------------------------------------------------------------

-- Box reads (csat, top_box, bottom_box; the CSAT reads of a window) refuse
-- a 0-10 value whose answers all lie at or below 7: answers of a smaller
-- scale read with the default one.  New C symbols (suffix _v2); the 1.1.0
-- symbols keep their behaviour for the scripts that name them.
CREATE OR REPLACE FUNCTION @extschema@.csat(d @extschema@.score_dist)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'score_dist_csat_v2' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.csat(@extschema@.score_dist) IS 'percentage of answers in the top two boxes of the scale; a 0-10 value whose answers all lie at or below 7 is refused';

CREATE OR REPLACE FUNCTION @extschema@.top_box(d @extschema@.score_dist, k pg_catalog.int4)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'score_dist_top_box_v2' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.top_box(@extschema@.score_dist, pg_catalog.int4) IS 'percentage of answers among the k highest scores; a 0-10 value whose answers all lie at or below 7 is refused';

CREATE OR REPLACE FUNCTION @extschema@.bottom_box(d @extschema@.score_dist, k pg_catalog.int4)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'score_dist_bottom_box_v2' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.bottom_box(@extschema@.score_dist, pg_catalog.int4) IS 'percentage of answers among the k lowest scores; a 0-10 value whose answers all lie at or below 7 is refused';

CREATE OR REPLACE FUNCTION @extschema@.csat(rb @extschema@.rolling_benchmark)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'rolling_benchmark_csat_v2' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.csat(@extschema@.rolling_benchmark) IS 'top-two-box share over the window; a 0-10 value whose answers all lie at or below 7 is refused';

CREATE OR REPLACE FUNCTION @extschema@.series(rb @extschema@.rolling_benchmark)
RETURNS TABLE (period_start pg_catalog.date, n pg_catalog.int8, nps pg_catalog.float8,
               csat pg_catalog.float8, mean pg_catalog.float8)
AS 'MODULE_PATHNAME', 'rolling_benchmark_series_v2' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 12;
COMMENT ON FUNCTION @extschema@.series(@extschema@.rolling_benchmark) IS 'one row per period of the window, oldest first; empty periods have n = 0 and NULL metrics; csat is NULL for a 0-10 window whose answers all lie at or below 7';

CREATE OR REPLACE FUNCTION @extschema@.trend(rb @extschema@.rolling_benchmark, metric pg_catalog.text DEFAULT 'nps')
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'rolling_benchmark_trend_v2' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.trend(@extschema@.rolling_benchmark, pg_catalog.text) IS 'least-squares slope of the per-period metric (nps, csat or mean), weighted by answers, in points per period; csat of a 0-10 window whose answers all lie at or below 7 is refused';

CREATE OR REPLACE FUNCTION @extschema@.progression(rb @extschema@.rolling_benchmark, metric pg_catalog.text DEFAULT 'nps')
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'rolling_benchmark_progression_v2' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.progression(@extschema@.rolling_benchmark, pg_catalog.text) IS 'metric of the newest non-empty period minus that of the oldest; csat of a 0-10 window whose answers all lie at or below 7 is refused';

CREATE OR REPLACE FUNCTION @extschema@.sparkline(rb @extschema@.rolling_benchmark, metric pg_catalog.text DEFAULT 'nps')
RETURNS pg_catalog.text
AS 'MODULE_PATHNAME', 'rolling_benchmark_sparkline_v2' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@.sparkline(rb @extschema@.rolling_benchmark, metric pg_catalog.text, fixed_scale pg_catalog.bool)
RETURNS pg_catalog.text
AS 'MODULE_PATHNAME', 'rolling_benchmark_sparkline_v2' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

-- benchmark_rating and benchmark in C: errors without lines of internal
-- function bodies, sectors matched in any case, values checked against
-- their metric's range.
CREATE OR REPLACE FUNCTION @extschema@.benchmark_rating(metric text, value float8, sector text DEFAULT 'all')
RETURNS text
AS 'MODULE_PATHNAME', 'sector_benchmark_rating_float8' LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.benchmark_rating(text, float8, text) IS 'alert, excellent, good or below: a value against the thresholds of sector_benchmark (NULL thresholds are skipped; a NULL value has no rating; sectors match in any case; NPS outside -100..100, CSAT outside 0..100 or a fraction of one, NaN and infinity are refused)';
CREATE OR REPLACE FUNCTION @extschema@.benchmark_rating(metric text, value pg_catalog.numeric, sector text DEFAULT 'all')
RETURNS text
AS 'MODULE_PATHNAME', 'sector_benchmark_rating_numeric' LANGUAGE C STABLE PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@.benchmark_rating(metric text, value pg_catalog.int4, sector text DEFAULT 'all')
RETURNS text
AS 'MODULE_PATHNAME', 'sector_benchmark_rating_int4' LANGUAGE C STABLE PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@.benchmark(rb @extschema@.rolling_benchmark, sector text, metric text DEFAULT 'nps')
RETURNS @extschema@.benchmark
AS 'MODULE_PATHNAME', 'sector_benchmark_of_window' LANGUAGE C STABLE STRICT PARALLEL SAFE;

------------------------------------------------------------------------
-- attrition counts; forms for untyped parameters
------------------------------------------------------------------------

------------------------------------------------------------------------
-- intervals and tests of CSAT and CES; score_dist as rows; series with
-- intervals
------------------------------------------------------------------------

------------------------------------------------------------------------
-- equality, hashing and order of the stored types
------------------------------------------------------------------------
