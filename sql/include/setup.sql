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
