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

-- The one vocabulary of metric names (src/metric.c): the name
-- sector_benchmark keys its rows by, for any name a call may use.
CREATE FUNCTION @extschema@.canonical_metric(metric pg_catalog.text, caller pg_catalog.text DEFAULT 'canonical_metric')
RETURNS pg_catalog.text
AS 'MODULE_PATHNAME', 'pgcx_canonical_metric' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.canonical_metric(pg_catalog.text, pg_catalog.text) IS 'nps, csat or ces for any metric name (nps; csat or top2; ces or mean); unknown names are an error that names the caller';

CREATE FUNCTION @extschema@.benchmark_rating(metric text, value float8, sector text DEFAULT 'all')
RETURNS text
LANGUAGE plpgsql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    b record;
    m text;
    node_group int;
BEGIN
    -- On a Citus worker (a query pushed down whole to the shards; Citus
    -- numbers the coordinator's group 0 and each worker's group from 1),
    -- sector_benchmark is that node's own copy, not the thresholds set on
    -- the coordinator: refuse rather than rate against them.
    IF pg_catalog.to_regclass('pg_dist_local_group') IS NOT NULL THEN
        EXECUTE 'SELECT pg_catalog.max(groupid) FROM pg_dist_local_group' INTO node_group;
        IF node_group OPERATOR(pg_catalog.<>) 0 THEN
            RAISE EXCEPTION '% cannot run on a Citus worker', 'benchmark_rating'
                USING ERRCODE = 'feature_not_supported',
                      DETAIL = 'The query was pushed down to the workers, where sector_benchmark is a copy of each node, not the thresholds set on the coordinator.',
                      HINT = 'Rate on the coordinator: aggregate in a materialized CTE and rate its rows, e.g. WITH s AS MATERIALIZED (SELECT store_id, nps_agg(score) AS nps FROM responses GROUP BY store_id) SELECT store_id, benchmark_rating(''nps'', nps, ''retail'') FROM s.';
        END IF;
    END IF;
    IF metric IS NULL OR sector IS NULL THEN
        RETURN NULL;
    END IF;
    -- nps, csat or ces, whichever name of the vocabulary the call used
    m := @extschema@.canonical_metric(metric, 'benchmark_rating');
    SELECT * INTO b FROM @extschema@.sector_benchmark AS s
     WHERE s.sector = benchmark_rating.sector AND s.metric = m;
    IF NOT FOUND THEN
        IF NOT EXISTS (SELECT 1 FROM @extschema@.sector_benchmark AS s WHERE s.sector = benchmark_rating.sector) THEN
            RAISE EXCEPTION 'unknown sector "%" in benchmark_rating', sector
                USING ERRCODE = 'invalid_parameter_value',
                      DETAIL = 'Sectors are those of the table sector_benchmark.';
        END IF;
        RAISE EXCEPTION 'sector "%" has no benchmark for metric "%" in benchmark_rating', sector, m
            USING ERRCODE = 'invalid_parameter_value',
                  DETAIL = 'Add a row to the table sector_benchmark.';
    END IF;
    IF value IS NULL THEN
        RETURN NULL;
    ELSIF value < b.alert_below THEN
        RETURN 'alert';
    ELSIF value >= b.excellent_from THEN
        RETURN 'excellent';
    ELSIF value >= b.good_from THEN
        RETURN 'good';
    END IF;
    RETURN 'below';
END
$$;
COMMENT ON FUNCTION @extschema@.benchmark_rating(text, float8, text) IS 'alert, excellent, good or below: a value against the thresholds of sector_benchmark (NULL thresholds are skipped; a NULL value has no rating)';

-- Forms for the integer and decimal literals that calls are written with
-- (benchmark_rating('nps', 44.4, 'ecommerce')): such a call resolves
-- exactly to pgcx, never to a look-alike function in another schema of the
-- search_path that would take those types exactly.
CREATE FUNCTION @extschema@.benchmark_rating(metric text, value pg_catalog.numeric, sector text DEFAULT 'all')
RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE
AS $$ SELECT @extschema@.benchmark_rating(metric, value::pg_catalog.float8, sector) $$;
COMMENT ON FUNCTION @extschema@.benchmark_rating(text, pg_catalog.numeric, text) IS 'benchmark_rating(metric, value, sector) for integer and decimal literals';
CREATE FUNCTION @extschema@.benchmark_rating(metric text, value pg_catalog.int4, sector text DEFAULT 'all')
RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE
AS $$ SELECT @extschema@.benchmark_rating(metric, value::pg_catalog.float8, sector) $$;
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
LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v float8;
    m text;
    r @extschema@.benchmark;
    node_group int;
BEGIN
    -- On a Citus worker (a query pushed down whole to the shards; Citus
    -- numbers the coordinator's group 0 and each worker's group from 1),
    -- sector_benchmark is that node's own copy, not the thresholds set on
    -- the coordinator: refuse rather than rate against them.
    IF pg_catalog.to_regclass('pg_dist_local_group') IS NOT NULL THEN
        EXECUTE 'SELECT pg_catalog.max(groupid) FROM pg_dist_local_group' INTO node_group;
        IF node_group OPERATOR(pg_catalog.<>) 0 THEN
            RAISE EXCEPTION '% cannot run on a Citus worker', 'benchmark'
                USING ERRCODE = 'feature_not_supported',
                      DETAIL = 'The query was pushed down to the workers, where sector_benchmark is a copy of each node, not the thresholds set on the coordinator.',
                      HINT = 'Rate on the coordinator: aggregate in a materialized CTE and rate its rows, e.g. WITH s AS MATERIALIZED (SELECT store_id, nps_agg(score) AS nps FROM responses GROUP BY store_id) SELECT store_id, benchmark_rating(''nps'', nps, ''retail'') FROM s.';
        END IF;
    END IF;
    m := @extschema@.canonical_metric(metric, 'benchmark');
    v := CASE m WHEN 'nps' THEN @extschema@.nps(rb)
                WHEN 'csat' THEN @extschema@.csat(rb)
                ELSE @extschema@.mean(rb) END;
    r.rating := @extschema@.benchmark_rating(m, v, sector);
    SELECT v, s.alert_below, s.good_from, s.excellent_from
      INTO r.value, r.alert_below, r.good_from, r.excellent_from
      FROM @extschema@.sector_benchmark AS s
     WHERE s.sector = benchmark.sector AND s.metric = m;
    RETURN r;
END
$$;
COMMENT ON FUNCTION @extschema@.benchmark(@extschema@.rolling_benchmark, text, text) IS 'the window''s nps, csat or ces (mean) against the thresholds of a sector, with its rating';
