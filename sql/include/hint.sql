-- hint(query): runs a query and shows its error as
-- "SQLSTATE: message | hint", for the errors that point at the fix.
CREATE FUNCTION pg_temp.hint(query text) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
    hint text;
BEGIN
    EXECUTE query;
    RETURN 'no error';
EXCEPTION WHEN OTHERS THEN
    GET STACKED DIAGNOSTICS hint = PG_EXCEPTION_HINT;
    RETURN SQLSTATE || ': ' || SQLERRM || coalesce(' | ' || nullif(hint, ''), ' | no hint');
END
$$;
