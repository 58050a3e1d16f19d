-- ---------------------------------------------------------------------
-- Verbatims: what customers' own words say, on PostgreSQL's text search.
--
-- term_stats(comment tsvector, group) counts, in one parallel and
-- splittable scan, the comments (documents) and occurrences of every
-- lexeme per group; term_contrast(stats, ...) ranks the terms of one group
-- against another by the log-odds ratio with an informative Dirichlet
-- prior (Monroe, Colaresi and Quinn 2008) and the keyness G².
-- ---------------------------------------------------------------------

-- Text search configurations that keep negations: pgcx_french and
-- pgcx_english read words with the dictionary template pgcx_negation
-- (stop words dropped, negations kept), then a Snowball stemmer without
-- stop words; everything else as PostgreSQL's french and english do.
CREATE FUNCTION @extschema@.pgcx_negation_init(options pg_catalog.internal)
RETURNS pg_catalog.internal
AS 'MODULE_PATHNAME', 'pgcx_negation_init'
LANGUAGE C STRICT;
COMMENT ON FUNCTION @extschema@.pgcx_negation_init(pg_catalog.internal) IS 'init method of the text search template pgcx_negation';
CREATE FUNCTION @extschema@.pgcx_negation_lexize(dict pg_catalog.internal, word pg_catalog.internal, len pg_catalog.internal, state pg_catalog.internal)
RETURNS pg_catalog.internal
AS 'MODULE_PATHNAME', 'pgcx_negation_lexize'
LANGUAGE C STRICT;
COMMENT ON FUNCTION @extschema@.pgcx_negation_lexize(pg_catalog.internal, pg_catalog.internal, pg_catalog.internal, pg_catalog.internal) IS 'lexize method of the text search template pgcx_negation';
CREATE TEXT SEARCH TEMPLATE @extschema@.pgcx_negation (
    INIT = @extschema@.pgcx_negation_init, LEXIZE = @extschema@.pgcx_negation_lexize);
COMMENT ON TEXT SEARCH TEMPLATE @extschema@.pgcx_negation IS 'drops stop words but keeps negations (Language = french or english; Contractions = false leaves the "t" of "isn''t" out)';

CREATE TEXT SEARCH DICTIONARY @extschema@.pgcx_french_negation (
    TEMPLATE = @extschema@.pgcx_negation, Language = 'french');
COMMENT ON TEXT SEARCH DICTIONARY @extschema@.pgcx_french_negation IS 'French stop words dropped, negations kept (ne, pas, jamais, rien, aucun, ni, sans, non, guère)';
CREATE TEXT SEARCH DICTIONARY @extschema@.pgcx_french_stem (
    TEMPLATE = pg_catalog.snowball, Language = 'french');
COMMENT ON TEXT SEARCH DICTIONARY @extschema@.pgcx_french_stem IS 'Snowball French stemmer without stop words';
CREATE TEXT SEARCH CONFIGURATION @extschema@.pgcx_french (COPY = pg_catalog.french);
ALTER TEXT SEARCH CONFIGURATION @extschema@.pgcx_french
    ALTER MAPPING FOR asciiword, word, asciihword, hword, hword_asciipart, hword_part
    WITH @extschema@.pgcx_french_negation, @extschema@.pgcx_french_stem;
COMMENT ON TEXT SEARCH CONFIGURATION @extschema@.pgcx_french IS 'French, stemmed, stop words dropped but negations kept: for term_stats, theme_impact and tone';

CREATE TEXT SEARCH DICTIONARY @extschema@.pgcx_english_negation (
    TEMPLATE = @extschema@.pgcx_negation, Language = 'english');
COMMENT ON TEXT SEARCH DICTIONARY @extschema@.pgcx_english_negation IS 'English stop words dropped, negations kept (not and the "t" of "isn''t", no, nor, never, nothing, nobody, none, neither, without)';
CREATE TEXT SEARCH DICTIONARY @extschema@.pgcx_english_part_negation (
    TEMPLATE = @extschema@.pgcx_negation, Language = 'english', Contractions = false);
COMMENT ON TEXT SEARCH DICTIONARY @extschema@.pgcx_english_part_negation IS 'pgcx_english_negation for the parts of hyphenated words, where a "t" is not a contraction (T-shirt)';
CREATE TEXT SEARCH DICTIONARY @extschema@.pgcx_english_stem (
    TEMPLATE = pg_catalog.snowball, Language = 'english');
COMMENT ON TEXT SEARCH DICTIONARY @extschema@.pgcx_english_stem IS 'Snowball English stemmer without stop words';
CREATE TEXT SEARCH CONFIGURATION @extschema@.pgcx_english (COPY = pg_catalog.english);
ALTER TEXT SEARCH CONFIGURATION @extschema@.pgcx_english
    ALTER MAPPING FOR asciiword, word, asciihword, hword
    WITH @extschema@.pgcx_english_negation, @extschema@.pgcx_english_stem;
ALTER TEXT SEARCH CONFIGURATION @extschema@.pgcx_english
    ALTER MAPPING FOR hword_asciipart, hword_part
    WITH @extschema@.pgcx_english_part_negation, @extschema@.pgcx_english_stem;
COMMENT ON TEXT SEARCH CONFIGURATION @extschema@.pgcx_english IS 'English, stemmed, stop words dropped but negations kept: for term_stats, theme_impact and tone';

CREATE TYPE @extschema@.term_stats;

CREATE FUNCTION @extschema@.term_stats_in(input pg_catalog.cstring)
RETURNS @extschema@.term_stats
AS 'MODULE_PATHNAME', 'term_stats_in'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.term_stats_out(value @extschema@.term_stats)
RETURNS pg_catalog.cstring
AS 'MODULE_PATHNAME', 'term_stats_out'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.term_stats_recv(buf pg_catalog.internal)
RETURNS @extschema@.term_stats
AS 'MODULE_PATHNAME', 'term_stats_recv'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.term_stats_send(value @extschema@.term_stats)
RETURNS pg_catalog.bytea
AS 'MODULE_PATHNAME', 'term_stats_send'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE @extschema@.term_stats (
    INPUT = @extschema@.term_stats_in,
    OUTPUT = @extschema@.term_stats_out,
    RECEIVE = @extschema@.term_stats_recv,
    SEND = @extschema@.term_stats_send,
    INTERNALLENGTH = VARIABLE,
    ALIGNMENT = double,
    STORAGE = extended
);
COMMENT ON FUNCTION @extschema@.term_stats_in(pg_catalog.cstring) IS 'text input of term_stats';
COMMENT ON FUNCTION @extschema@.term_stats_out(@extschema@.term_stats) IS 'text output of term_stats';
COMMENT ON FUNCTION @extschema@.term_stats_recv(pg_catalog.internal) IS 'binary input of term_stats, validated like text input';
COMMENT ON FUNCTION @extschema@.term_stats_send(@extschema@.term_stats) IS 'binary output of term_stats';
COMMENT ON TYPE @extschema@.term_stats IS 'documents and occurrences of every lexeme of a tsvector column per group of comments, with each group''s rows and comments, read by term_contrast';

CREATE FUNCTION @extschema@.term_stats_trans(state @extschema@.term_stats, comment pg_catalog.tsvector, in_group pg_catalog.bool)
RETURNS @extschema@.term_stats
AS 'MODULE_PATHNAME', 'term_stats_trans_bool'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.term_stats_trans(@extschema@.term_stats, pg_catalog.tsvector, pg_catalog.bool) IS 'transition of term_stats: count one comment in group ''true'' or ''false'' (a NULL group: left out and counted)';
CREATE FUNCTION @extschema@.term_stats_trans(state @extschema@.term_stats, comment pg_catalog.tsvector, grp pg_catalog.text)
RETURNS @extschema@.term_stats
AS 'MODULE_PATHNAME', 'term_stats_trans_text'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.term_stats_trans(@extschema@.term_stats, pg_catalog.tsvector, pg_catalog.text) IS 'transition of term_stats: count one comment in its group (a NULL group: left out and counted)';
CREATE FUNCTION @extschema@.term_stats_inverse(state @extschema@.term_stats, comment pg_catalog.tsvector, in_group pg_catalog.bool)
RETURNS @extschema@.term_stats
AS 'MODULE_PATHNAME', 'term_stats_inverse_bool'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.term_stats_inverse(@extschema@.term_stats, pg_catalog.tsvector, pg_catalog.bool) IS 'inverse transition of term_stats: remove a comment counted before (exact)';
CREATE FUNCTION @extschema@.term_stats_inverse(state @extschema@.term_stats, comment pg_catalog.tsvector, grp pg_catalog.text)
RETURNS @extschema@.term_stats
AS 'MODULE_PATHNAME', 'term_stats_inverse_text'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.term_stats_inverse(@extschema@.term_stats, pg_catalog.tsvector, pg_catalog.text) IS 'inverse transition of term_stats: remove a comment counted before (exact)';
CREATE FUNCTION @extschema@.term_stats_combine(a @extschema@.term_stats, b @extschema@.term_stats)
RETURNS @extschema@.term_stats
AS 'MODULE_PATHNAME', 'term_stats_combine'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.term_stats_combine(@extschema@.term_stats, @extschema@.term_stats) IS 'combine function of term_stats: add the counts of two states';
CREATE FUNCTION @extschema@.term_stats_rollup_trans(a @extschema@.term_stats, b @extschema@.term_stats)
RETURNS @extschema@.term_stats
AS 'MODULE_PATHNAME', 'term_stats_combine'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.term_stats_rollup_trans(@extschema@.term_stats, @extschema@.term_stats) IS 'moving transition of rollup(term_stats): add the counts of a state (NULL states skipped)';
CREATE FUNCTION @extschema@.term_stats_unmerge(a @extschema@.term_stats, b @extschema@.term_stats)
RETURNS @extschema@.term_stats
AS 'MODULE_PATHNAME', 'term_stats_unmerge'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.term_stats_unmerge(@extschema@.term_stats, @extschema@.term_stats) IS 'inverse transition of rollup(term_stats): remove counts merged in before (exact; NULL states skipped)';

CREATE AGGREGATE @extschema@.term_stats(comment pg_catalog.tsvector, in_group pg_catalog.bool) (
    SFUNC = @extschema@.term_stats_trans, STYPE = @extschema@.term_stats,
    COMBINEFUNC = @extschema@.term_stats_combine,
    MSFUNC = @extschema@.term_stats_trans, MINVFUNC = @extschema@.term_stats_inverse,
    MSTYPE = @extschema@.term_stats, PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.term_stats(pg_catalog.tsvector, pg_catalog.bool) IS 'documents and occurrences of every lexeme of the comments in group ''true'' and in group ''false''';
CREATE AGGREGATE @extschema@.term_stats(comment pg_catalog.tsvector, grp pg_catalog.text) (
    SFUNC = @extschema@.term_stats_trans, STYPE = @extschema@.term_stats,
    COMBINEFUNC = @extschema@.term_stats_combine,
    MSFUNC = @extschema@.term_stats_trans, MINVFUNC = @extschema@.term_stats_inverse,
    MSTYPE = @extschema@.term_stats, PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.term_stats(pg_catalog.tsvector, pg_catalog.text) IS 'documents and occurrences of every lexeme of the comments in each group';
CREATE AGGREGATE @extschema@.rollup(stats @extschema@.term_stats) (
    SFUNC = @extschema@.term_stats_combine, STYPE = @extschema@.term_stats,
    COMBINEFUNC = @extschema@.term_stats_combine,
    MSFUNC = @extschema@.term_stats_rollup_trans, MINVFUNC = @extschema@.term_stats_unmerge,
    MSTYPE = @extschema@.term_stats, PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.rollup(@extschema@.term_stats) IS 'merge stored term_stats of the same kind of group (e.g. days into quarters); NULL over no value';

CREATE FUNCTION @extschema@.term_contrast(stats @extschema@.term_stats,
    group_a pg_catalog.text DEFAULT NULL, group_b pg_catalog.text DEFAULT NULL,
    prior pg_catalog.float8 DEFAULT 0.01, informative pg_catalog.bool DEFAULT false,
    unit pg_catalog.text DEFAULT 'documents', min_count pg_catalog.int8 DEFAULT 1,
    sort_by pg_catalog.text DEFAULT 'z')
RETURNS TABLE(term pg_catalog.text, n_a pg_catalog.int8, n_b pg_catalog.int8,
    pct_a pg_catalog.float8, pct_b pg_catalog.float8, log_odds pg_catalog.float8,
    std_error pg_catalog.float8, z pg_catalog.float8, g2 pg_catalog.float8,
    p_value pg_catalog.float8)
AS 'MODULE_PATHNAME', 'term_contrast'
LANGUAGE C IMMUTABLE PARALLEL SAFE ROWS 1000;
COMMENT ON FUNCTION @extschema@.term_contrast(@extschema@.term_stats, pg_catalog.text, pg_catalog.text, pg_catalog.float8, pg_catalog.bool, pg_catalog.text, pg_catalog.int8, pg_catalog.text) IS 'the terms that distinguish one group of comments from another (or from the rest): log-odds ratio with a Dirichlet prior, its z-score, keyness G² and its p-value';

-- theme_impact(score, comment, theme) and theme_stats(score, comment,
-- names, themes): promoters, passives and detractors among everybody and
-- among those whose comment matches each theme (a tsquery); the impact of
-- a theme is NPS - NPS without them, with a 95 % interval.

CREATE TYPE @extschema@.theme_stats;

CREATE FUNCTION @extschema@.theme_stats_in(input pg_catalog.cstring)
RETURNS @extschema@.theme_stats
AS 'MODULE_PATHNAME', 'theme_stats_in'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.theme_stats_out(value @extschema@.theme_stats)
RETURNS pg_catalog.cstring
AS 'MODULE_PATHNAME', 'theme_stats_out'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.theme_stats_recv(buf pg_catalog.internal)
RETURNS @extschema@.theme_stats
AS 'MODULE_PATHNAME', 'theme_stats_recv'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.theme_stats_send(value @extschema@.theme_stats)
RETURNS pg_catalog.bytea
AS 'MODULE_PATHNAME', 'theme_stats_send'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE @extschema@.theme_stats (
    INPUT = @extschema@.theme_stats_in,
    OUTPUT = @extschema@.theme_stats_out,
    RECEIVE = @extschema@.theme_stats_recv,
    SEND = @extschema@.theme_stats_send,
    INTERNALLENGTH = VARIABLE,
    ALIGNMENT = double,
    STORAGE = extended
);
COMMENT ON FUNCTION @extschema@.theme_stats_in(pg_catalog.cstring) IS 'text input of theme_stats';
COMMENT ON FUNCTION @extschema@.theme_stats_out(@extschema@.theme_stats) IS 'text output of theme_stats';
COMMENT ON FUNCTION @extschema@.theme_stats_recv(pg_catalog.internal) IS 'binary input of theme_stats, validated like text input';
COMMENT ON FUNCTION @extschema@.theme_stats_send(@extschema@.theme_stats) IS 'binary output of theme_stats';
COMMENT ON TYPE @extschema@.theme_stats IS 'promoters, passives and detractors among all respondents and among those whose comment matches each theme, read by theme_ranking';

CREATE TYPE @extschema@.theme_impact AS (
    n pg_catalog.int8, comments pg_catalog.int8, mentions pg_catalog.int8,
    share pg_catalog.float8, comment_share pg_catalog.float8,
    nps pg_catalog.float8, nps_mentioning pg_catalog.float8, nps_without pg_catalog.float8,
    impact pg_catalog.float8, std_error pg_catalog.float8,
    ci_low pg_catalog.float8, ci_high pg_catalog.float8);
COMMENT ON TYPE @extschema@.theme_impact IS 'a theme''s share of respondents and comments, the NPS of all, of those who mention it and of the others, and its impact (NPS - NPS without them) with a 95 % interval';

CREATE FUNCTION @extschema@.theme_stats_combine(a @extschema@.theme_stats, b @extschema@.theme_stats)
RETURNS @extschema@.theme_stats
AS 'MODULE_PATHNAME', 'theme_stats_combine'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.theme_stats_combine(@extschema@.theme_stats, @extschema@.theme_stats) IS 'combine function of theme_impact and theme_stats: add the counts of two states of the same themes';
CREATE FUNCTION @extschema@.theme_impact_final(state @extschema@.theme_stats)
RETURNS @extschema@.theme_impact
AS 'MODULE_PATHNAME', 'theme_impact_final'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.theme_impact_final(@extschema@.theme_stats) IS 'final function of theme_impact: the figures of its theme';
CREATE FUNCTION @extschema@.theme_impact_trans(state @extschema@.theme_stats, score pg_catalog.int2, comment pg_catalog.tsvector, theme pg_catalog.tsquery)
RETURNS @extschema@.theme_stats
AS 'MODULE_PATHNAME', 'theme_impact_trans_int2'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.theme_impact_trans(@extschema@.theme_stats, pg_catalog.int2, pg_catalog.tsvector, pg_catalog.tsquery) IS 'transition of theme_impact: count one respondent, and whether the comment matches the theme';
CREATE AGGREGATE @extschema@.theme_impact(score pg_catalog.int2, comment pg_catalog.tsvector, theme pg_catalog.tsquery) (
    SFUNC = @extschema@.theme_impact_trans, STYPE = @extschema@.theme_stats,
    FINALFUNC = @extschema@.theme_impact_final,
    COMBINEFUNC = @extschema@.theme_stats_combine, PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.theme_impact(pg_catalog.int2, pg_catalog.tsvector, pg_catalog.tsquery) IS 'how much NPS the respondents whose comment matches the theme cost or earn: NPS - NPS without them, with a 95 % interval';
CREATE FUNCTION @extschema@.theme_stats_trans(state @extschema@.theme_stats, score pg_catalog.int2, comment pg_catalog.tsvector, names pg_catalog.text[], themes pg_catalog.tsquery[])
RETURNS @extschema@.theme_stats
AS 'MODULE_PATHNAME', 'theme_stats_trans_int2'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.theme_stats_trans(@extschema@.theme_stats, pg_catalog.int2, pg_catalog.tsvector, pg_catalog.text[], pg_catalog.tsquery[]) IS 'transition of theme_stats: count one respondent, and which themes the comment matches';
CREATE AGGREGATE @extschema@.theme_stats(score pg_catalog.int2, comment pg_catalog.tsvector, names pg_catalog.text[], themes pg_catalog.tsquery[]) (
    SFUNC = @extschema@.theme_stats_trans, STYPE = @extschema@.theme_stats,
    COMBINEFUNC = @extschema@.theme_stats_combine, PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.theme_stats(pg_catalog.int2, pg_catalog.tsvector, pg_catalog.text[], pg_catalog.tsquery[]) IS 'promoters, passives and detractors among all respondents and among those whose comment matches each named theme, in one scan; read by theme_ranking';
CREATE FUNCTION @extschema@.theme_impact_trans(state @extschema@.theme_stats, score pg_catalog.int4, comment pg_catalog.tsvector, theme pg_catalog.tsquery)
RETURNS @extschema@.theme_stats
AS 'MODULE_PATHNAME', 'theme_impact_trans_int4'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.theme_impact_trans(@extschema@.theme_stats, pg_catalog.int4, pg_catalog.tsvector, pg_catalog.tsquery) IS 'transition of theme_impact: count one respondent, and whether the comment matches the theme';
CREATE AGGREGATE @extschema@.theme_impact(score pg_catalog.int4, comment pg_catalog.tsvector, theme pg_catalog.tsquery) (
    SFUNC = @extschema@.theme_impact_trans, STYPE = @extschema@.theme_stats,
    FINALFUNC = @extschema@.theme_impact_final,
    COMBINEFUNC = @extschema@.theme_stats_combine, PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.theme_impact(pg_catalog.int4, pg_catalog.tsvector, pg_catalog.tsquery) IS 'how much NPS the respondents whose comment matches the theme cost or earn: NPS - NPS without them, with a 95 % interval';
CREATE FUNCTION @extschema@.theme_stats_trans(state @extschema@.theme_stats, score pg_catalog.int4, comment pg_catalog.tsvector, names pg_catalog.text[], themes pg_catalog.tsquery[])
RETURNS @extschema@.theme_stats
AS 'MODULE_PATHNAME', 'theme_stats_trans_int4'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.theme_stats_trans(@extschema@.theme_stats, pg_catalog.int4, pg_catalog.tsvector, pg_catalog.text[], pg_catalog.tsquery[]) IS 'transition of theme_stats: count one respondent, and which themes the comment matches';
CREATE AGGREGATE @extschema@.theme_stats(score pg_catalog.int4, comment pg_catalog.tsvector, names pg_catalog.text[], themes pg_catalog.tsquery[]) (
    SFUNC = @extschema@.theme_stats_trans, STYPE = @extschema@.theme_stats,
    COMBINEFUNC = @extschema@.theme_stats_combine, PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.theme_stats(pg_catalog.int4, pg_catalog.tsvector, pg_catalog.text[], pg_catalog.tsquery[]) IS 'promoters, passives and detractors among all respondents and among those whose comment matches each named theme, in one scan; read by theme_ranking';
CREATE FUNCTION @extschema@.theme_impact_trans(state @extschema@.theme_stats, score pg_catalog.int8, comment pg_catalog.tsvector, theme pg_catalog.tsquery)
RETURNS @extschema@.theme_stats
AS 'MODULE_PATHNAME', 'theme_impact_trans_int8'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.theme_impact_trans(@extschema@.theme_stats, pg_catalog.int8, pg_catalog.tsvector, pg_catalog.tsquery) IS 'transition of theme_impact: count one respondent, and whether the comment matches the theme';
CREATE AGGREGATE @extschema@.theme_impact(score pg_catalog.int8, comment pg_catalog.tsvector, theme pg_catalog.tsquery) (
    SFUNC = @extschema@.theme_impact_trans, STYPE = @extschema@.theme_stats,
    FINALFUNC = @extschema@.theme_impact_final,
    COMBINEFUNC = @extschema@.theme_stats_combine, PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.theme_impact(pg_catalog.int8, pg_catalog.tsvector, pg_catalog.tsquery) IS 'how much NPS the respondents whose comment matches the theme cost or earn: NPS - NPS without them, with a 95 % interval';
CREATE FUNCTION @extschema@.theme_stats_trans(state @extschema@.theme_stats, score pg_catalog.int8, comment pg_catalog.tsvector, names pg_catalog.text[], themes pg_catalog.tsquery[])
RETURNS @extschema@.theme_stats
AS 'MODULE_PATHNAME', 'theme_stats_trans_int8'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.theme_stats_trans(@extschema@.theme_stats, pg_catalog.int8, pg_catalog.tsvector, pg_catalog.text[], pg_catalog.tsquery[]) IS 'transition of theme_stats: count one respondent, and which themes the comment matches';
CREATE AGGREGATE @extschema@.theme_stats(score pg_catalog.int8, comment pg_catalog.tsvector, names pg_catalog.text[], themes pg_catalog.tsquery[]) (
    SFUNC = @extschema@.theme_stats_trans, STYPE = @extschema@.theme_stats,
    COMBINEFUNC = @extschema@.theme_stats_combine, PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.theme_stats(pg_catalog.int8, pg_catalog.tsvector, pg_catalog.text[], pg_catalog.tsquery[]) IS 'promoters, passives and detractors among all respondents and among those whose comment matches each named theme, in one scan; read by theme_ranking';
CREATE FUNCTION @extschema@.theme_impact_trans(state @extschema@.theme_stats, score pg_catalog.numeric, comment pg_catalog.tsvector, theme pg_catalog.tsquery)
RETURNS @extschema@.theme_stats
AS 'MODULE_PATHNAME', 'theme_impact_trans_numeric'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.theme_impact_trans(@extschema@.theme_stats, pg_catalog.numeric, pg_catalog.tsvector, pg_catalog.tsquery) IS 'transition of theme_impact: count one respondent, and whether the comment matches the theme';
CREATE AGGREGATE @extschema@.theme_impact(score pg_catalog.numeric, comment pg_catalog.tsvector, theme pg_catalog.tsquery) (
    SFUNC = @extschema@.theme_impact_trans, STYPE = @extschema@.theme_stats,
    FINALFUNC = @extschema@.theme_impact_final,
    COMBINEFUNC = @extschema@.theme_stats_combine, PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.theme_impact(pg_catalog.numeric, pg_catalog.tsvector, pg_catalog.tsquery) IS 'how much NPS the respondents whose comment matches the theme cost or earn: NPS - NPS without them, with a 95 % interval';
CREATE FUNCTION @extschema@.theme_stats_trans(state @extschema@.theme_stats, score pg_catalog.numeric, comment pg_catalog.tsvector, names pg_catalog.text[], themes pg_catalog.tsquery[])
RETURNS @extschema@.theme_stats
AS 'MODULE_PATHNAME', 'theme_stats_trans_numeric'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.theme_stats_trans(@extschema@.theme_stats, pg_catalog.numeric, pg_catalog.tsvector, pg_catalog.text[], pg_catalog.tsquery[]) IS 'transition of theme_stats: count one respondent, and which themes the comment matches';
CREATE AGGREGATE @extschema@.theme_stats(score pg_catalog.numeric, comment pg_catalog.tsvector, names pg_catalog.text[], themes pg_catalog.tsquery[]) (
    SFUNC = @extschema@.theme_stats_trans, STYPE = @extschema@.theme_stats,
    COMBINEFUNC = @extschema@.theme_stats_combine, PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.theme_stats(pg_catalog.numeric, pg_catalog.tsvector, pg_catalog.text[], pg_catalog.tsquery[]) IS 'promoters, passives and detractors among all respondents and among those whose comment matches each named theme, in one scan; read by theme_ranking';
CREATE FUNCTION @extschema@.theme_impact_trans(state @extschema@.theme_stats, score pg_catalog.float8, comment pg_catalog.tsvector, theme pg_catalog.tsquery)
RETURNS @extschema@.theme_stats
AS 'MODULE_PATHNAME', 'theme_impact_trans_float8'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.theme_impact_trans(@extschema@.theme_stats, pg_catalog.float8, pg_catalog.tsvector, pg_catalog.tsquery) IS 'transition of theme_impact: count one respondent, and whether the comment matches the theme';
CREATE AGGREGATE @extschema@.theme_impact(score pg_catalog.float8, comment pg_catalog.tsvector, theme pg_catalog.tsquery) (
    SFUNC = @extschema@.theme_impact_trans, STYPE = @extschema@.theme_stats,
    FINALFUNC = @extschema@.theme_impact_final,
    COMBINEFUNC = @extschema@.theme_stats_combine, PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.theme_impact(pg_catalog.float8, pg_catalog.tsvector, pg_catalog.tsquery) IS 'how much NPS the respondents whose comment matches the theme cost or earn: NPS - NPS without them, with a 95 % interval';
CREATE FUNCTION @extschema@.theme_stats_trans(state @extschema@.theme_stats, score pg_catalog.float8, comment pg_catalog.tsvector, names pg_catalog.text[], themes pg_catalog.tsquery[])
RETURNS @extschema@.theme_stats
AS 'MODULE_PATHNAME', 'theme_stats_trans_float8'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.theme_stats_trans(@extschema@.theme_stats, pg_catalog.float8, pg_catalog.tsvector, pg_catalog.text[], pg_catalog.tsquery[]) IS 'transition of theme_stats: count one respondent, and which themes the comment matches';
CREATE AGGREGATE @extschema@.theme_stats(score pg_catalog.float8, comment pg_catalog.tsvector, names pg_catalog.text[], themes pg_catalog.tsquery[]) (
    SFUNC = @extschema@.theme_stats_trans, STYPE = @extschema@.theme_stats,
    COMBINEFUNC = @extschema@.theme_stats_combine, PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.theme_stats(pg_catalog.float8, pg_catalog.tsvector, pg_catalog.text[], pg_catalog.tsquery[]) IS 'promoters, passives and detractors among all respondents and among those whose comment matches each named theme, in one scan; read by theme_ranking';

CREATE FUNCTION @extschema@.theme_ranking(stats @extschema@.theme_stats)
RETURNS TABLE(theme pg_catalog.text, n pg_catalog.int8, comments pg_catalog.int8,
    mentions pg_catalog.int8, share pg_catalog.float8, comment_share pg_catalog.float8,
    nps pg_catalog.float8, nps_mentioning pg_catalog.float8, nps_without pg_catalog.float8,
    impact pg_catalog.float8, std_error pg_catalog.float8,
    ci_low pg_catalog.float8, ci_high pg_catalog.float8)
AS 'MODULE_PATHNAME', 'theme_ranking'
LANGUAGE C IMMUTABLE PARALLEL SAFE ROWS 20;
COMMENT ON FUNCTION @extschema@.theme_ranking(@extschema@.theme_stats) IS 'every theme''s figures (those of theme_impact), the themes that cost the most NPS first';

-- tone(comment, config): the polarity of a comment in [-1, 1] from the
-- opinion lexicons compiled into pgcx (src/verbatims/lexicon/SOURCES.md), a
-- negation 1 to 3 words before an opinion word reversing it; NULL without
-- one.
CREATE FUNCTION @extschema@.tone(comment pg_catalog.text, config pg_catalog.regconfig DEFAULT 'pgcx_french')
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'tone_text'
LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.tone(pg_catalog.text, pg_catalog.regconfig) IS 'polarity of a comment in [-1, 1] (mean of its opinion words, negations reversing them), read with pgcx_french or pgcx_english; NULL without an opinion word';
CREATE FUNCTION @extschema@.tone(comment pg_catalog.tsvector, config pg_catalog.regconfig DEFAULT 'pgcx_french')
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'tone_tsvector'
LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.tone(pg_catalog.tsvector, pg_catalog.regconfig) IS 'polarity of a comment''s tsvector, built with pgcx_french or pgcx_english (positions kept), in [-1, 1]; NULL without an opinion word';
