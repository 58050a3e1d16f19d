/*
 * compare.h
 *		The logical key of a stored value: what compare.c reads to compare,
 *		order and hash every stored type of pgcx.
 *
 * Each type writes the key of a value beside its format (score_dist_key
 * in score_dist.c, rolling_benchmark_key in rolling_benchmark.c...): a few
 * head fields, compared first, then a body of fields, compared in order,
 * every field an int64.  Two values are equal exactly when their keys are
 * equal, so the key holds the whole logical content and nothing else (no
 * version byte, padding, spare room or storage order), and float8 fields
 * are written by pgcx_key_float8, whose integers are ordered as the
 * numbers are.
 */
#ifndef PGCX_COMPARE_H
#define PGCX_COMPARE_H

#include "postgres.h"
#include "fmgr.h"

#define PGCX_KEY_MAX_HEAD	8

typedef struct PgcxKey
{
	int64		head[PGCX_KEY_MAX_HEAD];	/* compared first */
	int			nhead;
	const int64 *body;			/* then these, in order */
	int64		nbody;
	void	   *owned;			/* a body made for the key, freed with it */
	void	   *value;			/* the validated value the key reads */
} PgcxKey;

/* Validates a value (ERROR if corrupted) and writes its key. */
typedef void (*PgcxKeyFn) (Datum value, PgcxKey *key);

/*
 * A float8 as an int64 ordered as the numbers are (-0 is 0; the stored
 * types hold no NaN): the sign bit stays, the other bits of a negative
 * number are flipped.
 */
static inline int64
pgcx_key_float8(double v)
{
	int64		bits;

	v += 0.0;
	memcpy(&bits, &v, sizeof(bits));
	return bits < 0 ? bits ^ PG_INT64_MAX : bits;
}

/* Appends a head field to a key. */
static inline void
pgcx_key_head(PgcxKey *key, int64 field)
{
	Assert(key->nhead < PGCX_KEY_MAX_HEAD);
	key->head[key->nhead++] = field;
}

/* A body of n fields made for the key (freed with it). */
static inline int64 *
pgcx_key_new_body(PgcxKey *key, int64 n)
{
	int64	   *body = palloc(sizeof(int64) * Max(n, 1));

	key->owned = body;
	key->body = body;
	key->nbody = n;
	return body;
}

/* the shared core (compare.c) */
extern int	pgcx_compare_args(FunctionCallInfo fcinfo, PgcxKeyFn keyfn);
extern uint64 pgcx_hash_arg(FunctionCallInfo fcinfo, PgcxKeyFn keyfn, uint64 seed);

/*
 * The SQL-callable functions of one type, all on the shared core:
 *		<type>_eq, _ne, _lt, _le, _gt, _ge	the operators' functions
 *		<type>_cmp		btree support 1: -1, 0 or 1
 *		<type>_hash		hash support 1: the low 32 bits of the seed-0 hash
 *		<type>_hash_extended	hash support 2: the 64-bit hash with a seed
 */
#define PGCX_COMPARISON_FUNCTIONS(type, keyfn) \
PG_FUNCTION_INFO_V1(type##_eq); \
Datum type##_eq(PG_FUNCTION_ARGS) \
{ PG_RETURN_BOOL(pgcx_compare_args(fcinfo, keyfn) == 0); } \
PG_FUNCTION_INFO_V1(type##_ne); \
Datum type##_ne(PG_FUNCTION_ARGS) \
{ PG_RETURN_BOOL(pgcx_compare_args(fcinfo, keyfn) != 0); } \
PG_FUNCTION_INFO_V1(type##_lt); \
Datum type##_lt(PG_FUNCTION_ARGS) \
{ PG_RETURN_BOOL(pgcx_compare_args(fcinfo, keyfn) < 0); } \
PG_FUNCTION_INFO_V1(type##_le); \
Datum type##_le(PG_FUNCTION_ARGS) \
{ PG_RETURN_BOOL(pgcx_compare_args(fcinfo, keyfn) <= 0); } \
PG_FUNCTION_INFO_V1(type##_gt); \
Datum type##_gt(PG_FUNCTION_ARGS) \
{ PG_RETURN_BOOL(pgcx_compare_args(fcinfo, keyfn) > 0); } \
PG_FUNCTION_INFO_V1(type##_ge); \
Datum type##_ge(PG_FUNCTION_ARGS) \
{ PG_RETURN_BOOL(pgcx_compare_args(fcinfo, keyfn) >= 0); } \
PG_FUNCTION_INFO_V1(type##_cmp); \
Datum type##_cmp(PG_FUNCTION_ARGS) \
{ PG_RETURN_INT32(pgcx_compare_args(fcinfo, keyfn)); } \
PG_FUNCTION_INFO_V1(type##_hash); \
Datum type##_hash(PG_FUNCTION_ARGS) \
{ PG_RETURN_INT32((int32) (uint32) pgcx_hash_arg(fcinfo, keyfn, 0)); } \
PG_FUNCTION_INFO_V1(type##_hash_extended); \
Datum type##_hash_extended(PG_FUNCTION_ARGS) \
{ PG_RETURN_INT64((int64) pgcx_hash_arg(fcinfo, keyfn, (uint64) PG_GETARG_INT64(1))); }

#endif							/* PGCX_COMPARE_H */
