/*
 * compare.c
 *		Equality, hashing and a total order for every stored type of pgcx
 *		(score_dist, rolling_benchmark, mirror_state, attrition_state,
 *		rfm_state, bgnbd_state, gamma_gamma_state, sbg_state): the
 *		functions of their = <> < <= > >= operators and of their default
 *		btree and hash operator classes.
 *
 * One core serves every type: each type writes the logical key of a value
 * (compare.h), validating it as every read does, and two values compare
 * as their keys do, the head fields first, then the body, field by field
 * (a shorter sequence that is a prefix of a longer one comes first).  The
 * hash is that of the key, so values that are equal hash alike whatever
 * their stored bytes.  The order each type's key gives is documented in
 * the README and on its btree operator class.
 */
#include "postgres.h"

#include "common/hashfn.h"

#include "common/compare.h"

/* Orders two sequences of int64 field by field, a prefix first. */
static int
fields_cmp(const int64 *a, int64 na, const int64 *b, int64 nb)
{
	int64		n = Min(na, nb);

	for (int64 i = 0; i < n; i++)
		if (a[i] != b[i])
			return a[i] < b[i] ? -1 : 1;
	return (na > nb) - (na < nb);
}

/* Orders two keys: the heads, then the bodies. */
static int
key_cmp(const PgcxKey *a, const PgcxKey *b)
{
	int			r = fields_cmp(a->head, a->nhead, b->head, b->nhead);

	return r != 0 ? r : fields_cmp(a->body, a->nbody, b->body, b->nbody);
}

/* The key of a value (validated by the type's key function). */
static void
key_read(Datum value, PgcxKeyFn keyfn, PgcxKey *key)
{
	memset(key, 0, sizeof(PgcxKey));
	keyfn(value, key);
}

/*
 * Frees what reading a key allocated: a body made for it, and the value
 * when it is a detoasted copy, so that a sort does not hold every copy it
 * compared.
 */
static void
key_free(Datum value, PgcxKey *key)
{
	if (key->owned)
		pfree(key->owned);
	if (key->value && key->value != DatumGetPointer(value))
		pfree(key->value);
}

/* Compares the two arguments of a call with the key of their type. */
static int
compare_args(FunctionCallInfo fcinfo, PgcxKeyFn keyfn)
{
	PgcxKey		a,
				b;
	int			r;

	key_read(PG_GETARG_DATUM(0), keyfn, &a);
	key_read(PG_GETARG_DATUM(1), keyfn, &b);
	r = key_cmp(&a, &b);
	key_free(PG_GETARG_DATUM(0), &a);
	key_free(PG_GETARG_DATUM(1), &b);
	return r;
}

/* The 64-bit hash of the key of argument 0, with a seed. */
static uint64
hash_arg(FunctionCallInfo fcinfo, PgcxKeyFn keyfn, uint64 seed)
{
	PgcxKey		key;
	uint64		h;

	key_read(PG_GETARG_DATUM(0), keyfn, &key);
	h = hash_bytes_extended((const unsigned char *) key.head,
							(int) (sizeof(int64) * key.nhead), seed);
	h = hash_bytes_extended((const unsigned char *) key.body,
							(int) (sizeof(int64) * key.nbody), h);
	key_free(PG_GETARG_DATUM(0), &key);
	return h;
}

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
{ PG_RETURN_BOOL(compare_args(fcinfo, keyfn) == 0); } \
PG_FUNCTION_INFO_V1(type##_ne); \
Datum type##_ne(PG_FUNCTION_ARGS) \
{ PG_RETURN_BOOL(compare_args(fcinfo, keyfn) != 0); } \
PG_FUNCTION_INFO_V1(type##_lt); \
Datum type##_lt(PG_FUNCTION_ARGS) \
{ PG_RETURN_BOOL(compare_args(fcinfo, keyfn) < 0); } \
PG_FUNCTION_INFO_V1(type##_le); \
Datum type##_le(PG_FUNCTION_ARGS) \
{ PG_RETURN_BOOL(compare_args(fcinfo, keyfn) <= 0); } \
PG_FUNCTION_INFO_V1(type##_gt); \
Datum type##_gt(PG_FUNCTION_ARGS) \
{ PG_RETURN_BOOL(compare_args(fcinfo, keyfn) > 0); } \
PG_FUNCTION_INFO_V1(type##_ge); \
Datum type##_ge(PG_FUNCTION_ARGS) \
{ PG_RETURN_BOOL(compare_args(fcinfo, keyfn) >= 0); } \
PG_FUNCTION_INFO_V1(type##_cmp); \
Datum type##_cmp(PG_FUNCTION_ARGS) \
{ PG_RETURN_INT32(compare_args(fcinfo, keyfn)); } \
PG_FUNCTION_INFO_V1(type##_hash); \
Datum type##_hash(PG_FUNCTION_ARGS) \
{ PG_RETURN_INT32((int32) (uint32) hash_arg(fcinfo, keyfn, 0)); } \
PG_FUNCTION_INFO_V1(type##_hash_extended); \
Datum type##_hash_extended(PG_FUNCTION_ARGS) \
{ PG_RETURN_INT64((int64) hash_arg(fcinfo, keyfn, (uint64) PG_GETARG_INT64(1))); }

/*
 * score_dist_eq, score_dist_ne, score_dist_lt, score_dist_le, score_dist_gt,
 * score_dist_ge, score_dist_cmp, score_dist_hash, score_dist_hash_extended
 */
PGCX_COMPARISON_FUNCTIONS(score_dist, score_dist_key)

/*
 * rolling_benchmark_eq, rolling_benchmark_ne, rolling_benchmark_lt,
 * rolling_benchmark_le, rolling_benchmark_gt, rolling_benchmark_ge,
 * rolling_benchmark_cmp, rolling_benchmark_hash,
 * rolling_benchmark_hash_extended
 */
PGCX_COMPARISON_FUNCTIONS(rolling_benchmark, rolling_benchmark_key)

/*
 * mirror_state_eq, mirror_state_ne, mirror_state_lt, mirror_state_le,
 * mirror_state_gt, mirror_state_ge, mirror_state_cmp, mirror_state_hash,
 * mirror_state_hash_extended
 */
PGCX_COMPARISON_FUNCTIONS(mirror_state, mirror_state_key)

/*
 * attrition_state_eq, attrition_state_ne, attrition_state_lt,
 * attrition_state_le, attrition_state_gt, attrition_state_ge,
 * attrition_state_cmp, attrition_state_hash, attrition_state_hash_extended
 */
PGCX_COMPARISON_FUNCTIONS(attrition_state, attrition_state_key)

/*
 * rfm_state_eq, rfm_state_ne, rfm_state_lt, rfm_state_le, rfm_state_gt,
 * rfm_state_ge, rfm_state_cmp, rfm_state_hash, rfm_state_hash_extended
 */
PGCX_COMPARISON_FUNCTIONS(rfm_state, rfm_state_key)

/*
 * bgnbd_state_eq, bgnbd_state_ne, bgnbd_state_lt, bgnbd_state_le,
 * bgnbd_state_gt, bgnbd_state_ge, bgnbd_state_cmp, bgnbd_state_hash,
 * bgnbd_state_hash_extended
 */
PGCX_COMPARISON_FUNCTIONS(bgnbd_state, bgnbd_state_key)

/*
 * gamma_gamma_state_eq, gamma_gamma_state_ne, gamma_gamma_state_lt,
 * gamma_gamma_state_le, gamma_gamma_state_gt, gamma_gamma_state_ge,
 * gamma_gamma_state_cmp, gamma_gamma_state_hash,
 * gamma_gamma_state_hash_extended
 */
PGCX_COMPARISON_FUNCTIONS(gamma_gamma_state, gamma_gamma_state_key)

/*
 * sbg_state_eq, sbg_state_ne, sbg_state_lt, sbg_state_le, sbg_state_gt,
 * sbg_state_ge, sbg_state_cmp, sbg_state_hash, sbg_state_hash_extended
 */
PGCX_COMPARISON_FUNCTIONS(sbg_state, sbg_state_key)
