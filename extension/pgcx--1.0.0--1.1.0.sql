-- pgcx 1.0.0 -> 1.1.0: every change to SQL objects made since 1.0.0.
-- Each change is made here and in the part of extension/parts/ it belongs
-- to; tests/upgrade/test-upgrade proves that ALTER EXTENSION pgcx UPDATE
-- from 1.0.0 gives the same catalog as CREATE EXTENSION pgcx at 1.1.0.

\echo Use "ALTER EXTENSION pgcx UPDATE TO '1.1.0'" to load this file. \quit
