-- csat_agg and ces_agg, with their default scales and with a scale
-- parameter, for every score type; NULLs, empty input and error paths.
\i sql/include/setup.sql

-- CSAT 1-5: answers 1, 2, 3, 4, 5, 5 (and a NULL): 3 of 6 in {4, 5} = 50 %.
-- CES 1-7: answers 1, 2, 3, 4, 5, 5: mean 20 / 6 = 3.3333...
CREATE TEMP TABLE five (s2 smallint, s4 integer, s8 bigint, sn numeric);
INSERT INTO five SELECT s, s, s, s FROM unnest(ARRAY[1, 2, 3, 4, 5, 5, NULL]) AS s;
SELECT csat_agg(s2), csat_agg(s4), csat_agg(s8), csat_agg(sn) FROM five;
SELECT ces_agg(s2), ces_agg(s4), ces_agg(s8), ces_agg(sn) FROM five;

-- With a scale: 1-7 answers 1, 2, 3, 4, 5, 6, 7, 7.
--   csat_agg(s, 7): top two boxes 6 and 7: 3 / 8 = 37.5 %
--   ces_agg(s, 7): mean 35 / 8 = 4.375
CREATE TEMP TABLE seven (s2 smallint, s4 integer, s8 bigint, sn numeric);
INSERT INTO seven SELECT s, s, s, s FROM unnest(ARRAY[1, 2, 3, 4, 5, 6, 7, 7, NULL]) AS s;
SELECT csat_agg(s2, 7), csat_agg(s4, 7), csat_agg(s8, 7), csat_agg(sn, 7) FROM seven;
SELECT ces_agg(s2, 7), ces_agg(s4, 7), ces_agg(s8, 7), ces_agg(sn, 7) FROM seven;
-- the same 1-7 answers on a 1-10 scale: top two boxes 9, 10 are empty
SELECT csat_agg(s4, 10), ces_agg(s4, 10) FROM seven;
-- scale 3, the smallest: answers 1, 2, 3, 3: top two (2, 3) = 75 %, mean 2.25
SELECT csat_agg(s, 3), ces_agg(s, 3) FROM unnest(ARRAY[1, 2, 3, 3]) AS s;

-- Empty and all-NULL input: NULL.
SELECT csat_agg(s4), csat_agg(s4, 7), ces_agg(s4), ces_agg(s4, 7) FROM seven WHERE false;
SELECT csat_agg(s4), csat_agg(s4, 7), ces_agg(s4), ces_agg(s4, 7) FROM seven WHERE s4 IS NULL;
-- a NULL score is skipped even where the scale is NULL
SELECT csat_agg(NULL::int, NULL::int);

-- Error paths.
SELECT pg_temp.err(q) FROM (VALUES
    ($$SELECT csat_agg(0)$$),
    ($$SELECT csat_agg(6)$$),
    ($$SELECT csat_agg(4.5)$$),
    ($$SELECT ces_agg(8::bigint)$$),
    ($$SELECT ces_agg(0::smallint)$$),
    ($$SELECT ces_agg('NaN'::numeric)$$),
    ($$SELECT csat_agg(8, 7)$$),
    ($$SELECT ces_agg(4, 3)$$),
    ($$SELECT csat_agg(2, 2)$$),
    ($$SELECT csat_agg(2, 11)$$),
    ($$SELECT ces_agg(2, -1)$$),
    ($$SELECT csat_agg(2, NULL)$$),
    ($$SELECT ces_agg(s, k) FROM (VALUES (1, 5), (2, 7)) AS t(s, k)$$)
) AS t(q);

-- double precision and real scores (1.1.0): what integer ones give, with
-- and without a scale; integral in value only, else ERROR 22003.
SELECT csat_agg(s4::float8) = csat_agg(s4) AND csat_agg(s4::real) = csat_agg(s4) AS csat_same,
       ces_agg(s4::float8) = ces_agg(s4) AND ces_agg(s4::real) = ces_agg(s4) AS ces_same,
       csat_agg(s4::float8), ces_agg(s4::real)
FROM five;
SELECT csat_agg(s4::float8, 7) = csat_agg(s4, 7) AND csat_agg(s4::real, 7) = csat_agg(s4, 7) AS csat7_same,
       ces_agg(s4::float8, 7) = ces_agg(s4, 7) AND ces_agg(s4::real, 7) = ces_agg(s4, 7) AS ces7_same,
       csat_agg(s4::real, 7), ces_agg(s4::float8, 7)
FROM seven;
SELECT csat_agg(s4::float8), csat_agg(s4::real, 7), ces_agg(s4::float8), ces_agg(s4::real, 7)
FROM seven WHERE false;
SELECT pg_temp.err(q) FROM (VALUES
    ($$SELECT csat_agg(4.5::float8)$$),
    ($$SELECT csat_agg(4.5::real)$$),
    ($$SELECT csat_agg(6::float8)$$),
    ($$SELECT csat_agg(0::real)$$),
    ($$SELECT ces_agg('NaN'::float8)$$),
    ($$SELECT ces_agg('Infinity'::real)$$),
    ($$SELECT ces_agg('-Infinity'::float8)$$),
    ($$SELECT ces_agg(8::real)$$),
    ($$SELECT csat_agg(8::float8, 7)$$),
    ($$SELECT csat_agg(2.5::real, 7)$$),
    ($$SELECT csat_agg('NaN'::real, 7)$$),
    ($$SELECT ces_agg(11::real, 10)$$),
    ($$SELECT ces_agg('-Infinity'::float8, 10)$$),
    ($$SELECT ces_agg(3::float8, 11)$$),
    ($$SELECT csat_agg(3::real, NULL)$$)
) AS t(q);

-- Errors that point at the fix: a 0-10 answer refused by a 1-to-scale
-- aggregate hints at the scale argument and at nps_agg; other refusals
-- have no hint.
\i sql/include/hint.sql
SELECT pg_temp.hint(q) FROM (VALUES
    ($$SELECT csat_agg(9)$$),
    ($$SELECT csat_agg(0::numeric)$$),
    ($$SELECT ces_agg(10::bigint)$$),
    ($$SELECT csat_agg(0, 10)$$),
    ($$SELECT csat_agg(11)$$),
    ($$SELECT csat_agg(4.5)$$),
    ($$SELECT nps_agg(11)$$)
) AS t(q);
