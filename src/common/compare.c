/*
 * compare.c
 *		The core of equality, hashing and a total order for every stored
 *		type of pgcx
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
 * their stored bytes.  Each type's file expands PGCX_COMPARISON_FUNCTIONS
 * (compare.h) beside its key function, so this core knows no type.  The
 * order each type's key gives is documented on its page of docs/ and on
 * its btree operator class.
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
int
pgcx_compare_args(FunctionCallInfo fcinfo, PgcxKeyFn keyfn)
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
uint64
pgcx_hash_arg(FunctionCallInfo fcinfo, PgcxKeyFn keyfn, uint64 seed)
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
