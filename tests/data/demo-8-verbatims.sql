-- Dashboard, part 8: what the comments say (docs/verbatims/verbatims.md).
-- 42 % of the surveyed contacts left a comment in French after the NPS
-- question (response_comments, its tsvector under pgcx_french).
-- term_stats counts, per NPS group, the comments that use each term, and
-- term_contrast sets detractors against promoters (log-odds with an
-- informative Dirichlet prior, and G²); theme_stats tests four themes,
-- each a tsquery, against the NPS answers in one scan, and theme_ranking
-- ranks them by their impact on NPS with its interval; tone reads each
-- comment's opinion words, negations included, per channel.
\pset null '-'
SET client_min_messages = warning;
-- every answer, with its comment or none: a contact without an NPS answer
-- has no group and is left out (skipped)
CREATE TEMP TABLE comment_terms AS
SELECT term_stats(c.comment_tsv, CASE WHEN r.nps <= 6 THEN 'detractor'
                                      WHEN r.nps <= 8 THEN 'passive'
                                      WHEN r.nps <= 10 THEN 'promoter' END) AS stats
FROM responses AS r LEFT JOIN response_comments AS c USING (response_id);
-- a theme: any of its words, each read (stemmed) by pgcx_french
CREATE TEMP TABLE comment_themes AS
SELECT k, theme, words, to_tsquery('pgcx_french', replace(words, ', ', ' | ')) AS query
FROM (VALUES (1, 'délais', 'livraison, délai, retard, colis'),
             (2, 'attente', 'attente, file, queue'),
             (3, 'personnel', 'conseil, vendeur, accueil'),
             (4, 'prix', 'prix, cher')) AS t(k, theme, words);
CREATE TEMP TABLE channel_order (channel text, k int);
INSERT INTO channel_order VALUES ('phone', 1), ('chat', 2), ('email', 3);

\echo
\echo '=== What detractors write, against promoters: their ten most distinctive terms (term_contrast) ==='
SELECT row_number() OVER (ORDER BY t.z DESC, t.term) AS rank, t.term,
       t.n_a AS detractors, t.n_b AS promoters,
       round(t.pct_a::numeric, 1) AS "detractors %", round(t.pct_b::numeric, 1) AS "promoters %",
       round(t.log_odds::numeric, 2) AS log_odds, round(t.z::numeric, 1) AS z, round(t.g2::numeric) AS "G²"
FROM comment_terms AS s,
     LATERAL term_contrast(s.stats, group_a => 'detractor', group_b => 'promoter', informative => true) AS t
WHERE t.z > 0
ORDER BY t.z DESC, t.term
LIMIT 10;
\echo '  term: a stemmed word (lexeme) of pgcx_french, negations kept; detractors, promoters: the comments of each group (NPS 0-6, 9-10) that use it; log_odds: their log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn), z = log_odds / its standard error; G²: the keyness.'

\echo
\echo '=== ... and what promoters write, against detractors ==='
SELECT row_number() OVER (ORDER BY t.z, t.term) AS rank, t.term,
       t.n_a AS detractors, t.n_b AS promoters,
       round(t.pct_a::numeric, 1) AS "detractors %", round(t.pct_b::numeric, 1) AS "promoters %",
       round(t.log_odds::numeric, 2) AS log_odds, round(t.z::numeric, 1) AS z, round(t.g2::numeric) AS "G²"
FROM comment_terms AS s,
     LATERAL term_contrast(s.stats, group_a => 'detractor', group_b => 'promoter', informative => true) AS t
WHERE t.z < 0
ORDER BY t.z, t.term
LIMIT 10;
\echo '  The same contrast read from the other end: the terms promoters use more than detractors, most distinctive first (z most negative).'

\echo
\echo '=== The themes of the comments, ranked by their impact on NPS (theme_stats, theme_ranking) ==='
SELECT t.theme, q.words AS "any of", t.mentions, round(t.share::numeric, 1) AS "share %",
       round(t.nps_mentioning::numeric, 1) AS "NPS mentioning", round(t.nps_without::numeric, 1) AS "NPS without",
       round(t.impact::numeric, 1) AS impact, round(t.ci_low::numeric, 1) AS ci_low, round(t.ci_high::numeric, 1) AS ci_high
FROM (SELECT theme_stats(r.nps, c.comment_tsv, th.names, th.queries) AS stats
      FROM responses AS r LEFT JOIN response_comments AS c USING (response_id)
      CROSS JOIN (SELECT array_agg(theme ORDER BY k) AS names, array_agg(query ORDER BY k) AS queries
                  FROM comment_themes) AS th
      GROUP BY th.names, th.queries) AS s
CROSS JOIN LATERAL theme_ranking(s.stats) AS t
JOIN comment_themes AS q USING (theme)
ORDER BY t.impact, t.theme;
\echo '  share %: the NPS answers whose comment holds any of the words; impact = the chain''s NPS - the NPS of the others (NPS without): what the theme costs (< 0) or brings; ci: 95 % interval (delta method).'

\echo
\echo '=== The tone of the comments, per channel (tone, pgcx_french) ==='
SELECT r.channel, count(*) AS comments,
       round(100 * avg((c.comment_tsv @@ d.query)::int)::numeric, 1) AS "délais %",
       round(100 * avg((c.comment_tsv @@ a.query)::int)::numeric, 1) AS "attente %",
       round(100 * avg((w.tone IS NOT NULL)::int)::numeric, 1) AS "with a tone %",
       round(avg(w.tone)::numeric, 3) AS "mean tone",
       round((avg(w.tone) FILTER (WHERE r.nps <= 6))::numeric, 3) AS detractors,
       round((avg(w.tone) FILTER (WHERE r.nps >= 9))::numeric, 3) AS promoters
FROM responses AS r
JOIN response_comments AS c USING (response_id)
JOIN channel_order AS o USING (channel)
CROSS JOIN LATERAL (SELECT tone(c.comment, 'pgcx_french') AS tone) AS w
CROSS JOIN (SELECT query FROM comment_themes WHERE theme = 'délais') AS d
CROSS JOIN (SELECT query FROM comment_themes WHERE theme = 'attente') AS a
GROUP BY r.channel, o.k
ORDER BY o.k;
\echo '  délais %, attente %: the comments that mention the delivery, the wait; tone: the mean polarity of a comment''s opinion words, -1 to 1, a word negated by a negation up to 3 words before it; mean over the comments with a tone.'
