/*
 * pgcx.c
 *		The module's identity: the magic block PostgreSQL checks at load.
 *		Each feature lives in its own file; see pgcx.h for the shared parts.
 */
#include "postgres.h"

#include "fmgr.h"

PG_MODULE_MAGIC;
