-- pgcx 1.1.0 -> 1.2.0: every change to SQL objects made since 1.1.0.
-- Each change is made here and in the part of extension/parts/ it belongs
-- to; tests/upgrade/test-upgrade proves that ALTER EXTENSION pgcx UPDATE
-- from 1.0.0 (through 1.1.0) and from 1.1.0 gives the same catalog as
-- CREATE EXTENSION pgcx at 1.2.0.

\echo Use "ALTER EXTENSION pgcx UPDATE TO '1.2.0'" to load this file. \quit

------------------------------------------------------------------------
-- scale-safe reads of score_dist and rolling_benchmark; sector benchmarks
------------------------------------------------------------------------

------------------------------------------------------------------------
-- attrition counts; forms for untyped parameters
------------------------------------------------------------------------

------------------------------------------------------------------------
-- intervals and tests of CSAT and CES; score_dist as rows; series with
-- intervals
------------------------------------------------------------------------

------------------------------------------------------------------------
-- equality, hashing and order of the stored types
------------------------------------------------------------------------
