-- Dashboard, part 7: what drives NPS (docs/drivers/key-drivers.md).  The
-- contacts rated five attributes of the service on 1-5 (contact_ratings);
-- per channel, driver_stats gathers the NPS answers and the ratings in one
-- scan, keyed by the response so that every figure gets its interval, and
-- key_drivers splits the R² of NPS between the five attributes (Shapley
-- values).  driver_performance then sets each attribute's importance
-- against its mean rating: the importance-performance quadrant.
\pset null '-'
SET client_min_messages = warning;
CREATE TEMP TABLE channel_drivers AS
SELECT r.channel,
       driver_stats(r.response_id, r.nps, ARRAY[c.wait_time, c.staff, c.clarity, c.resolution, c.follow_up]) AS stats
FROM responses AS r JOIN contact_ratings AS c USING (response_id)
GROUP BY r.channel;
CREATE TEMP TABLE driver_names AS
SELECT ARRAY['wait_time', 'staff', 'clarity', 'resolution', 'follow_up'] AS names;
CREATE TEMP TABLE channel_order (channel text, k int);
INSERT INTO channel_order VALUES ('phone', 1), ('chat', 2), ('email', 3);

\echo
\echo '=== How much of NPS the five ratings explain, per channel (driver_r2) ==='
SELECT d.channel, f.n AS "complete contacts", f.skipped AS "left out",
       round(100 * f.r2::numeric, 1) AS "R² %", round(100 * f.adjusted_r2::numeric, 1) AS "adjusted R² %"
FROM channel_drivers AS d
JOIN channel_order AS o USING (channel)
CROSS JOIN LATERAL driver_r2(d.stats) AS f
ORDER BY o.k;
\echo '  A contact counts when it answered the NPS question and rated all five attributes; left out: those with a blank (mostly follow_up).'

\echo
\echo '=== What drives NPS, per channel: the Shapley value of each rating, with its 95 % interval (key_drivers) ==='
SELECT d.channel, rank() OVER (PARTITION BY d.channel ORDER BY k.shapley DESC) AS rank, k.driver,
       round(k.shapley_pct::numeric, 1) AS "share %", round(100 * k.shapley::numeric, 2) AS "R² pts",
       round(100 * k.shapley_ci_low::numeric, 2) AS ci_low, round(100 * k.shapley_ci_high::numeric, 2) AS ci_high,
       round(k.relative_weight_pct::numeric, 1) AS "rel. weight %"
FROM channel_drivers AS d
JOIN channel_order AS o USING (channel)
CROSS JOIN driver_names AS v
CROSS JOIN LATERAL key_drivers(d.stats, v.names) AS k
ORDER BY o.k, k.shapley DESC;
\echo '  R² pts: the points of R² (x 100) a rating explains, averaged over every order of entry (Shapley, LMG); share % = R² pts / R²; ci: 95 % delete-a-group jackknife over 20 groups of contacts.'

\echo
\echo '=== Where to act: importance against performance, per channel (driver_performance, 1-5 ratings) ==='
SELECT d.channel, p.driver, round(p.mean::numeric, 2) AS "mean rating",
       round(p.performance::numeric, 1) AS "performance %", round(p.importance_pct::numeric, 1) AS "importance %",
       replace(p.quadrant, '_', ' ') AS quadrant
FROM channel_drivers AS d
JOIN channel_order AS o USING (channel)
CROSS JOIN driver_names AS v
CROSS JOIN LATERAL driver_performance(d.stats, v.names, 1, 5) AS p
ORDER BY o.k, p.importance_pct DESC;
\echo '  performance % = 100 x (mean rating - 1) / 4; importance % = the Shapley share; each is high at or above its mean over the five ratings of the channel.'

\echo
\echo '=== The same, as a quadrant per channel (Martilla & James importance-performance analysis) ==='
SELECT d.channel, CASE WHEN p.quadrant IN ('concentrate_here', 'keep_up_the_good_work') THEN 'high' ELSE 'low' END AS importance,
       coalesce(string_agg(p.driver, ', ' ORDER BY p.importance_pct DESC)
                    FILTER (WHERE p.quadrant IN ('concentrate_here', 'low_priority')), '') AS "low performance",
       coalesce(string_agg(p.driver, ', ' ORDER BY p.importance_pct DESC)
                    FILTER (WHERE p.quadrant IN ('keep_up_the_good_work', 'possible_overkill')), '') AS "high performance"
FROM channel_drivers AS d
JOIN channel_order AS o USING (channel)
CROSS JOIN driver_names AS v
CROSS JOIN LATERAL driver_performance(d.stats, v.names, 1, 5) AS p
GROUP BY d.channel, o.k, 2
ORDER BY o.k, 2;
\echo '  high importance and low performance: concentrate here; high and high: keep up the good work; low and low: low priority; low importance, high performance: possible overkill.'
