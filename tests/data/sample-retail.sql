-- Sample data of the demo: a retail chain of 20 stores with phone, chat and
-- email customer service, two years of NPS (0-10), CSAT (1-5) and CES
-- (1-7, "the company made it easy") answers, 2024-12-01 to 2026-11-23.
-- Deterministic (setseed).  The story it tells:
--   - stores differ: a few excellent ones (NPS above 50), a few weak ones
--     (NPS near or below 0);
--   - phone scores lower than chat and email on every question, as the
--     seed documents report (more effort, less satisfaction);
--   - some stores improve by 15-25 NPS points over the two years, a couple
--     decline.
-- Each answer comes from one latent satisfaction x (0-10 scale):
--   x = store base + store drift x (time / two years) + channel effect + noise
-- and every question reads x on its own scale.
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
            ELSE least(10, greatest(0, round(x)))::smallint END,
       CASE WHEN r_csat < 0.25 THEN NULL
            ELSE least(5, greatest(1, round(1 + (x - 3.0) * 0.62 + noise2)))::smallint END,
       CASE WHEN r_ces < 0.40 THEN NULL
            ELSE least(7, greatest(1, round(0.9 + x * 0.62 + effort + noise2 * 1.4)))::smallint END
FROM (
    SELECT p.store_id, d.day, k, c.channel,
           p.base + 0.2 + 0.45 * p.drift * d.t + c.effect + (random() + random() + random() - 1.5) * 2.1 AS x,
           c.effort, (random() - 0.5) AS noise2,
           random() AS r_nps, random() AS r_csat, random() AS r_ces
    FROM store_profile AS p
    CROSS JOIN (SELECT day::date, (day::date - date '2024-12-01') / 722.0 AS t
                FROM generate_series(date '2024-12-01', date '2026-11-23', interval '1 day') AS day) AS d
    CROSS JOIN LATERAL generate_series(1, 8 + floor(random() * 12 + p.store_id * 0)::int) AS k
    CROSS JOIN LATERAL (SELECT channel, effect, effort FROM (VALUES
        ('phone', -0.9, -0.9), ('chat', 0.25, 0.1), ('email', 0.0, 0.0)) AS ch(channel, effect, effort)
        ORDER BY random() + k * 0 LIMIT 1) AS c
) AS answers;

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
