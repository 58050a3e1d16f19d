------------------------------------------------------------------------
-- sector benchmarks
--
-- A configuration table: pg_dump saves the rows users add or change
-- (shipped = false) and CREATE EXTENSION brings back the shipped ones.  A
-- changed shipped row becomes a user row; a user row whose key is a shipped
-- row's replaces it, so a restore puts changed shipped rows back.
------------------------------------------------------------------------

CREATE TABLE @extschema@.sector_benchmark (
    sector text NOT NULL,
    metric text NOT NULL CHECK (metric IN ('nps', 'csat', 'ces')),
    alert_below float8,
    good_from float8,
    excellent_from float8,
    source text,
    shipped boolean NOT NULL DEFAULT false,
    PRIMARY KEY (sector, metric)
);
COMMENT ON TABLE @extschema@.sector_benchmark IS 'thresholds of NPS, CSAT and CES per sector; shipped rows come from the seed documents, users add or change rows';
COMMENT ON COLUMN @extschema@.sector_benchmark.shipped IS 'true for a row shipped with pgcx and unchanged; user rows (and changed shipped rows) are false and are saved by pg_dump';

INSERT INTO @extschema@.sector_benchmark VALUES
    ('all', 'nps', 0, 50, 70, 'NPS > 50 strong recommendation; leaders (Apple, Tesla) above 70', true),
    ('ecommerce', 'nps', NULL, 40, 60, 'B2C e-commerce: about 40 is good, Amazon above 60', true),
    ('b2b_services', 'nps', 30, 30, NULL, 'B2B services: below 30 must alert', true),
    ('all', 'csat', NULL, 85, NULL, 'high performers keep CSAT above 85 %', true),
    ('ecommerce', 'csat', NULL, 88, 90, 'e-commerce: aim above 88-90 %', true),
    ('b2b_services', 'csat', NULL, 82, 85, 'B2B: a stable 82-85 % reflects solid service', true);

-- The shipped rows above are inserted before the trigger exists: once it
-- does, every row that is inserted or changed is a user row.
CREATE FUNCTION @extschema@.sector_benchmark_user_row() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        -- a row stays shipped only while its values are those shipped
        IF NEW IS DISTINCT FROM OLD AND NOT (OLD.shipped AND NOT NEW.shipped AND
             (NEW.sector, NEW.metric, NEW.alert_below, NEW.good_from, NEW.excellent_from, NEW.source)
             IS NOT DISTINCT FROM
             (OLD.sector, OLD.metric, OLD.alert_below, OLD.good_from, OLD.excellent_from, OLD.source)) THEN
            NEW.shipped := false;
        END IF;
        RETURN NEW;
    END IF;
    -- Only the extension's script creates shipped rows: an inserted row is
    -- a user row, so that pg_dump saves it.
    NEW.shipped := false;
    -- A row over a shipped one (a restore, or a user override) replaces
    -- it.  When no shipped row is updated (there is none, or a concurrent
    -- transaction deleted it meanwhile), the row is inserted.
    UPDATE @extschema@.sector_benchmark AS b
       SET alert_below = NEW.alert_below, good_from = NEW.good_from,
           excellent_from = NEW.excellent_from, source = NEW.source, shipped = false
     WHERE b.sector OPERATOR(pg_catalog.=) NEW.sector AND b.metric OPERATOR(pg_catalog.=) NEW.metric
       AND b.shipped;
    IF FOUND THEN
        RETURN NULL;
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION @extschema@.sector_benchmark_user_row() IS 'keeps sector_benchmark rows that users add or change marked as theirs, so that pg_dump saves them';
CREATE TRIGGER sector_benchmark_user_row BEFORE INSERT OR UPDATE ON @extschema@.sector_benchmark
    FOR EACH ROW EXECUTE FUNCTION @extschema@.sector_benchmark_user_row();
COMMENT ON TRIGGER sector_benchmark_user_row ON @extschema@.sector_benchmark IS 'marks rows users add or change as theirs; a row over a shipped one replaces it';

SELECT pg_catalog.pg_extension_config_dump('@extschema@.sector_benchmark', 'WHERE NOT shipped');
-- Everybody reads the thresholds; whoever installed pgcx (a database owner,
-- pgcx being trusted) and whoever owns the database maintain them.  The
-- grant to pg_database_owner follows the database's owner through a dump
-- and restore, where the installing user is the one who restores.
GRANT SELECT ON @extschema@.sector_benchmark TO PUBLIC;
GRANT INSERT, UPDATE, DELETE ON @extschema@.sector_benchmark TO @extowner@;
GRANT INSERT, UPDATE, DELETE ON @extschema@.sector_benchmark TO pg_database_owner;

-- The one vocabulary of metric names (src/common/metric.c): the name
-- sector_benchmark keys its rows by, for any name a call may use.
CREATE FUNCTION @extschema@.canonical_metric(metric pg_catalog.text, caller pg_catalog.text DEFAULT 'canonical_metric')
RETURNS pg_catalog.text
AS 'MODULE_PATHNAME', 'pgcx_canonical_metric' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.canonical_metric(pg_catalog.text, pg_catalog.text) IS 'nps, csat or ces for any metric name (nps; csat or top2; ces or mean); unknown names are an error that names the caller';

-- benchmark_rating and benchmark are C
-- (src/benchmarks/sector_benchmark.c), so that their errors carry no line
-- of an internal function body.  They read sector_benchmark in their own
-- schema; sectors match without regard to case; on a Citus worker they
-- refuse to run.  (The trigger above stays plpgsql: it runs on writes to
-- the table, not in users' reads.)
CREATE FUNCTION @extschema@.benchmark_rating(metric text, value float8, sector text DEFAULT 'all')
RETURNS text
AS 'MODULE_PATHNAME', 'sector_benchmark_rating_float8' LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.benchmark_rating(text, float8, text) IS 'alert, excellent, good or below: a value against the thresholds of sector_benchmark (NULL thresholds are skipped; a NULL value has no rating; sectors match in any case; NPS outside -100..100, CSAT outside 0..100 or a fraction of one, NaN and infinity are refused)';

-- Forms for the integer and decimal literals that calls are written with
-- (benchmark_rating('nps', 44.4, 'ecommerce')): such a call resolves
-- exactly to pgcx, never to a look-alike function in another schema of the
-- search_path that would take those types exactly.
CREATE FUNCTION @extschema@.benchmark_rating(metric text, value pg_catalog.numeric, sector text DEFAULT 'all')
RETURNS text
AS 'MODULE_PATHNAME', 'sector_benchmark_rating_numeric' LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.benchmark_rating(text, pg_catalog.numeric, text) IS 'benchmark_rating(metric, value, sector) for integer and decimal literals';
CREATE FUNCTION @extschema@.benchmark_rating(metric text, value pg_catalog.int4, sector text DEFAULT 'all')
RETURNS text
AS 'MODULE_PATHNAME', 'sector_benchmark_rating_int4' LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.benchmark_rating(text, pg_catalog.int4, text) IS 'benchmark_rating(metric, value, sector) for integer and decimal literals';

CREATE TYPE @extschema@.benchmark AS (
    value float8,
    alert_below float8,
    good_from float8,
    excellent_from float8,
    rating text
);
COMMENT ON TYPE @extschema@.benchmark IS 'a metric of a window against the thresholds of its sector';

CREATE FUNCTION @extschema@.benchmark(rb @extschema@.rolling_benchmark, sector text, metric text DEFAULT 'nps')
RETURNS @extschema@.benchmark
AS 'MODULE_PATHNAME', 'sector_benchmark_of_window' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.benchmark(@extschema@.rolling_benchmark, text, text) IS 'the window''s nps, csat or ces (mean) against the thresholds of a sector, with its rating';
