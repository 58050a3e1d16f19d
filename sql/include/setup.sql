-- Common set-up of the regression tests: the extension, and err(query),
-- which runs a query and shows the error it raises as
-- "SQLSTATE: message | detail" (or "no error"), so each expected output
-- states both the code and the wording of every error path.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS pgcx;
RESET client_min_messages;
CREATE FUNCTION pg_temp.err(query text) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
    detail text;
BEGIN
    EXECUTE query;
    RETURN 'no error';
EXCEPTION WHEN OTHERS THEN
    GET STACKED DIAGNOSTICS detail = PG_EXCEPTION_DETAIL;
    RETURN SQLSTATE || ': ' || SQLERRM || coalesce(' | ' || nullif(detail, ''), '');
END
$$;
-- recv(bytes, type) hands raw bytes to the binary receive function of a
-- type and shows the value's text or the error, as err() does.  It goes
-- through COPY BINARY: a file written from a bytea column holds the raw
-- field bytes, and COPY FROM that file into a column of the type passes
-- exactly those bytes to its receive function.
CREATE FUNCTION pg_temp.recv(bytes bytea, typ text) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
    f text := '/tmp/pgcx_recv_' || pg_backend_pid() || '.bin';
    detail text;
    result text;
BEGIN
    CREATE TEMP TABLE recv_in (b bytea);
    INSERT INTO recv_in VALUES (bytes);
    EXECUTE format('COPY recv_in TO %L (FORMAT binary)', f);
    EXECUTE format('CREATE TEMP TABLE recv_out (v %s)', typ);
    EXECUTE format('COPY recv_out FROM %L (FORMAT binary)', f);
    EXECUTE 'SELECT v::text FROM recv_out' INTO result;
    DROP TABLE recv_in, recv_out;
    RETURN result;
EXCEPTION WHEN OTHERS THEN
    GET STACKED DIAGNOSTICS detail = PG_EXCEPTION_DETAIL;
    RETURN SQLSTATE || ': ' || SQLERRM || coalesce(' | ' || nullif(detail, ''), '');
END
$$;
