-- The same in both databases: a function that runs one call of the corpus
-- and gives its result as text, or its error as SQLSTATE and message (a
-- later version may add a detail or a hint to an error).
SET client_min_messages = warning;
CREATE SCHEMA corpus;
CREATE FUNCTION corpus.try(q text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    r text;
    st text;
    msg text;
BEGIN
    EXECUTE q INTO r;
    RETURN coalesce(r, 'NULL');
EXCEPTION WHEN OTHERS THEN
    GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT;
    RETURN 'ERROR ' || st || ': ' || msg;
END
$$;
