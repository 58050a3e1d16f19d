-- Sample data of the demo, and the sample schema of the README's examples:
-- a retail chain of 20 stores with phone, chat and email customer service,
-- two years of NPS (0-10), CSAT (1-5) and CES (1-7, "the company made it
-- easy") answers, 2024-12-01 to 2026-11-23, the ratings of five
-- attributes of the contacts (1-5) that drive their NPS, and the comments
-- (in French) that some contacts left, on themes of known effect (at the
-- end).
-- Deterministic (setseed).  The story it tells:
--   - stores differ: a few excellent ones (NPS above 50), a few weak ones
--     (NPS near or below 0);
--   - phone scores lower than chat and email on every question, as the
--     seed documents report (more effort, less satisfaction);
--   - some stores improve by 15-25 NPS points over the two years, a couple
--     decline.
-- Each answer comes from one latent satisfaction x (0-10 scale):
--   x = store base + store drift x (time / two years) + channel effect + noise
-- and every question reads x on its own scale.  As in real surveys, the
-- scales are used end to end: a bad experience (more frequent where the
-- store and channel are weak: 2 % to 14 % of contacts) drops x by 3 to 11
-- points, which gives the spike of NPS answers at 0 and the 1s and 2s of
-- every question; a quarter of the customers with x at 7.5 or more answer
-- the NPS question with a 10 (the spike at 10).
SELECT setseed(0.2026) \g /dev/null

CREATE TEMP TABLE store_profile (store_id int, name text, city text, base float8, drift float8);
INSERT INTO store_profile VALUES
    (1, 'Paris Rivoli', 'Paris', 8.7, 0.2),
    (2, 'Lyon Part-Dieu', 'Lyon', 8.0, 1.2),
    (3, 'Marseille Vieux-Port', 'Marseille', 7.0, 1.6),
    (4, 'Toulouse Capitole', 'Toulouse', 8.4, 0.4),
    (5, 'Nice Massena', 'Nice', 7.6, -0.9),
    (6, 'Nantes Commerce', 'Nantes', 8.9, 0.1),
    (7, 'Strasbourg Kleber', 'Strasbourg', 7.8, 0.9),
    (8, 'Montpellier Comedie', 'Montpellier', 7.3, 0.5),
    (9, 'Bordeaux Sainte-Catherine', 'Bordeaux', 8.2, 0.0),
    (10, 'Lille Grand-Place', 'Lille', 6.7, 1.8),
    (11, 'Rennes Republique', 'Rennes', 8.5, 0.3),
    (12, 'Reims Erlon', 'Reims', 7.5, -0.7),
    (13, 'Toulon Liberte', 'Toulon', 6.6, 0.2),
    (14, 'Grenoble Victor-Hugo', 'Grenoble', 7.9, 0.6),
    (15, 'Dijon Darcy', 'Dijon', 7.7, 1.3),
    (16, 'Angers Ralliement', 'Angers', 8.1, 0.2),
    (17, 'Nimes Arenes', 'Nimes', 6.9, 0.0),
    (18, 'Clermont Jaude', 'Clermont-Ferrand', 7.4, 1.0),
    (19, 'Le Havre Coty', 'Le Havre', 7.1, -0.2),
    (20, 'Brest Siam', 'Brest', 8.3, 0.5);

CREATE TABLE stores (
    store_id int PRIMARY KEY,
    name text NOT NULL,
    city text NOT NULL
);
INSERT INTO stores SELECT store_id, name, city FROM store_profile;

CREATE TABLE responses (
    response_id bigint PRIMARY KEY,
    store_id int NOT NULL REFERENCES stores,
    channel text NOT NULL CHECK (channel IN ('phone', 'chat', 'email')),
    answered_on date NOT NULL,
    nps smallint CHECK (nps BETWEEN 0 AND 10),
    csat smallint CHECK (csat BETWEEN 1 AND 5),
    ces smallint CHECK (ces BETWEEN 1 AND 7)
);

INSERT INTO responses
SELECT row_number() OVER (ORDER BY day, store_id, k),
       store_id, channel, day,
       CASE WHEN r_nps < 0.08 THEN NULL
            WHEN x >= 7.5 AND r_nps >= 0.75 THEN 10
            ELSE least(10, greatest(0, round(x)))::smallint END,
       CASE WHEN r_csat < 0.25 THEN NULL
            ELSE least(5, greatest(1, round(1 + (x - 3.0) * 0.62 + noise2)))::smallint END,
       CASE WHEN r_ces < 0.40 THEN NULL
            ELSE least(7, greatest(1, round(0.9 + x * 0.62 + effort + noise2 * 1.4)))::smallint END
FROM (
    SELECT store_id, day, k, channel, effort, noise2, r_nps, r_csat, r_ces,
           m + noise - CASE WHEN r_incident < 0.02 + 0.035 * greatest(0, 9.2 - m)
                            THEN 3 + 8 * r_drop ELSE 0 END AS x
    FROM (
        SELECT p.store_id, d.day, k, c.channel, c.effort,
               p.base + 0.2 + 0.45 * p.drift * d.t + c.effect AS m,
               (random() + random() + random() - 1.5) * 2.1 AS noise,
               random() AS r_incident, random() AS r_drop, (random() - 0.5) AS noise2,
               random() AS r_nps, random() AS r_csat, random() AS r_ces
        FROM store_profile AS p
        CROSS JOIN (SELECT day::date, (day::date - date '2024-12-01') / 722.0 AS t
                    FROM generate_series(date '2024-12-01', date '2026-11-23', interval '1 day') AS day) AS d
        CROSS JOIN LATERAL generate_series(1, 8 + floor(random() * 12 + p.store_id * 0)::int) AS k
        CROSS JOIN LATERAL (SELECT channel, effect, effort FROM (VALUES
            ('phone', -0.9, -0.9), ('chat', 0.25, 0.1), ('email', 0.0, 0.0)) AS ch(channel, effect, effort)
            ORDER BY random() + k * 0 LIMIT 1) AS c
    ) AS drawn
) AS answers;

-- Every store's last 12 months of NPS, one monthly period each, kept in a
-- table as a dashboard would (roll_to moves them forward).
CREATE TABLE store_windows (
    store_id int PRIMARY KEY REFERENCES stores,
    rb rolling_benchmark NOT NULL
);
INSERT INTO store_windows
SELECT store_id, rolling_benchmark(answered_on, nps, '1 month', 12)
FROM responses GROUP BY store_id;
ANALYZE store_windows;

-- The mirror barometer (the "symetrie des attentions"): the same questions
-- put to customers, employees and managers of the chain, once, in a survey
-- of its own: its customers are a panel asked about the chain as a whole,
-- not the service contacts of responses.  Five questions on a 1-5
-- agreement scale (400 customers, 120 employees, 15 managers), each
-- audience with its own bias per question (on q2 and q4 the team overrates
-- itself), and the recommendation question on 0-10 ('recommend': customer
-- NPS and eNPS; 900 customers, 140 employees, 15 managers), with the same
-- spikes at 0 and 10 as the service answers.
SELECT setseed(0.33) \g /dev/null
CREATE TABLE barometer_questions (
    question text PRIMARY KEY,
    label text NOT NULL
);
CREATE TEMP TABLE barometer_profile (question text, customer float8, employee float8, manager float8);
INSERT INTO barometer_profile VALUES
    ('q1', 4.2, 4.4, 4.6),
    ('q2', 2.9, 4.1, 4.5),
    ('q3', 3.4, 3.5, 4.2),
    ('q4', 3.0, 3.9, 4.4),
    ('q5', 3.8, 3.6, 3.9);
INSERT INTO barometer_questions VALUES
    ('q1', 'On me répond avec courtoisie / we answer courteously'),
    ('q2', 'On me répond vite / we answer quickly'),
    ('q3', 'Mon problème est résolu du premier coup / first-contact resolution'),
    ('q4', 'On me tient informé / we keep customers informed'),
    ('q5', 'Les prix sont clairs / prices are clear'),
    ('recommend', 'Recommanderiez-vous l''enseigne ? / would you recommend us to a friend? (0-10)');
CREATE TABLE barometer (
    question text NOT NULL REFERENCES barometer_questions,
    audience text NOT NULL CHECK (audience IN ('customer', 'employee', 'manager')),
    score smallint NOT NULL
);
INSERT INTO barometer
SELECT q.question, a.audience,
       least(5, greatest(1, round(CASE a.audience WHEN 'customer' THEN q.customer
                                                  WHEN 'employee' THEN q.employee
                                                  ELSE q.manager END
                                  + (random() + random() - 1) * 1.6)))::smallint
FROM barometer_profile AS q
CROSS JOIN (VALUES ('customer', 400), ('employee', 120), ('manager', 15)) AS a(audience, n)
CROSS JOIN LATERAL generate_series(1, a.n + 0 * length(q.question)) AS i;
INSERT INTO barometer
SELECT 'recommend', audience,
       CASE WHEN x >= 7.5 AND r10 >= 0.75 THEN 10
            ELSE least(10, greatest(0, round(x))) END::smallint
FROM (SELECT audience,
             mu + (random() + random() + random() - 1.5) * 3.2
                - CASE WHEN random() < 0.06 THEN 3 + 8 * random() ELSE 0 END AS x,
             random() AS r10
      FROM (VALUES ('customer', 7.6, 900), ('employee', 6.9, 140), ('manager', 8.7, 15)) AS a(audience, mu, n)
      CROSS JOIN LATERAL generate_series(1, a.n + 0 * length(a.audience)) AS i) AS answers;
ANALYZE barometer_questions;
ANALYZE barometer;

-- The pre-aggregated table a dashboard keeps: one score_dist per store and day.
CREATE TABLE daily_nps (
    store_id int REFERENCES stores,
    day date,
    dist score_dist NOT NULL,
    PRIMARY KEY (store_id, day)
);
INSERT INTO daily_nps
SELECT store_id, answered_on, score_dist_agg(nps)
FROM responses WHERE nps IS NOT NULL GROUP BY 1, 2;

-- Subscriptions: 6,000 customers joining from 2024-01-01 over 1,000 days;
-- 55 % of them leave, 30 days plus an exponential time (mean 520 days)
-- after joining, and those whose date falls after 2026-11-23 have not left
-- yet.  These are the rows the demo has shown since 1.0.0 (seed 0.33,
-- after the 8,515 draws of its mirror barometer).  Each customer is on a
-- plan, given without a draw: the short-lived mostly on 'flex' (no
-- commitment), those who stay mostly on 'annual', 'monthly' in between, so
-- that the plans retain differently.
SELECT setseed(0.33) \g /dev/null
SELECT count(random()) FROM generate_series(1, 8515) \g /dev/null
CREATE TEMP TABLE subscription_draws AS
SELECT i AS customer_id,
       (ARRAY['premium', 'standard', 'standard', 'occasional'])[1 + (i % 4)] AS segment,
       joined,
       CASE WHEN random() < 0.55
            THEN joined + (30 + floor(-ln(1 - random()) * 520))::int END AS left_on
FROM (SELECT i, date '2024-01-01' + floor(random() * 1000)::int AS joined
      FROM generate_series(1, 6000) AS i) AS s;
CREATE TABLE subscriptions (
    customer_id int PRIMARY KEY,
    segment text NOT NULL,
    joined date NOT NULL,
    left_on date CHECK (left_on >= joined),
    plan text NOT NULL CHECK (plan IN ('annual', 'monthly', 'flex'))
);
INSERT INTO subscriptions
SELECT customer_id, segment, joined, left_on,
       CASE WHEN left_on IS NOT NULL AND left_on - joined < 240
            THEN (ARRAY['flex', 'flex', 'flex', 'monthly', 'monthly', 'annual'])[1 + customer_id * 7919 % 6]
            WHEN left_on IS NOT NULL
            THEN (ARRAY['flex', 'monthly', 'monthly', 'annual'])[1 + customer_id * 7919 % 4]
            ELSE (ARRAY['flex', 'monthly', 'monthly', 'annual', 'annual', 'annual'])[1 + customer_id * 7919 % 6] END
FROM (SELECT customer_id, segment, joined,
             CASE WHEN left_on <= date '2026-11-23' THEN left_on END AS left_on
      FROM subscription_draws) AS d;
DROP TABLE subscription_draws;
ANALYZE subscriptions;

ANALYZE stores;
ANALYZE responses;
ANALYZE daily_nps;

-- Purchases of the chain's customers, for probabilistic customer lifetime
-- value (demo-4).  6,000 customers, first seen in 2025 in one of three
-- segments (acquired by the loyalty card, on the web, in a store), each
-- buying at their own rate and leaving after each purchase with their own
-- probability (the story BG/NBD tells), spending around their own mean,
-- until the data end on 2026-11-23.  The demo calibrates the models on the
-- purchases up to 2026-05-31 and checks them on the 25 weeks after.
CREATE TEMP TABLE clv_segment (segment text, share float8, rate float8, dropout float8, spend float8);
INSERT INTO clv_segment VALUES
    ('loyalty card', 0.30, 1 / 21.0, 0.05, 38),	-- every 3 weeks, loyal
    ('web', 0.45, 1 / 45.0, 0.25, 55),			-- less often, leave sooner
    ('store', 0.25, 1 / 60.0, 0.15, 30);
CREATE TEMP TABLE clv_customer AS
SELECT c AS customer_id, s.segment, 1 + c % 20 AS store_id,
       date '2025-01-01' + floor(random() * 365)::int AS first_day,
       s.rate * exp((random() + random() + random() - 1.5) * 1.4) AS rate,	-- purchases a day
       least(0.9, s.dropout * (0.1 + 1.8 * random())) AS dropout,
       s.spend * exp((random() + random() - 1) * 0.7) AS spend,
       random() AS u
FROM generate_series(1, 6000) AS c
CROSS JOIN LATERAL (SELECT segment, rate, dropout, spend FROM clv_segment
                    ORDER BY CASE segment WHEN 'loyalty card' THEN (c % 20) < 6
                                          WHEN 'web' THEN (c % 20) BETWEEN 6 AND 14
                                          ELSE (c % 20) > 14 END DESC
                    LIMIT 1) AS s;
CREATE TABLE customers (
    customer_id int PRIMARY KEY,
    segment text NOT NULL,
    store_id int NOT NULL REFERENCES stores
);
INSERT INTO customers SELECT customer_id, segment, store_id FROM clv_customer;
CREATE TABLE purchases (
    purchase_id bigint PRIMARY KEY,
    customer_id int NOT NULL REFERENCES customers,
    purchased_on date NOT NULL,
    amount numeric(10, 2) NOT NULL CHECK (amount >= 0)
);
-- purchase k comes an exponential gap after purchase k - 1; the customer
-- makes ceil(ln(u) / ln(1 - dropout)) purchases before leaving
INSERT INTO purchases
SELECT row_number() OVER (ORDER BY customer_id, k), customer_id, first_day + floor(at)::int,
       round((spend * exp((random() - 0.5) * 0.8))::numeric, 2)
FROM (SELECT c.*, k,
             sum(CASE WHEN k = 1 THEN 0 ELSE -ln(1 - random()) / rate END)
                 OVER (PARTITION BY customer_id ORDER BY k) AS at
      FROM clv_customer AS c CROSS JOIN generate_series(1, 120) AS k
      WHERE k <= ceil(ln(1 - u) / ln(1 - dropout))) AS p
WHERE first_day + floor(at)::int <= date '2026-11-23';

ANALYZE customers;
ANALYZE purchases;

-- Ratings of five attributes of each service contact, on 1-5 (1 very poor,
-- 5 excellent), asked after the NPS question, for the key drivers of
-- demo-7: wait_time (the wait before an adviser answered), staff (the
-- adviser's courtesy), clarity (of the answer), resolution (the request
-- was settled) and follow_up (the customer was kept informed afterwards).
-- 85 % of the surveyed contacts answer them, and leave some blank: each
-- question 3 to 6 % of them, follow_up 20 % (not every request needed
-- one).
--
-- What drives the answers.  A contact's latent satisfaction x (above) is
-- its level m (store base + drift + channel effect) plus a deviation s,
-- and s is made of the five attributes:
--     s = w[channel, 1] z_1 + ... + w[channel, 5] z_5 + e
-- z_k the latent deviation of attribute k (variance 1, correlation 0.3
-- between any two: a contact that goes well tends to go well on every
-- count, the halo of real ratings), e a noise uncorrelated with them.
-- The true weights, points of the 0-10 scale per standard deviation of
-- the attribute:
--     channel  wait_time  staff  clarity  resolution  follow_up
--     phone       1.00     0.40    0.20       0.70       0.05
--     chat        0.30     0.15    0.90       0.60       0.05
--     email       0.20     0.05    0.30       0.55       0.95
-- The strongest driver is the wait on the phone, the clarity of the
-- answer in a chat, the follow-up of an email; resolution comes second
-- everywhere.  Rating k is z_k on the 1-5 scale: round(mu[channel, k] +
-- z_k), kept within 1-5; mu rates each channel's strongest driver lowest
-- (part 7's "concentrate here") and resolution, second everywhere, above
-- the average (its "keep up the good work").
--
-- How, without changing the answers above (nor any figure that the
-- documentation quotes): the z are drawn after them, with a seed of their
-- own (0.57), given each answer's s = nps - m (centred per channel), from
-- their distribution given s in the model above.  Matheron's rule: draw z*
-- and e* from the model, s* = w'z* + e*, then
--     z = z* + (Sigma w)(s - s*) / V
-- where Sigma is the correlation matrix of the z, V the variance of s in
-- the channel and V - w' Sigma w the variance of e.  Then e = s - w'z is
-- uncorrelated with the z, so nps = m + w'z + e holds row by row: a
-- least-squares fit of nps on the ratings ranks the attributes as w does,
-- its weights shrunk a little by the rounding to 1-5 (phone: 0.93, 0.46,
-- 0.25, 0.76, 0.09 per rating point).  A contact without an NPS answer gets
-- z = z*.
SELECT setseed(0.57) \g /dev/null
CREATE TEMP TABLE rating_profile (channel text PRIMARY KEY, w float8[], mu float8[]);
INSERT INTO rating_profile VALUES	-- wait_time, staff, clarity, resolution, follow_up
    ('phone', '{1.00, 0.40, 0.20, 0.70, 0.05}', '{2.6, 3.7, 3.4, 3.9, 3.0}'),
    ('chat', '{0.30, 0.15, 0.90, 0.60, 0.05}', '{4.0, 3.5, 3.0, 3.8, 3.2}'),
    ('email', '{0.20, 0.05, 0.30, 0.55, 0.95}', '{3.3, 3.8, 3.6, 3.9, 2.8}');
-- s of each answer, centred per channel (NULL without an NPS answer)
CREATE TEMP TABLE rating_deviation AS
SELECT response_id, channel, s - avg(s) OVER (PARTITION BY channel) AS s
FROM (SELECT r.response_id, r.channel,
             r.nps - (p.base + 0.2 + 0.45 * p.drift * (r.answered_on - date '2024-12-01') / 722.0
                      + CASE r.channel WHEN 'phone' THEN -0.9 WHEN 'chat' THEN 0.25 ELSE 0 END) AS s
      FROM responses AS r JOIN store_profile AS p USING (store_id)) AS d;
-- per channel: w, mu, Sigma w (Sigma: 1 on the diagonal, 0.3 off it),
-- V and the standard deviation of e, sqrt(V - w' Sigma w)
CREATE TEMP TABLE rating_model AS
SELECT channel, w[1] AS w1, w[2] AS w2, w[3] AS w3, w[4] AS w4, w[5] AS w5,
       mu[1] AS mu1, mu[2] AS mu2, mu[3] AS mu3, mu[4] AS mu4, mu[5] AS mu5,
       0.7 * w[1] + 0.3 * sw AS sw1, 0.7 * w[2] + 0.3 * sw AS sw2, 0.7 * w[3] + 0.3 * sw AS sw3,
       0.7 * w[4] + 0.3 * sw AS sw4, 0.7 * w[5] + 0.3 * sw AS sw5,
       v, sqrt(v - 0.7 * ww - 0.3 * sw * sw) AS sd_e
FROM (SELECT p.channel, p.w, p.mu, v.v,
             (SELECT sum(x) FROM unnest(p.w) AS x) AS sw, (SELECT sum(x * x) FROM unnest(p.w) AS x) AS ww
      FROM rating_profile AS p
      JOIN (SELECT channel, var_pop(s) AS v FROM rating_deviation GROUP BY channel) AS v USING (channel)) AS m;
CREATE TABLE contact_ratings (
    response_id bigint PRIMARY KEY,
    wait_time smallint CHECK (wait_time BETWEEN 1 AND 5),
    staff smallint CHECK (staff BETWEEN 1 AND 5),
    clarity smallint CHECK (clarity BETWEEN 1 AND 5),
    resolution smallint CHECK (resolution BETWEEN 1 AND 5),
    follow_up smallint CHECK (follow_up BETWEEN 1 AND 5)
);
-- the draws, in the order of the answers: whether the contact rated, a
-- uniform per question (a blank below its share), the halo h and each
-- attribute's own part o of z* = sqrt(0.3) h + sqrt(0.7) o, and e*,
-- each of variance 1 before its scale
INSERT INTO contact_ratings
SELECT response_id,
       CASE WHEN b1 >= 0.03 THEN least(5, greatest(1, round(mu1 + z1 + sw1 * k)))::smallint END,
       CASE WHEN b2 >= 0.04 THEN least(5, greatest(1, round(mu2 + z2 + sw2 * k)))::smallint END,
       CASE WHEN b3 >= 0.05 THEN least(5, greatest(1, round(mu3 + z3 + sw3 * k)))::smallint END,
       CASE WHEN b4 >= 0.06 THEN least(5, greatest(1, round(mu4 + z4 + sw4 * k)))::smallint END,
       CASE WHEN b5 >= 0.20 THEN least(5, greatest(1, round(mu5 + z5 + sw5 * k)))::smallint END
FROM (SELECT z.*, m.*,
             -- (s - s*) / V, 0 without an NPS answer: z = z* + (Sigma w) k
             coalesce((d.s - (w1 * z1 + w2 * z2 + w3 * z3 + w4 * z4 + w5 * z5 + sd_e * e)) / v, 0) AS k
      FROM (SELECT response_id, b1, b2, b3, b4, b5, e,
                   sqrt(0.3) * h + sqrt(0.7) * o1 AS z1, sqrt(0.3) * h + sqrt(0.7) * o2 AS z2,
                   sqrt(0.3) * h + sqrt(0.7) * o3 AS z3, sqrt(0.3) * h + sqrt(0.7) * o4 AS z4,
                   sqrt(0.3) * h + sqrt(0.7) * o5 AS z5
            FROM (SELECT i AS response_id, random() AS took_part,
                         random() AS b1, random() AS b2, random() AS b3, random() AS b4, random() AS b5,
                         (random() + random() + random() - 1.5) * 2 AS h,
                         (random() + random() + random() - 1.5) * 2 AS o1,
                         (random() + random() + random() - 1.5) * 2 AS o2,
                         (random() + random() + random() - 1.5) * 2 AS o3,
                         (random() + random() + random() - 1.5) * 2 AS o4,
                         (random() + random() + random() - 1.5) * 2 AS o5,
                         (random() + random() + random() - 1.5) * 2 AS e
                  FROM generate_series(1, (SELECT max(response_id) FROM responses)) AS i
                  ORDER BY i) AS draws
            WHERE took_part < 0.85) AS z
      JOIN rating_deviation AS d USING (response_id)
      JOIN rating_model AS m USING (channel)) AS c
ORDER BY response_id;
DROP TABLE rating_profile, rating_deviation, rating_model;
-- checked once, not row by row
ALTER TABLE contact_ratings ADD FOREIGN KEY (response_id) REFERENCES responses;
ANALYZE contact_ratings;

-- Verbatims: the free-text comment that 42 % of the surveyed contacts left
-- after the NPS question, in French, for part 8 of the demo
-- (docs/verbatims/verbatims.md).  comment_tsv is its tsvector under the
-- configuration pgcx_french (stop words dropped, negations kept, words
-- stemmed).
--
-- What the comments say.  A comment is made of a sentence on each theme
-- its author mentions, in a random order, sometimes after an opening word
-- ("Bonjour.", "Franchement,"...) or before a closing one ("Merci.",
-- "Bref."...).  Each contact mentions each theme, independently, with a
-- probability that depends on its NPS answer (detractor 0-6, passive 7-8,
-- promoter 9-10; a contact without an NPS answer mentions each theme with
-- half a passive's probability) and, for the delivery and the wait, on
-- its channel (x email, chat, phone):
--     theme                      detractor  passive  promoter   channel
--     délais (the delivery)         0.30      0.12     0.03     x 1.5, 1, 0.5
--     attente (the wait)            0.22      0.10     0.02     x 0.4, 1, 1.6
--     personnel (staff, advice)     0.04      0.10     0.25
--     prix (prices)                 0.07      0.07     0.07
--     a general word                0.10      0.08     0.12
-- The true effects: the delivery and the wait are what detractors
-- complain about (the delivery most by email, where orders are followed
-- up; the wait most on the phone), the staff's advice is what promoters
-- praise, and prices are mentioned alike by every group, so that they
-- have no effect on NPS.  The sentence of a theme takes its tone from its
-- author's group: a detractor's is negative ("Colis jamais reçu", "pas
-- content du tout", "je ne recommande pas"), a promoter's positive, with
-- negated complaints among them ("pas de problème", "rien à redire",
-- "aucun retard"), a passive's mixed.  Every sentence of the delivery
-- theme holds livraison, délai, retard or colis; of the wait, attente,
-- file or queue; of the staff, conseil(ler), vendeur or accueil; of the
-- prices, prix or cher: the themes of part 8 find every mention.  Part 8
-- finds the effects: the wait costs the chain's NPS 7.3 points, the
-- delivery 6.9 (each interval within 0.2 of it), the staff brings 7.2 and
-- the prices 0.0 (interval -0.1 to 0.1).
--
-- How, without changing any figure above: the draws come after every
-- other part, from a seed of their own (0.71), 13 per answer in the
-- order of response_id, whether it comments or not.
SELECT setseed(0.71) \g /dev/null
CREATE TEMP TABLE comment_theme (theme text PRIMARY KEY, k int, detractor float8, passive float8, promoter float8,
                                 email float8, chat float8, phone float8);
INSERT INTO comment_theme VALUES
    ('délais', 1, 0.30, 0.12, 0.03, 1.5, 1.0, 0.5),
    ('attente', 2, 0.22, 0.10, 0.02, 0.4, 1.0, 1.6),
    ('personnel', 3, 0.04, 0.10, 0.25, 1.0, 1.0, 1.0),
    ('prix', 4, 0.07, 0.07, 0.07, 1.0, 1.0, 1.0),
    ('général', 5, 0.10, 0.08, 0.12, 1.0, 1.0, 1.0);
-- the sentences of a theme for each group's tone: negative (detractors),
-- mixed (passives and contacts without an NPS answer), positive (promoters)
CREATE TEMP TABLE comment_sentence (theme text, tone text, sentence text);
INSERT INTO comment_sentence VALUES
    ('délais', 'negative', 'Livraison en retard de plus d''une semaine, très déçu.'),
    ('délais', 'negative', 'Colis jamais reçu, personne ne sait où il est.'),
    ('délais', 'negative', 'Le délai de livraison annoncé n''a pas été respecté.'),
    ('délais', 'negative', 'Trois semaines de retard pour un colis, c''est scandaleux.'),
    ('délais', 'negative', 'Commande livrée en retard et colis en mauvais état.'),
    ('délais', 'negative', 'Toujours pas de livraison après deux relances, très déçu.'),
    ('délais', 'negative', 'Délai de livraison beaucoup trop long.'),
    ('délais', 'negative', 'Colis perdu, service de livraison désastreux.'),
    ('délais', 'mixed', 'La livraison a pris un peu de retard mais le colis est bien arrivé.'),
    ('délais', 'mixed', 'Délai de livraison correct, sans plus.'),
    ('délais', 'mixed', 'Colis reçu avec deux jours de retard.'),
    ('délais', 'mixed', 'Livraison un peu lente.'),
    ('délais', 'positive', 'Livraison rapide, colis reçu en deux jours.'),
    ('délais', 'positive', 'Aucun retard de livraison, rien à redire.'),
    ('délais', 'positive', 'Colis bien emballé et livré dans les délais, parfait.'),
    ('attente', 'negative', 'Trop d''attente avant d''avoir quelqu''un, c''est pénible.'),
    ('attente', 'negative', 'File d''attente interminable, j''ai fini par abandonner.'),
    ('attente', 'negative', 'Une heure d''attente pour une simple question, c''est honteux.'),
    ('attente', 'negative', 'Temps d''attente beaucoup trop long, pas content du tout.'),
    ('attente', 'negative', 'Mis en attente trois fois, très mauvais service.'),
    ('attente', 'negative', 'Une queue interminable avant d''être servi.'),
    ('attente', 'negative', 'Encore vingt minutes dans la file d''attente, c''est lamentable.'),
    ('attente', 'mixed', 'Un peu d''attente mais une réponse correcte.'),
    ('attente', 'mixed', 'L''attente était longue, le reste correct.'),
    ('attente', 'mixed', 'Dix minutes dans la file, ça reste acceptable.'),
    ('attente', 'positive', 'Pas d''attente, réponse immédiate.'),
    ('attente', 'positive', 'Très peu d''attente, c''est appréciable.'),
    ('personnel', 'negative', 'Conseiller pas aimable du tout.'),
    ('personnel', 'negative', 'Accueil désagréable, aucun conseil.'),
    ('personnel', 'negative', 'Le vendeur ne connaissait pas le produit, vraiment nul.'),
    ('personnel', 'mixed', 'Accueil correct, conseil un peu rapide.'),
    ('personnel', 'mixed', 'Conseiller aimable mais pas très au courant.'),
    ('personnel', 'mixed', 'Le vendeur a fait son possible.'),
    ('personnel', 'positive', 'Conseiller très aimable et de bon conseil.'),
    ('personnel', 'positive', 'Accueil chaleureux, conseillère compétente et patiente.'),
    ('personnel', 'positive', 'Excellent conseil, le vendeur a pris le temps de tout m''expliquer.'),
    ('personnel', 'positive', 'Personnel aimable et compétent, conseil parfait.'),
    ('personnel', 'positive', 'Pas de problème, accueil parfait.'),
    ('personnel', 'positive', 'Le vendeur était souriant et très compétent.'),
    ('personnel', 'positive', 'Merci au conseiller pour son aide, vraiment efficace.'),
    ('personnel', 'positive', 'Accueil agréable et conseils pertinents, jamais déçu.'),
    ('prix', 'negative', 'Beaucoup trop cher pour ce que c''est.'),
    ('prix', 'negative', 'Prix en hausse, qualité en baisse.'),
    ('prix', 'negative', 'Frais de port chers et prix pas justifiés.'),
    ('prix', 'mixed', 'Prix corrects, sans plus.'),
    ('prix', 'mixed', 'Un peu cher mais ça reste raisonnable.'),
    ('prix', 'mixed', 'Les prix ont augmenté.'),
    ('prix', 'positive', 'Prix intéressants, bon rapport qualité-prix.'),
    ('prix', 'positive', 'Pas cher pour la qualité.'),
    ('général', 'negative', 'Très déçu, je ne recommande pas.'),
    ('général', 'negative', 'Service nul.'),
    ('général', 'negative', 'Pas content du tout.'),
    ('général', 'negative', 'Je ne reviendrai jamais.'),
    ('général', 'negative', 'Mauvaise expérience, rien ne va.'),
    ('général', 'mixed', 'Correct dans l''ensemble.'),
    ('général', 'mixed', 'Bien, sans plus.'),
    ('général', 'mixed', 'Service moyen.'),
    ('général', 'mixed', 'Ni bien ni mal.'),
    ('général', 'positive', 'Très satisfait, je recommande.'),
    ('général', 'positive', 'Parfait, rien à redire.'),
    ('général', 'positive', 'Super service, merci !'),
    ('général', 'positive', 'Toujours content de vos services.'),
    ('général', 'positive', 'Excellent, comme d''habitude.'),
    ('général', 'positive', 'Pas mal du tout, bravo.');
CREATE TEMP TABLE comment_sentence_numbered AS
SELECT theme, tone, sentence,
       row_number() OVER (PARTITION BY theme, tone ORDER BY sentence COLLATE "C") AS k,
       count(*) OVER (PARTITION BY theme, tone) AS n
FROM comment_sentence;
CREATE TABLE response_comments (
    response_id bigint PRIMARY KEY,
    comment text NOT NULL,
    comment_tsv tsvector GENERATED ALWAYS AS (to_tsvector('pgcx_french', comment)) STORED
);
-- the draws, in the order of the answers: per theme whether the contact
-- mentions it (m), which sentence (v: its integer part on the scale of
-- the theme's sentences, and the rest for the sentence's place in the
-- comment); whether the comment opens with a word of its own, which, and
-- whether it closes with one (o)
CREATE TEMP TABLE comment_draws AS
SELECT i AS response_id,
       ARRAY[random(), random(), random(), random(), random()] AS m,
       ARRAY[random(), random(), random(), random(), random()] AS v,
       ARRAY[random(), random(), random()] AS o
FROM generate_series(1, (SELECT max(response_id) FROM responses)) AS i
ORDER BY i;
INSERT INTO response_comments
SELECT response_id,
       concat_ws(' ', opening,
                 CASE WHEN opening LIKE '%,' THEN lower(left(sentences, 1)) || substr(sentences, 2) ELSE sentences END,
                 CASE WHEN o[3] < 0.20 THEN (ARRAY['Merci.', 'Cordialement.', 'Bref.', 'Voilà.'])[1 + floor(o[3] * 20)::int] END)
FROM (SELECT d.response_id, d.o,
             CASE WHEN d.o[1] < 0.30
                  THEN (ARRAY['Bonjour.', 'Franchement,', 'Alors,', 'Bon,', 'Honnêtement,'])[1 + floor(d.o[2] * 5)::int] END AS opening,
             string_agg(s.sentence, ' ' ORDER BY d.v[t.k] * s.n - floor(d.v[t.k] * s.n), t.k) AS sentences
      FROM comment_draws AS d
      JOIN responses AS r USING (response_id)
      CROSS JOIN comment_theme AS t
      CROSS JOIN LATERAL (SELECT CASE WHEN r.nps <= 6 THEN 'negative' WHEN r.nps >= 9 THEN 'positive' ELSE 'mixed' END AS tone,
                                 CASE WHEN r.nps IS NULL THEN 0.5 * t.passive
                                      WHEN r.nps <= 6 THEN t.detractor
                                      WHEN r.nps <= 8 THEN t.passive
                                      ELSE t.promoter END
                                 * CASE r.channel WHEN 'email' THEN t.email WHEN 'chat' THEN t.chat ELSE t.phone END AS p) AS g
      JOIN comment_sentence_numbered AS s
        ON s.theme = t.theme AND s.tone = g.tone AND s.k = 1 + floor(d.v[t.k] * s.n)
      WHERE d.m[t.k] < g.p
      GROUP BY d.response_id, d.o) AS c
ORDER BY response_id;
DROP TABLE comment_theme, comment_sentence, comment_sentence_numbered, comment_draws;
-- checked once, not row by row
ALTER TABLE response_comments ADD FOREIGN KEY (response_id) REFERENCES responses;
ANALYZE response_comments;
