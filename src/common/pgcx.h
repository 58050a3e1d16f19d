/*
 * pgcx.h
 *		The little that every room of pgcx shares and that belongs to no
 *		module: the mark of a function that never returns, and floor
 *		division.  Each module declares its own functions in a header of its
 *		own (common/parse.h, scores/score_dist.h, ...); the module's identity,
 *		its magic block, is pgcx.c.
 */
#ifndef PGCX_H
#define PGCX_H

#include "postgres.h"

/*
 * A function that never returns.  PostgreSQL 18 replaced
 * pg_attribute_noreturn() by a prefix form, so pgcx says it itself.
 */
#if defined(__GNUC__) || defined(__clang__)
#define pgcx_noreturn __attribute__((noreturn))
#else
#define pgcx_noreturn
#endif

/* floor(a / b) for b > 0: days of a timestamp, months of a year */
static inline int64
pgcx_floor_div(int64 a, int64 b)
{
	int64		q = a / b;

	return (a % b != 0 && a < 0) ? q - 1 : q;
}

#endif							/* PGCX_H */
