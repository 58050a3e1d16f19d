-- Verbatims: the text search configurations that keep negations,
-- term_stats and term_contrast, theme_impact and theme_stats, tone.
\i sql/include/setup.sql
\i sql/include/hint.sql

-- 1. pgcx_french and pgcx_english keep the negations that PostgreSQL's own
--    french and english drop, and drop the other stop words
SELECT to_tsvector('french', 'je ne suis pas content') AS french,
       to_tsvector('pgcx_french', 'je ne suis pas content') AS pgcx_french;
SELECT to_tsvector('pgcx_french', $$Le colis n'est jamais arrivé, aucun suivi, rien, sans réponse, ni mail ni appel, non merci$$);
SELECT to_tsvector('english', 'I was not happy') AS english,
       to_tsvector('pgcx_english', 'I was not happy') AS pgcx_english;
-- contractions: the parser splits "isn't" into "isn" and "t"; the "t" is
-- the negation, in a straight or a typographic apostrophe; "cannot" too
SELECT to_tsvector('pgcx_english', $$It isn't good, I don’t like it, they cannot help, never again, nothing, no one, nobody, none, neither, nor, without$$);
-- the "t" of a hyphenated word is not a contraction
SELECT to_tsvector('pgcx_english', 'a T-shirt, not great');
-- the stemmers keep no stop words of their own: negations survive
SELECT ts_lexize('pgcx_french_stem', 'pas') AS french_stem, ts_lexize('pgcx_english_stem', 'not') AS english_stem,
       ts_lexize('pgcx_french_negation', 'N') AS n, ts_lexize('pgcx_french_negation', 'le') AS stop_word,
       ts_lexize('pgcx_french_negation', 'livraison') AS passed_on;
-- the template refuses unknown options and languages
SELECT pg_temp.hint($$CREATE TEXT SEARCH DICTIONARY d (TEMPLATE = pgcx_negation, Language = 'german')$$);
SELECT pg_temp.hint($$CREATE TEXT SEARCH DICTIONARY d (TEMPLATE = pgcx_negation, Language = 'french', Stopwords = 'french')$$);

-- 2. Distinctive terms, the published check of the fightin' words
--    reference implementation (Monroe, Colaresi and Quinn's log-odds with a
--    uniform prior of 0.05, counting words): the unshared words score
--    ±0.6894227886807968, the shared ones 0
CREATE TABLE fox (body text, first boolean);
INSERT INTO fox VALUES ('the quick brown fox jumps over the lazy pig', true),
                       ('the lazy purple pig jumps over the lazier donkey', false);
SELECT term, n_a, n_b, z, abs(abs(z) - 0.6894227886807968) < 1e-15 AS published
FROM term_contrast((SELECT term_stats(to_tsvector('simple', body), first) FROM fox),
                   prior => 0.05, unit => 'occurrences')
ORDER BY term;
-- keyness G² (UCREL's log-likelihood calculator): 52 in 50,000 against
-- 57 in 75,000 gives 2.65; one term per comment, so the documents of each
-- group are its comments
CREATE TABLE corpus AS
SELECT CASE WHEN i <= 52 OR i BETWEEN 50001 AND 50057 THEN 'w' ELSE 'f' END::tsvector AS v,
       i <= 50000 AS first
FROM generate_series(1, 125000) AS i;
SELECT term, n_a, n_b, round(g2::numeric, 2) AS g2, round(p_value::numeric, 3) AS p_value
FROM term_contrast((SELECT term_stats(v, first) FROM corpus))
WHERE term = 'w';

-- 3. term_stats: what it counts
CREATE TABLE notes (id int, body text, grp text, flag boolean);
INSERT INTO notes VALUES
    (1, 'livraison en retard, colis abîmé', 'detractor', false),
    (2, 'retard retard retard', 'detractor', false),
    (3, NULL, 'detractor', false),
    (4, '', 'passive', NULL),
    (5, 'vendeur aimable, bon conseil', 'promoter', true),
    (6, 'conseil parfait, pas de retard', 'promoter', true),
    (7, 'très bon accueil', NULL, true);
-- a NULL comment is a row without comment; an empty vector a comment
-- without terms; a NULL group is left out and counted (skipped)
SELECT term_stats(to_tsvector('pgcx_french', body), grp) FROM notes;
SELECT term_stats(to_tsvector('pgcx_french', body), flag) FROM notes;
-- text groups by name, and one against the rest (documents by default)
SELECT term, n_a, n_b, round(pct_a::numeric, 1) AS pct_a, round(pct_b::numeric, 1) AS pct_b,
       round(log_odds::numeric, 4) AS log_odds, round(z::numeric, 4) AS z, round(g2::numeric, 4) AS g2
FROM term_contrast((SELECT term_stats(to_tsvector('pgcx_french', body), grp) FROM notes),
                   'detractor', 'promoter');
SELECT term, n_a, n_b FROM term_contrast((SELECT term_stats(to_tsvector('pgcx_french', body), grp) FROM notes),
                                         'detractor', unit => 'occurrences', sort_by => 'term');
-- the sort orders: |z| (default), G², |log-odds|, term; ties by term
SELECT string_agg(term, ' ') AS by_z FROM term_contrast((SELECT term_stats(to_tsvector('pgcx_french', body), flag) FROM notes));
SELECT string_agg(term, ' ') AS by_g2 FROM term_contrast((SELECT term_stats(to_tsvector('pgcx_french', body), flag) FROM notes), sort_by => 'g2');
SELECT string_agg(term, ' ') AS by_log_odds FROM term_contrast((SELECT term_stats(to_tsvector('pgcx_french', body), flag) FROM notes), sort_by => 'log_odds');
SELECT string_agg(term, ' ') AS by_term FROM term_contrast((SELECT term_stats(to_tsvector('pgcx_french', body), flag) FROM notes), sort_by => 'term');
-- min_count keeps the terms counted at least that often on both sides
SELECT term, n_a, n_b FROM term_contrast((SELECT term_stats(to_tsvector('pgcx_french', body), flag) FROM notes), min_count => 2);
-- the informative prior: alpha_w = prior x the term's count over every
-- group, alpha_0 = 0.5 x 16 documents = 8 here.  retard: n_a = 1 of
-- N_a = 11 (group true), n_b = 2 of N_b = 5 (false), alpha = 0.5 x 3 = 1.5:
-- ln(2.5 / (11 + 8 - 2.5)) - ln(3.5 / (5 + 8 - 3.5)) = -0.888541
SELECT term, n_a, n_b, round(log_odds::numeric, 6) AS log_odds
FROM term_contrast((SELECT term_stats(to_tsvector('pgcx_french', body), flag) FROM notes),
                   prior => 0.5, informative => true)
WHERE term = 'retard';
SELECT round(ln(2.5 / 16.5) - ln(3.5 / 9.5), 6) AS by_hand;
-- a pair of groups: the prior counts every group, the vocabulary only the
-- pair's terms.  x has a, b; y has b, c; w has aa.  alpha = count over all
-- groups (a 1, b 2, c 1), alpha_0 = 4, N_x = N_y = 2; c:
-- ln((0 + 1) / (2 + 4 - 0 - 1)) - ln((1 + 1) / (2 + 4 - 1 - 1)) = -0.916291
SELECT term, n_a, n_b, round(log_odds::numeric, 6) AS log_odds
FROM term_contrast((SELECT term_stats(v::tsvector, g) FROM (VALUES ('a b', 'x'), ('b c', 'y'), ('aa', 'w')) AS t(v, g)),
                   'x', 'y', prior => 1, informative => true, sort_by => 'term');
SELECT round(ln(1.0 / 5) - ln(2.0 / 4), 6) AS by_hand;

-- 4. Exact inverse: a moving window equals the aggregate of its rows
SELECT id, (term_stats(to_tsvector('pgcx_french', body), grp) OVER w)::text =
           (SELECT term_stats(to_tsvector('pgcx_french', n2.body), n2.grp)::text FROM notes AS n2
            WHERE n2.id BETWEEN n.id - 2 AND n.id) AS same
FROM notes AS n
WINDOW w AS (ORDER BY id ROWS BETWEEN 2 PRECEDING AND CURRENT ROW)
ORDER BY id;
SELECT id, (term_stats(to_tsvector('pgcx_french', body), flag) OVER w)::text =
           (SELECT term_stats(to_tsvector('pgcx_french', n2.body), n2.flag)::text FROM notes AS n2
            WHERE n2.id BETWEEN n.id - 2 AND n.id) AS same
FROM notes AS n
WINDOW w AS (ORDER BY id ROWS BETWEEN 2 PRECEDING AND CURRENT ROW)
ORDER BY id;
-- rollup merges stored states, and its window removes them exactly
CREATE TABLE daily AS
SELECT id AS day, term_stats(to_tsvector('pgcx_french', body), grp) AS terms FROM notes GROUP BY id;
SELECT rollup(terms)::text = (SELECT term_stats(to_tsvector('pgcx_french', body), grp)::text FROM notes) AS same
FROM daily;
SELECT day, (rollup(terms) OVER (ORDER BY day ROWS BETWEEN 1 PRECEDING AND CURRENT ROW))::text =
            (SELECT term_stats(to_tsvector('pgcx_french', body), grp)::text FROM notes WHERE id BETWEEN d.day - 1 AND d.day) AS same
FROM daily AS d ORDER BY day;
-- a state of text groups does not merge with one of boolean groups
SELECT pg_temp.hint($$SELECT rollup(t) FROM (SELECT term_stats('a'::tsvector, true) AS t UNION ALL SELECT term_stats('a'::tsvector, 'x')) AS s$$);
-- a transition or merge called on its own never changes its argument, and
-- refuses to remove what was not added (22023)
SELECT term_stats_trans(NULL, 'a'::tsvector, true)::text;
SELECT pg_temp.hint($$SELECT term_stats_inverse(term_stats_trans(NULL, 'a'::tsvector, true), 'b'::tsvector, true)$$);
SELECT pg_temp.hint($$SELECT term_stats_inverse(NULL::term_stats, 'a'::tsvector, 'x')$$);
SELECT pg_temp.hint($$SELECT term_stats_inverse(term_stats_trans(NULL, 'a'::tsvector, 'x'), 'a'::tsvector, 'y')$$);
SELECT pg_temp.hint($$SELECT term_stats_unmerge(term_stats_trans(NULL, 'a'::tsvector, 'x'), term_stats_trans(NULL, 'a:1,2'::tsvector, 'x'))$$);
SELECT pg_temp.hint($$SELECT term_stats_trans(term_stats_trans(NULL, 'a'::tsvector, 'x'), 'a'::tsvector, true)$$);

-- 5. Occurrences need positions: stripped vectors count each lexeme once,
--    and tsvector keeps at most 255 positions of a lexeme (to_tsvector) and
--    none past 16383; documents are not affected
CREATE TABLE long_notes AS
SELECT 1 AS id, true AS first, to_tsvector('simple', repeat('retard ', 300) || 'colis') AS v
UNION ALL SELECT 2, false, strip(to_tsvector('simple', 'colis colis retard'))
UNION ALL SELECT 3, false, to_tsvector('simple', 'colis attente');
SELECT term_stats(v, first) FROM long_notes;
SELECT term, n_a, n_b FROM term_contrast((SELECT term_stats(v, first) FROM long_notes), sort_by => 'term');
SELECT pg_temp.hint($$SELECT * FROM term_contrast((SELECT term_stats(v, first) FROM long_notes), unit => 'occurrences')$$);
SELECT pg_temp.hint($$SELECT * FROM term_contrast((SELECT term_stats(v, first) FROM long_notes WHERE id <> 2), unit => 'occurrences')$$);
-- a vector of over 1 MB: 85,000 distinct words, positions past 16383
CREATE TABLE big AS
SELECT to_tsvector('simple', string_agg('mot' || i, ' ')) AS v FROM generate_series(1, 85000) AS i;
SELECT length(v) AS lexemes, pg_column_size(v::text::tsvector) > 1048576 AS over_1mb FROM big;
SELECT (SELECT count(*) FROM term_contrast((SELECT term_stats(v, true) FROM (SELECT v FROM big UNION ALL SELECT 'autre'::tsvector) AS b(v)))) AS terms,
       (SELECT term_stats(v, 'g') FROM big)::text ~ '"capped":1' AS capped;

-- 6. term_contrast's errors and empty results
SELECT pg_temp.hint($$SELECT * FROM term_contrast((SELECT term_stats(to_tsvector('pgcx_french', body), grp) FROM notes), 'nobody')$$);
SELECT pg_temp.hint($$SELECT * FROM term_contrast((SELECT term_stats(to_tsvector('pgcx_french', body), grp) FROM notes))$$);
SELECT pg_temp.hint($$SELECT * FROM term_contrast((SELECT term_stats(to_tsvector('pgcx_french', body), grp) FROM notes), 'promoter', 'promoter')$$);
SELECT pg_temp.hint($$SELECT * FROM term_contrast((SELECT term_stats(to_tsvector('pgcx_french', body), flag) FROM notes), 'maybe')$$);
SELECT pg_temp.err(q) FROM (VALUES
    ($$SELECT * FROM term_contrast((SELECT term_stats(to_tsvector('pgcx_french', body), flag) FROM notes), prior => 0)$$),
    ($$SELECT * FROM term_contrast((SELECT term_stats(to_tsvector('pgcx_french', body), flag) FROM notes), prior => -1)$$),
    ($$SELECT * FROM term_contrast((SELECT term_stats(to_tsvector('pgcx_french', body), flag) FROM notes), prior => 'NaN')$$),
    ($$SELECT * FROM term_contrast((SELECT term_stats(to_tsvector('pgcx_french', body), flag) FROM notes), prior => 'Infinity')$$),
    ($$SELECT * FROM term_contrast((SELECT term_stats(to_tsvector('pgcx_french', body), flag) FROM notes), prior => NULL)$$),
    ($$SELECT * FROM term_contrast((SELECT term_stats(to_tsvector('pgcx_french', body), flag) FROM notes), unit => 'words')$$),
    ($$SELECT * FROM term_contrast((SELECT term_stats(to_tsvector('pgcx_french', body), flag) FROM notes), unit => NULL)$$),
    ($$SELECT * FROM term_contrast((SELECT term_stats(to_tsvector('pgcx_french', body), flag) FROM notes), min_count => 0)$$),
    ($$SELECT * FROM term_contrast((SELECT term_stats(to_tsvector('pgcx_french', body), flag) FROM notes), sort_by => 'n_a')$$),
    ($$SELECT * FROM term_contrast((SELECT term_stats(to_tsvector('pgcx_french', body), flag) FROM notes), informative => NULL)$$)
) AS t(q);
SELECT pg_temp.hint($$SELECT * FROM term_contrast((SELECT term_stats(to_tsvector('pgcx_french', body), flag) FROM notes), sort_by => 'n_a')$$);
-- a side without any term: no rows, and a NOTICE
SELECT * FROM term_contrast((SELECT term_stats(to_tsvector('pgcx_french', body), grp) FROM notes), 'passive');
SELECT * FROM term_contrast(term_stats_trans(NULL, 'a'::tsvector, true));
-- a single term: its log-odds ratio is not defined
SELECT term, n_a, n_b, log_odds, z, g2 FROM term_contrast((SELECT term_stats(v, b) FROM (VALUES ('a'::tsvector, true), ('a', false)) AS t(v, b)));
-- NULL statistics: no rows
SELECT count(*) FROM term_contrast(NULL);

-- 7. The text and binary forms read back, and damaged values are refused
SELECT t::text::term_stats::text = t::text AS text_reads_back,
       pg_temp.recv(term_stats_send(t), 'term_stats') = t::text AS binary_reads_back
FROM (SELECT term_stats(to_tsvector('pgcx_french', body), grp) AS t FROM notes) AS s;
SELECT pg_temp.err(format('SELECT %L::term_stats', v)) FROM (VALUES
    ('{"kind":"text","skipped":0,"groups":[],"terms":[]}'),
    ('{"kind":"words","skipped":0,"groups":[],"terms":[]}'),
    ('{"kind":"boolean","skipped":0,"groups":[],"terms":[]}'),
    ('{"kind":"text","skipped":-1,"groups":[],"terms":[]}'),
    ('{"kind":"text","skipped":0,"groups":[{"group":"b","rows":1,"comments":1,"stripped":0,"capped":0},{"group":"a","rows":1,"comments":1,"stripped":0,"capped":0}],"terms":[]}'),
    ('{"kind":"text","skipped":0,"groups":[{"group":"a","rows":0,"comments":0,"stripped":0,"capped":0}],"terms":[]}'),
    ('{"kind":"text","skipped":0,"groups":[{"group":"a","rows":1,"comments":2,"stripped":0,"capped":0}],"terms":[]}'),
    ('{"kind":"text","skipped":0,"groups":[{"group":"a","rows":1,"comments":1,"stripped":0,"capped":0}],"terms":[["x",0,2,2]]}'),
    ('{"kind":"text","skipped":0,"groups":[{"group":"a","rows":1,"comments":1,"stripped":0,"capped":0}],"terms":[["x",0,1,257]]}'),
    ('{"kind":"text","skipped":0,"groups":[{"group":"a","rows":1,"comments":1,"stripped":0,"capped":0}],"terms":[["x",1,1,1]]}'),
    ('{"kind":"text","skipped":0,"groups":[{"group":"a","rows":2,"comments":2,"stripped":0,"capped":0}],"terms":[["y",0,1,1],["x",0,1,1]]}'),
    ('{"kind":"text","skipped":0,"groups":[{"group":"a","rows":2,"comments":2,"stripped":0,"capped":0}],"terms":[["",0,1,1]]}'),
    ('{"kind":"text","skipped":0,"groups":[{"group":"a","rows":1,"comments":1,"stripped":0,"capped":0}],"terms":[]} x')
) AS t(v);
-- labels and lexemes with quotes, backslashes and control characters are
-- written with JSON escapes, and read back; \u escapes are read, but not
-- \u0000 or a lone surrogate
SELECT s::text, s::text::term_stats::text = s::text AS reads_back
FROM (SELECT term_stats(v, g) AS s FROM (VALUES ($$'a"b' 'c\\d'$$::tsvector, E'say "hi"\t\\')) AS t(v, g)) AS x;
SELECT '{"kind":"text","skipped":0,"groups":[{"group":"\u00e9t\u00e9 \ud83d\ude00","rows":1,"comments":1,"stripped":0,"capped":0}],"terms":[["caf\u00e9",0,1,1]]}'::term_stats::text;
SELECT pg_temp.err(format('SELECT %L::term_stats', v)) FROM (VALUES
    ('{"kind":"text","skipped":0,"groups":[{"group":"a\u0000","rows":1,"comments":1,"stripped":0,"capped":0}],"terms":[]}'),
    ('{"kind":"text","skipped":0,"groups":[{"group":"\ud83d","rows":1,"comments":1,"stripped":0,"capped":0}],"terms":[]}'),
    ('{"kind":"text","skipped":0,"groups":[{"group":"\x","rows":1,"comments":1,"stripped":0,"capped":0}],"terms":[]}')
) AS t(v);
SELECT t::text::theme_stats::text = t::text AS theme_name_reads_back
FROM (SELECT theme_stats(9, 'a'::tsvector, ARRAY['say "hi"'], ARRAY['a'::tsquery]) AS t) AS x;
SELECT pg_temp.recv('\x02'::bytea, 'term_stats') AS newer_version;
SELECT pg_temp.recv('\x00000000000000000000000000000000000000000000'::bytea, 'term_stats') AS version_0;
SELECT pg_temp.recv('\x0100000000000000000000000001000000000000000100000000000000010000000000000000000000000000000000000004'::bytea, 'term_stats') AS label_past_the_end;
-- counts that would pass a bigint when merged (22003); removals that no
-- rows allow (22023)
SELECT pg_temp.err($$SELECT rollup(s) FROM (VALUES
    ('{"kind":"text","skipped":0,"groups":[{"group":"a","rows":6917529027641081856,"comments":0,"stripped":0,"capped":0}],"terms":[]}'::term_stats),
    ('{"kind":"text","skipped":0,"groups":[{"group":"b","rows":6917529027641081856,"comments":0,"stripped":0,"capped":0}],"terms":[]}')) AS t(s)$$);
SELECT pg_temp.err(format('SELECT term_stats_unmerge(%L::term_stats, %L::term_stats)::text', a, b)) FROM (VALUES
    ('{"kind":"text","skipped":0,"groups":[{"group":"x","rows":2,"comments":1,"stripped":0,"capped":0}],"terms":[["a",0,1,1]]}',
     '{"kind":"text","skipped":0,"groups":[{"group":"x","rows":2,"comments":0,"stripped":0,"capped":0}],"terms":[]}'),
    ('{"kind":"text","skipped":0,"groups":[{"group":"x","rows":2,"comments":2,"stripped":0,"capped":0}],"terms":[]}',
     '{"kind":"text","skipped":0,"groups":[{"group":"x","rows":1,"comments":0,"stripped":0,"capped":0}],"terms":[]}'),
    ('{"kind":"text","skipped":0,"groups":[{"group":"x","rows":3,"comments":3,"stripped":0,"capped":0}],"terms":[["a",0,3,3]]}',
     '{"kind":"text","skipped":0,"groups":[{"group":"x","rows":1,"comments":1,"stripped":0,"capped":0}],"terms":[["a",0,1,2]]}')
) AS t(a, b);
SELECT pg_temp.err($$SELECT theme_stats_combine(
    '{"kind":"themes","promoters":6917529027641081856,"passives":0,"detractors":0,"comments":0,"themes":[{"theme":"x","hash":"0000000000000000","mentions":[0,0,0]}]}',
    '{"kind":"themes","promoters":0,"passives":6917529027641081856,"detractors":0,"comments":0,"themes":[{"theme":"x","hash":"0000000000000000","mentions":[0,0,0]}]}')$$);
-- a moving rollup skips NULL states, and a frame of NULLs is NULL
SELECT i, (rollup(s) OVER (ORDER BY i ROWS BETWEEN CURRENT ROW AND 1 FOLLOWING))::text
FROM (VALUES (1, NULL), (2, term_stats_trans(NULL, 'a'::tsvector, 'x')), (3, NULL), (4, NULL)) AS t(i, s)
ORDER BY i;
SELECT pg_temp.recv('\x0100'::bytea, 'term_stats') AS ends_early;
SELECT pg_temp.recv(term_stats_send(term_stats_trans(NULL, 'a'::tsvector, true)) || '\x00'::bytea, 'term_stats') AS trailing_byte;

-- 8. theme_impact: the NPS a theme costs.  Scores 0 (delivery), 10, 9 (no
--    comment), 3 (waiting), 8; NULL score left out.  NPS = (2 - 2)/5 = 0;
--    without the two who mention delay or waiting: (2 - 0)/3 = 66.67;
--    impact -66.67, standard error by hand (influence functions):
--    sqrt(2 x 1 + 2 x (1 - (1 - 2/3)/0.6)² + (0 - (0 - 2/3)/0.6)²)/5 x 100
CREATE TABLE theme_answers (score int, body text);
INSERT INTO theme_answers VALUES (0, 'retard de livraison'), (10, 'super'), (9, NULL), (3, 'attente trop longue'),
                           (8, 'bien'), (NULL, 'retard');
SELECT n, comments, mentions, share, comment_share, nps, nps_mentioning, round(nps_without::numeric, 4) AS nps_without,
       round(impact::numeric, 4) AS impact, round(std_error::numeric, 6) AS std_error,
       round((impact - 1.959963984540054 * std_error)::numeric, 4) = round(ci_low::numeric, 4) AS low_ok,
       round((impact + 1.959963984540054 * std_error)::numeric, 4) = round(ci_high::numeric, 4) AS high_ok
FROM (SELECT (theme_impact(score, to_tsvector('pgcx_french', body), to_tsquery('pgcx_french', 'retard | attente'))).*
      FROM theme_answers) AS t;
SELECT round((100 * sqrt(2 * 1 + 2 * (1 - (1 - 2.0/3) / 0.6)^2 + (0 - (0 - 2.0/3) / 0.6)^2) / 5)::numeric, 6) AS by_hand;
-- every score type gives the same figures
SELECT count(DISTINCT t::text) AS distinct_results FROM (
    SELECT theme_impact(score::int2, to_tsvector('pgcx_french', body), 'retard'::tsquery) AS t FROM theme_answers
    UNION ALL SELECT theme_impact(score::int8, to_tsvector('pgcx_french', body), 'retard'::tsquery) FROM theme_answers
    UNION ALL SELECT theme_impact(score::numeric, to_tsvector('pgcx_french', body), 'retard'::tsquery) FROM theme_answers
    UNION ALL SELECT theme_impact(score::float8, to_tsvector('pgcx_french', body), 'retard'::tsquery) FROM theme_answers
    UNION ALL SELECT theme_impact(score, to_tsvector('pgcx_french', body), 'retard'::tsquery) FROM theme_answers) AS s;
-- nobody mentions the theme: impact 0 and a NOTICE; everybody: NULL
SELECT mentions, nps_mentioning, impact, ci_low, ci_high
FROM (SELECT (theme_impact(score, to_tsvector('pgcx_french', body), 'prix'::tsquery)).* FROM theme_answers) AS t;
SELECT mentions, nps_without, impact, std_error
FROM (SELECT (theme_impact(score, 'prix'::tsvector, 'prix'::tsquery)).* FROM theme_answers) AS t;
-- no row: NULL
SELECT theme_impact(score, to_tsvector('pgcx_french', body), 'prix'::tsquery) IS NULL AS is_null FROM theme_answers WHERE false;
-- errors: a theme of stop words only, a NULL theme, themes that change
-- from row to row, a score off the scale
SELECT pg_temp.hint($$SELECT theme_impact(score, to_tsvector('pgcx_french', body), to_tsquery('pgcx_french', 'le & la')) FROM theme_answers$$);
SELECT pg_temp.err($$SELECT theme_impact(score, to_tsvector('pgcx_french', body), NULL) FROM theme_answers$$);
SELECT pg_temp.hint($$SELECT theme_impact(score, to_tsvector('pgcx_french', body), (CASE WHEN score > 5 THEN 'a' ELSE 'b' END)::tsquery) FROM theme_answers$$);
SELECT pg_temp.hint($$SELECT theme_impact(score, to_tsvector('pgcx_french', body), to_tsquery('pgcx_french', CASE WHEN score > 5 THEN 'colis' ELSE 'retard' END)) FROM theme_answers$$);
SELECT pg_temp.hint($$SELECT theme_stats(score, to_tsvector('pgcx_french', body), ARRAY['t'], ARRAY[to_tsquery('pgcx_french', CASE WHEN score > 5 THEN 'colis' ELSE 'retard' END)]) FROM theme_answers$$);
SELECT pg_temp.err($$SELECT theme_impact(11, 'a'::tsvector, 'a'::tsquery)$$);

-- 9. theme_stats and theme_ranking: many themes in one scan, the most
--    harmful first; the same figures as theme_impact, theme by theme
SELECT theme, mentions, round(nps_without::numeric, 2) AS nps_without, round(impact::numeric, 2) AS impact,
       round(ci_low::numeric, 2) AS ci_low, round(ci_high::numeric, 2) AS ci_high
FROM theme_ranking((SELECT theme_stats(score, to_tsvector('pgcx_french', body), '{délais,attente,éloges}',
                                       ARRAY['retard'::tsquery, 'attente', 'super'])
                    FROM theme_answers));
SELECT r.impact = i.impact AND r.std_error = i.std_error AS same_as_theme_impact
FROM theme_ranking((SELECT theme_stats(score, to_tsvector('pgcx_french', body), '{délais,attente}',
                                       ARRAY['retard'::tsquery, 'attente'])
                    FROM theme_answers)) AS r,
     (SELECT (theme_impact(score, to_tsvector('pgcx_french', body), 'retard'::tsquery)).* FROM theme_answers) AS i
WHERE r.theme = 'délais';
SELECT pg_temp.err(q) FROM (VALUES
    ($$SELECT theme_stats(score, 'a'::tsvector, '{x,y}', ARRAY['a'::tsquery]) FROM theme_answers$$),
    ($$SELECT theme_stats(score, 'a'::tsvector, '{x,x}', ARRAY['a'::tsquery, 'b']) FROM theme_answers$$),
    ($$SELECT theme_stats(score, 'a'::tsvector, ARRAY[NULL::text], ARRAY['a'::tsquery]) FROM theme_answers$$),
    ($$SELECT theme_stats(score, 'a'::tsvector, '{x}', ARRAY[NULL::tsquery]) FROM theme_answers$$),
    ($$SELECT theme_stats(score, 'a'::tsvector, NULL, ARRAY['a'::tsquery]) FROM theme_answers$$),
    ($$SELECT theme_stats(score, 'a'::tsvector, '{}', '{}'::tsquery[]) FROM theme_answers$$),
    ($$SELECT theme_stats(score, 'a'::tsvector, '{{x}}', '{{a}}'::tsquery[]) FROM theme_answers$$),
    ($$SELECT theme_stats(score, 'a'::tsvector, (SELECT array_agg('t' || i) FROM generate_series(1, 1001) AS i),
                          (SELECT array_agg('a'::tsquery) FROM generate_series(1, 1001))) FROM theme_answers$$)
) AS t(q);
-- merging states of other themes is refused
SELECT pg_temp.hint($$SELECT theme_stats_combine(theme_stats_trans(NULL, 5, 'a'::tsvector, '{x}', ARRAY['a'::tsquery]),
                                                 theme_stats_trans(NULL, 5, 'a'::tsvector, '{x}', ARRAY['b'::tsquery]))$$);
-- text and binary forms read back; damaged values are refused
SELECT t::text::theme_stats::text = t::text AS text_reads_back,
       pg_temp.recv(theme_stats_send(t), 'theme_stats') = t::text AS binary_reads_back, t::text
FROM (SELECT theme_stats(score, to_tsvector('pgcx_french', body), '{délais}', ARRAY['retard'::tsquery]) AS t FROM theme_answers) AS s;
SELECT pg_temp.err(format('SELECT %L::theme_stats', v)) FROM (VALUES
    ('{"kind":"single","promoters":1,"passives":0,"detractors":0,"comments":2,"themes":[{"theme":"x","hash":"0000000000000000","mentions":[0,0,0]}]}'),
    ('{"kind":"themes","promoters":1,"passives":0,"detractors":0,"comments":1,"themes":[{"theme":"x","hash":"0000000000000000","mentions":[2,0,0]}]}'),
    ('{"kind":"themes","promoters":1,"passives":0,"detractors":0,"comments":1,"themes":[]}'),
    ('{"kind":"single","promoters":1,"passives":0,"detractors":0,"comments":1,"themes":[{"theme":"x","hash":"0","mentions":[0,0,0]},{"theme":"y","hash":"0","mentions":[0,0,0]}]}'),
    ('{"kind":"themes","promoters":1,"passives":0,"detractors":0,"comments":1,"themes":[{"theme":"x","hash":"000000000000000g","mentions":[0,0,0]}]}')
) AS t(v);

-- 10. tone: the mean polarity of a comment's opinion words, a negation up
--     to three words before one reversing it (the figures are those of the
--     lexicons: "arrivé" carries a slight positive polarity in Pattern's)
SELECT c, round(tone(c)::numeric, 3) AS tone, sign(tone(c)) AS sign FROM (VALUES
    ('content'), ('pas content'), ('je ne suis pas du tout content'), ('pas mal'), ('jamais déçu'),
    ('vendeur aimable et compétent'), ('un vendeur désagréable'), ('le colis est arrivé mardi')) AS t(c);
SELECT c, round(tone(c, 'pgcx_english')::numeric, 3) AS tone, sign(tone(c, 'pgcx_english')) AS sign FROM (VALUES
    ('happy'), ('not happy'), ('I wasn''t happy'), ('not bad at all'), ('never disappointed'),
    ('friendly and helpful staff'), ('the parcel came on Tuesday')) AS t(c);
-- a negation reverses an opinion word 1 to 3 positions after it, not 4
-- (the stop words "at", "all" and "the" count as positions)
SELECT tone('not happy', 'pgcx_english') = -tone('happy', 'pgcx_english') AS one,
       tone('not at all happy', 'pgcx_english') = -tone('happy', 'pgcx_english') AS three,
       tone('not at all the happy', 'pgcx_english') = tone('happy', 'pgcx_english') AS four;
-- a vector of the same configuration gives the same tone
SELECT tone(to_tsvector('pgcx_french', 'pas content du tout')) = tone('pas content du tout') AS same;
-- NULL in, NULL out; errors: a stripped vector, another configuration
SELECT tone(NULL::text) IS NULL AS null_text;
SELECT pg_temp.hint($$SELECT tone(strip(to_tsvector('pgcx_french', 'pas content')))$$);
SELECT pg_temp.hint($$SELECT tone('not happy', 'english')$$);
